// A worker thread of the batch (see file-threads.ts): reads files one at a time with
// processFile and posts back their results and page events. A file's abort terminates
// the whole thread, so heavy parsing that never checks a signal still stops.
import {parentPort, workerData} from 'node:worker_threads'
import type {BatchInput} from './batch-options.ts'
import {type ProcessOptions, processFile} from './process-file.ts'

/** A file to read: its id, the input, the options that travel (no functions, no signal). */
export interface ThreadJob {
  readonly id: number
  readonly input: BatchInput
  readonly options: ProcessOptions
}

export type ThreadMessage =
  | {readonly id: number; readonly type: 'page'; readonly file: string; readonly page: number; readonly pages: number}
  | {readonly id: number; readonly type: 'done'; readonly result: Awaited<ReturnType<typeof processFile>>}

const port = parentPort!
// The repair model is sent once, with the thread, not with every file.
const shared = (workerData ?? {}) as Pick<ProcessOptions, 'model'>

port.on('message', async ({id, input, options}: ThreadJob) => {
  const result = await processFile(input, {
    ...options,
    ...shared,
    onProgress: (event) => {
      if (event.type === 'page') port.postMessage({id, type: 'page', file: event.file, page: event.page, pages: event.pages} satisfies ThreadMessage)
    }
  })
  port.postMessage({id, type: 'done', result} satisfies ThreadMessage)
})
