import {describe, expect, test} from 'vitest'
import {InputError, type TableBlock} from '@vanban/core'
import {readDocument} from '../src/index.ts'
import {syllableAccuracy} from '../../../test/support/metrics.ts'
import {fixture, formatNotices, tasksOf, textBlocks, textOf} from './formats.support.ts'

describe('.rtf saved by LibreOffice from the .docx of the text notices', () => {
  test.each(Object.entries(formatNotices))('%s: same tasks, same text', async (name, source) => {
    const rtf = await readDocument(fixture(`formats/${name}.rtf`))
    expect(syllableAccuracy(textOf(rtf), textOf(await readDocument(source)))).toBeGreaterThanOrEqual(0.995)
    expect(await tasksOf(fixture(`formats/${name}.rtf`))).toEqual(await tasksOf(source))
  })
})

const rtf = (body: string, header = '\\ansi\\ansicpg1252'): Uint8Array => Buffer.from(`{\\rtf1${header}{\\fonttbl{\\f0 Times New Roman;}}{\\colortbl;\\red0\\green0\\blue0;}${body}}`, 'latin1')
const read = async (bytes: Uint8Array) => readDocument(bytes, {name: 'x.rtf'})

describe('RTF syntax', () => {
  test.each([
    ['\\uN with its fallback skipped', 'Vi\\u7879\\\'3ft Nam\\par', ['Việt Nam']],
    ['\\ucN: a two-character fallback', '{\\uc2 H\\u224 ?? N\\u7897 ??i}\\par', ['Hà Nội']],
    // Windows-1252's 0x80–0x9F (curly quotes, dashes), which Node's own decoder drops.
    ['Windows-1252 quotes and dashes as byte escapes', "\\'93Ngh\\u7883 ? quy\\u7871 ?t\\'94 2026 \\'96 2030\\par", ['“Nghị quyết” 2026 – 2030']],
    ['Windows-1258 bytes, tone marks composed', "Vi\\'ea\\'f2t Nam, H\\'e0 N\\'f4\\'f2i\\par", ['Việt Nam, Hà Nội'], '\\ansi\\ansicpg1258'],
    ['list markers from \\listtext, escapes, symbols', '{\\listtext 1.\\tab}B\\\'e1o c\\\'e1o \\{x\\} \\endash  \\ldblquote y\\rdblquote\\par', ['1. Báo cáo {x} – “y”']],
    ['a field keeps its result, not its code', '{\\field{\\*\\fldinst HYPERLINK "http://x"}{\\fldrslt Ngh\\u7883 ? \\u273 ?\\u7883 ?nh 52}}\\par', ['Nghị định 52']],
    ['headers, footers, footnotes, comments and pictures are not the body', '{\\header HEADER}{\\footer FOOTER}N\\u7897 ?i dung{\\footnote NOTE}{\\*\\annotation COMMENT}{\\pict 89504e47}.\\par', ['Nội dung.']],
    ['\\line breaks a line; a marker after it starts a block', 'N\\u417 ?i nh\\u7853 ?n:\\line - L\\u432 ?u: VT.\\par', ['Nơi nhận:', '- Lưu: VT.']]
  ])('%s', async (_, body, expected, header?: string) => {
    const doc = await read(rtf(body, header))
    expect(textBlocks(doc.blocks)).toEqual(expected)
  })

  test('bold paragraphs, and a table from \\intbl, \\cell and \\row', async () => {
    const row = (cells: string[]) => `\\trowd\\cellx1000\\cellx2000\\cellx3000${cells.map((c) => `\\pard\\intbl ${c}\\cell`).join('')}\\row`
    const doc = await read(rtf(`{\\b PH\\u7908 ?L\\u7908 ?C}\\par ${row(['TT', 'Nhi\\u7879 ?m v\\u7909 ?', 'Ch\\u7911 ? tr\\u236 ?'])}${row(['1', 'Ban h\\u224 ?nh', 'S\\u7903 ? T\\u432 ? ph\\u225 ?p'])}${row(['2', 'R\\u224 ? so\\u225 ?t', 'S\\u7903 ? N\\u7897 ?i v\\u7909 ?'])}\\pard Sau b\\u7843 ?ng.\\par`))
    expect(doc.blocks[0]).toMatchObject({kind: 'heading', text: 'PHỤLỤC', bold: true})
    const table = doc.blocks[1] as TableBlock
    expect(table.header).toEqual(['TT', 'Nhiệm vụ', 'Chủ trì'])
    expect(table.rows.map((r) => r.cells)).toEqual([
      ['1', 'Ban hành', 'Sở Tư pháp'],
      ['2', 'Rà soát', 'Sở Nội vụ']
    ])
    expect(textBlocks(doc.blocks.slice(2))).toEqual(['Sau bảng.'])
  })

  test('an .rtf without text, and one that is not RTF: one line naming the file', async () => {
    await expect(read(rtf('{\\header x}\\par'))).rejects.toThrow(/^x\.rtf: the RTF document has no text$/)
    const error = await readDocument(Buffer.from('{\\rtx not rtf'), {name: 'bad.rtf', type: 'rtf'}).catch((e: unknown) => e as Error)
    expect(error).toBeInstanceOf(InputError)
    expect((error as Error).message).toBe('bad.rtf: not an RTF document (no {\\rtf header)')
  })

  test('a .doc that is RTF inside is read as RTF, with a warning', async () => {
    const doc = await readDocument(rtf('N\\u7897 ?i dung.\\par'), {name: 'congvan.doc'})
    expect(textBlocks(doc.blocks)).toEqual(['Nội dung.'])
    expect(doc.warnings).toEqual(['named .doc but is an RTF document: read as such'])
  })
})
