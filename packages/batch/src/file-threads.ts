import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {Worker} from 'node:worker_threads'
import type {BatchInput} from './batch-options.ts'
import {toFileError} from './file-error.ts'
import type {ThreadJob, ThreadMessage} from './file-thread.ts'
import type {FileResult, ProcessOptions} from './process-file.ts'

/**
 * Reads files in `size` worker threads, one file per thread at a time: a batch
 * of text files, text-layer PDFs and Word documents uses every core. Each
 * thread OCRs with one worker (`jobs: 1`), so a batch of scans runs as many
 * OCR workers in all as `--jobs` says, one file per worker.
 *
 * `process` resolves with the file's result; an abort of `options.signal`
 * terminates the file's thread (a stuck parse stops too) and rejects with the
 * signal's reason; a new thread takes its place for the next file.
 */
export class FileThreads {
  readonly size: number
  readonly #start: ThreadStarter
  readonly #shared: Pick<ProcessOptions, 'model'>
  readonly #idle: Worker[] = []
  readonly #waiting: ((worker: Worker) => void)[] = []
  #live = 0
  #nextId = 0
  #closed = false

  constructor(size: number, shared: Pick<ProcessOptions, 'model'>, start: ThreadStarter) {
    this.size = size
    this.#shared = shared
    this.#start = start
  }

  async process(input: BatchInput, options: ProcessOptions): Promise<FileResult> {
    const {signal, onProgress, model: _model, ...rest} = options
    signal?.throwIfAborted()
    const worker = await this.#acquire()
    const id = this.#nextId++
    return new Promise<FileResult>((resolve, reject) => {
      const onMessage = (message: ThreadMessage) => {
        if (message.id !== id) return
        if (message.type === 'page') onProgress?.({type: 'page', file: message.file, page: message.page, pages: message.pages})
        else {
          cleanup()
          this.#release(worker)
          resolve(message.result)
        }
      }
      // The thread died (a crash inside a reader): this file fails alone, like any bad file.
      const onError = (error: Error) => {
        cleanup()
        this.#discard(worker)
        resolve({file: typeof input === 'string' ? input : input.name, ok: false, tasks: [], warnings: [], error: toFileError(typeof input === 'string' ? input : input.name, error), pages: 0,
          timing: {readMs: 0, normalizeMs: 0, extractMs: 0, totalMs: 0}})
      }
      const onAbort = () => {
        cleanup()
        this.#discard(worker)
        void worker.terminate()
        reject(signal!.reason)
      }
      const cleanup = () => {
        worker.off('message', onMessage)
        worker.off('error', onError)
        signal?.removeEventListener('abort', onAbort)
      }
      worker.on('message', onMessage)
      worker.on('error', onError)
      signal?.addEventListener('abort', onAbort, {once: true})
      worker.postMessage({id, input, options: {...rest, jobs: 1}} satisfies ThreadJob)
    })
  }

  async close(): Promise<void> {
    this.#closed = true
    await Promise.all(this.#idle.splice(0).map((worker) => worker.terminate()))
  }

  #acquire(): Promise<Worker> {
    const idle = this.#idle.pop()
    if (idle) {
      idle.ref()
      return Promise.resolve(idle)
    }
    if (this.#live < this.size) return Promise.resolve(this.#spawn())
    return new Promise((resolve) => this.#waiting.push(resolve))
  }

  #spawn(): Worker {
    this.#live++
    return this.#start(this.#shared)
  }

  #release(worker: Worker): void {
    const next = this.#waiting.shift()
    if (next) next(worker)
    else if (this.#closed) void worker.terminate()
    else {
      // An idle thread must not keep the process alive.
      worker.unref()
      this.#idle.push(worker)
    }
  }

  /** A thread that failed or was stopped: the next waiting file gets a new one. */
  #discard(worker: Worker): void {
    void worker.terminate()
    this.#live--
    const next = this.#waiting.shift()
    if (next) next(this.#spawn())
  }
}

/** Starts one thread with its shared data. */
export type ThreadStarter = (workerData: unknown) => Worker

/** True when this module runs from the TypeScript sources (tests, tsx scripts). */
export const fromSource = import.meta.url.endsWith('.ts')

/**
 * How to start a thread: the compiled `file-thread.js` as is; from the
 * TypeScript sources, `file-thread.ts` through tsx's API (Node 20 workers
 * ignore `--import` loaders for their entry), resolving `@vanban/*` through
 * the root tsconfig's paths, as @vanban/ingest's parse threads do.
 */
export function threadStarter(): ThreadStarter {
  const file = fileURLToPath(new URL(`./file-thread.${fromSource ? 'ts' : 'js'}`, import.meta.url))
  if (!fromSource) return (workerData) => new Worker(file, {workerData})
  const tsconfig = path.resolve(path.dirname(file), '../../../tsconfig.json')
  const load = `import('tsx/esm/api').then(({tsImport}) => tsImport(${JSON.stringify(file)}, {parentURL: ${JSON.stringify(import.meta.url)}, tsconfig: ${JSON.stringify(tsconfig)}}))`
  return (workerData) => new Worker(load, {eval: true, workerData})
}
