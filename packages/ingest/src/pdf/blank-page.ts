/** The pdfjs operators (its `OPS` names) that put marks on a page. */
const markingOperators = [
  'showText',
  'showSpacedText',
  'nextLineShowText',
  'nextLineSetSpacingShowText',
  'stroke',
  'closeStroke',
  'fill',
  'eoFill',
  'fillStroke',
  'eoFillStroke',
  'closeFillStroke',
  'closeEOFillStroke',
  'rawFillPath',
  'shadingFill',
  'paintImageMaskXObject',
  'paintImageMaskXObjectGroup',
  'paintImageXObject',
  'paintInlineImageXObject',
  'paintInlineImageXObjectGroup',
  'paintImageXObjectRepeat',
  'paintImageMaskXObjectRepeat',
  'paintSolidColorImageMask'
] as const

/** pdfjs's operator codes this module reads, passed in so that it does not load pdfjs. */
export type MarkingOperatorCodes = Readonly<Record<(typeof markingOperators)[number] | 'constructPath' | 'endPath', number>>

/**
 * Does a page's operator list draw nothing at all: no text, no image, no
 * painted path or shading? Such a page is blank without rendering it, and
 * OCR would only find nothing, slowly (a 2,000-page PDF of empty pages took
 * ~28 minutes of OCR). pdfjs 5 folds each path into `constructPath` with its
 * painting operator first; `endPath` paints nothing (a clip).
 */
export function drawsNothing(operatorList: {fnArray: number[]; argsArray: unknown[]}, OPS: MarkingOperatorCodes): boolean {
  const marking = new Set(markingOperators.map((name) => OPS[name]))
  const {fnArray, argsArray} = operatorList
  for (let i = 0; i < fnArray.length; i++) {
    const fn = fnArray[i]!
    if (marking.has(fn)) return false
    if (fn === OPS.constructPath) {
      const paint = (argsArray[i] as [number] | null)?.[0]
      if (paint !== OPS.endPath) return false
    }
  }
  return true
}

/**
 * Can the file draw an image XObject at all? Images are streams, and a
 * stream's dictionary is never inside a compressed object stream (nor
 * encrypted), so a file without `/Subtype /Image` in its bytes has none
 * (inline images, inside content streams, are small and rare). Asking pdf.js
 * for a scanned page's operator list decodes its image (~1.5 CPU s), so the
 * blank test above is only run on files without images.
 */
export function mayHoldImages(data: Uint8Array): boolean {
  return /\/Subtype\s*\/Image\b/.test(Buffer.from(data.buffer, data.byteOffset, data.byteLength).toString('latin1'))
}
