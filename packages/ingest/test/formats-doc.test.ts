import {describe, expect, test} from 'vitest'
import {InputError, PasswordError, type TableBlock} from '@vanban/core'
import {readDocument} from '../src/index.ts'
import {docFlow} from '../src/formats/doc.ts'
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
  test.each(['tb20-2026-notice', 'province-plan-appendix-table', 'steering-conclusion'])('%s, automatic numbers', async (name) => {
    const source = formatNotices[name]!
    const doc = await readDocument(fixture(`formats/${name}.doc`))
    expect(syllableAccuracy(textOf(doc), textOf(await readDocument(source)))).toBeGreaterThanOrEqual(0.995)
    expect(await tasksOf(fixture(`formats/${name}.doc`))).toEqual(await tasksOf(source))
  })

  test('automatic numbers as the binary has them: LibreOffice saved the first item of a list as a list of its own', async () => {
    // LibreOffice itself shows this .doc as 1. / 1. / 2. (its .doc export split pandoc's list); vanban reads what the file says.
    const doc = await readDocument(fixture('formats/government-resolution.doc'))
    const items = doc.blocks.flatMap((b) => (b.kind === 'list-item' && /^\d\. (?:Bộ Công Thương chủ trì theo|Văn phòng Chính phủ theo|Nghị quyết này)/.test(b.text) ? [b.text.slice(0, 22)] : []))
    expect(items).toEqual(['1. Bộ Công Thương chủ ', '1. Văn phòng Chính phủ', '2. Nghị quyết này có h'])
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
