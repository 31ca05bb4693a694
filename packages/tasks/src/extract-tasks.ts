import type {Task, VanbanDocument} from '@vanban/core'
import {proseTasks} from './prose.ts'
import {tableTaskGroups} from './table.ts'

export interface ExtractOptions {
  /** Fallback date (`YYYY-MM-DD`) for deadlines without a year when the document has none. */
  readonly documentDate?: string
}

/**
 * Document → tasks: numbered prose items, then task-table rows, table by
 * table. `file` of each task is the document's `file`.
 *
 * Ids stay unique in a file: a task table whose row numbers (`1`, `32.(4)`)
 * are already taken — by the prose of the body, or by an earlier table — gets
 * the name of the appendix it is printed in as a prefix (`PLII.1`, parent
 * `PLII.I`), as prose appendices do; a table alone keeps its numbers as printed.
 */
export function extractTasks(doc: VanbanDocument, options: ExtractOptions = {}): Task[] {
  const tasks = proseTasks(doc, options)
  const used = new Set(tasks.map((t) => t.id))
  for (const group of tableTaskGroups(doc, options)) {
    let rows = group.tasks
    if (rows.some((t) => used.has(t.id))) {
      let prefix = group.part ?? 'PL'
      for (let n = 2; rows.some((t) => used.has(`${prefix}.${t.id}`)); n++) prefix = `${group.part ?? 'PL'}#${n}`
      rows = rows.map((t) => ({...t, id: `${prefix}.${t.id}`, parent: t.parent === null ? null : `${prefix}.${t.parent}`}))
    }
    for (const t of rows) used.add(t.id)
    tasks.push(...rows)
  }
  return tasks
}
