import {InputError, PasswordError, VanbanError} from '@vanban/core'
import type {LayoutResult, PageInput} from '@vanban/layout'
import type {ParseRequest} from './parse-pages.ts'
import {stage, type ParseCommand, type ParseEvent, type SerializedError} from './parse-protocol.ts'
import {fitsHere} from './preview.ts'
import {acquire, maxHeapMb, readItsLast, release, startMs} from './thread-pool.ts'

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
  /**
   * The pages read since the last call, on a long document (`preview` in the request, see preview.ts);
   * `isRead()` turns true once the whole document is.
   */
  onPreview?: (pages: PageInput[], isRead: () => boolean) => void
  /** The text layers are read, or the reading failed or was stopped: once, before `parsed` settles. */
  onRead?: () => void
  /**
   * Started ahead of its reader (`parse-ahead.ts`): until `attach`, the thread and its watchdog
   * do not keep the process alive, and the pages read are kept for `onPage`.
   */
  detached?: boolean
}

/** What the reader of a document started ahead gives it when it takes it over. */
export type ParseThreadHooks = Pick<ParseThreadOptions, 'signal' | 'onPage'>

/** A document being read in a parse thread: its text layers, then (after OCR) its layout. */
export interface ParseThread {
  readonly parsed: Promise<ParsedInThread>
  layout(ocred: PageInput[]): Promise<LayoutResult>
  /** Gives the thread back for the next document, or ends it when it was stopped. */
  dispose(): void
  /** The page being read when the parse clock stopped the thread, else null. */
  readonly timedOutPage: number | null
  /** Takes over a thread started `detached`: its signal and progress from now (the pages read so far at once). */
  attach(hooks: ParseThreadHooks): void
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
  let {signal, onPage} = options
  /** Pages read while detached, for `onPage` once attached. */
  const readEarly: number[] = []
  /** The layout the thread sent with its text layers when no page was left to OCR. */
  let laidOut: LayoutResult | null = null
  /** The pages shown in previews, then with the rest the thread sent (`allPages`): for a layout here. */
  let shown: PageInput[] = []
  let allPages: PageInput[] | null = null
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

  /** Any answer but progress ends the reading of the text layers. */
  let textRead = false
  // Also from the shared cell: the thread lays out as soon as its last page is read, and its
  // answer may wait behind this thread's work (a warm-up asks between its stages).
  const isRead = (): boolean => textRead || Atomics.load(cell, 0) === stage.layout
  const endReading = (): void => {
    if (textRead) return
    textRead = true
    options.onRead?.()
  }
  const fail = (error: unknown): void => {
    watching = false
    // Stopped (its clock, a signal) or crashed while reading: the reading is over too.
    endReading()
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
  const onAbort = (): void => stop(signal!.reason)
  signal?.addEventListener('abort', onAbort, {once: true})

  const onMessage = (event: ParseEvent): void => {
    if (event.type === 'preview') {
      for (const page of event.pages) shown.push(page)
      options.onPreview?.(event.pages, isRead)
      return
    }
    if (event.type === 'pages') {
      pages = event.pages
      // The thread may lay out right after its last page, before `layout` is called.
      layoutBudget = options.parseTimeout * Math.max(1, Math.ceil(pages / 100))
      for (const number of event.read) {
        if (onPage) onPage(number, event.pages)
        else if (options.detached) readEarly.push(number)
      }
      return
    }
    endReading()
    watching = false
    const waiting = settle
    settle = null
    if (event.type !== 'parsed' && !event.reusable) stopped = true
    if (event.type === 'error') waiting?.reject(deserialize(event.error, file))
    else if (event.type === 'parsed' || event.type === 'laid-out') {
      pages = event.pages
      if (event.type === 'laid-out') laidOut = event.result
      if (event.type === 'parsed' && event.rest) allPages = [...shown, ...event.rest].sort((a, b) => a.number - b.number)
      shown = []
      waiting?.resolve({toOcr: event.type === 'parsed' ? event.toOcr : [], warnings: event.warnings, data: event.type === 'parsed' ? event.data : null} as never)
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
  if (options.detached) {
    worker.unref()
    watchdog.unref()
  }

  return {
    parsed,
    get timedOutPage() {
      return timedOutPage
    },
    async layout(ocred) {
      if (laidOut !== null && ocred.length === 0) {
        const result = laidOut
        laidOut = null
        return result
      }
      const here = allPages
      allPages = null
      if (here && ocred.length === 0 && here.length === pages && here.every((page, k) => page.number === k + 1) && fitsHere(here)) {
        // The pages shown were laid out here in parts already (the caller's warm-up): their
        // analyses are used again (`reuse`), where the thread would lay everything out cold.
        try {
          const {layoutPages} = await import('@vanban/layout')
          return layoutPages(here, {reuse: true})
        } catch {
          // The thread's layout says what is wrong, as for any document.
        }
      }
      layoutBudget = options.parseTimeout * Math.max(1, Math.ceil(pages / 100))
      return next<LayoutResult>({type: 'layout', ocred}, [], stage.layout)
    },
    attach(hooks) {
      if (disposed) return
      worker.ref()
      watchdog.ref()
      onPage = hooks.onPage
      for (const number of readEarly.splice(0)) onPage?.(number, pages)
      signal = hooks.signal
      if (signal?.aborted) stop(signal.reason)
      else signal?.addEventListener('abort', onAbort, {once: true})
    },
    dispose() {
      if (disposed) return
      disposed = true
      watching = false
      // Given up before its text layers were read (a read ahead no reader took): over for its caller too.
      endReading()
      clearInterval(watchdog)
      signal?.removeEventListener('abort', onAbort)
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
