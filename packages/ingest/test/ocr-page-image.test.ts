import {readFileSync} from 'node:fs'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {loadPdfjs} from '../src/pdf/pdfjs.ts'
import {fullPageJpeg} from '../src/ocr/page-image.ts'
import {pdfjsDocumentParams} from '../src/ocr/pdfjs-params.ts'

const root = path.resolve(import.meta.dirname, '../../..')

async function firstPage(file: string) {
  const data = new Uint8Array(readFileSync(path.join(root, file)))
  const pdfjs = await loadPdfjs()
  const pdf = await pdfjs.getDocument({data: data.slice(), ...pdfjsDocumentParams()}).promise
  const page = await pdf.getPage(1)
  const found = fullPageJpeg(data, page.ref!, page.view, page.rotate)
  await pdf.destroy()
  return found
}

describe('fullPageJpeg', () => {
  it('finds the JPEG a scanned page draws, and where', async () => {
    const found = await firstPage('fixtures/scan/tb20-2026-notice.scan.p2.pdf')
    expect(found).not.toBeNull()
    expect([found!.width, found!.height]).toEqual([2511, 3530])
    expect(found!.jpeg.subarray(0, 2)).toEqual(Buffer.from([0xff, 0xd8]))
    // Drawn across the page's width, a little short of its height (as the scanner placed it).
    expect(found!.box.x).toBeCloseTo(0)
    expect(found!.box.width).toBeCloseTo(595.28, 1)
    expect(found!.box.height).toBeLessThan(842)
  })
  it('is null for a page with text', async () => {
    expect(await firstPage('fixtures/tb20-2026-notice.pdf')).toBeNull()
  })
})
