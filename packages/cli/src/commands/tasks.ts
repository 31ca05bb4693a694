import fs from 'node:fs'
import {type BatchInput, type BatchOptions, type BatchSummary, type ProgressEvent, removePendingTempFiles, runBatch} from '@vanban/batch'
import {VanbanError} from '@vanban/core'
import {formatOfPath, type FormatName} from '@vanban/export'
import {closeOcr, supportedExtensions} from '@vanban/ingest'
import {oneOf, outputFormats, parseCommand, readingValues, tasksOptions, UsageError} from '../args.ts'
import {exitStatus} from '../exit-status.ts'
import {tasksHelp} from '../help.ts'
import {type CliIO, readAll, stdinName, write} from '../io.ts'
import {createReporter} from '../progress.ts'
import {duplicateWithinMs, exitStatusOf, type StopSignal, stopSignals} from '../stop-signals.ts'

/** Codes of errors that refuse a run before any work because of its outputs. */
const outputRefusals = new Set(['output-is-input', 'output-unwritable', 'output-locked'])

/** `vanban tasks`: the batch run, its progress and its summary; returns the exit status. */
export async function tasksCommand(args: readonly string[], io: CliIO): Promise<number> {
  const {values, positionals} = parseCommand(args, tasksOptions)
  if (values.help) {
    await write(io.stdout, tasksHelp)
    return 0
  }
  if (positionals.length === 0) throw new UsageError('give at least one file or folder')
  const batch = await batchOptions(values, positionals, io.env)
  const inputs = await batchInputs(positionals, values.name, io)

  const mode = values.quiet ? 'quiet' : io.isTTY ? 'bar' : 'lines'
  const reporter = createReporter(io.stderr, mode, values.verbose ?? false)
  const controller = new AbortController()
  let stoppedBy: StopSignal | null = null
  let stoppedAt = 0
  const onSignal = (signal: StopSignal) => {
    if (stoppedBy) {
      // The copy of a Ctrl-C passed on by bin.ts is the same Ctrl-C, not a second one.
      if (signal === stoppedBy && Date.now() - stoppedAt < duplicateWithinMs) return
      // A second Ctrl-C: the user will not wait for the file in flight. Leave no temp file behind.
      removePendingTempFiles()
      process.exit(exitStatusOf(signal))
    }
    stoppedBy = signal
    stoppedAt = Date.now()
    controller.abort(new Error(`interrupted by ${signal}`))
  }
  // Bound by name: the listener's argument is only set for signals the OS delivers.
  const handlers = stopSignals.map((signal) => [signal, () => onSignal(signal)] as const)
  if (io.handleSignals) for (const [signal, handler] of handlers) process.on(signal, handler)

  const onProgress = (event: ProgressEvent): void => reporter.onProgress(event)

  let summary: BatchSummary
  try {
    summary = await runBatch(inputs, {...batch, signal: controller.signal, onProgress})
  } catch (error) {
    if (error instanceof VanbanError && outputRefusals.has(error.code)) {
      reporter.stop()
      await write(io.stderr, `vanban: ${error.message}\n`)
      return exitStatus.outputRefused
    }
    throw error
  } finally {
    reporter.stop()
    // The OCR pool outlives one file so a batch reuses its workers; the run is over, so is the pool.
    await closeOcr()
    if (io.handleSignals) for (const [signal, handler] of handlers) process.off(signal, handler)
  }

  if (summary.interrupted) {
    const done = summary.results.length
    await write(io.stderr, `vanban: interrupted by ${stoppedBy ?? 'a signal'} after ${done} file${done === 1 ? '' : 's'}; ` +
      `the files in flight were discarded, outputs written so far are complete${batch.outDir ? ' (rerun with --resume to continue)' : ''}\n`)
    return exitStatusOf(stoppedBy ?? 'SIGINT')
  }
  if (summary.results.length === 0) {
    // A wrong folder must not pass for a successful empty run in a script.
    await write(io.stderr, `vanban: no file to read in ${positionals.join(', ')} (vanban reads ${supportedExtensions.join(' ')})\n`)
    return exitStatus.failed
  }
  if (summary.output !== null) await write(io.stdout, summary.output)
  if (!values.quiet) await write(io.stderr, summaryLine(summary, values['allow-failures'] ?? false) + '\n')
  return summary.filesFailed > 0 && !values['allow-failures'] ? exitStatus.failed : exitStatus.ok
}

