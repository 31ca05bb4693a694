/**
 * Scanned pages are rendered and read longest first (page-order.ts), foretold by the size of
 * their JPEG; a document with any other page keeps its order.
 */
import {readFileSync} from 'node:fs'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {loadPdfjs} from '../src/pdf/pdfjs.ts'
import {fullPageJpeg, type PageJpeg} from '../src/ocr/page-image.ts'
import {readingOrder} from '../src/ocr/page-order.ts'
import {pdfjsDocumentParams} from '../src/ocr/pdfjs-params.ts'
import {textOperators} from '../../../test/support/pdf.ts'

const root = path.resolve(import.meta.dirname, '../../..')

async function open(data: Uint8Array) {
  const pdfjs = await loadPdfjs()
  return pdfjs.getDocument({data: data.slice(), ...pdfjsDocumentParams()}).promise
}

/** The JPEG of a one-page scan fixture. */
async function scanJpeg(file: string): Promise<PageJpeg> {
  const data = new Uint8Array(readFileSync(path.join(root, file)))
  const pdf = await open(data)
  const page = await pdf.getPage(1)
  const found = fullPageJpeg(data, page.ref!, page.view, page.rotate)!
  await pdf.destroy()
  return found
}

/** A PDF as img2pdf writes one: each page draws one JPEG over the whole page; a string is a page of text instead. */
function scanPdf(pages: readonly (PageJpeg | string)[]): Uint8Array {
  const objects: Buffer[] = []
  const add = (...parts: (string | Buffer)[]) => objects.push(Buffer.concat(parts.map((part) => (typeof part === 'string' ? Buffer.from(part, 'latin1') : part))))
  add('<< /Type /Catalog /Pages 2 0 R >>')
  add('') // Pages, once the kids are known
  add('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>')
  const kids: number[] = []
  for (const page of pages) {
    let resources: string
    let content: string
    if (typeof page === 'string') {
      resources = '<< /Font << /F1 3 0 R >> >>'
      content = textOperators([page])
    } else {
      add(`<< /Type /XObject /Subtype /Image /Width ${page.width} /Height ${page.height} /ColorSpace /DeviceRGB /BitsPerComponent 8 /Filter /DCTDecode /Length ${page.jpeg.length} >>\nstream\n`, page.jpeg, '\nendstream')
      resources = `<< /XObject << /Im0 ${objects.length} 0 R >> >>`
      content = 'q 595 0 0 842 0 0 cm /Im0 Do Q'
    }
    add(`<< /Length ${content.length} >>\nstream\n${content}\nendstream`)
    add(`<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources ${resources} /Contents ${objects.length} 0 R >>`)
    kids.push(objects.length)
  }
  objects[1] = Buffer.from(`<< /Type /Pages /Count ${kids.length} /Kids [${kids.map((kid) => `${kid} 0 R`).join(' ')}] >>`, 'latin1')
  const parts = [Buffer.from('%PDF-1.4\n', 'latin1')]
  const offsets: number[] = []
  let length = parts[0]!.length
  objects.forEach((object, i) => {
    offsets.push(length)
    parts.push(Buffer.concat([Buffer.from(`${i + 1} 0 obj\n`, 'latin1'), object, Buffer.from('\nendobj\n', 'latin1')]))
    length += parts.at(-1)!.length
  })
  const xref = `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((offset) => `${String(offset).padStart(10, '0')} 00000 n \n`).join('')}`
  parts.push(Buffer.from(`${xref}trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${length}\n%%EOF\n`, 'latin1'))
  return new Uint8Array(Buffer.concat(parts))
}

describe('readingOrder', async () => {
  const prose = await scanJpeg('fixtures/scan/tb20-2026-notice.scan.p2.pdf')
  const table = await scanJpeg('fixtures/scan/nq71-2025-tables.scan.p1.pdf')
  const [small, large] = prose.jpeg.length < table.jpeg.length ? [prose, table] : [table, prose]

  it.each([
    // [pages, pages asked for, expected order (positions in what was asked)]
    [[small, large, small], [1, 2, 3], [1, 0, 2]],
    [[small, small, large, small], [1, 2, 3, 4], [2, 0, 1, 3]],
    [[small, large, small], [3, 1], [0, 1]], // equal sizes keep their order
    [[small, large, small], [3, 2], [1, 0]],
    [[large, small, large], [2, 1, 3], [1, 2, 0]],
    // A page that is not a scan: its cost is unknown, so nothing moves.
    [[small, 'Not a scan', large], [1, 2, 3], [0, 1, 2]],
    [[small, large, 'Not a scan'], [1, 2], [1, 0]]
  ] as const)('%#: pages %j, asked for %j → %j', async (pages, asked, expected) => {
    const pdf = await open(scanPdf(pages))
    try {
      expect(await readingOrder(pdf, asked)).toEqual(expected)
    } finally {
      await pdf.destroy()
    }
  })
})
