import type {Task} from '@vanban/core'
import type {WriteOptions} from './formats/format.ts'
import {writeTasks} from './formats/registry.ts'

/** The text formats, which `formatTasks` returns as a string. */
export type TextFormat = 'csv' | 'json' | 'jsonl'

/** @deprecated the name before the registry: a text format's name. Use `TextFormat` or `FormatName`. */
export type TaskFormat = TextFormat

export interface FormatOptions extends WriteOptions {
  /**
   * Output format.
   * @default 'csv'
   */
  readonly format?: TextFormat
}

/**
 * Tasks → text in a text format, after validating every record. Kept for
 * callers written before the format registry; new code uses `writeTasks` or
 * `taskFormats`, which also write `xlsx`.
 *
 * @example
 * await formatTasks(tasks, {format: 'jsonl'})
 * //=> '{"file":"a.pdf","id":"1.a",…}\n'
 */
export async function formatTasks(tasks: readonly Task[], options: FormatOptions = {}): Promise<string> {
  const format = options.format ?? 'csv'
  if (format !== 'csv' && format !== 'json' && format !== 'jsonl') {
    throw new TypeError(`unknown format "${String(format)}"; use csv, json or jsonl (xlsx is bytes: use writeTasks)`)
  }
  return (await writeTasks(tasks, {...options, format})) as string
}
