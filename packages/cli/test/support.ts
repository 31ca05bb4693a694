import {type ChildProcessWithoutNullStreams, spawn, spawnSync} from 'node:child_process'
import {PassThrough, Readable} from 'node:stream'
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
  /** Standard input, for the input `-`. */
  readonly stdin?: string | Uint8Array
}

/** Runs `vanban <argv>` in this process with captured output (no signal handlers, no TTY unless asked). */
export async function runVanban(argv: readonly string[], {isTTY = false, env = {}, handleSignals = false, onStderr, stdin}: RunOptions = {}): Promise<CliRun> {
  const stdout = new PassThrough()
  const stderr = new PassThrough()
  const out: Buffer[] = []
  const err: Buffer[] = []
  stdout.on('data', (chunk: Buffer) => out.push(chunk))
  stderr.on('data', (chunk: Buffer) => {
    err.push(chunk)
    onStderr?.(Buffer.concat(err).toString('utf8'))
  })
  const input = stdin === undefined ? {} : {stdin: Readable.from([Buffer.from(stdin)])}
  const status = await runCli(argv, {stdout, stderr, isTTY, env, handleSignals, ...input})
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

const root = new URL('../../../', import.meta.url).pathname

/**
 * The real `vanban` process from the sources (bin.ts under tsx's loader, so no build is
 * needed), with piped standard streams: for signals, standard input and process trees.
 */
export function spawnVanban(argv: readonly string[], {cwd = root, env = {}}: {cwd?: string; env?: NodeJS.ProcessEnv} = {}): ChildProcessWithoutNullStreams {
  return spawn(process.execPath, ['--import', `${root}node_modules/tsx/dist/loader.mjs`, `${root}packages/cli/src/bin.ts`, ...argv], {
    cwd,
    env: {...process.env, TSX_TSCONFIG_PATH: `${root}tsconfig.json`, ...env}
  })
}

/** Standard output, standard error and the exit status (or signal) of a spawned process. */
export function finished(child: ChildProcessWithoutNullStreams): Promise<{status: number | null; signal: NodeJS.Signals | null; stdout: string; stderr: string}> {
  const out: Buffer[] = []
  const err: Buffer[] = []
  child.stdout.on('data', (chunk: Buffer) => out.push(chunk))
  child.stderr.on('data', (chunk: Buffer) => err.push(chunk))
  return new Promise((resolve, reject) => {
    child.on('error', reject)
    child.on('close', (status, signal) => resolve({status, signal, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8')}))
  })
}

/** Pids of the processes whose parent is `pid` (Linux `ps`). */
export function childPids(pid: number): number[] {
  const listed = spawnSync('ps', ['-o', 'pid=', '--ppid', String(pid)], {encoding: 'utf8'}).stdout
  return listed.split('\n').map((line) => Number(line.trim())).filter((n) => n > 0)
}

export function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch {
    return false
  }
}
