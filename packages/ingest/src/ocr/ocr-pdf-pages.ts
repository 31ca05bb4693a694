import type {PageInput} from '@vanban/layout'
import type {PDFDocumentProxy} from 'pdfjs-dist/types/src/display/api.js'
import type {ReadOptions} from '../read-document.ts'
import {acquireOcrPool, OcrTimeoutError} from './ocr-pool.ts'
import {ocrPageInput} from './ocr-words.ts'
import {findRuleLines, rulesInPoints} from './find-rules.ts'
import {renderPageGrey} from './render-page.ts'
import {isBlankImage} from './blank-image.ts'
import {cellsToReread, mergeRereads, tableCells} from './table-cells.ts'
import {readingOrder} from './page-order.ts'

/** Resolution pages are rendered at for OCR: tesseract's models are trained on ~300 dpi text. */
export const ocrDpi = 300

/**
 * Renders the given 1-based pages of an open pdfjs document and OCRs them,
 * returning positioned words as layout input (points, y down), in the order
 * asked. Pages stream through a pool of `options.jobs` workers: the main
 * thread renders the next page while the workers read the previous ones, and
 * at most jobs + 2 page images exist at once. Scanned pages go longest first. A page that renders blank is
 * not OCR'd (a warning). A page that fails or runs past
 * `options.pageTimeout` comes back empty with a warning; the workers are
 * always terminated.
 */
export async function ocrPdfPages(pdf: PDFDocumentProxy, pages: number[], options: ReadOptions & {file: string}): Promise<PageInput[]> {
  const pageTimeout = options.pageTimeout ?? 120_000
  const {pool, release} = acquireOcrPool({...(options.jobs === undefined ? {} : {jobs: options.jobs}), ...(options.ocrEngine === undefined ? {} : {engine: options.ocrEngine}), timeout: pageTimeout})
  const results = new Array<PageInput>(pages.length)
  const inFlight = new Set<Promise<void>>()
  try {
    // Longest pages first (see page-order.ts); results still come back in the order asked.
    for (const index of await readingOrder(pdf, pages)) {
      const number = pages[index]!
      options.signal?.throwIfAborted()
      // Two pages beyond the workers: with one page ahead, a table page's cell re-reads (after the
      // next page's reading) held the rendering of the page after, and the worker waited for it.
      while (inFlight.size > pool.size + 1) await Promise.race(inFlight)
      let rendered
      try {
        rendered = await renderPageGrey(pdf, number, ocrDpi, pageTimeout)
      } catch (error) {
        results[index] = failedPage(number, `page ${number}: could not render the page for OCR (${message(error)})`)
        options.onPage?.({file: options.file, page: number, pages: pdf.numPages})
        continue
      }
      const {image, width, height, dpi, widthPt, heightPt} = rendered
      if (isBlankImage(rendered.pixels)) {
        results[index] = failedPage(number, `page ${number}: blank page (no text, nothing printed); not OCR'd`, {widthPt, heightPt})
        options.onPage?.({file: options.file, page: number, pages: pdf.numPages})
        continue
      }
      const recognized = pool.recognize(image, {dpi: Math.round(dpi)})
      // Table borders are found here, on the main thread, while a worker reads the text:
      // the page goes to the pool first, so no worker waits for this.
      const ruleLines = findRuleLines(rendered.pixels, width, height)
      const rules = rulesInPoints(ruleLines, 72 / dpi)
      const cells = tableCells(ruleLines)
      const task = recognized.then(
        async (result) => {
          // Doubtful table cells (row numbers above all) are read again on their own.
          const crops = cellsToReread(result, cells, rendered.pixels, width, height)
          const rereads = await Promise.all(crops.map(async (crop) => ({crop, lines: await pool.recognize(crop.image, {dpi: Math.round(dpi), psm: crop.psm, first: true, ...(crop.whitelist === undefined ? {} : {whitelist: crop.whitelist})}).catch(() => [])})))
          results[index] = ocrPageInput(mergeRereads(result, rereads), {number, widthPx: width, heightPx: height, dpi, rules, pixels: rendered.pixels})
        },
        (error: unknown) => {
          results[index] = failedPage(
            number,
            error instanceof OcrTimeoutError
              ? `page ${number}: OCR stopped after ${error.timeoutMs} ms (page time limit); its text is missing`
              : `page ${number}: OCR failed (${message(error)}); its text is missing`,
            {widthPt, heightPt}
          )
        }
      ).finally(() => {
        inFlight.delete(task)
        options.onPage?.({file: options.file, page: number, pages: pdf.numPages})
      })
      inFlight.add(task)
    }
    await Promise.all(inFlight)
  } finally {
    // Jobs still queued for this document (after an abort) run to their end; the workers stay for the next file.
    release()
  }
  return results
}

function failedPage(number: number, warning: string, size?: {widthPt: number; heightPt: number}): PageInput {
  return {number, width: size?.widthPt ?? 595, height: size?.heightPt ?? 842, items: [], source: 'ocr', warnings: [warning]}
}

function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}
