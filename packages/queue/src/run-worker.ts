import fs from 'node:fs/promises'
import path from 'node:path'
import {processFile, writeFileAtomic} from '@vanban/batch'
import {formatTasks} from '@vanban/export'
import {keepOcrWorkers} from '@vanban/ingest'
import {type Job, UnrecoverableError, Worker} from 'bullmq'
import {connectionOf} from './connection.ts'
import {defaultQueueName, fileJobSchema, type FileJobResult} from './job.ts'
import {transientCodes} from './policy.ts'
import {packRecords} from './records.ts'

/** Drops keys whose value is undefined (the options types are exact: absent, never undefined). */
const definedOnly = <T extends object>(value: T) =>
  Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as {[K in keyof T]?: Exclude<T[K], undefined>}

/** What a worker tells its caller, one event per job step. */
export type WorkerEvent =
  | {readonly type: 'start'; readonly job: string; readonly file: string}
  | {readonly type: 'progress'; readonly job: string; readonly page: number; readonly pages: number}
  | {readonly type: 'done'; readonly job: string; readonly file: string; readonly result: FileJobResult}
  | {readonly type: 'failed'; readonly job: string; readonly file: string; readonly message: string; readonly retry: boolean}

export interface WorkerOptions {
  /** Redis URL, e.g. `redis://127.0.0.1:6379`. */
  readonly redis: string
  /** @default 'vanban' */
  readonly queue?: string
  /** Files processed at once by this worker. @default 1 */
  readonly concurrency?: number
  /** OCR workers per file (see `@vanban/ingest`). @default os.availableParallelism() */
  readonly jobs?: number
  /**
   * OCR engine of this machine: `native` runs its installed `tesseract` with vanban's own
   * model (the same text, faster), `auto` uses it when there is one. @default 'wasm'
   */
  readonly ocrEngine?: 'auto' | 'wasm' | 'native'
  /**
   * How long a job stays claimed without a heartbeat before another worker may take it
   * (a worker killed mid-job loses it after this). @default 30000
   */
  readonly lockDuration?: number
  /** How often this worker looks for jobs whose worker died. @default 30000 */
  readonly stalledInterval?: number
  /** Closing it stops taking jobs; the jobs in flight finish first. */
  readonly signal?: AbortSignal
  readonly onEvent?: (event: WorkerEvent) => void
}

/**
 * Takes file jobs from the queue until `signal` aborts: each through the same
 * pipeline as `vanban tasks` (read, normalize, tasks, format), its output written
 * atomically where the job says, progress reported page by page. Resolves once
 * the worker has closed, after the jobs in flight finished.
 *
 * @example
 * const controller = new AbortController()
 * process.once('SIGTERM', () => controller.abort())
 * await runWorker({redis: 'redis://queue:6379', concurrency: 2, signal: controller.signal})
 */
export async function runWorker(options: WorkerOptions): Promise<void> {
  const emit = options.onEvent ?? (() => {})
  const processor = async (job: Job): Promise<FileJobResult> => {
    const data = fileJobSchema.safeParse(job.data)
    if (!data.success) throw new UnrecoverableError(`job ${job.id}: not a vanban file job (${data.error.issues[0]?.message ?? 'invalid'})`)
    const {file, output, format, bom} = data.data
    emit({type: 'start', job: String(job.id), file})
    const result = await processFile(file, {
      ...definedOnly(data.data.options),
      ...(options.jobs !== undefined && {jobs: options.jobs}),
      ...(options.ocrEngine !== undefined && {ocrEngine: options.ocrEngine}),
      onProgress: (event) => {
        if (event.type !== 'page') return
        emit({type: 'progress', job: String(job.id), page: event.page, pages: event.pages})
        void job.updateProgress({page: event.page, pages: event.pages})
      }
    })
    if (!result.ok) {
      const error = result.error!
      const retry = transientCodes.has(error.code)
      emit({type: 'failed', job: String(job.id), file, message: error.message, retry})
      // The code leads the reason, so `queue wait` and scripts can tell failures apart.
      const reason = `[${error.code}] ${error.message}`
      throw retry ? new Error(reason) : new UnrecoverableError(reason)
    }
    const text = await formatTasks(result.tasks, {format, bom})
    try {
      await fs.mkdir(path.dirname(output), {recursive: true})
      await writeFileAtomic(output, text)
    } catch (error) {
      const message = `${file}: cannot write its output ${output} (${(error as Error).message.split(',')[0]})`
      emit({type: 'failed', job: String(job.id), file, message, retry: true})
      throw new Error(`[write-failed] ${message}`)
    }
    const done: FileJobResult = {output, tasks: result.tasks.length, pages: result.pages, warnings: result.warnings.length, records: packRecords(result.tasks)}
    emit({type: 'done', job: String(job.id), file, result: done})
    return done
  }

  // A worker reads file after file: its OCR workers stay up between them, not ended after 1.5 s idle
  // and started again (about 1.5 CPU s each time) for the next scan.
  const releaseOcr = keepOcrWorkers({...(options.jobs !== undefined && {jobs: options.jobs}), ...(options.ocrEngine !== undefined && {ocrEngine: options.ocrEngine})})
  const worker = new Worker(options.queue ?? defaultQueueName, processor, {
    connection: connectionOf(options.redis),
    concurrency: options.concurrency ?? 1,
    lockDuration: options.lockDuration ?? 30_000,
    stalledInterval: options.stalledInterval ?? 30_000,
    // A job whose worker died twice is more likely the cause than the victim.
    maxStalledCount: 2
  })
  // Connection trouble is retried by BullMQ; say it, never crash on it.
  worker.on('error', (error) => emit({type: 'failed', job: '-', file: '-', message: `worker: ${error.message}`, retry: true}))
  const closed = new Promise<void>((resolve) => worker.once('closed', () => resolve()))
  if (options.signal?.aborted) await worker.close()
  else options.signal?.addEventListener('abort', () => void worker.close(), {once: true})
  try {
    await worker.waitUntilReady()
    await closed
  } finally {
    releaseOcr()
  }
}
