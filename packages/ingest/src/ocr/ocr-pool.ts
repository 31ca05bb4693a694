import os from 'node:os'
import type {ReadOptions} from '../read-document.ts'
import {findNativeTesseract, nativeWorkers, type OcrEngine, type OcrEngineWorker} from './native-engine.ts'
import {createVieWorker} from './tesseract-setup.ts'
import {parseTesseractTsv, type OcrLine} from './tesseract-tsv.ts'

/** A recognition that ran past its time limit; its worker was terminated. */
export class OcrTimeoutError extends Error {
  constructor(readonly timeoutMs: number) {
    super(`OCR took longer than ${timeoutMs} ms`)
    this.name = 'OcrTimeoutError'
  }
}

export interface OcrPoolOptions {
  /** Worker threads. @default os.availableParallelism() */
  readonly jobs?: number
  /** Per-recognition time limit in ms; the worker is terminated and replaced past it. @default 120000 */
  readonly timeout?: number
  /**
   * Which engine reads: `wasm` (tesseract.js), `native` (the system `tesseract`, with
   * vanban's own model), `auto` (native when a compatible one is installed). @default 'wasm'
   */
  readonly engine?: OcrEngine
  /** Makes a worker; tests swap in a slow or failing one. @default the engine's */
  readonly createWorker?: () => Promise<OcrEngineWorker>
}

/** Per-image settings. */
export interface RecognizeOptions {
  /** Resolution of the image when the file does not say (PGM renders carry none). */
  readonly dpi?: number
  /** tesseract page-segmentation mode for this image, e.g. '7' for one line of text. @default the worker's (auto) */
  readonly psm?: string
  /** Only these characters may be read (tesseract's `tessedit_char_whitelist`). */
  readonly whitelist?: string
  /**
   * Goes ahead of the images waiting: a page's cell re-reads, which its result waits for. Behind
   * the pages waiting (those of the other files a batch reads at once) they would hold the page,
   * and its file, for those pages' reading. @default false
   */
  readonly first?: boolean
}

interface Job {
  image: Buffer
  options: RecognizeOptions
  resolve: (lines: OcrLine[]) => void
  reject: (error: unknown) => void
}

/**
 * A fixed number of tesseract.js workers fed from a queue. Each worker holds
 * one page at a time, so memory grows with `jobs`, not with the document;
 * callers keep the queue short (see `ocrPdfPages`) so bitmaps are not rendered
 * far ahead of the workers.
 */
export class OcrPool {
  readonly size: number
  readonly #timeout: number
  readonly #createWorker: () => Promise<OcrEngineWorker>
  /** What the engine shares between the pool's workers (the native engine's re-read worker), closed with the pool. */
  readonly #closeEngine: () => Promise<void>
  readonly #idle: OcrEngineWorker[] = []
  readonly #queue: Job[] = []
  /** Workers busy with a job, with the way to abandon it when the pool closes. */
  readonly #busy = new Map<OcrEngineWorker, (error: Error) => void>()
  #live = 0
  #closed = false

  constructor(options: OcrPoolOptions = {}) {
    this.size = Math.max(1, Math.floor(options.jobs ?? os.availableParallelism()))
    this.#timeout = options.timeout ?? 120_000
    const native = options.createWorker === undefined && resolveEngine(options.engine) === 'native' ? nativeWorkers() : null
    this.#createWorker = options.createWorker ?? native?.create ?? createVieWorker
    this.#closeEngine = native?.close ?? (async () => {})
  }

