import {randomBytes} from 'node:crypto'
import path from 'node:path'
import {expandInputs, outputPaths} from '@vanban/batch'
import {Queue} from 'bullmq'
import {connectionOf} from './connection.ts'
import {type BatchRecord, defaultQueueName, type FileJob, jobId, type JobOptions} from './job.ts'
import {batchQueueName, retryPolicy} from './policy.ts'

export interface AddBatchOptions {
  /** Redis URL, e.g. `redis://127.0.0.1:6379`. */
  readonly redis: string
  /** Queue name. @default 'vanban' */
  readonly queue?: string
  /** Folder for the outputs, on storage every worker sees (made absolute here). */
  readonly outDir: string
  /** @default 'csv' */
  readonly format?: FileJob['format']
  /** Start CSV outputs with a UTF-8 BOM. @default true */
  readonly bom?: boolean
  /** Reading options every worker applies. @default {} */
  readonly options?: JobOptions
  /** Batch id. @default a random one (`b` + 10 hex digits) */
  readonly batch?: string
}

export interface AddedBatch {
  readonly batch: string
  readonly jobs: number
}

/**
 * One job per input file (folders expanded as `vanban tasks` expands them), with
 * the output path `vanban tasks --out DIR` would give it, so a queued batch and a
 * local one write the same files. Paths are made absolute: workers run elsewhere.
 *
 * @example
 * await addBatch(['/archive/2026/'], {redis: 'redis://queue:6379', outDir: '/archive/tasks'})
 * //=> {batch: 'b3f9c2a81d0', jobs: 412}
 */
export async function addBatch(inputs: readonly string[], options: AddBatchOptions): Promise<AddedBatch> {
  if (!Array.isArray(inputs)) throw new TypeError('addBatch: inputs must be an array of paths')
  const batch = options.batch ?? `b${randomBytes(5).toString('hex')}`
  const format = options.format ?? 'csv'
  const bom = options.bom ?? true
  const outDir = path.resolve(options.outDir)
  const files = await expandInputs(inputs.map((input) => path.resolve(input)))
  const outputs = outputPaths(files, format)
  const name = options.queue ?? defaultQueueName
  const connection = connectionOf(options.redis)
  const queue = new Queue(name, {connection})
  const batches = new Queue(batchQueueName(name), {connection})
  try {
    const record: BatchRecord = {id: batch, total: files.length, outDir, format, bom, created: new Date().toISOString()}
    await batches.add('batch', record, {jobId: batch})
    await queue.addBulk(
      files.map((input, index) => {
        const data: FileJob = {
          batch,
          index,
          file: input.file,
          name: input.file,
          output: path.join(outDir, outputs[index]!),
          format,
          bom,
          options: options.options ?? {}
        }
        return {name: 'file', data, opts: {jobId: jobId(batch, index), ...retryPolicy}}
      })
    )
  } finally {
    await Promise.all([queue.close(), batches.close()])
  }
  return {batch, jobs: files.length}
}
