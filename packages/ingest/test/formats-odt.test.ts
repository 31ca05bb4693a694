import {describe, expect, test} from 'vitest'
import {InputError, type TableBlock} from '@vanban/core'
import {readDocument} from '../src/index.ts'
import {syllableAccuracy} from '../../../test/support/metrics.ts'
import {fixture, formatNotices, tasksOf, textOf} from './formats.support.ts'

describe('.odt saved by LibreOffice from the .docx of the text notices', () => {
  test.each(Object.entries(formatNotices))('%s: same tasks, same text', async (name, source) => {
    const odt = await readDocument(fixture(`formats/${name}.odt`))
    expect(syllableAccuracy(textOf(odt), textOf(await readDocument(source)))).toBeGreaterThanOrEqual(0.995)
    expect(await tasksOf(fixture(`formats/${name}.odt`))).toEqual(await tasksOf(source))
  })

  test('list numbers from the list style, the task table with its header rows', async () => {
    const doc = await readDocument(fixture('formats/province-plan-appendix-table.odt'))
    expect(doc.blocks.flatMap((b) => (b.kind === 'list-item' ? [b.text] : []))).toEqual(['I. MỤC ĐÍCH, YÊU CẦU', '1. Cụ thể hóa các nhiệm vụ của tỉnh.', 'II. NHIỆM VỤ CỤ THỂ'])
    const table = doc.blocks.find((b): b is TableBlock => b.kind === 'table')!
    expect(table.header[0]).toBe('STT')
    expect(table.rows.map((r) => r.cells[0])).toEqual(['I', '1', '2', 'II', '3', '4'])
  })

  test('a truncated .odt: one line naming the file', async () => {
    const error = await readDocument(fixture('formats/bad-truncated.odt')).catch((e: unknown) => e as Error)
    expect(error).toBeInstanceOf(InputError)
    expect((error as Error).message).toMatch(/bad-truncated\.odt: damaged or truncated OpenDocument file \(its ZIP directory cannot be read\)$/)
  })
})
