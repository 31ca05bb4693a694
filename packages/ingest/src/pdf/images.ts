import {type TransformOperatorCodes, walkOperators} from './matrix.ts'

/** pdfjs's operator codes this module reads (its `OPS` table), passed in so that it does not load pdfjs. */
export type ImageOperatorCodes = TransformOperatorCodes & Readonly<Record<'paintImageXObject' | 'paintInlineImageXObject' | 'paintImageMaskXObject', number>>

/**
 * The share of the page (0–1) covered by its largest painted image. A scan
 * is one image the size of the page; a scan with a small digital overlay (a
 * "SAO Y" copy stamp, a page number) still is, and must be OCR'd although its
 * text layer is not empty. An image is painted into the unit square under the
 * current transform, so its area is |det| of that transform.
 */
export function largestImageShare(operatorList: {fnArray: number[]; argsArray: unknown[]}, OPS: ImageOperatorCodes, viewportTransform: readonly number[], pageArea: number): number {
  const paints: ReadonlySet<number> = new Set([OPS.paintImageXObject, OPS.paintInlineImageXObject, OPS.paintImageMaskXObject])
  let largest = 0
  walkOperators(operatorList, OPS, viewportTransform, (fn, _args, ctm) => {
    if (paints.has(fn)) largest = Math.max(largest, Math.abs(ctm[0] * ctm[3] - ctm[1] * ctm[2]))
  })
  return pageArea > 0 ? Math.min(1, largest / pageArea) : 0
}
