import fs from 'node:fs'
import path from 'node:path'
import {type Task, taskFields} from '@vanban/core'
import ExcelJS from 'exceljs'
import {expect, it} from 'vitest'
import {neutralizeFormula, writeTasks} from '../src/index.ts'

// A whole document's tasks (the hand-checked appendix of the tb20 notice) through the workbook and back.
const golden = JSON.parse(fs.readFileSync(path.join(import.meta.dirname, '../../../fixtures/tb20-2026-notice.appendix.tasks.json'), 'utf8')) as {
  tasks: Omit<Task, 'file' | 'result' | 'page' | 'warnings'>[]
}
const tasks: Task[] = golden.tasks.map((task) => ({file: 'tb20-2026-notice.md', result: null, page: null, warnings: [], ...task}))

it('keeps every field of the tb20 appendix: text as strings, due as dates, lists joined', async () => {
  const workbook = new ExcelJS.Workbook()
  await workbook.xlsx.load(Buffer.from((await writeTasks(tasks, {format: 'xlsx'})) as Uint8Array) as unknown as ArrayBuffer)
  const sheet = workbook.getWorksheet('Nhiệm vụ')!
  expect(sheet.rowCount).toBe(tasks.length + 1)
  const column = (field: (typeof taskFields)[number]) => taskFields.indexOf(field) + 1
  tasks.forEach((task, index) => {
    const row = sheet.getRow(index + 2)
    const text = (value: string | null) => (value === null || value === '' ? null : neutralizeFormula(value))
    expect(row.getCell(column('id')).value).toBe(task.id)
    expect(row.getCell(column('text')).value).toBe(text(task.text))
    expect(row.getCell(column('owner')).value).toBe(text(task.owner))
    expect(row.getCell(column('coordinators')).value).toBe(text(task.coordinators.join('; ')))
    expect(row.getCell(column('deadlineText')).value).toBe(text(task.deadlineText))
    expect(row.getCell(column('recurrence')).value).toBe(text(task.recurrence))
    const due = row.getCell(column('due')).value
    expect(due === null ? null : (due as Date).toISOString().slice(0, 10)).toBe(task.due)
  })
  expect(tasks.filter((task) => task.due !== null)).toHaveLength(18)
})
