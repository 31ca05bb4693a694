import {makeLine, sizeOf, type Line} from './lines.ts'

/** An x-interval of a page: [from, to]. */
export interface Span {
  from: number
  to: number
}

/**
 * A gap wider than this many em between two items on a line may be a column
 * gutter. Word and LibreOffice pad each cell by ~0.1" on both sides, so text in
 * neighbouring cells is ≥ ~0.8 em apart at 13–14 pt; a word space is ~0.25 em.
 * Gaps between this and a real gutter (a wide justified space) only cut a cell
 * into pieces that the columns put back together.
 */
const pieceGap = 0.4

/** A line cut where its items leave a gap that may be a gutter: the pieces of a table row's line. */
export function fragmentsOf(line: Line): Line[] {
  return splitAtGaps(line, pieceGap)
}

/** A line cut wherever its items leave a gap wider than `gapEm` of the font size (the line itself when none does). */
export function splitAtGaps(line: Line, gapEm: number): Line[] {
  const out: Line[] = []
  const items = line.items
  let start = 0
  for (let i = 1; i <= items.length; i++) {
    if (i < items.length) {
      const prev = items[i - 1]!
      if (items[i]!.x - (prev.x + prev.width) <= gapEm * sizeOf(prev)) continue
    }
    out.push(i - start === items.length ? line : makeLine(items.slice(start, i)))
    start = i
  }
  return out
}

/** Where a line has no text: the complement of its pieces, from -∞ to +∞. */
export function freeOf(fragments: readonly Line[]): Span[] {
  const out: Span[] = []
  let from = -Infinity
  for (const f of fragments) {
    if (f.x > from) out.push({from, to: f.x})
    from = Math.max(from, f.right)
  }
  out.push({from, to: Infinity})
  return out
}

/** Intersection of two sorted lists of disjoint spans (a merge, linear). */
export function intersect(a: readonly Span[], b: readonly Span[]): Span[] {
  const out: Span[] = []
  let i = 0
  let j = 0
  while (i < a.length && j < b.length) {
    const from = Math.max(a[i]!.from, b[j]!.from)
    const to = Math.min(a[i]!.to, b[j]!.to)
    if (to > from) out.push({from, to})
    if (a[i]!.to < b[j]!.to) i++
    else j++
  }
  return out
}

/**
 * The gutters of a free space: its spans that lie between text (not the
 * margins) and are at least `minWidth` wide.
 */
export function guttersOf(free: readonly Span[], minWidth: number): Span[] {
  return free.filter((s) => Number.isFinite(s.from) && Number.isFinite(s.to) && s.to - s.from >= minWidth)
}

/** Every gutter of `before` still has a gutter of `after` inside it: the new line crossed none. */
export function keepsGutters(before: readonly Span[], after: readonly Span[]): boolean {
  return before.every((g) => after.some((h) => h.from < g.to && h.to > g.from))
}

/** Gaps of a justified line differ by less than this (points): every space of the line is stretched alike. */
const justifiedTolerance = 0.3

/**
 * The pieces of a line that follow a justified line's word space rather than a
 * gutter: a line set word by word (one pdf.js item a word) spaces its words
 * alike, so a gap between single words next to another such gap of the same
 * width (± 0.3 pt) is a word space, however wide.
 */
export function afterWordSpace(pieces: readonly Line[]): boolean[] {
  const single = pieces.map((p) => !/\s/.test(p.text))
  const gap = (k: number): number => (k >= 1 && k < pieces.length && single[k - 1] && single[k] ? pieces[k]!.x - pieces[k - 1]!.right : NaN)
  return pieces.map((_, k) => {
    const g = gap(k)
    return !Number.isNaN(g) && (Math.abs(g - gap(k - 1)) <= justifiedTolerance || Math.abs(g - gap(k + 1)) <= justifiedTolerance)
  })
}

