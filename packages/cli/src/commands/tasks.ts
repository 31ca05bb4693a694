import fs from 'node:fs'
import path from 'node:path'
import {type BatchOptions, type BatchSummary, removePendingTempFiles, runBatch} from '@vanban/batch'
import type {TaskFormat} from '@vanban/export'
import {closeOcr, supportedExtensions} from '@vanban/ingest'
import {formats, oneOf, parseCommand, readingOptions, readingValues, UsageError} from '../args.ts'
import {tasksHelp} from '../help.ts'
import {type CliIO, write} from '../io.ts'
import {createReporter} from '../progress.ts'

const options = {
  ...readingOptions,
  format: {type: 'string'},
  out: {type: 'string'},
  combine: {type: 'string'},
  'no-bom': {type: 'boolean'},
  resume: {type: 'boolean'},
  'allow-failures': {type: 'boolean'},
  quiet: {type: 'boolean', short: 'q'}
} as const

/** Exit status of a run stopped by a signal: 128 + the signal number, as shells report it. */
const signalExit = {SIGINT: 130, SIGTERM: 143} as const
type StopSignal = keyof typeof signalExit

const formatOfPath = (file: string): TaskFormat | undefined =>
  ({'.csv': 'csv', '.json': 'json', '.jsonl': 'jsonl'} as const)[path.extname(file).toLowerCase() as '.csv']

/** `vanban tasks`: the batch run, its progress and its summary; returns the exit status. */
export async function tasksCommand(args: readonly string[], io: CliIO): Promise<number> {
  const {values, positionals} = parseCommand(args, options)
  if (values.help) {
    await write(io.stdout, tasksHelp)
    return 0
  }
  if (positionals.length === 0) throw new UsageError('give at least one file or folder')
  const batch = batchOptions(values, positionals, io.env)

  const mode = values.quiet ? 'quiet' : io.isTTY ? 'bar' : 'lines'
  const reporter = createReporter(io.stderr, mode, values.verbose ?? false)
  const controller = new AbortController()
  let stoppedBy: StopSignal | null = null
  const onSignal = (signal: StopSignal) => {
    if (stoppedBy) {
      // A second Ctrl-C: the user will not wait for the file in flight. Leave no temp file behind.
      removePendingTempFiles()
      process.exit(signalExit[signal])
    }
    stoppedBy = signal
    controller.abort(new Error(`interrupted by ${signal}`))
  }
  // Bound by name: the listener's argument is only set for signals the OS delivers.
  const onSigint = () => onSignal('SIGINT')
  const onSigterm = () => onSignal('SIGTERM')
  if (io.handleSignals) {
    process.on('SIGINT', onSigint)
    process.on('SIGTERM', onSigterm)
  }

  let summary: BatchSummary
  try {
    summary = await runBatch(positionals, {...batch, signal: controller.signal, onProgress: reporter.onProgress})
  } finally {
    reporter.stop()
    // The OCR pool outlives one file so a batch reuses its workers; the run is over, so is the pool.
    await closeOcr()
    if (io.handleSignals) {
      process.off('SIGINT', onSigint)
      process.off('SIGTERM', onSigterm)
    }
  }

  if (summary.interrupted) {
    const done = summary.results.length
    await write(io.stderr, `vanban: interrupted by ${stoppedBy ?? 'a signal'} after ${done} file${done === 1 ? '' : 's'}; ` +
      `the file in flight was discarded, outputs written so far are complete${batch.outDir ? ' (rerun with --resume to continue)' : ''}\n`)
    return signalExit[stoppedBy ?? 'SIGINT']
  }
  if (summary.results.length === 0) {
    // A wrong folder must not pass for a successful empty run in a script.
    await write(io.stderr, `vanban: no file to read in ${positionals.join(', ')} (vanban reads ${supportedExtensions.join(' ')})\n`)
    return 1
  }
  if (summary.output !== null) await write(io.stdout, summary.output)
  if (!values.quiet) await write(io.stderr, summaryLine(summary, values['allow-failures'] ?? false) + '\n')
  return summary.filesFailed > 0 && !values['allow-failures'] ? 1 : 0
}

/** `5 files: 4 ok (1 with warnings), 1 failed; 37 tasks, 52 pages in 3.2 s` */
export function summaryLine(summary: BatchSummary, allowFailures: boolean): string {
  const files = summary.results.length
  const parts = [`${summary.filesOk} ok (${summary.filesWithWarnings} with warnings)`, `${summary.filesFailed} failed${allowFailures && summary.filesFailed > 0 ? ' (allowed)' : ''}`]
  if (summary.filesResumed > 0) parts.push(`${summary.filesResumed} resumed`)
  return `vanban: ${files} file${files === 1 ? '' : 's'}: ${parts.join(', ')}; ${summary.tasks} task${summary.tasks === 1 ? '' : 's'}, ` +
    `${summary.pages} page${summary.pages === 1 ? '' : 's'} in ${(summary.ms / 1000).toFixed(1)} s`
}

/**
 * Where the output goes. `--out x.csv` (or any path for a single input file)
 * is one output file; any other `--out` is a folder with one output per input.
 */
function batchOptions(values: Record<string, string | boolean | undefined>, inputs: readonly string[], env: NodeJS.ProcessEnv): BatchOptions {
  const out = values.out as string | undefined
  let combine = values.combine as string | undefined
  let outDir: string | undefined
  if (out !== undefined) {
    const outIsFolder = fs.statSync(out, {throwIfNoEntry: false})?.isDirectory() ?? false
    const singleFile = inputs.length === 1 && !(fs.statSync(inputs[0]!, {throwIfNoEntry: false})?.isDirectory() ?? false)
    if (!outIsFolder && (formatOfPath(out) !== undefined || singleFile)) {
      if (combine !== undefined) throw new UsageError('--out names one output file here; --combine needs --out <folder>')
      combine = out
    } else {
      outDir = out
    }
  }
  if (values.resume && outDir === undefined) throw new UsageError('--resume needs --out <folder> (the manifest of finished files lives there)')

  const explicit = oneOf('format', values.format as string | undefined, formats)
  const implied = combine !== undefined ? formatOfPath(combine) : undefined
  if (explicit && implied && explicit !== implied) throw new UsageError(`--format ${explicit} does not match the output file ${combine}`)
  const format = explicit ?? implied ?? 'csv'

  return {
    ...readingValues(values, env),
    format,
    ...(values['no-bom'] && {bom: false}),
    ...(outDir !== undefined && {outDir}),
    ...(combine !== undefined && {combine}),
    ...(values.resume && {resume: true})
  }
}
