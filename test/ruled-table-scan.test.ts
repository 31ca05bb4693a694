import {fileURLToPath} from 'node:url'
import {beforeAll, describe, expect, it} from 'vitest'
import type {Task} from '@vanban/core'
import {readDocument} from '../packages/ingest/src/index.ts'
import {normalizeDocument} from '../packages/normalize/src/index.ts'
import {extractTasks} from '../packages/tasks/src/index.ts'

/**
 * A commune's fire-prevention plan (a blind set's notice, its task table ruled, printed by Chromium),
 * page 2 scanned at 200 dpi: read by vanban's own OCR, the table's cells come back with some spaces
 * lost (`Phòng Kinhtế`, `Côngan xã`), which normalize cuts with the language model's pairs.
 */
const scan = fileURLToPath(new URL('../fixtures/scan/kh-ruled-table.scan.p2.pdf', import.meta.url))

describe('a ruled task table, scanned, read by vanban', () => {
  let tasks: Task[] = []
  beforeAll(async () => {
    tasks = extractTasks(normalizeDocument(await readDocument(scan))).filter((t) => t.kind === 'task')
  }, 120_000)

  it('gives each numbered row with its owner and due date', () => {
    const rows = new Map(tasks.map((t) => [t.id, t]))
    expect([1, 2, 3, 5, 7].map((n) => rows.get(String(n))?.owner)).toEqual(['Phòng Văn hóa - Xã hội', 'Hạt Kiểm lâm khu vực Ia Grai', 'Phòng Kinh tế', 'Phòng Kinh tế', 'Công an xã'])
    // (Rows 4 and 6: `Ia Grai` read `la Grai`, a place name no rule restores.)
    expect(rows.get('4')?.owner).toMatch(/^Ban quản lý rừng phòng hộ /u)
    expect([2, 3, 4, 5, 6].map((n) => rows.get(String(n))?.due)).toEqual(['2026-02-28', '2026-01-20', '2026-03-15', '2026-03-31', '2026-04-30'])
    expect(rows.get('7')?.recurrence).toBe('thường xuyên')
  })
})
