import type {Block, VanbanDocument} from '@vanban/core'
import {expect, test} from 'vitest'
import {extractTasks} from '../src/index.ts'

const provenance = {page: null, lineStart: 1, lineEnd: 1, source: 'text' as const}
const text = (kind: 'heading' | 'paragraph' | 'list-item', value: string): Block => ({kind, text: value, provenance})
const header = ['TT', 'Nhiệm vụ', 'Cơ quan chủ trì', 'Thời hạn']
const table = (rows: string[][]): Block => ({kind: 'table', header, rows: rows.map((cells) => ({cells, page: null})), provenance})
const doc = (blocks: Block[]): VanbanDocument => ({file: 'plan.md', pages: [], blocks, warnings: []})

const ids = (d: VanbanDocument) => extractTasks(d).map((t) => (t.kind === 'group' ? [t.id, t.parent, 'group'] : [t.id, t.parent]))

test('a task table alone keeps its row numbers', () => {
  expect(ids(doc([text('heading', 'PHỤ LỤC'), table([['1', 'Rà soát quy định', 'Sở Tư pháp', 'Quý II/2026']])]))).toEqual([['1', null]])
})

test('a table whose numbers are taken by the body gets its appendix name, as prose appendices do', () => {
  const d = doc([
    text('list-item', '1. Sở Nội vụ chủ trì rà soát vị trí việc làm, hoàn thành trong quý III/2026.'),
    text('list-item', '2. Sở Tài chính bố trí kinh phí thực hiện trong năm 2026.'),
    text('heading', 'Phụ lục II'),
    table([['I', 'Thể chế', '', ''], ['1', 'Ban hành quy chế dữ liệu', 'Sở Khoa học và Công nghệ', 'Tháng 6/2026']])
  ])
  // The group row `I` goes out as a record of its own, so the row's parent resolves.
  expect(ids(d)).toEqual([['1', null], ['2', null], ['PLII.I', null, 'group'], ['PLII.1', 'PLII.I']])
})

test('two task tables numbered from 1 keep apart', () => {
  const d = doc([
    text('heading', 'Phụ lục I'),
    table([['1', 'Số hóa hồ sơ', 'Sở Nội vụ', 'Năm 2026']]),
    text('heading', 'Phụ lục II'),
    table([['1', 'Phủ sóng 5G', 'Sở Khoa học và Công nghệ', 'Năm 2027']])
  ])
  expect(ids(d)).toEqual([['1', null], ['PLII.1', null]])
})

test('a province\'s own names (the agencies option) are owners and coordinators, never cut', () => {
  const d = doc([
    text('paragraph', 'Kính gửi: Các cơ quan, đơn vị.'),
    text('paragraph', 'Cảng hàng không Vân Đồn tăng cường kiểm tra an ninh, hoàn thành trong tháng 7/2026.'),
    text('paragraph', 'Giao Sở Xây dựng chủ trì, phối hợp với Vườn quốc gia Bái Tử Long và Khu Di tích Pác Bó rà soát các công trình ven biển.')
  ])
  const without = extractTasks(d)
  expect(without.map((t) => t.owner)).toEqual(['Sở Xây dựng'])
  const local = extractTasks(d, {agencies: ['Cảng hàng không Vân Đồn', 'Vườn quốc gia Bái Tử Long', 'Khu Di tích Pác Bó']})
  expect(local.map((t) => [t.owner, t.coordinators, t.due])).toEqual([
    ['Cảng hàng không Vân Đồn', [], '2026-07-31'],
    ['Sở Xây dựng', ['Vườn quốc gia Bái Tử Long', 'Khu Di tích Pác Bó'], null]
  ])
  // The names are in force for that call only.
  expect(extractTasks(d).map((t) => t.owner)).toEqual(['Sở Xây dựng'])
})
