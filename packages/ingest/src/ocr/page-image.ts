import {inflateSync} from 'node:zlib'
import {imagePages} from './image-files.ts'

/**
 * A scanned PDF page is usually one JPEG drawn over the whole page (what
 * scanners, img2pdf and most "print to PDF" drivers write). pdf.js would
 * decode that JPEG in JavaScript (about a CPU second a page at 300 dpi) and
 * then resample it onto a canvas; its API never hands back the encoded bytes.
 * This reads just enough of the PDF to find such a page's JPEG stream, so it
 * can be decoded natively at its own resolution. Anything unusual (a page
 * drawing more than one thing, a rotated page, an image with a mask, a decode
 * array or a colour space other than RGB or grey, objects inside compressed
 * object streams) returns null and the page is rendered by pdf.js as before.
 */
export interface PageJpeg {
  jpeg: Buffer
  /** Pixels. */
  width: number
  height: number
  /** Where the image is drawn, in PDF points from the page's top-left corner (y down). */
  box: {x: number; y: number; width: number; height: number}
}

/** Byte offsets of the objects of one PDF file (the last definition wins, as after an incremental update). */
interface ObjectIndex {
  data: Buffer
  text: string
  offsets: Map<string, number>
}

const indexes = new WeakMap<Uint8Array, ObjectIndex>()

function indexOf(data: Uint8Array): ObjectIndex {
  let index = indexes.get(data)
  if (!index) {
    const buffer = Buffer.from(data.buffer, data.byteOffset, data.byteLength)
    // latin1 keeps one character per byte, so string offsets are byte offsets.
    const text = buffer.toString('latin1')
    const offsets = new Map<string, number>()
    for (const match of text.matchAll(/(?:^|[\r\n\s])(\d+)\s+(\d+)\s+obj\b/g)) offsets.set(`${match[1]} ${match[2]}`, match.index + match[0].length)
    index = {data: buffer, text, offsets}
    indexes.set(data, index)
  }
  return index
}

/** The dictionary text of an object (up to `stream` or `endobj`), and where its stream data starts. */
function objectAt(index: ObjectIndex, ref: string): {dict: string; streamStart: number | null} | null {
  const at = index.offsets.get(ref)
  if (at === undefined) return null
  const end = index.text.indexOf('endobj', at)
  const stream = index.text.indexOf('stream', at)
  if (stream >= 0 && (end < 0 || stream < end)) {
    // The keyword is followed by CRLF or LF, then the data.
    let start = stream + 'stream'.length
    if (index.text[start] === '\r') start++
    if (index.text[start] === '\n') start++
    return {dict: index.text.slice(at, stream), streamStart: start}
  }
  return end < 0 ? null : {dict: index.text.slice(at, end), streamStart: null}
}

const refPattern = (key: string) => new RegExp(`/${key}\\s+(\\d+\\s+\\d+)\\s+R`)

function numberValue(index: ObjectIndex, dict: string, key: string): number | null {
  const direct = new RegExp(`/${key}\\s+(\\d+)(?!\\s+\\d+\\s+R)`).exec(dict)
  if (direct) return Number(direct[1])
  const ref = refPattern(key).exec(dict)
  if (!ref) return null
  const target = objectAt(index, ref[1]!)
  const value = target && /^\s*(\d+)\s*$/.exec(target.dict)
  return value ? Number(value[1]) : null
}

function streamBytes(index: ObjectIndex, ref: string): {dict: string; bytes: Buffer} | null {
  const object = objectAt(index, ref)
  if (!object || object.streamStart === null) return null
  const length = numberValue(index, object.dict, 'Length')
  if (length === null || object.streamStart + length > index.data.length) return null
  return {dict: object.dict, bytes: index.data.subarray(object.streamStart, object.streamStart + length)}
}

