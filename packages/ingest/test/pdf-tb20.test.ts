import {beforeAll, expect, test} from 'vitest'
import type {VanbanDocument} from '@vanban/core'
import {readPdf} from '../src/pdf.ts'
import {renderBlocks} from '../../../test/support/render-text.ts'
import {syllableAccuracy} from '../../../test/support/metrics.ts'
import {fixture, tb20Reference} from './pdf.support.ts'

let doc: VanbanDocument
const pagesSeen: number[] = []
beforeAll(async () => {
  doc = await readPdf(fixture('tb20-2026-notice.pdf'), {onPage: ({page}) => pagesSeen.push(page)})
})

test('reproduces the text of the Markdown twin', () => {
  const accuracy = syllableAccuracy(renderBlocks(doc.blocks), tb20Reference())
  expect(accuracy).toBeGreaterThanOrEqual(0.995)
})

test('page numbers are furniture, never text', () => {
  expect(doc.pages.map((p) => p.furniture)).toEqual(doc.pages.map((p) => [String(p.number)]))
  for (const block of doc.blocks) if (block.kind !== 'table') expect(block.text).not.toMatch(/^\d+$/)
  // The page break inside "…kết quả thực hiện | Nghị quyết số 57…" is joined without the footer "1".
  expect(doc.blocks.some((b) => b.kind === 'paragraph' && b.text.includes('kết quả thực hiện Nghị quyết số 57-NQ/TW từ sau'))).toBe(true)
})

test('blocks: kinds, bold, provenance', () => {
  const find = (start: string) => doc.blocks.find((b) => b.kind !== 'table' && b.text.startsWith(start))
  expect(find('THÔNG BÁO KẾT LUẬN')).toMatchObject({kind: 'heading', bold: true, provenance: {page: 1, source: 'text-layer'}})
  expect(find('c) Bộ Khoa học và Công nghệ')).toMatchObject({kind: 'list-item', bold: true, provenance: {page: 11, lineStart: 1, lineEnd: 1}})
  expect(find('- Chủ trì, phối hợp với Bộ Tư pháp và 3 địa phương')).toMatchObject({kind: 'list-item', provenance: {page: 11, lineStart: 2}})
  expect(doc.blocks.filter((b) => b.kind === 'table')).toHaveLength(0)
  expect(pagesSeen).toEqual(Array.from({length: 13}, (_, k) => k + 1))
  expect(doc.file).toBe(fixture('tb20-2026-notice.pdf'))
})
