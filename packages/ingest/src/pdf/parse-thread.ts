import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {Worker} from 'node:worker_threads'
import {InputError, PasswordError, UnsupportedInputError, VanbanError} from '@vanban/core'
import type {LayoutResult, PageInput} from '@vanban/layout'
import type {ParseRequest} from './parse-pages.ts'
import type {ParseCommand, ParseEvent, SerializedError} from './parse-worker.ts'

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

/** Idle threads, each with its end timer and the listener that forgets it if it dies. */
const idle: {worker: Worker; timer: NodeJS.Timeout; onExit: () => void}[] = []

function acquire(): Worker {
  const entry = idle.pop()
  if (!entry) return startThread()
  clearTimeout(entry.timer)
  entry.worker.off('exit', entry.onExit)
  entry.worker.ref()
  return entry.worker
}

function release(worker: Worker): void {
  worker.unref()
  const entry = {worker, timer: setTimeout(() => drop(entry, true), idleMs).unref(), onExit: () => drop(entry, false)}
  worker.once('exit', entry.onExit)
  idle.push(entry)
}

function drop(entry: (typeof idle)[number], terminate: boolean): void {
  const k = idle.indexOf(entry)
  if (k >= 0) idle.splice(k, 1)
  clearTimeout(entry.timer)
  if (terminate) void entry.worker.terminate()
}

/**
 * Reads a PDF's text layers in a worker thread that the caller can stop: a
 * page whose text layer takes longer than `parseTimeout`, or a layout longer
 * than `parseTimeout` per 100 pages, ends the thread and the read with
 * `InputError('parse-timeout')`; an abort of `signal` ends it at once with
 * the signal's reason. Threads are reused from document to document.
 */
export function parseInThread(request: ParseRequest, options: ParseThreadOptions): ParseThread {
  const {file} = request
  const worker = acquire()
  let settle: {resolve: (value: never) => void; reject: (error: unknown) => void} | null = null
  let timer: NodeJS.Timeout | undefined
  let pages = 0
  let lastPage = 0
  let stopped = false
  let disposed = false

  const fail = (error: unknown): void => {
    clearTimeout(timer)
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
  const arm = (ms: number, reason: () => string): void => {
    clearTimeout(timer)
    timer = setTimeout(() => stop(new InputError('parse-timeout', reason(), {file})), ms)
  }
  const seconds = (ms: number) => `${Number((ms / 1000).toFixed(1))} s`
  const onAbort = (): void => stop(options.signal!.reason)
  options.signal?.addEventListener('abort', onAbort, {once: true})

  const onMessage = (event: ParseEvent): void => {
    if (event.type === 'opening') {
      arm(options.parseTimeout, () => `opening the PDF took longer than ${seconds(options.parseTimeout)} (limit, --parse-timeout)`)
      return
    }
    if (event.type === 'opened') {
      pages = event.pages
      arm(options.parseTimeout, pageTimeoutReason)
      return
    }
    if (event.type === 'page') {
      pages = event.pages
      lastPage = event.number
      arm(options.parseTimeout, pageTimeoutReason)
      if (event.read) options.onPage?.(event.number, event.pages)
      return
    }
    clearTimeout(timer)
    const waiting = settle
    settle = null
    if (event.type !== 'parsed' && !event.reusable) stopped = true
    if (event.type === 'error') waiting?.reject(deserialize(event.error, file))
    else if (event.type === 'parsed') waiting?.resolve({toOcr: event.toOcr, warnings: event.warnings, data: event.data} as never)
    else waiting?.resolve(event.result as never)
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
  const pageTimeoutReason = () => `page ${lastPage + 1}: reading its text layer took longer than ${seconds(options.parseTimeout)} (limit, --parse-timeout)`

  const next = <T>(command: ParseCommand, transfer: ArrayBuffer[], budget: number, reason: () => string): Promise<T> =>
    new Promise<T>((resolve, reject) => {
      if (stopped) return reject(new InputError('invalid-pdf', 'the PDF reader was stopped', {file}))
      settle = {resolve: resolve as (value: never) => void, reject}
      arm(budget, reason)
      worker.postMessage(command, transfer)
    })

  // The bytes move to the thread (no copy) when they are a whole buffer of their own.
  const whole = request.data.byteOffset === 0 && request.data.byteLength === request.data.buffer.byteLength && !(request.data.buffer instanceof SharedArrayBuffer)
  const data = whole ? request.data : request.data.slice()
  // The document's clock starts once the thread has pdf.js loaded (`opening`).
  const parsed = next<ParsedInThread>({type: 'parse', request: {...request, data}}, [data.buffer as ArrayBuffer], startMs, () => `the PDF reader did not start within ${seconds(startMs)}`)
  // Rejections are handled by the caller's await; this keeps an unawaited one from crashing the process.
  parsed.catch(() => {})

  return {
    parsed,
    layout(ocred) {
      const budget = options.parseTimeout * Math.max(1, Math.ceil(pages / 100))
      return next<LayoutResult>({type: 'layout', ocred}, [], budget, () => `laying out the pages took longer than ${seconds(budget)} (limit, --parse-timeout)`)
    },
    dispose() {
      if (disposed) return
      disposed = true
      clearTimeout(timer)
      options.signal?.removeEventListener('abort', onAbort)
      worker.off('message', onMessage).off('error', onError).off('exit', onExit)
      if (stopped || settle !== null) {
        stopped = true
        void worker.terminate()
      } else release(worker)
    }
  }
}

/** An error from the thread as the class the caller expects, its message naming the file again. */
function deserialize(error: SerializedError, file: string): Error {
  if (error.name === 'PasswordError') return new PasswordError(error.reason, {file})
  if (error.name === 'UnsupportedInputError') return new UnsupportedInputError(error.reason, {file})
  if (error.name === 'InputError' || error.code !== undefined) return new InputError(error.code ?? 'invalid-pdf', error.reason, {file})
  const plain = new Error(error.reason)
  plain.name = error.name
  return error.name === 'VanbanError' ? new VanbanError('invalid-pdf', error.reason, {file}) : plain
}