/** The inside of the `<< … >>` that follows `/key` (nested dictionaries kept), or of the object it refers to. */
function subDictionary(index: ObjectIndex, dict: string, key: string): string | null {
  const ref = refPattern(key).exec(dict)
  if (ref) return objectAt(index, ref[1]!)?.dict ?? null
  const at = dict.search(new RegExp(`/${key}\\s*<<`))
  if (at < 0) return null
  let depth = 0
  for (let i = dict.indexOf('<<', at); i < dict.length - 1; i++) {
    if (dict[i] === '<' && dict[i + 1] === '<') {
      depth++
      i++
    } else if (dict[i] === '>' && dict[i + 1] === '>') {
      depth--
      i++
      if (depth === 0) return dict.slice(dict.indexOf('<<', at), i + 1)
    }
  }
  return null
}

/**
 * The JPEG that page `pageRef` consists of, and where it is drawn, when the
 * page is unrotated and draws exactly one image, upright and unflipped; else null.
 */
export function fullPageJpeg(data: Uint8Array, pageRef: {num: number; gen: number}, view: readonly number[], rotate: number): PageJpeg | null {
  if (rotate % 360 !== 0) return null
  const index = indexOf(data)
  const page = objectAt(index, `${pageRef.num} ${pageRef.gen}`)
  if (!page || !/\/Type\s*\/Page\b/.test(page.dict)) return null
  const contents = /\/Contents\s+(?:\[\s*)?(\d+\s+\d+)\s+R\s*(\]|\/|>>)/.exec(page.dict)
  if (!contents) return null
  const resources = subDictionary(index, page.dict, 'Resources')
  const xobjects = resources && subDictionary(index, resources, 'XObject')
  if (!xobjects) return null
  const entries = [...xobjects.matchAll(/\/([^\s/<>[\]()]+)\s+(\d+\s+\d+)\s+R/g)]
  if (entries.length !== 1) return null
  const content = streamBytes(index, contents[1]!)
  if (!content) return null
  let program: string
  try {
    const filter = /\/Filter\s*\[?\s*\/(\w+)\s*\]?/.exec(content.dict)?.[1]
    if (filter !== undefined && filter !== 'FlateDecode') return null
    program = (filter ? inflateSync(content.bytes) : content.bytes).toString('latin1')
  } catch {
    return null
  }
  // The whole program: save, scale the unit square to the page, draw the image, restore.
  const draw = /^\s*q\s+([\d.]+)\s+0\s+0\s+([\d.]+)\s+([-\d.]+)\s+([-\d.]+)\s+cm\s+\/(\S+)\s+Do\s+Q\s*$/.exec(program)
  if (!draw || draw[5] !== entries[0]![1]) return null
  const [x0, , , y1] = view as [number, number, number, number]
  const [a, d, e, f] = [Number(draw[1]), Number(draw[2]), Number(draw[3]), Number(draw[4])]
  if (!(a > 0 && d > 0)) return null
  // PDF space has y up and the image's first row at the top of its box.
  const box = {x: e - x0, y: y1 - (f + d), width: a, height: d}
  const image = streamBytes(index, entries[0]![2]!)
  if (!image) return null
  const dict = image.dict
  if (!/\/Subtype\s*\/Image\b/.test(dict) || !/\/Filter\s*\[?\s*\/DCTDecode\s*\]?/.test(dict) || !/\/ColorSpace\s*\/Device(RGB|Gray)\b/.test(dict)) return null
  if (/\/(Decode|DecodeParms|SMask|Mask|ImageMask)\b/.test(dict) || numberValue(index, dict, 'BitsPerComponent') !== 8) return null
  const width = numberValue(index, dict, 'Width')
  const height = numberValue(index, dict, 'Height')
  if (image.bytes[0] !== 0xff || image.bytes[1] !== 0xd8) return null
  const info = imagePages(image.bytes, 'jpeg')?.[0]
  if (!info || info.width !== width || info.height !== height) return null
  return {jpeg: image.bytes, width: info.width, height: info.height, box}
}
