import fs from 'node:fs/promises'
import path from 'node:path'
import {writeFileAtomic} from '@vanban/batch'
import type {Task} from '@vanban/core'
import {type FormatName, formatOfPath, writeTasks} from '@vanban/export'
import {type QueueOptions, readBatch, withQueue} from './batch-status.ts'
import {type FileJobResult, jobId} from './job.ts'
import {unpackRecords} from './records.ts'

export interface CombineOptions extends QueueOptions {
  /** The combined output, written atomically (a reader never sees half of it). */
  readonly out: string
  /** Its format. @default from the extension of `out` (`all.xlsx`), else the batch's format */
  readonly format?: FormatName
  /** Start a CSV with a UTF-8 BOM. @default as the batch's outputs (`queue add --no-bom`) */
  readonly bom?: boolean
}

export interface CombinedBatch {
  readonly batch: string
  /** The file written. */
  readonly out: string
  /** Completed files whose tasks it holds; failed files have none, as in a local batch. */
  readonly files: number
  readonly tasks: number
}

/**
 * One file with the tasks of every completed file of a finished batch, in
 * input order: byte for byte what `vanban tasks <same inputs> --out DIR
 * --combine FILE` writes. Built from the records each worker kept with its
 * job, checked against the task schema (another machine wrote them). Refused
 * while any file is still waiting or running (`waitForBatch` first). The
 * newest batch when `batch` is undefined.
 *
 * @example
 * await waitForBatch(batch, {redis})
 * await combineBatch(batch, {redis, out: '/archive/tasks/all.xlsx'})
 * //=> {batch: 'b3f9c2a81d0', out: '/archive/tasks/all.xlsx', files: 411, tasks: 9120}
 */
export async function combineBatch(batch: string | undefined, options: CombineOptions): Promise<CombinedBatch> {
  return withQueue(options, async (queue) => {
    const record = await readBatch(queue, batch)
    const perFile: Task[][] = []
    let unfinished = 0
    for (let index = 0; index < record.total; index++) {
      const job = await queue.getJob(jobId(record.id, index))
      const state = job ? await job.getState() : 'failed'
      if (state === 'failed') continue
      if (state !== 'completed') {
        unfinished++
        continue
      }
      const result = job!.returnvalue as Partial<FileJobResult> | null
      if (typeof result?.records !== 'string') throw new Error(`batch ${record.id}: ${(job!.data as {file: string}).file} was done by a worker that kept no task records (an earlier version); retry it`)
      perFile.push(unpackRecords(result.records))
    }
    if (unfinished > 0) throw new Error(`batch ${record.id}: ${unfinished} of ${record.total} files not finished yet; wait for the batch first`)
    const format = options.format ?? formatOfPath(options.out)?.name ?? record.format
    const tasks = perFile.flat()
    // writeTasks checks every record against the schema before it writes.
    const data = await writeTasks(tasks, {format, bom: options.bom ?? record.bom ?? true})
    await fs.mkdir(path.dirname(path.resolve(options.out)), {recursive: true})
    await writeFileAtomic(options.out, data)
    return {batch: record.id, out: options.out, files: perFile.length, tasks: tasks.length}
  })
}
