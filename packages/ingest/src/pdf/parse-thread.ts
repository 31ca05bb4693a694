import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {Worker} from 'node:worker_threads'
import {InputError, PasswordError, VanbanError} from '@vanban/core'
import type {LayoutResult, PageInput} from '@vanban/layout'
import type {ParseRequest} from './parse-pages.ts'
import {stage, type ParseCommand, type ParseEvent, type SerializedError} from './parse-protocol.ts'

/** What the caller gets back once the text layers are read. */
export interface ParsedInThread {
  toOcr: number[]
  warnings: string[]
  data: Uint8Array | null
}

export interface ParseThreadOptions {
  /** Time allowed for each page's text layer, and for the layout of each 100 pages (ms). */
  parseTimeout: number
  signal?: AbortSignal
  /** A page read from its text layer (not one sent to OCR). */
  onPage?: (number: number, pages: number) => void
}

/** A document being read in a parse thread: its text layers, then (after OCR) its layout. */
export interface ParseThread {
  readonly parsed: Promise<ParsedInThread>
  layout(ocred: PageInput[]): Promise<LayoutResult>
  /** Gives the thread back for the next document, or ends it when it was stopped. */
  dispose(): void
  /** The page being read when the parse clock stopped the thread, else null. */
  readonly timedOutPage: number | null
}

/** The JavaScript heap of a parse thread: far above a real document's needs (the 83-page nq71 uses < 100 MB). */
const maxHeapMb = 1024
/** Time for a new parse thread to start and load pdf.js (~0.3 s; seconds under tsx on a busy machine). */
const startMs = 60_000
/** An idle parse thread ends after this long; the next PDF then starts one (~0.25 s with pdf.js). */
const idleMs = 2000

const fromSource = import.meta.url.endsWith('.ts')
const workerFile = fileURLToPath(new URL(`./parse-worker.${fromSource ? 'ts' : 'js'}`, import.meta.url))

/**
 * Starts a parse thread. From the compiled package it runs `parse-worker.js`;
 * from the TypeScript sources (tests, `tsx` scripts) it loads the `.ts` file
 * through tsx's API (Node 20 workers ignore `--import` loaders for their
 * entry), resolving `@vanban/*` through the root tsconfig's paths.
 */
function startThread(): Worker {
  const resourceLimits = {maxOldGenerationSizeMb: maxHeapMb}
  if (!fromSource) return new Worker(workerFile, {resourceLimits})
  const tsconfig = path.resolve(path.dirname(workerFile), '../../../../tsconfig.json')
  const load = `import('tsx/esm/api').then(({tsImport}) => tsImport(${JSON.stringify(workerFile)}, {parentURL: ${JSON.stringify(import.meta.url)}, tsconfig: ${JSON.stringify(tsconfig)}}))`
  return new Worker(load, {eval: true, resourceLimits})
}

/** Idle threads, each with its end timer and the listeners that forget it if it fails or dies. */
const idle: {worker: Worker; timer: NodeJS.Timeout; onExit: () => void; onError: () => void}[] = []

function acquire(): Worker {
  const entry = idle.pop()
  if (!entry) return startThread()
  clearTimeout(entry.timer)
  entry.worker.off('exit', entry.onExit).off('error', entry.onError)
  entry.worker.ref()
  return entry.worker
}

function release(worker: Worker, keepMs = idleMs): void {
  worker.unref()
  const entry = {worker, timer: setTimeout(() => drop(entry, true), keepMs).unref(), onExit: () => drop(entry, false), onError: () => drop(entry, true)}
  // An 'error' without a listener would be thrown in this thread.
  worker.once('exit', entry.onExit).once('error', entry.onError)
  idle.push(entry)
}

function drop(entry: (typeof idle)[number], terminate: boolean): void {
  const k = idle.indexOf(entry)
  if (k >= 0) idle.splice(k, 1)
  clearTimeout(entry.timer)
  if (terminate) void entry.worker.terminate()
}

/** How long a thread started ahead of the first PDF waits for it (the caller is still loading its modules). */
const aheadMs = 15_000

/** Documents a thread started ahead may still read, when its starter said how many (`startParseThread`). */
const documentsLeft = new WeakMap<Worker, number>()

/**
 * Starts a parse thread ahead of the first PDF, when none is idle: it loads
 * pdf.js (a few hundred ms) while the caller loads the rest of its pipeline,
 * and `parseInThread` then takes it. Unused, it ends after 15 s without
 * keeping the process alive. With `documents`, it ends after reading that
 * many instead of waiting idle for another: a process that exits while a
 * thread is alive waits for it to end (0.05–0.2 s with pdf.js loaded), and
 * ended early, it ends while the caller normalizes the document.
 */
export function startParseThread(options: {documents?: number} = {}): void {
  if (idle.length > 0) return
  const worker = startThread()
  if (options.documents !== undefined) documentsLeft.set(worker, options.documents)
  release(worker, aheadMs)
}

/** Counts a document read by `worker`; true when it was the last one its starter announced. */
function readItsLast(worker: Worker): boolean {
  const left = documentsLeft.get(worker)
  if (left === undefined) return false
  documentsLeft.set(worker, left - 1)
  return left <= 1
}

/**
 * Reads a PDF's text layers in a worker thread that the caller can stop: a
 * page whose text layer takes longer than `parseTimeout`, or a layout longer
 * than `parseTimeout` per 100 pages, ends the thread and the read with
 * `InputError('parse-timeout')`; an abort of `signal` ends it at once with
 * the signal's reason. Threads are reused from document to document.
 *
 * The watchdog reads where the thread is from a shared cell (`stage` in
 * parse-protocol.ts) a few times a second: a message a page would wake this
 * thread 83 times for the 83-page nq71, which cost more than the reading.
 */
