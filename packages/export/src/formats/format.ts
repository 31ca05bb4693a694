import type {Task} from '@vanban/core'

/** The names of the task formats, in the order `--help` lists them. */
export const formatNames = ['csv', 'json', 'jsonl', 'xlsx'] as const
export type FormatName = (typeof formatNames)[number]

export interface WriteOptions {
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

/**
 * One output format: what a caller needs to name, serve and write a file.
 * `write` takes every task of the output at once (a combined file is one call
 * over the records of all inputs, never a join of formatted pieces). It
 * returns text for text formats and bytes for binary ones (`xlsx`).
 */
export interface OutputFormat {
  readonly name: FormatName
  /** With the dot: `.csv`. */
  readonly extension: string
  /** For HTTP `Content-Type`. */
  readonly mediaType: string
  write(tasks: readonly Task[], options?: WriteOptions): Promise<string | Uint8Array>
}
