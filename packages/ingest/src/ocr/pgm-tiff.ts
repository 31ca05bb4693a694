/**
 * A binary 8-bit PGM (what `renderPageGrey` makes) rewrapped as an uncompressed
 * greyscale TIFF, for the native engine. The pixels are not copied: the TIFF is
 * a small header followed by the PGM's own pixel bytes, written one after the other.
 *
 * Why: Leptonica reads a PGM one byte at a time through stdio (`fread` a pixel),
 * and the tesseract CLI reads standard input one character at a time; together
 * about a tenth of the CPU a page costs. libtiff reads an uncompressed strip in one go.
 * The text is the same: tesseract sees the same grey pixels either way.
 */

/** The parts of the TIFF file, in order: header and directory, then the pixels. Null for anything but a binary 8-bit PGM. */
export function pgmAsTiff(pgm: Uint8Array): [Buffer, Uint8Array] | null {
  const header = pgmHeader(pgm)
  if (!header) return null
  const {width, height, offset} = header
  const pixels = pgm.subarray(offset, offset + width * height)
  if (pixels.length !== width * height) return null
  return [tiffHeader(width, height), pixels]
}

/** Width, height and where the pixels start, of a binary PGM with a maximum value of 255. */
function pgmHeader(pgm: Uint8Array): {width: number; height: number; offset: number} | null {
  if (pgm[0] !== 0x50 || pgm[1] !== 0x35) return null // "P5"
  const numbers: number[] = []
  let at = 2
  while (numbers.length < 3) {
    // Whitespace and comments (`#` to the end of the line) separate the three numbers.
    while (at < pgm.length && (isSpace(pgm[at]!) || pgm[at] === 0x23)) {
      if (pgm[at] === 0x23) while (at < pgm.length && pgm[at] !== 0x0a) at++
      else at++
    }
    let value = 0
    let digits = 0
    while (at < pgm.length && pgm[at]! >= 0x30 && pgm[at]! <= 0x39 && digits < 9) value = value * 10 + pgm[at++]! - 0x30, digits++
    if (digits === 0) return null
    numbers.push(value)
  }
  // Exactly one whitespace byte between the maximum value and the pixels.
  if (at >= pgm.length || !isSpace(pgm[at]!)) return null
  const [width, height, maxval] = numbers as [number, number, number]
  if (width < 1 || height < 1 || maxval !== 255) return null
  return {width, height, offset: at + 1}
}

function isSpace(byte: number): boolean {
  return byte === 0x20 || byte === 0x0a || byte === 0x0d || byte === 0x09
}

/**
 * A little-endian baseline TIFF header with one image directory: greyscale (0 is black),
 * 8 bits, uncompressed, one strip holding every row, starting right after the header.
 * No resolution: the caller gives tesseract the dpi, as it does for a PGM, which has none.
 */
function tiffHeader(width: number, height: number): Buffer {
  // [tag, type (3 SHORT, 4 LONG), value]
  const entries: [number, number, number][] = [
    [256, 4, width], // ImageWidth
    [257, 4, height], // ImageLength
    [258, 3, 8], // BitsPerSample
    [259, 3, 1], // Compression: none
    [262, 3, 1], // PhotometricInterpretation: BlackIsZero
    [273, 4, 0], // StripOffsets: filled in below
    [277, 3, 1], // SamplesPerPixel
    [278, 4, height], // RowsPerStrip
    [279, 4, width * height] // StripByteCounts
  ]
  const size = 8 + 2 + entries.length * 12 + 4
  entries[5]![2] = size
  const out = Buffer.alloc(size)
  out.write('II', 0, 'latin1')
  out.writeUInt16LE(42, 2)
  out.writeUInt32LE(8, 4) // the directory follows the 8-byte header
  out.writeUInt16LE(entries.length, 8)
  entries.forEach(([tag, type, value], i) => {
    const at = 10 + i * 12
    out.writeUInt16LE(tag, at)
    out.writeUInt16LE(type, at + 2)
    out.writeUInt32LE(1, at + 4) // one value, stored in the entry itself
    if (type === 3) out.writeUInt16LE(value, at + 8)
    else out.writeUInt32LE(value, at + 8)
  })
  out.writeUInt32LE(0, size - 4) // no next directory
  return out
}
