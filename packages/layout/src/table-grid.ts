import type {Rule, TextItem} from './types.ts'
import {baselineOf, sizeOf} from './lines.ts'

/** A horizontal band of a ruled table and the vertical rules that cross it. */
export interface GridBand {
  top: number
  bottom: number
  /** x of the vertical rules crossing the band, sorted: cell edges in this band. */
  cuts: number[]
}

/** A table rebuilt from ruling lines. */
export interface Grid {
  left: number
  right: number
  top: number
  bottom: number
  /** Every column edge of the table, sorted; columns are the gaps between them. */
  columns: number[]
  bands: GridBand[]
  /** False when no rule closes the table's top: the page starts mid-row. */
  hasTopRule: boolean
  /** Columns found from the text's gutters, not from rules: the right edge is only the widest text's. */
  fromText?: boolean
  /** Those gutters (x-ranges free of text between columns), for a next page that goes on without a header. */
  gutters?: {from: number; to: number}[]
}

interface Segment {
  at: number
  from: number
  to: number
}

/** Rules closer than this (points) are the same line: borders are drawn as thin filled boxes or doubled strokes. */
const snap = 2

/**
 * Merges collinear, touching segments (a border drawn cell by cell) into
 * whole lines. Sorting first keeps this O(n log n).
 */
function mergeSegments(segments: Segment[]): Segment[] {
  segments.sort((a, b) => a.at - b.at || a.from - b.from)
  const merged: Segment[] = []
  // Segments within `snap` of each other in `at` form one cluster; inside it, join overlapping spans.
  let i = 0
  while (i < segments.length) {
    let j = i
    const base = segments[i]!.at
    while (j < segments.length && segments[j]!.at - base <= snap) j++
    const cluster = segments.slice(i, j).sort((a, b) => a.from - b.from)
    const at = cluster.reduce((sum, s) => sum + s.at, 0) / cluster.length
    let current = {at, from: cluster[0]!.from, to: cluster[0]!.to}
    for (const s of cluster.slice(1)) {
      if (s.from <= current.to + snap) current.to = Math.max(current.to, s.to)
      else {
        merged.push(current)
        current = {at, from: s.from, to: s.to}
      }
    }
    merged.push(current)
    i = j
  }
  return merged
}

/** Ruling lines → the tables they draw (components of crossing horizontal and vertical lines). */
export function findGrids(rules: readonly Rule[]): Grid[] {
  const horizontal: Segment[] = []
  const vertical: Segment[] = []
  for (const r of rules) {
    const dx = Math.abs(r.x2 - r.x1)
    const dy = Math.abs(r.y2 - r.y1)
    if (dy <= 1 && dx > snap) horizontal.push({at: (r.y1 + r.y2) / 2, from: Math.min(r.x1, r.x2), to: Math.max(r.x1, r.x2)})
    else if (dx <= 1 && dy > snap) vertical.push({at: (r.x1 + r.x2) / 2, from: Math.min(r.y1, r.y2), to: Math.max(r.y1, r.y2)})
  }
  if (horizontal.length === 0 || vertical.length === 0) return []
  const hs = mergeSegments(horizontal)
  const vs = mergeSegments(vertical)
  // Union-find over horizontal (0..h-1) and vertical (h..) lines that touch.
  const parent = Array.from({length: hs.length + vs.length}, (_, k) => k)
  const find = (k: number): number => {
    while (parent[k] !== k) k = parent[k] = parent[parent[k]!]!
    return k
  }
  for (let a = 0; a < hs.length; a++) {
    const h = hs[a]!
    for (let b = 0; b < vs.length; b++) {
      const v = vs[b]!
      if (v.at >= h.from - snap && v.at <= h.to + snap && h.at >= v.from - snap && h.at <= v.to + snap) {
        parent[find(a)] = find(hs.length + b)
      }
    }
  }
  const components = new Map<number, {h: Segment[]; v: Segment[]}>()
  for (let k = 0; k < parent.length; k++) {
    const root = find(k)
    let c = components.get(root)
    if (!c) components.set(root, (c = {h: [], v: []}))
    if (k < hs.length) c.h.push(hs[k]!)
    else c.v.push(vs[k - hs.length]!)
  }
  const grids: Grid[] = []
  for (const {h, v} of components.values()) {
    const grid = gridOf(h, v)
    if (grid) grids.push(grid)
  }
  return grids.sort((a, b) => a.top - b.top)
}

