import type {TextItem} from './types.ts'

/** One visual line: items sharing a baseline, left to right. */
export interface Line {
  text: string
  x: number
  right: number
  top: number
  bottom: number
  baseline: number
  /** Median font size of the line's items. */
  size: number
  /** Every non-blank item is bold. */
  bold: boolean
  /** Some but not all items are bold. */
  partlyBold: boolean
  /** Mean OCR confidence of the items that carry one. */
  confidence?: number
  items: TextItem[]
}

export const baselineOf = (item: TextItem): number => item.baseline ?? item.y + 0.8 * item.height
export const sizeOf = (item: TextItem): number => item.fontSize ?? item.height

/**
 * A gap wider than this share of the font size is a word space. A space in
 * Times is ~0.25 em; parts of one word split across items (a font change
 * mid-word, kerning) sit closer than ~0.1 em.
 */
const spaceGap = 0.15

/**
 * Items → lines, top to bottom. Items whose baselines lie within 0.4 of the
 * font size of the line's first item share a line (loose enough for OCR boxes,
 * tight enough to keep consecutive lines, whose pitch is ≥ 1 em, apart).
 * When `splitGap` is given, a horizontal gap wider than `splitGap` em ends the
 * line, so cells side by side stay apart.
 */
export function buildLines(items: readonly TextItem[], splitGap = Infinity): Line[] {
  const sorted = items.filter((item) => item.text.trim() !== '').sort((a, b) => baselineOf(a) - baselineOf(b) || a.x - b.x)
  const groups: TextItem[][] = []
  let current: TextItem[] = []
  let reference = 0
  let tolerance = 0
  for (const item of sorted) {
    const b = baselineOf(item)
    if (current.length > 0 && b - reference <= tolerance) {
      current.push(item)
      continue
    }
    if (current.length > 0) groups.push(current)
    current = [item]
    reference = b
    tolerance = 0.4 * Math.max(sizeOf(item), 1)
  }
  if (current.length > 0) groups.push(current)
  const lines: Line[] = []
  for (const group of joinHangingLabels(groups)) {
    group.sort((a, b) => a.x - b.x)
    let start = 0
    for (let i = 1; i <= group.length; i++) {
      if (i < group.length) {
        const prev = group[i - 1]!
        const gap = group[i]!.x - (prev.x + prev.width)
        if (gap <= splitGap * sizeOf(prev)) continue
      }
      lines.push(makeLine(group.slice(start, i)))
      start = i
    }
  }
  // Sorting by baseline keeps split segments of one line in left-to-right order.
  return lines.sort((a, b) => a.baseline - b.baseline || a.x - b.x)
}

interface Extent {
  top: number
  bottom: number
  left: number
  right: number
}

/** One pass, no spread arrays: it runs for every line of every page. */
function extentOf(group: readonly TextItem[]): Extent {
  const extent = {top: Infinity, bottom: -Infinity, left: Infinity, right: -Infinity}
  for (const item of group) {
    if (item.y < extent.top) extent.top = item.y
    if (item.y + item.height > extent.bottom) extent.bottom = item.y + item.height
    if (item.x < extent.left) extent.left = item.x
    if (item.x + item.width > extent.right) extent.right = item.x + item.width
  }
  return extent
}

/**
 * A label printed in a hanging indent (`a)`, `1.`, `-`, `(2)` left of its text) that
 * a baseline estimate put on a line of its own. OCR boxes carry no baseline: the
 * estimate comes from each box's height, and a Vietnamese line's box reaches up to
 * its stacked marks and down to its descenders while `a)` does neither, so the two
 * baselines can differ by more than the tolerance. A group lying wholly left of a
 * neighbouring one, within its height band (≥ 60 % of the label's own height inside
 * it), sits on the same visual line: it joins it. Consecutive lines of text never
 * qualify: they overlap horizontally.
 */
function joinHangingLabels(groups: TextItem[][]): TextItem[][] {
  const out: TextItem[][] = []
  const extents = groups.map(extentOf)
  const used = new Set<number>()
  for (let i = 0; i < groups.length; i++) {
    if (used.has(i)) continue
    const label = extents[i]!
    const height = label.bottom - label.top
    const host = [i + 1, i - 1].find((j) => {
      const other = extents[j]
      if (other === undefined || used.has(j)) return false
      const overlap = Math.min(label.bottom, other.bottom) - Math.max(label.top, other.top)
      return label.right <= other.left + 0.5 && height > 0 && overlap >= 0.6 * height && height <= other.bottom - other.top
    })
    if (host === undefined) {
      out.push(groups[i]!)
      continue
    }
    used.add(host)
    used.add(i)
    const joined = [...groups[i]!, ...groups[host]!]
    // The host was already emitted (it came first in baseline order): replace it in place.
    if (host < i) out[out.lastIndexOf(groups[host]!)] = joined
    else out.push(joined)
  }
  return out
}

/** Joins the items of one line, adding a space only where the gap is a word space. */
export function makeLine(items: TextItem[]): Line {
  let text = ''
  let top = Infinity
  let bottom = -Infinity
  let baseline = 0
  let right = -Infinity
  let boldCount = 0
  let confidenceSum = 0
  let confidenceCount = 0
  const sizes: number[] = []
  let prev: TextItem | undefined
  for (const item of items) {
    const piece = item.text
    if (prev !== undefined) {
      const gap = item.x - (prev.x + prev.width)
      const hasSpace = text.endsWith(' ') || piece.startsWith(' ')
      if (!hasSpace && gap > spaceGap * Math.min(sizeOf(prev), sizeOf(item))) text += ' '
    }
    text += piece
    if (item.y < top) top = item.y
    if (item.y + item.height > bottom) bottom = item.y + item.height
    if (item.x + item.width > right) right = item.x + item.width
    baseline += baselineOf(item)
    if (item.bold) boldCount++
    if (item.confidence !== undefined) {
      confidenceSum += item.confidence
      confidenceCount++
    }
    sizes.push(sizeOf(item))
    prev = item
  }
  sizes.sort((a, b) => a - b)
  const line: Line = {
    text: text.replace(/\s+/g, ' ').trim(),
    x: items[0]!.x,
    right,
    top,
    bottom,
    baseline: baseline / items.length,
    size: sizes[sizes.length >> 1]!,
    bold: boldCount === items.length,
    partlyBold: boldCount > 0 && boldCount < items.length,
    items
  }
  if (confidenceCount > 0) line.confidence = confidenceSum / confidenceCount
  return line
}
