import {Queue} from 'bullmq'
import {connectionOf} from './connection.ts'
import {type BatchRecord, batchRecordSchema, defaultQueueName, jobId} from './job.ts'
import {batchQueueName} from './policy.ts'

export interface QueueOptions {
  /** Redis URL, e.g. `redis://127.0.0.1:6379`. */
  readonly redis: string
  /** @default 'vanban' */
  readonly queue?: string
}

/** Jobs per state, as BullMQ counts them (`waiting`, `active`, `completed`, `failed`, `delayed` …). */
export async function queueStatus(options: QueueOptions): Promise<Record<string, number>> {
  return withQueue(options, (queue) => queue.getJobCounts('waiting', 'active', 'delayed', 'completed', 'failed', 'prioritized'))
}

export interface FailedFile {
  readonly file: string
  readonly reason: string
}

export interface BatchOutcome {
  readonly batch: string
  readonly total: number
  readonly completed: number
  readonly failed: FailedFile[]
  /** Outputs of the completed files, in input order. */
  readonly outputs: string[]
}

export interface WaitOptions extends QueueOptions {
  /** How often to look. @default 500 */
  readonly pollMs?: number
  /** Give up after this long (a TimeoutError). @default Infinity */
  readonly timeoutMs?: number
  readonly signal?: AbortSignal
  /** Called when the count of finished files changes. */
  readonly onProgress?: (finished: number, total: number) => void
}

/**
 * Waits until every file of a batch has completed or failed for good (retries
 * spent, or bad input), then says which failed and why. The newest batch when
 * `batch` is undefined.
 */
export async function waitForBatch(batch: string | undefined, options: WaitOptions): Promise<BatchOutcome> {
  return withQueue(options, async (queue) => {
    const record = await readBatch(queue, batch)
    const finished = new Map<number, {state: 'completed' | 'failed'; file: string; reason: string; output: string}>()
    const deadline = performance.now() + (options.timeoutMs ?? Number.POSITIVE_INFINITY)
    let reported = -1
    for (;;) {
      for (let index = 0; index < record.total; index++) {
        if (finished.has(index)) continue
        const job = await queue.getJob(jobId(record.id, index))
        if (!job) {
          finished.set(index, {state: 'failed', file: `job ${jobId(record.id, index)}`, reason: 'the job is gone from Redis (removed?)', output: ''})
          continue
        }
        const state = await job.getState()
        const data = job.data as {file: string; output: string}
        if (state === 'completed') finished.set(index, {state, file: data.file, reason: '', output: data.output})
        else if (state === 'failed') finished.set(index, {state, file: data.file, reason: job.failedReason, output: ''})
      }
      if (finished.size !== reported) options.onProgress?.((reported = finished.size), record.total)
      if (finished.size === record.total) break
      if (performance.now() > deadline) throw new Error(`batch ${record.id}: ${record.total - finished.size} of ${record.total} files still unfinished after ${options.timeoutMs} ms`)
      options.signal?.throwIfAborted()
      await new Promise((resolve) => setTimeout(resolve, options.pollMs ?? 500))
    }
    const ordered = [...finished.entries()].sort(([a], [b]) => a - b).map(([, value]) => value)
    return {
      batch: record.id,
      total: record.total,
      completed: ordered.filter((entry) => entry.state === 'completed').length,
      failed: ordered.filter((entry) => entry.state === 'failed').map(({file, reason}) => ({file, reason})),
      outputs: ordered.filter((entry) => entry.state === 'completed').map((entry) => entry.output)
    }
  })
}

/** Puts every failed job of the queue back to waiting (after the cause was fixed); returns how many. */
export async function retryFailed(options: QueueOptions): Promise<number> {
  return withQueue(options, async (queue) => {
    const failed = await queue.getFailedCount()
    await queue.retryJobs({state: 'failed'})
    return failed
  })
}

/** The record of `batch`, or of the newest batch when undefined. */
export async function readBatch(queue: Queue, batch: string | undefined): Promise<BatchRecord> {
  const batches = new Queue(batchQueueName(queue.name), {connection: queue.opts.connection})
  try {
    if (batch === undefined) {
      const records = (await batches.getJobs(['waiting', 'prioritized', 'delayed'])).map((job) => batchRecordSchema.parse(job.data))
      const newest = records.sort((a, b) => (a.created < b.created ? 1 : -1))[0]
      if (!newest) throw new Error(`no batch in queue "${queue.name}"`)
      return newest
    }
    const job = await batches.getJob(batch)
    if (!job) throw new Error(`no batch "${batch}" in queue "${queue.name}"`)
    return batchRecordSchema.parse(job.data)
  } finally {
    await batches.close()
  }
}

/** Runs `use` with the queue open, and closes it after. */
export async function withQueue<T>(options: QueueOptions, use: (queue: Queue) => Promise<T>): Promise<T> {
  const queue = new Queue(options.queue ?? defaultQueueName, {connection: connectionOf(options.redis)})
  try {
    return await use(queue)
  } finally {
    await queue.close()
  }
}
