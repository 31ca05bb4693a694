import {readFile, stat} from 'node:fs/promises'
import type {PDFDocumentProxy} from 'pdfjs-dist/types/src/display/api.js'
import {InputError, type VanbanDocument} from '@vanban/core'
import type {PageInput} from '@vanban/layout'
import type {ReadOptions} from './read-document.ts'
import {checkFileSize, defaultMaxStreamBytes, defaultParseTimeout} from './limits.ts'
import {loadPdfjs} from './pdf/pdfjs.ts'
import {dropReadAhead, readAheadKey, takeReadAhead} from './pdf/parse-ahead.ts'
import {hasPdfHeader} from './pdf/pdf-header.ts'
import {parseInThread, vanbanError} from './pdf/parse-thread.ts'
import {loadFailure} from './pdf/read-failure.ts'
import {streamLimit} from './pdf/stream-limit.ts'
import {pdfjsDocumentParams} from './ocr/pdfjs-params.ts'

/**
 * PDF text layer (and OCR of pages without one) → Document. The text layers
 * are read and the pages laid out in a parse thread (`pdf/parse-thread.ts`)
 * that is stopped past `parseTimeout` or on `signal`; pages without a usable
 * text layer are rendered and OCR'd here, between the two. A parse of the same
 * bytes with the same options started ahead (`readPdfAhead`) is taken over.
 */
export async function readPdf(file: string, options: ReadOptions, bytes?: Uint8Array): Promise<VanbanDocument> {
  options.signal?.throwIfAborted()
  let data: Uint8Array
  try {
    // The size is checked before the file is read.
    if (!bytes) checkFileSize(file, (await stat(file)).size, 'binary', options)
    data = bytes ?? new Uint8Array(await readFile(file))
    checkFileSize(file, data.length, 'binary', options)
    if (!hasPdfHeader(data)) throw new InputError('invalid-pdf', 'not a PDF (no %PDF header)', {file})
  } catch (error) {
    dropReadAhead()
    if (error instanceof InputError) throw error
    throw new InputError('unreadable', `cannot read file (${(error as NodeJS.ErrnoException).code ?? 'error'})`, {file, cause: error})
  }

  const maxStreamBytes = options.maxStreamBytes ?? defaultMaxStreamBytes
  const parseTimeout = options.parseTimeout ?? defaultParseTimeout
  const hooks = {...(options.signal ? {signal: options.signal} : {}), onPage: (page: number, pages: number) => options.onPage?.({file, page, pages})}
  let ahead = await takeReadAhead(file, data, readAheadKey({...options, maxStreamBytes, parseTimeout}))
  // A page past the parse clock is skipped and the document read again without it, a few times
  // over; the bytes go to the thread, so a copy is kept for that (for files of a usual size).
  const skip: {number: number; warning: string}[] = []
  for (;;) {
    if (ahead) ahead.thread.attach(hooks)
    const retry = ahead ? ahead.bytes : skip.length < maxSkippedPages && data.length <= maxRetainedBytes ? data.slice() : null
    const thread = ahead?.thread ?? parseInThread(
      {
        file,
        data,
        ocr: options.ocr ?? 'auto',
        maxStreamBytes,
        skip: [...skip],
        ...(options.password === undefined ? {} : {password: options.password}),
        ...(options.maxPages === undefined ? {} : {maxPages: options.maxPages})
      },
      {parseTimeout, ...hooks}
    )
    ahead = null
    try {
      const parsed = await thread.parsed
      options.signal?.throwIfAborted()
      const ocred = parsed.toOcr.length > 0 ? await ocrPages(file, parsed.data!, parsed.toOcr, options, maxStreamBytes) : []
      const {pages, blocks} = await thread.layout(ocred)
      return {file, pages, blocks, warnings: parsed.warnings}
    } catch (error) {
      if (retry === null || thread.timedOutPage === null) throw error
      // The error's reason, as a page warning: `page 3: reading its text layer took longer than 20 s (…)`.
      skip.push({number: thread.timedOutPage, warning: `${(error as Error).message.slice(file.length + 2)}; the page is left out`})
      data = retry
    } finally {
      thread.dispose()
    }
  }
}

/** Pages skipped for the parse clock before the document is refused instead. */
const maxSkippedPages = 3
/** Largest file kept for a second reading without a page that ran past the parse clock. */
const maxRetainedBytes = 64e6

/**
 * Renders and OCRs the given pages in this thread (the OCR pool's workers do
 * the recognition; pdf.js and its canvas stay here, where the pool is).
 */
async function ocrPages(file: string, data: Uint8Array, numbers: number[], options: ReadOptions, maxStreamBytes: number): Promise<PageInput[]> {
  const pdfjs = await loadPdfjs()
  // Not sticky: this thread renders several documents at once; an image past the limit fails its page only.
  streamLimit().reset(maxStreamBytes, false)
  const task = pdfjs.getDocument({...pdfjsDocumentParams(), data, ...(options.password === undefined ? {} : {password: options.password}), disableFontFace: true})
  let pdf: PDFDocumentProxy | undefined
  try {
    try {
      pdf = await task.promise
    } catch (error) {
      const failure = loadFailure(error, options.password !== undefined)
      throw vanbanError({kind: failure.kind, code: failure.code, reason: failure.message}, file)
    }
    // Loaded for a scan only: a text layer never renders or OCRs (page images, rule finding, table cells).
    const {ocrPdfPages} = await import('./ocr/ocr-pdf-pages.ts')
    return await ocrPdfPages(pdf, numbers, {...options, file})
  } finally {
    if (pdf) await pdf.destroy()
    else await task.destroy()
  }
}
