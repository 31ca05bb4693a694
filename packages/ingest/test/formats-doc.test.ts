import {readFileSync} from 'node:fs'
import {describe, expect, test} from 'vitest'
import {InputError, PasswordError, type TableBlock} from '@vanban/core'
import {readDocument} from '../src/index.ts'
import {docFlow, paragraphFlow} from '../src/formats/doc.ts'
import type {DocParagraph} from '../src/formats/doc-binary.ts'
import {oleDirectory, oleStream} from '../src/formats/ole.ts'
import {flowToBlocks} from '../src/formats/flow.ts'
import {syllableAccuracy} from '../../../test/support/metrics.ts'
import {fixture, formatNotices, tasksOf, textOf} from './formats.support.ts'

describe('.doc (Word 97–2003) saved by LibreOffice from the text notices', () => {
  // List numbers typed as text, as most notices are typed: the same tasks as the text.
  test.each(Object.entries(formatNotices))('%s, numbers typed', async (name, source) => {
    const doc = await readDocument(fixture(`formats/${name}.typed.doc`))
    expect(syllableAccuracy(textOf(doc), textOf(await readDocument(source)))).toBeGreaterThanOrEqual(0.995)
    expect(await tasksOf(fixture(`formats/${name}.typed.doc`))).toEqual(await tasksOf(source))
  })

  // Word's automatic numbers (I., 1., II.) from the binary's list tables, which word-extractor leaves out.
  test.each(['tb20-2026-notice', 'government-resolution', 'province-plan-appendix-table', 'steering-conclusion'])('%s, automatic numbers', async (name) => {
    const source = formatNotices[name]!
    const doc = await readDocument(fixture(`formats/${name}.doc`))
    expect(syllableAccuracy(textOf(doc), textOf(await readDocument(source)))).toBeGreaterThanOrEqual(0.995)
    expect(await tasksOf(fixture(`formats/${name}.doc`))).toEqual(await tasksOf(source))
  })

  test('a Word table is a table block', async () => {
    const doc = await readDocument(fixture('formats/province-plan-appendix-table.typed.doc'))
    const table = doc.blocks.find((b): b is TableBlock => b.kind === 'table')!
    expect(table.header).toEqual(['STT', 'Nội dung công việc', 'Đơn vị chủ trì', 'Đơn vị phối hợp', 'Sản phẩm', 'Thời hạn hoàn thành'])
    expect(table.rows).toHaveLength(6)
    expect(table.rows[5]!.cells).toEqual(['4', 'Số hóa hồ sơ lưu trữ', 'Sở Nội vụ', '', 'Cơ sở dữ liệu', 'Thường xuyên'])
  })
})

describe("word-extractor's text → blocks (cells end with tabs, rows with a line break)", () => {
  const read = (body: string) => flowToBlocks(docFlow(body)).map((b) => (b.kind === 'table' ? [b.header, ...b.rows.map((r) => r.cells)] : b.text))
  test.each([
    ['paragraphs and a table', 'Trước.\nTT\tViệc\tChủ trì\t\n1\tA\tSở X\t\n2\tB\tSở Y\t\nSau.\n', ['Trước.', [['TT', 'Việc', 'Chủ trì'], ['1', 'A', 'Sở X'], ['2', 'B', 'Sở Y']], 'Sau.']],
    ['cells of several paragraphs, the header too', 'TT\tViệc\tCơ quan\nchủ trì\t\n1\tA.\nB.\tSở X\t\n2\tC\tSở Y\nSở Z\t\n', [[['TT', 'Việc', 'Cơ quan\nchủ trì'], ['1', 'A.\nB.', 'Sở X'], ['2', 'C', 'Sở Y\nSở Z']]]],
    ['a paragraph between two tables of other widths', 'a\tb\tc\t\n1\tA\tB\t\nGiữa.\nx\ty\tz\tw\t\n5\tC\tD\tE\t\n', [[['a', 'b', 'c'], ['1', 'A', 'B']], 'Giữa.', [['x', 'y', 'z', 'w'], ['5', 'C', 'D', 'E']]]],
    ['a lone line ending in a tab is a paragraph', 'Nơi nhận:\t\nKT. CHỦ TỊCH\n', ['Nơi nhận:', 'KT. CHỦ TỊCH']]
  ])('%s', (_, body, expected) => {
    expect(read(body)).toEqual(expected)
  })
})

