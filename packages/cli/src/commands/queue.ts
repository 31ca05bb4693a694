import {formatOfPath} from '@vanban/export'
import {addBatch, combineBatch, queueStatus, retryFailed, runWorker, waitForBatch} from '@vanban/queue'
import {formats, ocrEngines, ocrModes, oneOf, outputFormats, parseCommand, positiveNumber, repairModes, UsageError} from '../args.ts'
import {type CliIO, write} from '../io.ts'
import {queueHelp, workerHelp} from '../queue-help.ts'

const redisOptions = {
  redis: {type: 'string'},
  queue: {type: 'string'},
  help: {type: 'boolean', short: 'h'}
} as const

function redisOf(values: {redis?: string | undefined}, env: NodeJS.ProcessEnv): string {
  const url = values.redis ?? env.VANBAN_REDIS
  if (!url) throw new UsageError('give --redis URL (or set VANBAN_REDIS)')
  return url
}

const queueOf = (values: {queue?: string | undefined}) => (values.queue === undefined ? {} : {queue: values.queue})

/** `vanban worker`: serve the queue until SIGTERM/SIGINT, then finish the files in flight. */
export async function workerCommand(args: readonly string[], io: CliIO): Promise<number> {
  const {values, positionals} = parseCommand(args, {
    ...redisOptions,
    concurrency: {type: 'string'},
    jobs: {type: 'string'},
    'ocr-engine': {type: 'string'},
    'lock-timeout': {type: 'string'},
    quiet: {type: 'boolean', short: 'q'}
  })
  if (values.help) {
    await write(io.stdout, workerHelp)
    return 0
  }
  if (positionals.length > 0) throw new UsageError('worker takes no files: add them with `vanban queue add`')
  const redis = redisOf(values, io.env)
  const concurrency = positiveNumber('concurrency', values.concurrency) ?? 1
  const jobs = positiveNumber('jobs', values.jobs)
  const ocrEngine = oneOf('ocr-engine', values['ocr-engine'], ocrEngines)
  const lockSeconds = positiveNumber('lock-timeout', values['lock-timeout'], {integer: false}) ?? 30
  const controller = new AbortController()
  let stoppedBy: 'SIGINT' | 'SIGTERM' | null = null
  const stop = (signal: 'SIGINT' | 'SIGTERM') => () => {
    stoppedBy = signal
    void write(io.stderr, `vanban: ${signal}: finishing the files in flight, then stopping\n`)
    controller.abort()
  }
  const onSigint = stop('SIGINT')
  const onSigterm = stop('SIGTERM')
  if (io.handleSignals) {
    process.once('SIGINT', onSigint)
    process.once('SIGTERM', onSigterm)
  }
  if (!values.quiet) await write(io.stderr, `vanban: worker on ${redis} (queue ${values.queue ?? 'vanban'}, ${concurrency} at once)\n`)
  try {
    await runWorker({
      redis,
      ...queueOf(values),
      concurrency,
      ...(jobs !== undefined && {jobs}),
      ...(ocrEngine && {ocrEngine}),
      lockDuration: lockSeconds * 1000,
      // Look for dead workers' files at the same pace as a lock runs out.
      stalledInterval: Math.max(1000, (lockSeconds * 1000) / 2),
      signal: controller.signal,
      onEvent(event) {
        if (values.quiet) return
        if (event.type === 'done') void write(io.stderr, `ok    ${event.file}: ${event.result.tasks} tasks → ${event.result.output}\n`)
        else if (event.type === 'failed') void write(io.stderr, `FAIL  ${event.message}${event.retry ? ' (will retry)' : ''}\n`)
      }
    })
  } finally {
    process.off('SIGINT', onSigint)
    process.off('SIGTERM', onSigterm)
  }
  return stoppedBy === 'SIGINT' ? 130 : stoppedBy === 'SIGTERM' ? 143 : 0
}

