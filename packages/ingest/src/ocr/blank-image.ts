/** A grey level at or below this is ink (on white paper, 255). */
const inkLevel = 128
/** Share of ink pixels below which a rendered page is blank: 1 in 10,000 (~870 pixels of an A4 page at 300 dpi, less than a short word). */
const maxInkShare = 1e-4

/**
 * Is a rendered page (8-bit grey, row by row) blank: next to no dark pixels?
 * Such a page (white shapes on white, an empty scan) is not sent to OCR,
 * which would spend about a second to find nothing.
 */
export function isBlankImage(pixels: Uint8Array): boolean {
  const allowed = Math.floor(pixels.length * maxInkShare)
  let ink = 0
  for (let i = 0; i < pixels.length; i++) {
    if (pixels[i]! <= inkLevel && ++ink > allowed) return false
  }
  return true
}