/** `5 files: 4 ok (1 with warnings), 1 failed; 37 tasks, 52 pages in 3.2 s` */
export function summaryLine(summary: BatchSummary, allowFailures: boolean): string {
  const files = summary.results.length
  const parts = [`${summary.filesOk} ok (${summary.filesWithWarnings} with warnings)`, `${summary.filesFailed} failed${allowFailures && summary.filesFailed > 0 ? ' (allowed)' : ''}`]
  if (summary.filesResumed > 0) parts.push(`${summary.filesResumed} resumed`)
  if (summary.staleTempFiles.length > 0) parts.push(`${summary.staleTempFiles.length} stale temp file${summary.staleTempFiles.length === 1 ? '' : 's'} removed`)
  return `vanban: ${files} file${files === 1 ? '' : 's'}: ${parts.join(', ')}; ${summary.tasks} task${summary.tasks === 1 ? '' : 's'}, ` +
    `${summary.pages} page${summary.pages === 1 ? '' : 's'} in ${(summary.ms / 1000).toFixed(1)} s`
}

/** The positionals as batch inputs: `-` is standard input, read once, named by `--name` (else `stdin`). */
async function batchInputs(positionals: readonly string[], name: string | undefined, io: CliIO): Promise<BatchInput[]> {
  const dashes = positionals.filter((input) => input === '-').length
  if (dashes > 1) throw new UsageError('standard input (-) can be read once only')
  if (name !== undefined && dashes === 0) throw new UsageError('--name names standard input: give - as an input')
  if (dashes === 0) return [...positionals]
  if (!io.stdin) throw new UsageError('no standard input to read for -')
  const bytes = await readAll(io.stdin)
  return positionals.map((input) => (input === '-' ? {name: name ?? stdinName, bytes} : input))
}

/**
 * Where the output goes. `--out x.csv` (or any path for a single input file)
 * is one output file; any other `--out` is a folder with one output per input.
 * `-` as `--out` or `--combine` is standard output.
 */
async function batchOptions(values: Record<string, string | boolean | undefined>, inputs: readonly string[], env: NodeJS.ProcessEnv): Promise<BatchOptions> {
  let out = values.out as string | undefined
  let combine = values.combine as string | undefined
  if (out === '-' && combine !== undefined) throw new UsageError('--out - already writes every task to standard output; drop --combine')
  if (out === '-') out = undefined
  let toStdout = out === undefined && combine === undefined
  if (combine === '-') {
    if (out === undefined) throw new UsageError('--combine - needs --out <folder> (without --out the tasks go to standard output anyway)')
    combine = undefined
    toStdout = true
  }
  let outDir: string | undefined
  if (out !== undefined) {
    const outIsFolder = fs.statSync(out, {throwIfNoEntry: false})?.isDirectory() ?? false
    const singleFile = inputs.length === 1 && (inputs[0] === '-' || !(fs.statSync(inputs[0]!, {throwIfNoEntry: false})?.isDirectory() ?? false))
    if (!outIsFolder && (formatOfPath(out) !== undefined || singleFile)) {
      if (combine !== undefined) throw new UsageError('--out names one output file here; --combine needs --out <folder>')
      if (toStdout) throw new UsageError('--out names one output file here; --combine - needs --out <folder>')
      combine = out
    } else {
      outDir = out
    }
  }
  if (values.resume && outDir === undefined) throw new UsageError('--resume needs --out <folder> (the manifest of finished files lives there)')

  const explicit = oneOf('format', values.format as string | undefined, outputFormats)
  const implied = combine !== undefined ? formatOfPath(combine)?.name : undefined
  if (explicit && implied && explicit !== implied) throw new UsageError(`--format ${explicit} does not match the output file ${combine}`)
  const format: FormatName = explicit ?? implied ?? 'csv'

  return {
    ...(await readingValues(values, env)),
    format,
    ...(values['no-bom'] && {bom: false}),
    ...(outDir !== undefined && {outDir}),
    ...(combine !== undefined && {combine}),
    ...(values.report !== undefined && {report: values.report as string}),
    ...(toStdout && outDir !== undefined && {collect: true}),
    ...(values.resume && {resume: true})
  }
}