/** `vanban queue add|status|wait|retry-failed`. */
export async function queueCommand(args: readonly string[], io: CliIO): Promise<number> {
  const [action, ...rest] = args
  if (action === undefined || action === '--help' || action === '-h') {
    await write(action === undefined ? io.stderr : io.stdout, queueHelp)
    return action === undefined ? 2 : 0
  }
  switch (action) {
    case 'add': {
      const {values, positionals} = parseCommand(rest, {
        ...redisOptions,
        out: {type: 'string'},
        format: {type: 'string'},
        'no-bom': {type: 'boolean'},
        repair: {type: 'string'},
        ocr: {type: 'string'},
        'max-pages': {type: 'string'},
        'page-timeout': {type: 'string'}
      })
      if (values.help) return write(io.stdout, queueHelp).then(() => 0)
      if (positionals.length === 0) throw new UsageError('give at least one file or folder')
      if (values.out === undefined) throw new UsageError('give --out DIR: the folder every worker writes the outputs to')
      const repair = oneOf('repair', values.repair, repairModes)
      const ocr = oneOf('ocr', values.ocr, ocrModes)
      const maxPages = positiveNumber('max-pages', values['max-pages'])
      const pageTimeout = positiveNumber('page-timeout', values['page-timeout'], {integer: false})
      const added = await addBatch(positionals, {
        redis: redisOf(values, io.env),
        ...queueOf(values),
        outDir: values.out,
        format: oneOf('format', values.format, formats) ?? 'csv',
        ...(values['no-bom'] && {bom: false}),
        options: {
          ...(repair && {repair}),
          ...(ocr && {ocr}),
          ...(maxPages !== undefined && {maxPages}),
          ...(pageTimeout !== undefined && {pageTimeout: pageTimeout * 1000})
        }
      })
      await write(io.stdout, added.batch + '\n')
      await write(io.stderr, `vanban: batch ${added.batch}: ${added.jobs} file${added.jobs === 1 ? '' : 's'} queued\n`)
      return 0
    }
    case 'status': {
      const {values} = parseCommand(rest, redisOptions)
      if (values.help) return write(io.stdout, queueHelp).then(() => 0)
      const counts = await queueStatus({redis: redisOf(values, io.env), ...queueOf(values)})
      await write(io.stdout, Object.entries(counts).map(([state, n]) => `${state}\t${n}`).join('\n') + '\n')
      return 0
    }
    case 'wait': {
      const {values, positionals} = parseCommand(rest, {...redisOptions, combine: {type: 'string'}, format: {type: 'string'}})
      if (values.help) return write(io.stdout, queueHelp).then(() => 0)
      if (positionals.length > 1) throw new UsageError('wait takes one batch id')
      const format = oneOf('format', values.format, outputFormats)
      if (format !== undefined && values.combine === undefined) throw new UsageError('--format names the format of --combine FILE: give --combine')
      const implied = values.combine === undefined ? undefined : formatOfPath(values.combine)?.name
      if (format && implied && format !== implied) throw new UsageError(`--format ${format} does not match the output file ${values.combine}`)
      const redis = redisOf(values, io.env)
      const outcome = await waitForBatch(positionals[0], {redis, ...queueOf(values)})
      for (const failed of outcome.failed) await write(io.stdout, `FAIL  ${failed.reason.includes(failed.file) ? failed.reason : `${failed.file}: ${failed.reason}`}\n`)
      await write(io.stderr, `vanban: batch ${outcome.batch}: ${outcome.completed} of ${outcome.total} ok, ${outcome.failed.length} failed\n`)
      if (values.combine !== undefined) {
        // As `vanban tasks --combine`: the tasks of every file that succeeded, also when some failed.
        const combined = await combineBatch(outcome.batch, {redis, ...queueOf(values), out: values.combine, ...(format && {format})})
        await write(io.stderr, `vanban: ${combined.tasks} tasks of ${combined.files} files → ${combined.out}\n`)
      }
      return outcome.failed.length > 0 ? 1 : 0
    }
    case 'retry-failed': {
      const {values} = parseCommand(rest, redisOptions)
      if (values.help) return write(io.stdout, queueHelp).then(() => 0)
      const n = await retryFailed({redis: redisOf(values, io.env), ...queueOf(values)})
      await write(io.stderr, `vanban: ${n} failed job${n === 1 ? '' : 's'} put back in the queue\n`)
      return 0
    }
    default:
      throw new UsageError(`unknown queue action "${action}" (add, status, wait, retry-failed)`)
  }
}
