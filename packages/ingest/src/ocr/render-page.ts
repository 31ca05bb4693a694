import {createRequire} from 'node:module'
import type {PDFDocumentProxy, RenderParameters} from 'pdfjs-dist/types/src/display/api.js'
import {fullPageJpeg, type PageJpeg} from './page-image.ts'

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
 * Renders one page at `dpi` in greyscale, cancelled past `timeoutMs`. Uses the canvas factory of the
 * document itself: in Node that is pdf.js's NodeCanvasFactory, backed by the
 * @napi-rs/canvas version pdfjs-dist depends on. A canvas from another copy
 * or major of @napi-rs/canvas fails inside pdf.js (`paintChar`, `Image or
 * Canvas expected`), so vanban never creates canvases itself.
 */
export async function renderPageGrey(pdf: PDFDocumentProxy, pageNumber: number, requestedDpi: number, timeoutMs = Number.POSITIVE_INFINITY): Promise<RenderedPage> {
  const page = await pdf.getPage(pageNumber)
  try {
    const base = page.getViewport({scale: 1})
    const scanned = await scannedPage(pdf, page as unknown as PageLike, base.width, base.height)
    if (scanned) return scanned
    // A poster-sized page at 300 dpi would need gigabytes of canvas: cap the pixels instead.
    const dpi = Math.min(requestedDpi, 72 * Math.sqrt(maxPixels / Math.max(1, base.width * base.height)))
    const viewport = page.getViewport({scale: dpi / 72})
    const width = Math.max(1, Math.round(viewport.width))
    const height = Math.max(1, Math.round(viewport.height))
    const factory = (pdf as unknown as {canvasFactory: CanvasFactoryLike}).canvasFactory
    const entry = factory.create(width, height)
    try {
      const task = page.render({
        canvasContext: entry.context as unknown as RenderParameters['canvasContext'],
        canvas: entry.canvas as unknown as RenderParameters['canvas'],
        viewport,
        background: 'rgb(255,255,255)'
      })
      // pdf.js renders in slices of ~15 ms; in Node it chains them as microtasks, so timers and
      // signal handlers would wait for the whole page. Each slice yields to them instead, which
      // lets the page's time limit cancel a page drawing hundreds of thousands of paths.
      task.onContinue = (resume: () => void) => setImmediate(resume)
      let timedOut = false
      const timer = Number.isFinite(timeoutMs) ? setTimeout(() => ((timedOut = true), task.cancel()), timeoutMs) : undefined
      try {
        await task.promise
      } catch (error) {
        if (timedOut) throw new Error(`rendering took longer than ${Number((timeoutMs / 1000).toFixed(1))} s (page time limit)`)
        throw error
      } finally {
        clearTimeout(timer)
      }
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

export interface PageLike {
  ref: {num: number; gen: number} | null
  view: number[]
  rotate: number
}

interface NativeImage {
  width: number
  height: number
  src: Buffer
  decode(): Promise<void>
}

/** Largest PDF whose objects are indexed to find a scanned page's JPEG. */
const maxIndexedBytes = 256 * 2 ** 20

const documentBytes = new WeakMap<PDFDocumentProxy, Promise<Uint8Array>>()
let nativeCanvas: {Image: new () => NativeImage} | null | undefined

/**
 * The @napi-rs/canvas that pdf.js itself loads (resolved from pdfjs-dist's
 * folder, so the same copy and major), for its native image decoder; null
 * when it cannot be loaded, and pages are then rendered by pdf.js.
 */
function canvasModule(): {Image: new () => NativeImage} | null {
  if (nativeCanvas === undefined) {
    try {
      const fromPdfjs = createRequire(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'))
      nativeCanvas = fromPdfjs('@napi-rs/canvas') as {Image: new () => NativeImage}
    } catch {
      nativeCanvas = null
    }
  }
  return nativeCanvas
}

/** The JPEG a page consists of (see page-image.ts), or null: pdf.js renders the page. */
export async function scannedPageJpeg(pdf: PDFDocumentProxy, page: PageLike): Promise<PageJpeg | null> {
  if (!page.ref) return null
  let bytes = documentBytes.get(pdf)
  if (!bytes) documentBytes.set(pdf, (bytes = pdf.getData()))
  try {
    // The reader indexes the file as one string: past a few hundred MB pdf.js renders instead.
    const data = await bytes
    return data.length <= maxIndexedBytes ? fullPageJpeg(data, page.ref, page.view, page.rotate) : null
  } catch {
    return null
  }
}

/**
 * A page that is one full-page JPEG (see page-image.ts), decoded natively at
 * its own resolution instead of by pdf.js in JavaScript and resampled to
 * 300 dpi: a quarter of the CPU time, and the scan's own pixels. Null for
 * any other page, or an image too small (under 150 dpi) or too large to use as is.
 */
async function scannedPage(pdf: PDFDocumentProxy, page: PageLike, widthPt: number, heightPt: number): Promise<RenderedPage | null> {
  const canvas = canvasModule()
  if (!canvas) return null
  const found = await scannedPageJpeg(pdf, page)
  if (!found) return null
  // The image's own resolution; square pixels, and a size the pixel cap allows.
  const dpi = (found.width * 72) / found.box.width
  if (Math.abs((found.height * 72) / found.box.height - dpi) > dpi * 0.01 || dpi < 150 || dpi > 1200) return null
  const width = Math.max(1, Math.round((widthPt * dpi) / 72))
  const height = Math.max(1, Math.round((heightPt * dpi) / 72))
  if (width * height > maxPixels) return null
  const image = new canvas.Image()
  try {
    image.src = found.jpeg
    // Decoding runs off the main thread; drawing before it settles draws nothing.
    await image.decode()
  } catch {
    return null
  }
  if (image.width !== found.width || image.height !== found.height) return null
  const factory = (pdf as unknown as {canvasFactory: CanvasFactoryLike}).canvasFactory
  const entry = factory.create(width, height)
  try {
    const context = entry.context as unknown as {fillStyle: string; fillRect(x: number, y: number, w: number, h: number): void; drawImage(image: unknown, x: number, y: number): void}
    const left = Math.round((found.box.x * dpi) / 72)
    const top = Math.round((found.box.y * dpi) / 72)
    // White paper where the image does not reach (a scan drawn over the whole page covers it all).
    if (left > 0 || top > 0 || left + image.width < width || top + image.height < height) {
      context.fillStyle = 'rgb(255,255,255)'
      context.fillRect(0, 0, width, height)
    }
    // Unscaled, at a whole-pixel offset: the scan's pixels as they are.
    context.drawImage(image, left, top)
    // @napi-rs/canvas's data(): the canvas's RGBA bytes without getImageData's second copy (~0.13 CPU s a page).
    const raw = (entry.canvas as {data?: () => Uint8Array}).data
    const rgba = typeof raw === 'function' ? raw.call(entry.canvas) : entry.context.getImageData(0, 0, width, height).data
    if (rgba.length !== width * height * 4) return null
    const grey = rgbaToPgm(rgba, width, height)
    return {image: grey, pixels: grey.subarray(grey.length - width * height), width, height, dpi, widthPt, heightPt}
  } finally {
    factory.destroy(entry)
  }
}

/** RGBA → 8-bit luma (ITU-R BT.601 weights) in a PGM container. */
export function rgbaToPgm(rgba: Uint8ClampedArray | Uint8Array, width: number, height: number): Buffer {
  const header = Buffer.from(`P5\n${width} ${height}\n255\n`, 'latin1')
  const n = width * height
  const out = Buffer.allocUnsafe(header.length + n)
  header.copy(out, 0)
  const grey = out.subarray(header.length)
  if (rgba.byteOffset % 4 === 0) {
    // A pixel a read (little-endian: R in the low byte): a fifth less time than four byte reads.
    const words = new Uint32Array(rgba.buffer, rgba.byteOffset, n)
    for (let i = 0; i < n; i++) {
      const p = words[i]!
      grey[i] = ((p & 0xff) * 77 + ((p >>> 8) & 0xff) * 150 + ((p >>> 16) & 0xff) * 29) >> 8
    }
  } else {
    for (let i = 0; i < n; i++) grey[i] = (rgba[i * 4]! * 77 + rgba[i * 4 + 1]! * 150 + rgba[i * 4 + 2]! * 29) >> 8
  }
  return out
}
