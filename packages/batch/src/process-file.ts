import fs from 'node:fs/promises'
import {InputError, type Task} from '@vanban/core'
import {readDocument} from '@vanban/ingest'
import {normalizeDocument, prepareNormalize, type RepairModelData} from '@vanban/normalize'
import {extractTasks} from '@vanban/tasks'
import {validateTasks} from '@vanban/export'
import {type BatchInput, checkOptions, isNamedBytes} from './batch-options.ts'
import {type FileError, toFileError} from './file-error.ts'

/** What happened while one file was processed. */
export type ProgressEvent =
  | {readonly type: 'file-start'; readonly file: string; readonly index: number; readonly total: number}
  | {readonly type: 'page'; readonly file: string; readonly page: number; readonly pages: number}
  | {readonly type: 'file-done'; readonly result: FileResult; readonly index: number; readonly total: number}

export interface ProcessOptions {
  /** Password of encrypted PDFs. @default undefined (an encrypted PDF fails with a `password` error) */
  readonly password?: string
  /** Refuse documents with more pages than this. @default Infinity */
  readonly maxPages?: number
  /** OCR worker count. @default os.availableParallelism() */
  readonly jobs?: number
  /** When to OCR a PDF page. @default 'auto' */
  readonly ocr?: 'auto' | 'always' | 'never'
  /** Per-page OCR time limit in milliseconds. @default 120000 */
  readonly pageTimeout?: number
  /** OCR engine (see @vanban/ingest): `wasm`, `native` (the system tesseract), `auto`. @default 'wasm' */
  readonly ocrEngine?: 'auto' | 'wasm' | 'native'
  /** Time limit for reading one PDF page's text layer, ms (see @vanban/ingest). @default 20000 */
  readonly parseTimeout?: number
  /** Largest decoded PDF stream, bytes (a decompression bomb fails its file). @default 256e6 */
  readonly maxStreamBytes?: number
  /** Largest input file, bytes. @default 50e6 for text, 500e6 for anything else */
  readonly maxFileBytes?: number
  /** Diacritic repair. @default 'auto' */
  readonly repair?: 'auto' | 'always' | 'never'
  /** Repair model from `vanban train` (see @vanban/normalize). @default the shipped model */
  readonly model?: RepairModelData
  /** Fallback date (`YYYY-MM-DD`) for deadlines without a year. @default undefined */
  readonly documentDate?: string
  /**
   * Agency names to recognise as owners besides the shipped list (see @vanban/tasks).
   * @default [] @example ['Sở Khoa học và Công nghệ tỉnh Lào Cai']
   */
  readonly agencies?: readonly string[]
  /** Progress events: page by page, and per file in `processFiles`. */
  readonly onProgress?: (event: ProgressEvent) => void
  /** Aborts the file in flight; `processFile` then rejects with the signal's reason. */
  readonly signal?: AbortSignal
}

/** What every outcome of one input file carries. */
export interface FileOutcome {
  /** The input path as given (or `folder/relative` for files found in a folder). */
  readonly file: string
  /** Tasks found; empty when the file failed. */
  readonly tasks: Task[]
  /** Recoverable problems of the document and its pages (`page 3: …`), for a reviewer. */
  readonly warnings: string[]
  /** Pages read (0 when the file failed before its pages were known). */
  readonly pages: number
  /** Wall-clock milliseconds per stage and in total. */
  readonly timing: {readonly readMs: number; readonly normalizeMs: number; readonly extractMs: number; readonly totalMs: number}
}

/**
 * The outcome of one input file: `ok` tells which, so `if (result.ok)` narrows it and a
 * failed file's `error` needs no null check.
 */
export type FileResult = (FileOutcome & {readonly ok: true; readonly error: null}) | (FileOutcome & {readonly ok: false; readonly error: FileError})

/**
 * Reads, normalizes and extracts the tasks of one file. Never throws for a bad
 * input: the result carries a one-line error naming the file instead. It only
 * rejects when `signal` aborts, so a caller can discard the file in flight.
 *
 * @example
 * const result = await processFile('notice.pdf', {maxPages: 500})
 * //=> {file: 'notice.pdf', ok: true, tasks: [...], warnings: [], error: null, pages: 13, timing: {...}}
 */