function clusterValues(values: number[]): number[] {
  values.sort((a, b) => a - b)
  const out: number[] = []
  for (const value of values) {
    if (out.length > 0 && value - out[out.length - 1]! <= snap) continue
    out.push(value)
  }
  return out
}

function gridOf(h: Segment[], v: Segment[]): Grid | null {
  // A table has at least two columns: three vertical edges, or two plus a body of rows.
  if (v.length < 2) return null
  const left = Math.min(...v.map((s) => s.at))
  const right = Math.max(...v.map((s) => s.at))
  const top = Math.min(...v.map((s) => s.from), ...h.map((s) => s.at))
  const bottom = Math.max(...v.map((s) => s.to), ...h.map((s) => s.at))
  const width = right - left
  if (width < 20 || bottom - top < 8) return null
  // Row edges: horizontal lines across at least half the table (a TT cell merged over sub-rows leaves shorter ones).
  const rowEdges = clusterValues(h.filter((s) => s.to - s.from >= width / 2).map((s) => s.at))
  const hasTopRule = rowEdges.length > 0 && rowEdges[0]! - top <= snap
  if (!hasTopRule) rowEdges.unshift(top)
  if (bottom - rowEdges[rowEdges.length - 1]! > snap) rowEdges.push(bottom)
  const columns = clusterValues(v.map((s) => s.at))
  if (columns.length < 2) return null
  const bands: GridBand[] = []
  for (let k = 1; k < rowEdges.length; k++) {
    const bandTop = rowEdges[k - 1]!
    const bandBottom = rowEdges[k]!
    if (bandBottom - bandTop < 2) continue
    const middle = (bandTop + bandBottom) / 2
    const cuts = clusterValues(v.filter((s) => s.from <= middle && s.to >= middle).map((s) => s.at))
    if (cuts.length >= 2) bands.push({top: bandTop, bottom: bandBottom, cuts})
  }
  if (bands.length === 0) return null
  return {left, right, top, bottom, columns, bands, hasTopRule}
}

/** Index of the last value ≤ x (binary search), or -1. */
export function lastAtOrBefore(values: readonly number[], x: number): number {
  let lo = 0
  let hi = values.length - 1
  let found = -1
  while (lo <= hi) {
    const mid = (lo + hi) >> 1
    if (values[mid]! <= x) {
      found = mid
      lo = mid + 1
    } else hi = mid - 1
  }
  return found
}

/** Where an item sits in a grid: [band index, column index], or null when outside. */
export function cellOf(grid: Grid, item: TextItem): [number, number] | null {
  // The item's left part decides: pdfjs may extend an item's width over a neighbouring gap.
  const x = item.x + Math.min(item.width, sizeOf(item)) / 2
  const y = baselineOf(item) - 0.3 * sizeOf(item)
  if (x < grid.left || x > grid.right || y < grid.top || y > grid.bottom) return null
  let band = -1
  for (let lo = 0, hi = grid.bands.length - 1; lo <= hi; ) {
    const mid = (lo + hi) >> 1
    if (grid.bands[mid]!.top <= y) {
      band = mid
      lo = mid + 1
    } else hi = mid - 1
  }
  if (band < 0) return null
  const cuts = grid.bands[band]!.cuts
  const cut = lastAtOrBefore(cuts, x)
  if (cut < 0 || cut >= cuts.length - 1) return null
  // Map the cell's left edge to the table-wide column it starts (spanned cells land in their first column).
  const column = lastAtOrBefore(grid.columns, cuts[cut]! + snap)
  return [band, Math.max(0, column)]
}
