import {expect, test} from 'vitest'
import type {TableRow} from '@vanban/core'
import {completedFromTable} from '../src/ocr-table-names.ts'

const row = (id: string, owner: string, partners: string): TableRow => ({cells: [id, 'Nhiệm vụ', owner, partners, 'Quý IV/2027'], page: null})
const owners = (rows: readonly TableRow[]) => rows.map((r) => [r.cells[2], r.cells[3]])

test('a name cut short is completed to the one longer name the table gives twice', () => {
  const rows = [
    row('1', 'Trung tâm Thông tin', 'Vụ Pháp chế'),
    row('2', 'Trung tâm Thông tin công nghiệp và thương mại', 'Vụ Pháp chế; Cục Quản lý thi hành'),
    row('3', 'Vụ Pháp chế', 'Trung tâm Thông tin công nghiệp và thương mại; Cục Quản lý thi hành án dân sự')
  ]
  expect(owners(completedFromTable(rows, [2, 3]))).toEqual([
    ['Trung tâm Thông tin công nghiệp và thương mại', 'Vụ Pháp chế'],
    ['Trung tâm Thông tin công nghiệp và thương mại', 'Vụ Pháp chế; Cục Quản lý thi hành'],
    ['Vụ Pháp chế', 'Trung tâm Thông tin công nghiệp và thương mại; Cục Quản lý thi hành án dân sự']
  ])
})

test.each([
  // A name the gazetteer knows whole.
  ['Sở Công Thương', 'Sở Công Thương Hà Tĩnh'],
  // A longer name that only qualifies it.
  ['Ủy ban nhân dân các xã, phường', 'Ủy ban nhân dân các xã, phường có cụm công nghiệp'],
  // A head alone.
  ['Cục', 'Cục Điện lực']
])('%s stays beside %s', (short, long) => {
  const rows = [row('1', short, ''), row('2', long, ''), row('3', long, '')]
  expect(completedFromTable(rows, [2, 3])[0]!.cells[2]).toBe(short)
})
