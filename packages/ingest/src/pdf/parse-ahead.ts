/**
 * A PDF read before its reader asks for it. The `vanban` command knows its one PDF before it has
 * loaded its pipeline (~0.2 s of modules on a 2-core machine) and starts the parse thread on it
 * then; `readPdf` takes the thread over when it is asked for the same file, the same bytes and
 * the same reading options, and otherwise ends it. Loads nothing until called (the light
 * `pdf-reader` entry exports it).
 */
import {readFile} from 'node:fs/promises'
import type {PageInput} from '@vanban/layout'
import {hasPdfHeader} from './pdf-header.ts'
import type {ParseThread} from './parse-thread.ts'

/** The reading options that change what the parse thread does (the defaults are `readPdf`'s), and a preview. */
export interface ReadAheadOptions {
  readonly ocr?: 'auto' | 'always' | 'never'
  readonly password?: string
  readonly maxPages?: number
  readonly maxStreamBytes?: number
  readonly parseTimeout?: number
  /**
   * The pages read since the last call, given while a long document is read
   * (five pages, then ten at a time, on 40 or more: see preview.ts): for the caller to run its
   * own stages on meanwhile and drop the result, so that the document's run
   * finds their code compiled and optimized, and what they keep per text
   * (normalize's memo). `isRead()` turns true once the whole document is read,
   * when that work would only delay it.
   */
  readonly onPreview?: (pages: PageInput[], isRead: () => boolean) => void
  /** Called once when the parse thread has read the text layers, or failed to, was stopped, or was given up. */
  readonly onRead?: () => void
}

/** A parse started ahead: what it reads, with what options, and the thread reading it. */
export interface ReadAhead {
  readonly file: string
  readonly key: string
  /** A copy of the bytes (the thread has the others): for the comparison, and for a second reading. */
  readonly bytes: Uint8Array
  readonly thread: ParseThread
}

/** Largest file read ahead: the copy kept is `readPdf`'s own for a second reading (its `maxRetainedBytes`). */
const maxAheadBytes = 64e6
/** An unclaimed parse ends after this long (the caller failed before reading it). */
const unclaimedMs = 15_000

let pending: Promise<ReadAhead | null> | null = null

/**
 * Starts reading `file` (a PDF) in a parse thread now, for the next `readPdf` of
 * it to take over; settles once the thread has the file. Errors are left to
 * that read, which meets them again with its file named. One at a time: a
 * second call drops the first. Awaited before the caller loads more modules:
 * module loads run concurrently, and the parse would start with the last.
 * True when the thread is reading it; false when it is not read ahead (not a
 * PDF, too large, unreadable), and `onRead` will not be called.
 */
export async function readPdfAhead(file: string, options: ReadAheadOptions = {}): Promise<boolean> {
  dropReadAhead()
  const started = start(file, options).catch(() => null)
  pending = started
  setTimeout(() => {
    if (pending === started) dropReadAhead()
  }, unclaimedMs).unref()
  return (await started) !== null
}

async function start(file: string, options: ReadAheadOptions): Promise<ReadAhead | null> {
  const [{parseInThread}, {defaultMaxStreamBytes, defaultParseTimeout}] = await Promise.all([import('./parse-thread.ts'), import('../limits.ts')])
  const data = new Uint8Array(await readFile(file))
  if (data.length > maxAheadBytes || !hasPdfHeader(data)) return null
  const maxStreamBytes = options.maxStreamBytes ?? defaultMaxStreamBytes
  const parseTimeout = options.parseTimeout ?? defaultParseTimeout
  const bytes = data.slice()
  const thread = parseInThread(
    {
      file,
      data,
      ocr: options.ocr ?? 'auto',
      maxStreamBytes,
      skip: [],
      ...(options.onPreview ? {preview: true} : {}),
      ...(options.password === undefined ? {} : {password: options.password}),
      ...(options.maxPages === undefined ? {} : {maxPages: options.maxPages})
    },
    {parseTimeout, detached: true, ...(options.onPreview ? {onPreview: options.onPreview} : {}), ...(options.onRead ? {onRead: options.onRead} : {})}
  )
  return {file, key: readAheadKey({...options, maxStreamBytes, parseTimeout}), bytes, thread}
}

/** The options of a parse as one string, their defaults applied by the caller. */
export function readAheadKey(options: ReadAheadOptions & {maxStreamBytes: number; parseTimeout: number}): string {
  return JSON.stringify([options.ocr ?? 'auto', options.maxStreamBytes, options.parseTimeout, options.password ?? null, options.maxPages ?? null])
}

/**
 * The parse started ahead for `file`, when its bytes are `data` and its options
 * give `key`; null otherwise. Either way it is no longer pending: one that does
 * not match is ended.
 */
export async function takeReadAhead(file: string, data: Uint8Array, key: string): Promise<ReadAhead | null> {
  const started = pending
  pending = null
  const ahead = started && (await started)
  if (!ahead) return null
  if (ahead.file === file && ahead.key === key && Buffer.from(ahead.bytes.buffer, ahead.bytes.byteOffset, ahead.bytes.byteLength).equals(data)) return ahead
  ahead.thread.dispose()
  return null
}

/** Ends the parse started ahead, if any is pending. */
export function dropReadAhead(): void {
  const started = pending
  pending = null
  void started?.then((ahead) => ahead?.thread.dispose())
}
