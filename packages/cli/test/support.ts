import {PassThrough} from 'node:stream'
import {parseString} from '@fast-csv/parse'
import type {Task} from '@vanban/core'
import {runCli} from '../src/index.ts'

export interface CliRun {
  readonly status: number
  readonly stdout: string
  readonly stderr: string
}

export interface RunOptions {
  readonly isTTY?: boolean
  readonly env?: NodeJS.ProcessEnv
  /** Install the SIGINT/SIGTERM handlers (tests then `process.emit` the signal). @default false */
  readonly handleSignals?: boolean
  /** Called with stderr so far after each write. */
  readonly onStderr?: (text: string) => void
}

/** Runs `vanban <argv>` in this process with captured output (no signal handlers, no TTY unless asked). */
export async function runVanban(argv: readonly string[], {isTTY = false, env = {}, handleSignals = false, onStderr}: RunOptions = {}): Promise<CliRun> {
  const stdout = new PassThrough()
  const stderr = new PassThrough()
  const out: Buffer[] = []
  const err: Buffer[] = []
  stdout.on('data', (chunk: Buffer) => out.push(chunk))
  stderr.on('data', (chunk: Buffer) => {
    err.push(chunk)
    onStderr?.(Buffer.concat(err).toString('utf8'))
  })
  const status = await runCli(argv, {stdout, stderr, isTTY, env, handleSignals})
  return {status, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8')}
}

/** CSV text (without BOM) → rows keyed by the header. */
export function parseCsv(text: string): Promise<Record<string, string>[]> {
  return new Promise((resolve, reject) => {
    const rows: Record<string, string>[] = []
    parseString(text, {headers: true})
      .on('data', (row: Record<string, string>) => rows.push(row))
      .on('error', reject)
      .on('end', () => resolve(rows))
  })
}

/**
 * A CSV row back into a record: the inverse of the export's cell rules (null → empty, lists joined
 * with `; `). CSV carries a warning's message only, so warnings come back as their messages.
 */
export function recordFromCsvRow(row: Record<string, string>): Omit<Task, 'warnings'> & {warnings: string[]} {
  const nullable = (value: string) => (value === '' ? null : value)
  const list = (value: string) => (value === '' ? [] : value.split('; '))
  return {
    file: row.file!,
    id: row.id!,
    kind: row.kind as Task['kind'],
    parent: nullable(row.parent!),
    text: row.text!,
    owner: nullable(row.owner!),
    coordinators: list(row.coordinators!),
    deadlineText: nullable(row.deadlineText!),
    due: nullable(row.due!),
    recurrence: nullable(row.recurrence!),
    result: nullable(row.result!),
    page: row.page === '' ? null : Number(row.page),
    warnings: list(row.warnings!)
  }
}