export function parseInThread(request: ParseRequest, options: ParseThreadOptions): ParseThread {
  const {file} = request
  const worker = acquire()
  const cell = new Int32Array(new SharedArrayBuffer(4))
  Atomics.store(cell, 0, stage.starting)
  let settle: {resolve: (value: never) => void; reject: (error: unknown) => void} | null = null
  let pages = 0
  let stopped = false
  let disposed = false
  /** The stage last seen and since when; `watching` is false while this thread OCRs. */
  let seen: number = stage.starting
  let since = performance.now()
  let watching = false
  let layoutBudget = options.parseTimeout
  let timedOutPage: number | null = null
  const seconds = (ms: number) => `${Number((ms / 1000).toFixed(1))} s`
  const limit = ` took longer than ${seconds(options.parseTimeout)} (limit, --parse-timeout)`

  const watch = (): void => {
    if (!watching) return
    const now = performance.now()
    const current = Atomics.load(cell, 0)
    if (current !== seen) {
      seen = current
      since = now
      return
    }
    const budget = current === stage.starting ? startMs : current === stage.layout ? layoutBudget : options.parseTimeout
    if (now - since <= budget) return
    const reason =
      current === stage.starting
        ? `the PDF reader did not start within ${seconds(startMs)}`
        : current === stage.layout
          ? `laying out the pages took longer than ${seconds(layoutBudget)} (limit, --parse-timeout)`
          : current === stage.opening
            ? `opening the PDF${limit}`
            : `page ${current}: reading its text layer${limit}`
    if (current > 0) timedOutPage = current
    stop(new InputError('parse-timeout', reason, {file}))
  }
  const watchdog = setInterval(watch, Math.min(250, Math.max(10, options.parseTimeout / 10)))

  const fail = (error: unknown): void => {
    watching = false
    const waiting = settle
    settle = null
    waiting?.reject(error)
  }
  const stop = (error: unknown): void => {
    if (stopped) return
    stopped = true
    void worker.terminate()
    fail(error)
  }
  const onAbort = (): void => stop(options.signal!.reason)
  options.signal?.addEventListener('abort', onAbort, {once: true})

  const onMessage = (event: ParseEvent): void => {
    if (event.type === 'pages') {
      pages = event.pages
      for (const number of event.read) options.onPage?.(number, event.pages)
      return
    }
    watching = false
    const waiting = settle
    settle = null
    if (event.type !== 'parsed' && !event.reusable) stopped = true
    if (event.type === 'error') waiting?.reject(deserialize(event.error, file))
    else if (event.type === 'parsed') {
      pages = event.pages
      waiting?.resolve({toOcr: event.toOcr, warnings: event.warnings, data: event.data} as never)
    } else waiting?.resolve(event.result as never)
  }
  const onError = (error: Error & {code?: string}): void => {
    stop(
      error.code === 'ERR_WORKER_OUT_OF_MEMORY'
        ? new InputError('too-much-memory', `reading the PDF needs more than ${maxHeapMb} MB of memory`, {file, cause: error})
        : new InputError('invalid-pdf', `the PDF reader failed (${error.message})`, {file, cause: error})
    )
  }
  const onExit = (): void => {
    stopped = true
    fail(new InputError('invalid-pdf', 'the PDF reader stopped unexpectedly', {file}))
  }
  // Only our own listeners come off again: Worker keeps its port referenced through listener hooks.
  worker.on('message', onMessage).on('error', onError).on('exit', onExit)

  const next = <T>(command: ParseCommand, transfer: ArrayBuffer[], at: number): Promise<T> =>
    new Promise<T>((resolve, reject) => {
      if (stopped) return reject(new InputError('invalid-pdf', 'the PDF reader was stopped', {file}))
      settle = {resolve: resolve as (value: never) => void, reject}
      Atomics.store(cell, 0, at)
      seen = at
      since = performance.now()
      watching = true
      worker.postMessage(command, transfer)
    })

  // The bytes move to the thread (no copy) when they are a whole buffer of their own.
  const whole = request.data.byteOffset === 0 && request.data.byteLength === request.data.buffer.byteLength && !(request.data.buffer instanceof SharedArrayBuffer)
  const data = whole ? request.data : request.data.slice()
  const parsed = next<ParsedInThread>({type: 'parse', request: {...request, data}, stage: cell}, [data.buffer as ArrayBuffer], stage.starting)
  // Rejections are handled by the caller's await; this keeps an unawaited one from crashing the process.
  parsed.catch(() => {})

  return {
    parsed,
    get timedOutPage() {
      return timedOutPage
    },
    layout(ocred) {
      layoutBudget = options.parseTimeout * Math.max(1, Math.ceil(pages / 100))
      return next<LayoutResult>({type: 'layout', ocred}, [], stage.layout)
    },
    dispose() {
      if (disposed) return
      disposed = true
      watching = false
      clearInterval(watchdog)
      options.signal?.removeEventListener('abort', onAbort)
      worker.off('message', onMessage).off('error', onError).off('exit', onExit)
      if (stopped || settle !== null || readItsLast(worker)) {
        stopped = true
        void worker.terminate()
      } else release(worker)
    }
  }
}

/** A failure from the thread as the error the caller expects, its message naming the file. */
export function vanbanError(failure: {kind?: 'input' | 'password' | undefined; code?: string | undefined; reason: string}, file: string): VanbanError {
  if (failure.kind === 'password') return new PasswordError(failure.reason, {file})
  return new InputError(failure.code ?? 'invalid-pdf', failure.reason, {file})
}

function deserialize(error: SerializedError, file: string): Error {
  if (error.name === 'ReadFailure') return vanbanError(error, file)
  const plain = new Error(error.reason)
  plain.name = error.name
  return plain
}
