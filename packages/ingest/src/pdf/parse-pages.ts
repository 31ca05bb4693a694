import type {PDFDocumentProxy, PDFPageProxy} from 'pdfjs-dist/types/src/display/api.js'
import type {PageInput} from '@vanban/layout'
import {isUsableTextLayer} from '../ocr/text-layer-quality.ts'
import {pdfjsDocumentParams} from '../ocr/pdfjs-params.ts'
import {megabytes} from '../megabytes.ts'
import {drawsNothing, mayHoldImages} from './blank-page.ts'
import {loadPdfjs} from './pdfjs.ts'
import {isScanWithOverlay, readPage, type TableContext} from './read-page.ts'
import {streamLimit} from './stream-limit.ts'
import {loadFailure, ReadFailure} from './read-failure.ts'

/** A page without text drawing more than this is not rendered for OCR: a real page draws a few thousand. */
const maxDrawingOperations = 100_000

/** What the parse thread is asked to read. */
export interface ParseRequest {
  file: string
  /** The file's bytes; pdf.js takes them over. */
  data: Uint8Array
  password?: string
  ocr: 'auto' | 'always' | 'never'
  maxPages?: number
  maxStreamBytes: number
  /** Pages not read, each with its page warning: they ran past the parse clock in an earlier attempt. */
  skip: {number: number; warning: string}[]
  /** Send the pages read, a part at a time, on a long document (`previewAfter`), for the caller to warm up on. */
  preview?: boolean
}

/** A PDF's pages as read from their text layers: `null` where the page must be OCR'd. */
export interface ParsedPdf {
  pages: (PageInput | null)[]
  toOcr: number[]
  warnings: string[]
  /** The file's bytes again, for OCR in the calling thread, when pages need it. */
  data: Uint8Array | null
}

/** What `parsePdfPages` reports while it reads. */
export interface ParseProgress {
  /** pdf.js is loaded: the document's own work starts. */
  opening(): void
  opened(pages: number): void
  /** Before each page. */
  reading(number: number): void
  /** After each page; `read` is false when the page goes to OCR; `sofar` the pages up to it (null: to OCR). */
  page(number: number, pages: number, read: boolean, sofar: readonly (PageInput | null)[]): void
  /** A page's text extraction was left stalled (too many items): this thread must not be reused. */
  stalled(): void
}

/**
 * Reads every page's text layer (ruling lines, bold fonts, scans with an
 * overlay) with pdf.js, in this thread, reporting to `progress`. A page with
 * no text that draws nothing is blank: a warning, never OCR. A decoded stream
 * past `maxStreamBytes` fails the document (`stream-too-large`).
 */
export async function parsePdfPages(request: ParseRequest, progress: ParseProgress): Promise<ParsedPdf> {
  const {ocr: mode} = request
  const limit = streamLimit()
  limit.reset(request.maxStreamBytes, true)
  const overflow = (): void => {
    if (limit.exceeded > 0) {
      throw new ReadFailure('input', 'stream-too-large', `a compressed stream decodes to more than ${megabytes(request.maxStreamBytes)} (limit, --max-stream-mb)`)
    }
  }
  // Before pdf.js takes the bytes over.
  const images = mayHoldImages(request.data)
  const pdfjs = await loadPdfjs()
  progress.opening()
  const task = pdfjs.getDocument({
    ...pdfjsDocumentParams(),
    data: request.data,
    ...(request.password === undefined ? {} : {password: request.password}),
    disableFontFace: true
  })
  let pdf: PDFDocumentProxy | undefined
  let stalled = false
  try {
    try {
      pdf = await task.promise
    } catch (error) {
      overflow()
      throw loadFailure(error, request.password !== undefined)
    }
    const count = pdf.numPages
    if (request.maxPages !== undefined && count > request.maxPages) {
      throw new ReadFailure('input', 'too-many-pages', `${count} pages, more than the limit of ${request.maxPages}`)
    }
    progress.opened(count)
    const pages: (PageInput | null)[] = []
    const toOcr: number[] = []
    const warnings: string[] = []
    const tables: TableContext = {reference: null, previous: null}
    for (let number = 1; number <= count; number++) {
      progress.reading(number)
      const skipped = request.skip.find((entry) => entry.number === number)
      if (skipped) {
        pages.push({...emptyPage(number), warnings: [skipped.warning]})
        tables.previous = null
        progress.page(number, count, true, pages)
        continue
      }
      if (mode === 'always') {
        pages.push(null)
        toOcr.push(number)
        continue
      }
      let page: PDFPageProxy
      let input: PageInput
      try {
        page = await pdf.getPage(number)
        input = await readPage(pdfjs, page, tables)
      } catch (error) {
        overflow()
        if (error instanceof ReadFailure) throw error
        // One broken page should not lose the rest of the document.
        warnings.push(`page ${number}: cannot read the text layer (${(error as Error).message})`)
        tables.previous = null
        pages.push(mode === 'never' ? emptyPage(number) : null)
        if (mode !== 'never') toOcr.push(number)
        progress.page(number, count, mode === 'never', pages)
        continue
      }
      if (mode === 'auto' && !isUsableTextLayer(input.items)) {
        tables.previous = null
        const operators = input.items.length === 0 && !images ? await page.getOperatorList() : null
        if (operators && drawsNothing(operators, pdfjs.OPS)) {
          input.warnings = [`page ${number}: blank page (no text, nothing drawn); not OCR'd`]
          pages.push(input)
        } else if (operators && operators.fnArray.length > maxDrawingOperations) {
          // Rendering it for OCR would take minutes (~0.1 ms an operation), for a page without text.
          input.warnings = [`page ${number}: no text and more than ${maxDrawingOperations.toLocaleString('en')} drawing operations; not OCR'd`]
          pages.push(input)
        } else {
          pages.push(null)
          toOcr.push(number)
        }
      } else if (mode === 'auto' && (await isScanWithOverlay(pdfjs, page, input))) {
        pages.push(null)
        toOcr.push(number)
        tables.previous = null
      } else pages.push(input)
      overflow()
      if ('truncated' in input) {
        stalled = true
        progress.stalled()
        delete input.truncated
      }
      page.cleanup()
      progress.page(number, count, pages[pages.length - 1] !== null, pages)
    }
    overflow()
    const data = toOcr.length > 0 ? await pdf.getData() : null
    return {pages, toOcr, warnings, data}
  } finally {
    // With a stalled extraction, destroy() would wait for it forever; the thread is ended instead.
    if (pdf && !stalled) await pdf.destroy()
    else if (!pdf) await task.destroy()
  }
}

export const emptyPage = (number: number): PageInput => ({number, width: 595, height: 842, items: [], source: 'text-layer'})
