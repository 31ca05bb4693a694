import type {Rule} from '@vanban/layout'
import {type Matrix, type TransformOperatorCodes, walkOperators} from './matrix.ts'

/** pdfjs path commands inside a constructPath buffer (pdfjs 5 `DrawOPS`). */
const MOVE_TO = 0
const LINE_TO = 1
const CURVE_TO = 2
const QUADRATIC_CURVE_TO = 3
const CLOSE_PATH = 4

/** A filled box thinner than this (points) is a drawn line: Word draws table borders so. */
const thin = 3

/** pdfjs's operator codes (its `OPS` table), passed in so that this module does not load pdfjs. */
export type OperatorCodes = TransformOperatorCodes & Readonly<Record<'constructPath' | 'stroke' | 'closeStroke' | 'fillStroke' | 'eoFillStroke' | 'closeFillStroke' | 'closeEOFillStroke' | 'fill' | 'eoFill', number>>

/**
 * Ruling lines of a page from its pdfjs operator list, in viewport
 * coordinates (points, y down). pdfjs 5 folds every path into
 * `constructPath` ops: `[paintOp, [Float32Array of DrawOPS commands], minMax]`,
 * in the user space of the current transform, which we track through
 * save/restore/transform. Stroked axis-aligned segments and thin filled boxes
 * count; curves, clips and big fills (backgrounds) do not.
 */
export function extractRules(operatorList: {fnArray: number[]; argsArray: unknown[]}, OPS: OperatorCodes, viewportTransform: readonly number[], pageArea: number): Rule[] {
  const strokeOps: ReadonlySet<number> = new Set([OPS.stroke, OPS.closeStroke, OPS.fillStroke, OPS.eoFillStroke, OPS.closeFillStroke, OPS.closeEOFillStroke])
  const fillOps: ReadonlySet<number> = new Set([OPS.fill, OPS.eoFill])
  const rules: Rule[] = []
  walkOperators(operatorList, OPS, viewportTransform, (fn, args, ctm) => {
    if (fn !== OPS.constructPath) return
    const [paint, buffers] = args as [number, (Float32Array | number[] | null)[]]
    const stroke = strokeOps.has(paint)
    if (!stroke && !fillOps.has(paint)) return
    const buffer = buffers?.[0]
    if (buffer) addPath(buffer, ctm, stroke, pageArea, rules)
  })
  return rules
}

function addPath(buffer: ArrayLike<number>, m: Matrix, stroke: boolean, pageArea: number, out: Rule[]): void {
  const points: number[] = []
  const flushSubpath = (): void => {
    if (points.length >= 4) addSubpath(points, stroke, pageArea, out)
    points.length = 0
  }
  for (let k = 0; k < buffer.length; ) {
    const op = buffer[k++]
    if (op === MOVE_TO) {
      flushSubpath()
      const x = buffer[k++]!
      const y = buffer[k++]!
      points.push(m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5])
    } else if (op === LINE_TO) {
      const x = buffer[k++]!
      const y = buffer[k++]!
      points.push(m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5])
    } else if (op === CURVE_TO) {
      // Curves are not table borders; drop the subpath.
      k += 6
      points.length = 0
    } else if (op === QUADRATIC_CURVE_TO) {
      k += 4
      points.length = 0
    } else if (op === CLOSE_PATH) {
      if (points.length >= 2) points.push(points[0]!, points[1]!)
      flushSubpath()
    } else break
  }
  flushSubpath()
}

function addSubpath(p: number[], stroke: boolean, pageArea: number, out: Rule[]): void {
  let minX = Infinity
  let minY = Infinity
  let maxX = -Infinity
  let maxY = -Infinity
  for (let k = 0; k < p.length; k += 2) {
    minX = Math.min(minX, p[k]!)
    maxX = Math.max(maxX, p[k]!)
    minY = Math.min(minY, p[k + 1]!)
    maxY = Math.max(maxY, p[k + 1]!)
  }
  const w = maxX - minX
  const h = maxY - minY
  if (w <= thin || h <= thin) {
    // A thin box or a single segment: one rule along its long side.
    if (w <= thin && h <= thin) return
    if (w > h) out.push({x1: minX, y1: (minY + maxY) / 2, x2: maxX, y2: (minY + maxY) / 2})
    else out.push({x1: (minX + maxX) / 2, y1: minY, x2: (minX + maxX) / 2, y2: maxY})
    return
  }
  if (stroke) {
    // Stroked polyline: its axis-aligned edges.
    for (let k = 2; k < p.length; k += 2) {
      const x1 = p[k - 2]!
      const y1 = p[k - 1]!
      const x2 = p[k]!
      const y2 = p[k + 1]!
      if (Math.abs(x1 - x2) < 0.5 || Math.abs(y1 - y2) < 0.5) out.push({x1, y1, x2, y2})
    }
    return
  }
  // A filled box (cell shading): its edges are cell borders, unless it is a page background.
  if (w * h > pageArea * 0.5) return
  out.push({x1: minX, y1: minY, x2: maxX, y2: minY}, {x1: minX, y1: maxY, x2: maxX, y2: maxY})
  out.push({x1: minX, y1: minY, x2: minX, y2: maxY}, {x1: maxX, y1: minY, x2: maxX, y2: maxY})
}