  /** Recognises one image (PNG, JPEG, TIFF, PGM bytes): its lines of words with boxes and confidence. */
  recognize(image: Buffer, options: RecognizeOptions = {}): Promise<OcrLine[]> {
    if (this.#closed) return Promise.reject(new Error('OCR pool is closed'))
    return new Promise((resolve, reject) => {
      const job = {image, options, resolve, reject}
      if (options.first) {
        const at = this.#queue.findIndex((waiting) => !waiting.options.first)
        this.#queue.splice(at < 0 ? this.#queue.length : at, 0, job)
      } else {
        this.#queue.push(job)
      }
      this.#pump()
    })
  }

  /** Terminates every worker; pending jobs are rejected. Safe to call twice. */
  async close(): Promise<void> {
    this.#closed = true
    for (const job of this.#queue.splice(0)) job.reject(new Error('OCR pool closed'))
    const workers = [...this.#idle.splice(0), ...this.#busy.keys()]
    for (const abandon of this.#busy.values()) abandon(new Error('OCR pool closed'))
    this.#busy.clear()
    await Promise.allSettled([...workers.map((worker) => worker.terminate()), this.#closeEngine()])
  }

  #pump(): void {
    while (this.#queue.length > 0) {
      const worker = this.#idle.pop()
      if (worker) {
        void this.#run(worker, this.#queue.shift()!)
      } else if (this.#live < this.size) {
        this.#live++
        const job = this.#queue.shift()!
        this.#createWorker().then(
          (created) => {
            if (this.#closed) {
              job.reject(new Error('OCR pool closed'))
              void created.terminate()
            } else {
              void this.#run(created, job)
            }
          },
          (error: unknown) => {
            this.#live--
            job.reject(error)
          }
        )
      } else {
        return
      }
    }
  }

  async #run(worker: OcrEngineWorker, job: Job): Promise<void> {
    let timer: NodeJS.Timeout | undefined
    const timedOut = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new OcrTimeoutError(this.#timeout)), this.#timeout)
      this.#busy.set(worker, reject)
    })
    let healthy = true
    try {
      // Without a dpi tesseract guesses one from the text size (and says so on stderr).
      const parameters = {
        ...(job.options.dpi === undefined ? {} : {user_defined_dpi: String(job.options.dpi)}),
        ...(job.options.psm === undefined ? {} : {tessedit_pageseg_mode: job.options.psm}),
        ...(job.options.whitelist === undefined ? {} : {tessedit_char_whitelist: job.options.whitelist})
      }
      // TSV rather than `blocks`: the same word boxes without every symbol and choice (see tesseract-tsv.ts).
      const result = await Promise.race([worker.recognize(job.image, parameters as object, {text: false, tsv: true}), timedOut])
      job.resolve(parseTesseractTsv(result.data.tsv ?? ''))
    } catch (error) {
      // A timed-out worker is still busy with the page: only terminating it frees the core.
      healthy = !(error instanceof OcrTimeoutError)
      job.reject(error instanceof OcrTimeoutError ? error : new Error(`OCR failed: ${String(error)}`))
    } finally {
      clearTimeout(timer)
      this.#busy.delete(worker)
    }
    if (this.#closed) return // close() terminates it
    if (!healthy) {
      this.#live--
      await worker.terminate().catch(() => {})
    } else {
      this.#idle.push(worker)
    }
    this.#pump()
  }
}

/**
 * `auto` → `native` when the system has a compatible `tesseract`, else `wasm`;
 * `native` without one is an error the caller sees when the first page is read.
 */
export function resolveEngine(engine: OcrEngine = 'wasm'): 'wasm' | 'native' {
  if (engine === 'auto') return findNativeTesseract() ? 'native' : 'wasm'
  return engine
}

/** How long the shared pool's workers wait for the next file before they are terminated (ms). */
const idleMs = 1500

let shared: {key: string; pool: OcrPool; users: number; timer: NodeJS.Timeout | undefined} | null = null

/**
 * The process's OCR pool, shared by consecutive and concurrent reads with the
 * same settings. Starting a worker costs about a CPU second (compiling the
 * wasm, loading the model), as much as reading a page, so a batch of short
 * scans should not start new ones for every file. Call `release()` when done
 * (always, in a `finally`); the workers are terminated `idleMs` after the
 * last release, or at once by `closeOcr()`.
 */
export function acquireOcrPool(options: {jobs?: number; timeout: number; engine?: OcrEngine}): {pool: OcrPool; release: () => void} {
  const jobs = Math.max(1, Math.floor(options.jobs ?? os.availableParallelism()))
  const engine = resolveEngine(options.engine)
  const key = `${jobs}/${options.timeout}/${engine}`
  if (shared && shared.key !== key && shared.users === 0) {
    void shared.pool.close()
    clearTimeout(shared.timer)
    shared = null
  }
  // Different settings while the shared pool is busy: a pool of its own, closed after use.
  if (shared && shared.key !== key) {
    const own = new OcrPool({jobs, timeout: options.timeout, engine})
    return {pool: own, release: () => void own.close()}
  }
  shared ??= {key, pool: new OcrPool({jobs, timeout: options.timeout, engine}), users: 0, timer: undefined}
  const entry = shared
  clearTimeout(entry.timer)
  entry.users++
  let released = false
  return {
    pool: entry.pool,
    release: () => {
      if (released) return
      released = true
      entry.users--
      if (entry.users > 0) return
      entry.timer = setTimeout(() => {
        if (shared === entry && entry.users === 0) {
          shared = null
          void entry.pool.close()
        }
      }, idleMs)
    }
  }
}

/**
 * Keeps the shared OCR workers of these settings (those a read with the same `jobs`,
 * `ocrEngine` and `pageTimeout` uses) running until the returned function is called,
 * instead of ending them 1.5 s after each read. For a process that reads file after file
 * with gaps between them, a queue worker above all (its next scan may come after a text PDF
 * that took longer than that): each restart costs about 1.5 CPU s (the wasm compiled and
 * optimised again, the model loaded). Starts no worker by itself.
 *
 * @example
 * const release = keepOcrWorkers({jobs: 1})
 * try { for (const file of files) await readDocument(file, {jobs: 1}) } finally { release() }
 */
export function keepOcrWorkers(options: Pick<ReadOptions, 'jobs' | 'ocrEngine' | 'pageTimeout'> = {}): () => void {
  return acquireOcrPool({...(options.jobs === undefined ? {} : {jobs: options.jobs}), ...(options.ocrEngine === undefined ? {} : {engine: options.ocrEngine}), timeout: options.pageTimeout ?? 120_000}).release
}

/**
 * Terminates the shared OCR workers now (a batch runner calls it when its last
 * file is read, so the process exits without waiting for the idle timeout).
 * Safe to call at any time; a later read starts new workers.
 */
export async function closeOcr(): Promise<void> {
  const entry = shared
  shared = null
  if (!entry) return
  clearTimeout(entry.timer)
  await entry.pool.close()
}
