/**
 * Just enough of the PNG, JPEG and TIFF containers to know what a file is,
 * its pixel size and resolution, and to hand tesseract each page of a
 * multi-page TIFF. Decoding stays in tesseract (Leptonica) in the worker.
 */

export type ImageFormat = 'png' | 'jpeg' | 'tiff'

/** One page of an image file, as bytes tesseract can read. */
export interface ImagePage {
  /** The bytes, made when asked: a TIFF page is a copy of the file, made one page at a time. */
  bytes: () => Buffer
  width: number
  height: number
  /** Resolution the file states (dots per inch), when it states a plausible one. */
  dpi: number | null
}

/** Long side of an A4 page in inches: how a resolution is guessed for a photo or a scan that states none. */
const a4LongSideInches = 11.69
/** Resolutions outside this range are not a scan's (a camera's 72 dpi, a missing unit). */
const plausibleDpi = {min: 100, max: 1200}
/** A TIFF with more pages than this is not a notice; the rest are ignored. */
const maxTiffPages = 500

export function imageFormat(bytes: Uint8Array): ImageFormat | null {
  if (bytes.length >= 8 && bytes[0] === 0x89 && bytes[1] === 0x50 && bytes[2] === 0x4e && bytes[3] === 0x47) return 'png'
  if (bytes.length >= 3 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'jpeg'
  if (bytes.length >= 8 && ((bytes[0] === 0x49 && bytes[1] === 0x49 && bytes[2] === 42 && bytes[3] === 0) || (bytes[0] === 0x4d && bytes[1] === 0x4d && bytes[2] === 0 && bytes[3] === 42))) return 'tiff'
  return null
}

/** The pages of an image file; null when the header cannot be read. */
export function imagePages(bytes: Buffer, format: ImageFormat): ImagePage[] | null {
  switch (format) {
    case 'png':
      return wrap(bytes, pngInfo(bytes))
    case 'jpeg':
      return wrap(bytes, jpegInfo(bytes))
    case 'tiff':
      return tiffPages(bytes)
  }
}

/** The resolution to scale an image's pixels to points by: the stated one, else A4-sized. */
export function effectiveDpi(page: Pick<ImagePage, 'width' | 'height' | 'dpi'>): number {
  if (page.dpi !== null) return page.dpi
  const guess = Math.max(page.width, page.height) / a4LongSideInches
  // tesseract refuses resolutions under 70: a thumbnail is treated as a 72-dpi page.
  return Math.min(plausibleDpi.max, Math.max(72, guess))
}

function wrap(image: Buffer, info: Omit<ImagePage, 'bytes'> | null): ImagePage[] | null {
  return info && info.width > 0 && info.height > 0 ? [{bytes: () => image, ...info}] : null
}

function plausible(dpi: number): number | null {
  return Number.isFinite(dpi) && dpi >= plausibleDpi.min && dpi <= plausibleDpi.max ? Math.round(dpi) : null
}

function pngInfo(b: Buffer): Omit<ImagePage, 'bytes'> | null {
  if (b.length < 24 || b.toString('latin1', 12, 16) !== 'IHDR') return null
  const width = b.readUInt32BE(16)
  const height = b.readUInt32BE(20)
  let dpi: number | null = null
  // Walk the chunks up to the image data for pHYs (pixels per metre when its unit byte is 1).
  for (let at = 8; at + 12 <= b.length; ) {
    const length = b.readUInt32BE(at)
    const type = b.toString('latin1', at + 4, at + 8)
    if (type === 'IDAT' || type === 'IEND') break
    if (type === 'pHYs' && length >= 9 && at + 17 <= b.length && b[at + 16] === 1) dpi = plausible(b.readUInt32BE(at + 8) * 0.0254)
    at += 12 + length
  }
  return {width, height, dpi}
}

function jpegInfo(b: Buffer): Omit<ImagePage, 'bytes'> | null {
  let dpi: number | null = null
  for (let at = 2; at + 4 <= b.length; ) {
    if (b[at] !== 0xff) return null
    const marker = b[at + 1]!
    if (marker === 0xff) {
      at++
      continue
    }
    const length = b.readUInt16BE(at + 2)
    // JFIF APP0: density unit 1 = dots per inch, 2 = dots per cm.
    if (marker === 0xe0 && at + 18 <= b.length && b.toString('latin1', at + 4, at + 9) === 'JFIF\0') {
      const unit = b[at + 11]
      const x = b.readUInt16BE(at + 12)
      if (unit === 1) dpi = plausible(x)
      else if (unit === 2) dpi = plausible(x * 2.54)
    }
    // Start-of-frame markers (not DHT C4, JPG C8, DAC CC) carry the size.
    if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) {
      if (at + 9 > b.length) return null
      return {height: b.readUInt16BE(at + 5), width: b.readUInt16BE(at + 7), dpi}
    }
    at += 2 + length
  }
  return null
}

/**
 * Each page of a (classic, not Big) TIFF as its own file: a copy whose header
 * points at that page's directory. Leptonica reads the first directory, so
 * this gives it every page without re-encoding anything.
 */
function tiffPages(b: Buffer): ImagePage[] | null {
  const little = b[0] === 0x49
  const u16 = (at: number): number => (little ? b.readUInt16LE(at) : b.readUInt16BE(at))
  const u32 = (at: number): number => (little ? b.readUInt32LE(at) : b.readUInt32BE(at))
  const pages: ImagePage[] = []
  const seen = new Set<number>()
  for (let ifd = u32(4); ifd !== 0 && !seen.has(ifd) && pages.length < maxTiffPages; ) {
    seen.add(ifd)
    if (ifd + 2 > b.length) break
    const count = u16(ifd)
    if (ifd + 2 + count * 12 + 4 > b.length) break
    let width = 0
    let height = 0
    let xResolution = Number.NaN
    let unit = 2 // TIFF default: inch
    for (let i = 0; i < count; i++) {
      const entry = ifd + 2 + i * 12
      const tag = u16(entry)
      const type = u16(entry + 2)
      const value = type === 3 ? u16(entry + 8) : u32(entry + 8)
      if (tag === 256) width = value
      else if (tag === 257) height = value
      else if (tag === 296) unit = value
      else if (tag === 282 && type === 5) {
        const at = u32(entry + 8)
        if (at + 8 <= b.length && u32(at + 4) !== 0) xResolution = u32(at) / u32(at + 4)
      }
    }
    const first = pages.length === 0
    const directory = ifd
    const bytes = (): Buffer => {
      if (first) return b
      const copy = Buffer.from(b)
      if (little) copy.writeUInt32LE(directory, 4)
      else copy.writeUInt32BE(directory, 4)
      return copy
    }
    const dpi = unit === 2 ? plausible(xResolution) : unit === 3 ? plausible(xResolution * 2.54) : null
    if (width > 0 && height > 0) pages.push({bytes, width, height, dpi})
    ifd = u32(ifd + 2 + count * 12)
  }
  return pages.length > 0 ? pages : null
}
