import type {Task} from '@vanban/core'
import type {OutputFormat} from './format.ts'

/** JSON: `{"tasks": [...]}`, the records exactly as the schema says (text kept as is). */
export const jsonFormat: OutputFormat = {
  name: 'json',
  extension: '.json',
  mediaType: 'application/json; charset=utf-8',
  write: async (tasks: readonly Task[]) => JSON.stringify({tasks}, null, 2) + '\n'
}

/** JSON Lines: one record a line, so outputs concatenate and stream. */
export const jsonlFormat: OutputFormat = {
  name: 'jsonl',
  extension: '.jsonl',
  mediaType: 'application/jsonl; charset=utf-8',
  write: async (tasks: readonly Task[]) => tasks.map((task) => JSON.stringify(task) + '\n').join('')
}
