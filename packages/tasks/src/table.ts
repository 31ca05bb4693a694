import type {Task, VanbanDocument} from '@vanban/core'
import type {ExtractOptions} from './extract-tasks.ts'

/** STUB: tasks from task-table rows. */
export function tableTasks(_doc: VanbanDocument, _options: ExtractOptions): Task[] {
  return []
}
