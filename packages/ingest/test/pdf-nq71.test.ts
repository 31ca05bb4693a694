import {readFileSync} from 'node:fs'
import {beforeAll, expect, test} from 'vitest'
import type {TableBlock, VanbanDocument} from '@vanban/core'
import {readPdf} from '../src/pdf.ts'
import {syllableAccuracy} from '../../../test/support/metrics.ts'
import {renderBlocks} from '../../../test/support/render-text.ts'
import {fixture, nq71Reference} from './pdf.support.ts'

let doc: VanbanDocument
let tables: TableBlock[]
beforeAll(async () => {
  doc = await readPdf(fixture('nq71-2025-action-program.pdf'), {})
  tables = doc.blocks.filter((b): b is TableBlock => b.kind === 'table')
})

test('tables read in row order, cells left to right', () => {
  expect(syllableAccuracy(renderBlocks(doc.blocks), nq71Reference())).toBeGreaterThanOrEqual(0.995)
})

test('two tables, each merged over its pages with the header once', () => {
  expect(tables.map((t) => t.header.join(' | '))).toEqual([
    'TT | Chỉ tiêu | Đơn vị | Kết quả | Cơ quan chủ trì theo dõi, đánh giá',
    'TT | Tên nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Kết quả | Thời gian hoàn thành'
  ])
  for (const table of tables) for (const row of table.rows) expect(row.cells.join('|')).not.toContain('Tên nhiệm vụ | Cơ quan chủ trì')
})

test("Appendix II: 189 numbered rows, the gold task list's numbers in order", () => {
  const gold = JSON.parse(readFileSync(fixture('nq71-2025-appendix2.gold.json'), 'utf8')) as {id: string; text: string; owner: string}[]
  const goldNumbers = gold.filter((t) => /^\d+$/.test(t.id)).map((t) => t.id)
  const numbered = tables[1]!.rows.filter((r) => /^\d+\.?$/.test(r.cells[0]!.trim()))
  expect(numbered).toHaveLength(189)
  expect(numbered.map((r) => r.cells[0]!.replace('.', ''))).toEqual(goldNumbers)
  // A row cut by a page break is whole: row 12's task text ends on the next page.
  const row12 = numbered[11]!
  expect(row12.cells[1]).toMatch(/đổi mới sáng tạo, kỹ năng số, công nghệ số cơ bản phục vụ chuyên đổi số quốc gia\.$/)
  const owners = new Map(gold.map((t) => [t.id, t.owner]))
  const sameOwner = numbered.filter((r) => r.cells[2]!.replace(/\s+/g, ' ') === owners.get(r.cells[0]!.replace('.', ''))).length
  expect(sameOwner / 189).toBeGreaterThanOrEqual(0.98)
})
