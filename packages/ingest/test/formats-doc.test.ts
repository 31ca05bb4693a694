import {describe, expect, test} from 'vitest'
import {InputError, PasswordError, type TableBlock} from '@vanban/core'
import {readDocument} from '../src/index.ts'
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
  test.each(['tb20-2026-notice', 'province-plan-appendix-table'])('%s, automatic numbers', async (name) => {
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
