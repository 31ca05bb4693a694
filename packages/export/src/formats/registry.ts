import type {Task} from '@vanban/core'
import {validateTasks} from '../validate.ts'
import {csvFormat} from './csv.ts'
import {type FormatName, formatNames, type OutputFormat, type WriteOptions} from './format.ts'
import {jsonFormat, jsonlFormat} from './json.ts'
import {xlsxFormat} from './xlsx.ts'

/** Every output format by name: what the CLI, batch and the server ask instead of knowing formats. */
export const outputFormats: Readonly<Record<FormatName, OutputFormat>> = {
  csv: csvFormat,
  json: jsonFormat,
  jsonl: jsonlFormat,
  xlsx: xlsxFormat
}

/** True for a known format name. */
export const isFormatName = (name: string): name is FormatName => (formatNames as readonly string[]).includes(name)

/**
 * The format of a name; a TypeError listing the known names otherwise.
 *
 * @example
 * getFormat('xlsx').extension //=> '.xlsx'
 */
export function getFormat(name: string): OutputFormat {
  if (!isFormatName(name)) throw new TypeError(`unknown format "${name}"; use ${formatNames.join(', ')}`)
  return outputFormats[name]
}

/**
 * The format a path's extension names, or undefined.
 *
 * @example
 * formatOfPath('out/all.XLSX') //=> xlsxFormat
 * formatOfPath('notes.txt') //=> undefined
 */
export function formatOfPath(file: string): OutputFormat | undefined {
  // The extension of the last path segment (`out/all.XLSX` → `.xlsx`), without node:path so browsers can bundle it.
  const extension = /(\.[^./\\]*)$/.exec(file.split(/[\\/]/).pop() ?? '')?.[1]?.toLowerCase() ?? ''
  return Object.values(outputFormats).find((format) => format.extension === extension)
}

export interface WriteTasksOptions extends WriteOptions {
  /**
   * Output format.
   * @default 'csv'
   */
  readonly format?: FormatName
}

/**
 * Validates every record, then writes them in one format: text (`csv`,
 * `json`, `jsonl`) or bytes (`xlsx`). Give it all the records of an output at
 * once: a combined file is one call over every input's tasks.
 *
 * @example
 * await writeTasks(tasks, {format: 'xlsx'}) //=> Uint8Array [0x50, 0x4b, …]
 */
export async function writeTasks(tasks: readonly Task[], options: WriteTasksOptions = {}): Promise<string | Uint8Array> {
  const format = getFormat(options.format ?? 'csv')
  return format.write(validateTasks(tasks), options)
}
