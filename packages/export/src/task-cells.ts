import {type Task, taskFields} from '@vanban/core'
import {neutralizeFormula} from './formula-guard.ts'

/** Joins list fields for one cell: the separator clerks already use in these documents. */
export const listSeparator = '; '

/** A record field as one cell's plain text (no formula guard): null is empty, lists joined, warnings by message. */
export function cellText(task: Task, field: (typeof taskFields)[number]): string {
  if (field === 'warnings') return task.warnings.map((warning) => warning.message).join(listSeparator)
  const value = task[field]
  if (value === null) return ''
  if (Array.isArray(value)) return value.join(listSeparator)
  return String(value)
}

/**
 * One task as CSV cells, in `taskFields` order; null becomes an empty cell, a
 * warning shows its message (the codes are in JSON and JSON Lines), and text
 * a spreadsheet would run as a formula starts with `'`.
 */
export function taskToCsvRow(task: Task): string[] {
  return taskFields.map((field) => neutralizeFormula(cellText(task, field)))
}