describe("the binary's paragraphs → blocks (cell marks end cells, row-end marks rows)", () => {
  const p = (text: string, depth = 0, cellEnd = false): DocParagraph => ({text, bold: false, depth, cellEnd})
  const row = (merged: boolean[] = [], header = false, edges: number[] = []): DocParagraph => ({text: '', bold: false, depth: 1, cellEnd: true, row: {merged, header, edges}})
  const read = (paragraphs: DocParagraph[]) => flowToBlocks(paragraphFlow(paragraphs)).map((b) => (b.kind === 'table' ? [b.header, ...b.rows.map((r) => r.cells)] : b.text))
  const header = [p('TT', 1, true), p('Việc', 1, true), p('Chủ trì', 1, true), row([], true)]
  test.each([
    ['paragraphs around a table', [p('Trước.'), ...header, p('1', 1, true), p('A', 1, true), p('Sở X', 1, true), row(), p('Sau.')], ['Trước.', [['TT', 'Việc', 'Chủ trì'], ['1', 'A', 'Sở X']], 'Sau.']],
    ['a cell of two paragraphs', [...header, p('1', 1, true), p('A.', 1), p('B.', 1, true), p('Sở X', 1, true), row()], [[['TT', 'Việc', 'Chủ trì'], ['1', 'A.\nB.', 'Sở X']]]],
    ['a cell merged down reads as the one above', [...header, p('1', 1, true), p('A', 1, true), p('Sở X', 1, true), row(), p('2', 1, true), p('B', 1, true), p('', 1, true), row([false, false, true])], [[['TT', 'Việc', 'Chủ trì'], ['1', 'A', 'Sở X'], ['2', 'B', 'Sở X']]]],
    ['a table nested in a cell reads as paragraphs of the cell', [...header, p('1', 1, true), p('a', 2), p('b', 2), p('', 1, true), p('Sở X', 1, true), row()], [[['TT', 'Việc', 'Chủ trì'], ['1', 'a\nb', 'Sở X']]]],
    ['a cell spanning columns, by its edges; a row starting right of the table',
      [p('TT', 1, true), p('Việc', 1, true), p('Chủ trì', 1, true), p('Hạn', 1, true), row([], true, [0, 500, 3000, 5000, 6000]),
        p('I', 1, true), p('NHIỆM VỤ CHUNG', 1, true), row([], false, [0, 500, 6000]),
        p('1', 1, true), p('A', 1, true), p('Quý I', 1, true), row([], false, [0, 500, 5010, 6000]),
        p('B', 1, true), p('Sở Y', 1, true), p('Quý II', 1, true), row([], false, [500, 3000, 5000, 6000])],
      [[['TT', 'Việc', 'Chủ trì', 'Hạn'], ['I', 'NHIỆM VỤ CHUNG', '', ''], ['1', 'A', '', 'Quý I'], ['', 'B', 'Sở Y', 'Quý II']]]],
    ['a tab inside a paragraph is not a cell', [p('Nơi nhận:\t- Như trên;')], ['Nơi nhận: - Như trên;']]
  ])('%s', (_, paragraphs, expected) => {
    expect(read(paragraphs)).toEqual(expected)
  })
})

describe('bad .doc: one line naming the file', () => {
  test.each([
    ['bad-truncated.doc', InputError, /bad-truncated\.doc: (?:not a readable|damaged or truncated) Word 97–2003 file/],
    ['bad-encrypted.doc', PasswordError, /bad-encrypted\.doc: password-protected Word 97–2003 file/]
  ])('%s', async (name, kind, message) => {
    const error = await readDocument(fixture(`formats/${name}`)).catch((e: unknown) => e as Error)
    expect(error).toBeInstanceOf(kind)
    expect((error as Error).message).toMatch(message)
    expect((error as Error).message).not.toContain('\n')
  })
})

test('a cell spanning columns keeps the columns after it in place: .doc as .docx (fixtures/formats/spanned-cells.docx, hand-written XML, saved as .doc by LibreOffice)', async () => {
  const table = async (name: string) => (await readDocument(fixture(`formats/${name}`))).blocks.find((b): b is TableBlock => b.kind === 'table')!
  const doc = await table('spanned-cells.doc')
  expect(doc).toEqual(await table('spanned-cells.docx'))
  expect(doc.rows.map((r) => r.cells[3])).toEqual(['', 'Sở Tư pháp', 'Văn phòng UBND tỉnh', ''])
})

test('a cell merged down reads in each row it covers: .docx (vMerge), .doc (from the binary), .odt (row span), .rtf (\\clvmrg)', async () => {
  for (const name of ['merged-cells.docx', 'merged-cells.doc', 'merged-cells.odt', 'merged-cells.rtf']) {
    const doc = await readDocument(fixture(`formats/${name}`))
    const table = doc.blocks.find((b): b is TableBlock => b.kind === 'table')!
    expect(table.rows.map((r) => r.cells[2])).toEqual(['Sở Khoa học và Công nghệ', 'Sở Khoa học và Công nghệ', 'Văn phòng UBND tỉnh'])
  }
})

test('a .doc whose sector chain loops is one clear line, not a process abort (word-extractor would follow it forever)', async () => {
  const {readFileSync} = await import('node:fs')
  const {oleDirectory} = await import('../src/formats/ole.ts')
  const bytes = Buffer.from(readFileSync(fixture('formats/merged-cells.doc')))
  const stream = oleDirectory(bytes)!.find((e) => e.name === 'WordDocument')!
  const fat = (bytes.readUInt32LE(0x4c) + 1) * 512
  const next = bytes.readUInt32LE(fat + stream.startSector * 4)
  bytes.writeUInt32LE(stream.startSector, fat + next * 4)
  const error = await readDocument(bytes, {name: 'loop.doc'}).catch((e: unknown) => e as Error)
  expect(error).toBeInstanceOf(InputError)
  expect((error as Error).message).toBe('loop.doc: damaged Word 97–2003 file (its container has sector chains that loop or run off the file)')
})

