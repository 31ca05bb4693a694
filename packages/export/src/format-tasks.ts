import {writeToString} from '@fast-csv/format'
import {type Task, taskFields} from '@vanban/core'
import {validateTasks} from './validate.ts'

export type TaskFormat = 'csv' | 'json' | 'jsonl'

export interface FormatOptions {
  /**
   * Output format.
   * @default 'csv'
   */
  readonly format?: TaskFormat
  /**
   * Start CSV output with a UTF-8 byte order mark. Excel on Windows reads a
   * BOM-less CSV as the ANSI code page and garbles Vietnamese; LibreOffice and
   * csv parsers ignore the BOM. Only applies to `csv`.
   * @default true
   */
  readonly bom?: boolean
  /**
   * Write the header row (CSV only). Off when appending to an existing file.
   * @default true
   */
  readonly header?: boolean
}

/** Joins list fields for one CSV cell: the separator clerks already use in these documents. */
const listSeparator = '; '

/**
 * One task as CSV cells, in `taskFields` order; null becomes an empty cell and
 * a warning shows its message (the codes are in JSON and JSON Lines).
 */
export function taskToCsvRow(task: Task): string[] {
  return taskFields.map((field) => {
    if (field === 'warnings') return task.warnings.map((warning) => warning.message).join(listSeparator)
    const value = task[field]
    if (value === null) return ''
    if (Array.isArray(value)) return value.join(listSeparator)
    return String(value)
  })
}

/**
 * Tasks → text in the chosen format, after validating every record.
 *
 * @example
 * await formatTasks(tasks, {format: 'jsonl'})
 * //=> '{"file":"a.pdf","id":"1.a",…}\n'
 */
export async function formatTasks(tasks: readonly Task[], options: FormatOptions = {}): Promise<string> {
  const valid = validateTasks(tasks)
  const format = options.format ?? 'csv'
  switch (format) {
    case 'json':
      return JSON.stringify({tasks: valid}, null, 2) + '\n'
    case 'jsonl':
      return valid.map((task) => JSON.stringify(task) + '\n').join('')
    case 'csv': {
      const header = options.header ?? true
      const rows = valid.map(taskToCsvRow)
      // RFC 4180: CRLF line ends, fields quoted when they hold a quote, comma or line break.
      const body = await writeToString(header ? [[...taskFields], ...rows] : rows, {
        rowDelimiter: '\r\n',
        includeEndRowDelimiter: true
      })
      return ((options.bom ?? true) && header ? '\uFEFF' : '') + body
    }
    default:
      throw new TypeError(`unknown format "${String(format)}"; use csv, json or jsonl`)
  }
}
