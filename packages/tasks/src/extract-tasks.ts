import type {Task, VanbanDocument} from '@vanban/core'
import {proseTasks} from './prose.ts'
import {tableTasks} from './table.ts'

export interface ExtractOptions {
  /** Fallback date (`YYYY-MM-DD`) for deadlines without a year when the document has none. */
  readonly documentDate?: string
}

/**
 * Document → tasks: numbered prose items and task-table rows, in document order.
 * `file` of each task is the document's `file`.
 */
export function extractTasks(doc: VanbanDocument, options: ExtractOptions = {}): Task[] {
  return [...proseTasks(doc, options), ...tableTasks(doc, options)]
}
