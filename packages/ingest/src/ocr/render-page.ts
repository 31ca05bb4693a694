import type {PDFDocumentProxy, RenderParameters} from 'pdfjs-dist/types/src/display/api.js'

/** A rendered page as a binary PGM (P5) greyscale image, ready for tesseract. */
export interface RenderedPage {
  /** PGM bytes: Leptonica reads PGM without decoding work, and it is 1 byte a pixel. */
  image: Buffer
  /** The grey pixels inside `image`, row by row. */
  pixels: Uint8Array
  /** Pixels. */
  width: number
  height: number
  /** Resolution actually used: lower than asked for pages too large to render whole at it. */
  dpi: number
  /** Page size in PDF points (the coordinates OCR words are scaled back to). */
  widthPt: number
  heightPt: number
}

/** Largest page image rendered (pixels): an A3 page at 300 dpi is 17.4 M. */
const maxPixels = 40e6

interface CanvasAndContext {
  canvas: {width: number; height: number}
  context: {getImageData(x: number, y: number, w: number, h: number): {data: Uint8ClampedArray}}
}

interface CanvasFactoryLike {
  create(width: number, height: number): CanvasAndContext
  destroy(entry: CanvasAndContext): void
}

/**
 * Renders one page at `dpi` in greyscale. Uses the canvas factory of the
 * document itself: in Node that is pdf.js's NodeCanvasFactory, backed by the
 * @napi-rs/canvas version pdfjs-dist depends on. A canvas from another copy
 * or major of @napi-rs/canvas fails inside pdf.js (`paintChar`, `Image or
 * Canvas expected`), so vanban never creates canvases itself.
 */
export async function renderPageGrey(pdf: PDFDocumentProxy, pageNumber: number, requestedDpi: number): Promise<RenderedPage> {
  const page = await pdf.getPage(pageNumber)
  try {
    const base = page.getViewport({scale: 1})
    // A poster-sized page at 300 dpi would need gigabytes of canvas: cap the pixels instead.
    const dpi = Math.min(requestedDpi, 72 * Math.sqrt(maxPixels / Math.max(1, base.width * base.height)))
    const viewport = page.getViewport({scale: dpi / 72})
    const width = Math.max(1, Math.round(viewport.width))
    const height = Math.max(1, Math.round(viewport.height))
    const factory = (pdf as unknown as {canvasFactory: CanvasFactoryLike}).canvasFactory
    const entry = factory.create(width, height)
    try {
      await page.render({
        canvasContext: entry.context as unknown as RenderParameters['canvasContext'],
        canvas: entry.canvas as unknown as RenderParameters['canvas'],
        viewport,
        background: 'rgb(255,255,255)'
      }).promise
      const rgba = entry.context.getImageData(0, 0, width, height).data
      const image = rgbaToPgm(rgba, width, height)
      return {image, pixels: image.subarray(image.length - width * height), width, height, dpi, widthPt: base.width, heightPt: base.height}
    } finally {
      // Frees the 4-bytes-a-pixel bitmap now rather than at the next GC.
      factory.destroy(entry)
    }
  } finally {
    page.cleanup()
  }
}

/** RGBA → 8-bit luma (ITU-R BT.601 weights) in a PGM container. */
export function rgbaToPgm(rgba: Uint8ClampedArray | Uint8Array, width: number, height: number): Buffer {
  const header = Buffer.from(`P5\n${width} ${height}\n255\n`, 'latin1')
  const out = Buffer.allocUnsafe(header.length + width * height)
  header.copy(out, 0)
  for (let i = 0, o = header.length, n = width * height; i < n; i++, o++) {
    const p = i * 4
    out[o] = (rgba[p]! * 77 + rgba[p + 1]! * 150 + rgba[p + 2]! * 29) >> 8
  }
  return out
}
