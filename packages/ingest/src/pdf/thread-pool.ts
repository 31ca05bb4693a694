/**
 * The parse threads of `parse-thread.ts`, kept apart from it: starting one ahead of the first
 * PDF (`startParseThread`, the `@vanban/ingest/pdf-reader` entry) loads only this module, not
 * @vanban/core's zod schemas (~60–80 ms), so the thread starts loading pdf.js that much sooner.
 */
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {Worker} from 'node:worker_threads'

/** The JavaScript heap of a parse thread: far above a real document's needs (the 83-page nq71 uses < 100 MB). */
export const maxHeapMb = 1024
/** Time for a new parse thread to start and load pdf.js (~0.3 s; seconds under tsx on a busy machine). */
export const startMs = 60_000
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

export function acquire(): Worker {
  const entry = idle.pop()
  if (!entry) return startThread()
  clearTimeout(entry.timer)
  entry.worker.off('exit', entry.onExit).off('error', entry.onError)
  entry.worker.ref()
  return entry.worker
}

export function release(worker: Worker, keepMs = idleMs): void {
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
export function readItsLast(worker: Worker): boolean {
  const left = documentsLeft.get(worker)
  if (left === undefined) return false
  documentsLeft.set(worker, left - 1)
  return left <= 1
}
