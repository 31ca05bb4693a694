import type {PDFDocumentProxy} from 'pdfjs-dist/types/src/display/api.js'
import {type PageLike, scannedPageJpeg} from './render-page.ts'

/**
 * The order to render and read pages in, as positions in `pages`: the costliest first, so the
 * last pages of a document are short ones and no worker idles long while another finishes a
 * long page (longest-first scheduling). A scan page's cost is foretold by the size of its JPEG:
 * print compresses worse than paper, so a dense page's JPEG is larger, and tesseract's time
 * follows the amount of print (tb20: 304 KB → 0.8 CPU s, 690 KB → 1.85). When any page is
 * not a scanned JPEG its cost is unknown and the pages keep their order. Each page is read
 * on its own, so the order changes when a page is read, never what is read.
 */
export async function readingOrder(pdf: PDFDocumentProxy, pages: readonly number[]): Promise<number[]> {
  const inOrder = pages.map((_, index) => index)
  const costs: number[] = []
  for (const number of pages) {
    // A page pdf.js cannot open fails when it is rendered, with its own warning, not here.
    const page = (await pdf.getPage(number).catch(() => null)) as PageLike | null
    const jpeg = page && (await scannedPageJpeg(pdf, page))
    if (!jpeg) return inOrder
    costs.push(jpeg.jpeg.length)
  }
  // Stable: pages of equal size keep their order.
  return inOrder.sort((a, b) => costs[b]! - costs[a]! || a - b)
}
