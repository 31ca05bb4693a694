import type {PageInput, Rule, TextItem} from '../src/types.ts'

/** Synthetic positioned text for tests: Times-like advance of half the font size per character. */
export function item(text: string, x: number, baseline: number, options: {size?: number; bold?: boolean; confidence?: number} = {}): TextItem {
  const size = options.size ?? 12
  const out: TextItem = {text, x, y: baseline - 0.9 * size, width: text.length * size * 0.5, height: 1.1 * size, baseline, fontSize: size}
  if (options.bold) out.bold = true
  if (options.confidence !== undefined) out.confidence = options.confidence
  return out
}

/** A line of words as separate items (OCR-like), one space (0.25 em) apart. */
export function words(text: string, x: number, baseline: number, options: {size?: number; bold?: boolean; confidence?: number} = {}): TextItem[] {
  const size = options.size ?? 12
  const out: TextItem[] = []
  let at = x
  for (const word of text.split(' ')) {
    const it = item(word, at, baseline, options)
    out.push(it)
    at += it.width + 0.25 * size
  }
  return out
}

/** Body text lines at the left margin, 18 pt apart, starting at `top`. */
export function paragraph(lines: string[], top: number, options: {x?: number; indent?: number; bold?: boolean} = {}): TextItem[] {
  return lines.flatMap((text, k) => item(text, (options.x ?? 90) + (k === 0 ? options.indent ?? 0 : 0), top + 18 * k, options.bold ? {bold: true} : {}))
}

export function page(number: number, items: TextItem[], rules: Rule[] = []): PageInput {
  return {number, width: 595, height: 842, items, rules, source: 'text-layer'}
}

/** Ruling lines of a grid: vertical edges at `xs`, horizontal edges at `ys` (all full width). */
export function gridRules(xs: number[], ys: number[], options: {top?: number; bottom?: number} = {}): Rule[] {
  const top = options.top ?? ys[0]!
  const bottom = options.bottom ?? ys[ys.length - 1]!
  return [
    ...xs.map((x) => ({x1: x, y1: top, x2: x, y2: bottom})),
    ...ys.map((y) => ({x1: xs[0]!, y1: y, x2: xs[xs.length - 1]!, y2: y}))
  ]
}
