import type {PageInput} from '@vanban/layout'
import type {PDFDocumentProxy} from 'pdfjs-dist/types/src/display/api.js'
import type {ReadOptions} from '../read-document.ts'

/**
 * STUB (OCR issue): renders the given 1-based pages of an open pdfjs document
 * and OCRs them, returning positioned words as layout input (points, y down).
 */
export async function ocrPdfPages(_pdf: PDFDocumentProxy, pages: number[], _options: ReadOptions & {file: string}): Promise<PageInput[]> {
  return pages.map((number) => ({number, width: 595, height: 842, items: [], source: 'ocr', warnings: ['OCR not available yet']}))
}
