import {writeToString} from '@fast-csv/format'
import {type Task, taskFields} from '@vanban/core'
import {taskToCsvRow} from '../task-cells.ts'
import type {OutputFormat} from './format.ts'

/** CSV: UTF-8 with a BOM (Excel), RFC 4180 (CRLF, quotes), columns in `taskFields` order. */
export const csvFormat: OutputFormat = {
  name: 'csv',
  extension: '.csv',
  mediaType: 'text/csv; charset=utf-8',
  async write(tasks: readonly Task[], options = {}) {
    const header = options.header ?? true
    const rows = tasks.map(taskToCsvRow)
    // RFC 4180: CRLF line ends, fields quoted when they hold a quote, comma or line break.
    const body = await writeToString(header ? [[...taskFields], ...rows] : rows, {
      rowDelimiter: '\r\n',
      includeEndRowDelimiter: true
    })
    return ((options.bom ?? true) && header ? '\uFEFF' : '') + body
  }
}