export async function processFile(input: BatchInput, options: ProcessOptions = {}): Promise<FileResult> {
  checkOptions('processFile', options)
  if (typeof input !== 'string' && !isNamedBytes(input)) {
    throw new InputError('invalid-input', `processFile takes a path or {name, bytes} (got ${input === null ? 'null' : typeof input})`)
  }
  const file = typeof input === 'string' ? input : input.name
  const start = performance.now()
  const timing = {readMs: 0, normalizeMs: 0, extractMs: 0, totalMs: 0}
  let pages = 0
  const signal = options.signal
  try {
    signal?.throwIfAborted()
    if (typeof input === 'string') await assertReadableFile(file)
    else if (input.bytes.length === 0) throw new InputError('empty-file', 'the file is empty (0 bytes)', {file})
    let t = performance.now()
    const source = typeof input === 'string' ? input : input.bytes
    // A PDF is read in ingest's parse thread while this one waits: normalize's tables are built
    // meanwhile. The syllable inventory at once (every document reads it); the repair model once
    // the PDF shows 20 pages or more: a long notice nearly always has a word that makes the repair
    // read it (a loan word such as `chip`), and its parse hides the 0.15-0.5 s, which a short
    // one's would not. Whatever the load: this is work the document needs, not a guess, so on a
    // busy machine it costs the parse thread at most the CPU time it takes off the path after the
    // parse (the nq71 run at load 2-3 on 2 CPUs: ~0.3 s less wall).
    const repairOptions = {...(options.repair && {repair: options.repair}), ...(options.model && {model: options.model})}
    const pdf = isPdf(input)
    if (pdf) setImmediate(() => prepareNormalize({repair: 'never'}))
    let modelAhead = !pdf
    const reading = readDocument(source, readOptions(options, file, (event) => {
      pages = event.pages
      if (!modelAhead && event.pages >= longPdfPages) {
        modelAhead = true
        setImmediate(() => prepareNormalize(repairOptions))
      }
      options.onProgress?.({type: 'page', ...event})
    }))
    const doc = await untilAborted(reading, signal)
    timing.readMs = performance.now() - t
    signal?.throwIfAborted()
    pages = doc.pages.length
    t = performance.now()
    const normalized = normalizeDocument(doc, repairOptions)
    timing.normalizeMs = performance.now() - t
    t = performance.now()
    // Validated here, not only at export: a bad record fails its own file, never the batch.
    const tasks = validateTasks(extractTasks(normalized, extractOptions(options)))
    timing.extractMs = performance.now() - t
    timing.totalMs = performance.now() - start
    const warnings = [
      ...normalized.warnings,
      ...normalized.pages.flatMap((page) => page.warnings.map((warning) => (/^page \d/.test(warning) ? warning : `page ${page.number}: ${warning}`)))
    ]
    return {file, ok: true, tasks, warnings, error: null, pages, timing}
  } catch (error) {
    if (signal?.aborted) throw signal.reason
    timing.totalMs = performance.now() - start
    return {file, ok: false, tasks: [], warnings: [], error: toFileError(file, error), pages, timing}
  }
}

/**
 * Settles with `work`, or rejects as soon as `signal` aborts: a reader that
 * checks its signal only between pages must not keep Ctrl-C waiting for a long
 * scan. The abandoned work's result is ignored.
 */
function untilAborted<T>(work: Promise<T>, signal: AbortSignal | undefined): Promise<T> {
  if (!signal) return work
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(signal.reason)
    signal.addEventListener('abort', onAbort, {once: true})
    work.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort))
  })
}

/** A PDF this long has its repair model read while it is parsed (see `processFile`). */
const longPdfPages = 20

const isPdf = (input: BatchInput): boolean =>
  typeof input === 'string' ? input.toLowerCase().endsWith('.pdf') : input.bytes[0] === 0x25 && input.bytes[1] === 0x50 && input.bytes[2] === 0x44 && input.bytes[3] === 0x46

/**
 * Checks up front that the input is a readable regular file, so a file that
 * vanished or lost its permissions says so plainly whatever reader would run.
 */
async function assertReadableFile(file: string): Promise<void> {
  const stat = await fs.stat(file)
  if (!stat.isFile()) throw new InputError('not-a-file', stat.isDirectory() ? 'is a folder, not a file' : 'is not a regular file', {file})
  // Zero bytes is an interrupted copy or download whatever the extension; say so rather than "not a PDF".
  if (stat.size === 0) throw new InputError('empty-file', 'the file is empty (0 bytes)', {file})
  await fs.access(file, fs.constants.R_OK)
}

/** Copies only the options that are set: `exactOptionalPropertyTypes` forbids passing `undefined`. */
function readOptions(options: ProcessOptions, name: string, onPage: (event: {file: string; page: number; pages: number}) => void) {
  return {
    onPage,
    name,
    ...(options.password !== undefined && {password: options.password}),
    ...(options.maxPages !== undefined && {maxPages: options.maxPages}),
    ...(options.jobs !== undefined && {jobs: options.jobs}),
    ...(options.ocr !== undefined && {ocr: options.ocr}),
    ...(options.pageTimeout !== undefined && {pageTimeout: options.pageTimeout}),
    ...(options.ocrEngine !== undefined && {ocrEngine: options.ocrEngine}),
    ...(options.parseTimeout !== undefined && {parseTimeout: options.parseTimeout}),
    ...(options.maxStreamBytes !== undefined && {maxStreamBytes: options.maxStreamBytes}),
    ...(options.maxFileBytes !== undefined && {maxFileBytes: options.maxFileBytes}),
    ...(options.signal !== undefined && {signal: options.signal})
  }
}


function extractOptions(options: ProcessOptions) {
  return {
    ...(options.documentDate !== undefined && {documentDate: options.documentDate}),
    ...(options.agencies !== undefined && {agencies: [...options.agencies]})
  }
}
