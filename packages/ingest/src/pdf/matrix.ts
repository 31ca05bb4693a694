/** A PDF transformation matrix `[a, b, c, d, e, f]`. */
export type Matrix = [number, number, number, number, number, number]

/** `m × n`: the transform `n` applied inside the current transform `m` (PDF `cm` semantics). */
export const multiply = (m: Matrix, n: readonly number[]): Matrix => [
  m[0] * n[0]! + m[2] * n[1]!,
  m[1] * n[0]! + m[3] * n[1]!,
  m[0] * n[2]! + m[2] * n[3]!,
  m[1] * n[2]! + m[3] * n[3]!,
  m[0] * n[4]! + m[2] * n[5]! + m[4],
  m[1] * n[4]! + m[3] * n[5]! + m[5]
]

/** The operator codes the current-transform walk reads (pdfjs's `OPS` table, passed in so this module does not load pdfjs). */
export type TransformOperatorCodes = Readonly<Record<'save' | 'restore' | 'transform' | 'paintFormXObjectBegin' | 'paintFormXObjectEnd', number>>

/**
 * Walks a pdfjs operator list keeping the current transform (through
 * save/restore, `cm` and form XObjects), and hands every other operator to
 * `visit` with the transform in force, in viewport coordinates.
 */
export function walkOperators(
  operatorList: {fnArray: number[]; argsArray: unknown[]},
  OPS: TransformOperatorCodes,
  viewportTransform: readonly number[],
  visit: (fn: number, args: unknown, ctm: Matrix) => void
): void {
  const stack: Matrix[] = []
  let ctm = viewportTransform.slice(0, 6) as Matrix
  const {fnArray, argsArray} = operatorList
  for (let i = 0; i < fnArray.length; i++) {
    const fn = fnArray[i]!
    if (fn === OPS.save) stack.push(ctm)
    else if (fn === OPS.restore) ctm = stack.pop() ?? ctm
    else if (fn === OPS.transform) ctm = multiply(ctm, argsArray[i] as number[])
    else if (fn === OPS.paintFormXObjectBegin) {
      stack.push(ctm)
      const matrix = (argsArray[i] as [number[] | null])[0]
      if (matrix) ctm = multiply(ctm, matrix)
    } else if (fn === OPS.paintFormXObjectEnd) ctm = stack.pop() ?? ctm
    else visit(fn, argsArray[i], ctm)
  }
}
