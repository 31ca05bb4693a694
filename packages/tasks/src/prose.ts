import type {Task, VanbanDocument} from '@vanban/core'
import type {ExtractOptions} from './extract-tasks.ts'

/** STUB: tasks from numbered prose. */
export function proseTasks(_doc: VanbanDocument, _options: ExtractOptions): Task[] {
  return []
}