test('bold and heading styles from the binary: the tasks of the .doc are exactly those of the text, texts included', async () => {
  const {extractTasks} = await import('../../tasks/src/index.ts')
  const exact = async (input: string) => extractTasks(await readDocument(input)).map(({file: _, ...task}) => task)
  for (const name of ['tb20-2026-notice', 'steering-conclusion']) {
    expect(await exact(fixture(`formats/${name}.doc`))).toEqual(await exact(formatNotices[name]!))
  }
})

describe('doc-lists-breaks: a .doc as faithful as the .docx it was saved from (fixtures/formats/doc-lists-breaks.md → pandoc → LibreOffice)', () => {
  const doc = fixture('formats/doc-lists-breaks.doc')
  const docx = fixture('formats/doc-lists-breaks.docx')

  test('the same text and tasks as the .docx', async () => {
    const text = textOf(await readDocument(doc))
    expect(text).toBe(textOf(await readDocument(docx)))
    await expect(text).toMatchFileSnapshot('../../../fixtures/formats/doc-lists-breaks.text')
    expect(await tasksOf(doc)).toEqual(await tasksOf(docx))
  })

  test('a line break (0x0B) stays inside its paragraph: one block, one provenance line', async () => {
    const {blocks} = await readDocument(doc)
    const block = (start: string) => blocks.find((b) => b.kind !== 'table' && b.text.startsWith(start))
    expect(block('ỦY BAN')).toMatchObject({kind: 'heading', text: 'ỦY BAN NHÂN DÂN TỈNH QUẢNG TRỊ', bold: true, provenance: {lineStart: 1, lineEnd: 1}})
    expect(block('PHỤ LỤC')).toMatchObject({text: 'PHỤ LỤC DANH MỤC NHIỆM VỤ TỪ THÁNG 01 ĐẾN THÁNG 02 NĂM 2027', bold: true})
  })

  test('table rows from the row end marks: group rows and all task rows, in order', async () => {
    const {blocks} = await readDocument(doc)
    const table = blocks.find((b): b is TableBlock => b.kind === 'table')!
    expect(table.rows.map((r) => r.cells.slice(0, 2).join(' | '))).toEqual([
      'I | Tháng 01',
      '1 | Kế hoạch cải cách hành chính năm 2027',
      '2 | Kế hoạch vốn đầu tư công năm 2027',
      'II | Tháng 02',
      '3 | Kế hoạch phòng, chống thiên tai năm 2027'
    ])
  })

  // LibreOffice gives the first item of each list a copy of the list and the rest the original, which Word counts afresh.
  const markers = async (input: string | Uint8Array) =>
    (await readDocument(input, {name: 'lists.doc'})).blocks.flatMap((b) => (b.kind !== 'table' && /^\d+\. /.test(b.text) ? [b.text.split(' ')[0]] : []))

  test('LibreOffice\'s restart copies count on with their list', async () => {
    expect(await markers(doc)).toEqual(['1.', '2.', '3.', '1.', '2.'])
  })

  test('the same lists in a file LibreOffice did not write read as Word prints them', async () => {
    const bytes = Buffer.from(readFileSync(doc))
    const word = oleStream(bytes, oleDirectory(bytes)!, 'WordDocument')!
    const at = bytes.indexOf(Buffer.from(word.subarray(0, 0x40)))
    bytes.fill(0, at + 0x22, at + 0x3e) // the FIB's reserved words, where LibreOffice signs "Caolan80"
    expect(await markers(bytes)).toEqual(['1.', '2.', '2.', '1.', '1.'])
  })
})

// Two files saved by Microsoft Word, from word-extractor's tests (MIT, github.com/morungos/node-word-extractor
// __tests__/data/test01.doc and test08.doc at 84d9279): fixtures/formats/word-made-revisions.doc, word-made-quotes.doc.
describe('.doc saved by Word', () => {
  test('an 8-bit piece is Windows-1252: curly quotes stay', async () => {
    expect(textOf(await readDocument(fixture('formats/word-made-quotes.doc')))).toBe(
      'This is a bookmark test\nThe bookmark “TestBookmark” should include the text “Morag says hello”\nThis is a form, and the bookmark is Text1\nForm text\n'
    )
  })

  test('changes tracked: inserted text is read, deleted text is not', async () => {
    const text = textOf(await readDocument(fixture('formats/word-made-revisions.doc')))
    expect(text).toContain('This text has been inserted, ✻and should be included')
    expect(text).toContain('😀 ∀')
    expect(text).not.toContain('deleted')
  })
})
