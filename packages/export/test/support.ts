import {parseString} from '@fast-csv/parse'
import type {Task} from '@vanban/core'

/** A task record as the tb20 appendix gives one (3.c.1), with the fields a test changes. */
export const sampleTask = (overrides: Partial<Task> = {}): Task => ({
  file: 'fixtures/tb20-2026-notice.pdf',
  id: '3.c.1',
  kind: 'task',
  parent: '3.c',
  text: 'Chủ trì, phối hợp với Bộ Tư pháp nghiên cứu, lựa chọn thể chế, chính sách "sandbox"',
  owner: 'Bộ Khoa học và Công nghệ',
  coordinators: ['Bộ Tư pháp', 'Hà Nội, Đà Nẵng'],
  deadlineText: 'Hoàn thành trong quý II/2026',
  due: '2026-06-30',
  recurrence: null,
  result: null,
  page: 9,
  warnings: [],
  ...overrides
})

/** CSV text → rows of cells, through an independent RFC 4180 parser. */
export function parseCsv(text: string): Promise<string[][]> {
  return new Promise((resolve, reject) => {
    const rows: string[][] = []
    parseString(text, {headers: false})
      .on('data', (row: string[]) => rows.push(row))
      .on('error', reject)
      .on('end', () => resolve(rows))
  })
}
