import type {Rule} from '@vanban/layout'

/** Darker than this (0–255) is ink. */
const inkLevel = 128
/** Shortest run of ink (px at 300 dpi, ≈ 5 mm) that can be part of a rule: longer than any letter stroke. */
const minRunPx = 60
/** Shortest rule kept (≈ 1 cm): a table's narrowest cell edge is longer. */
const minRulePx = 120
/** Breaks in a run this short are scanner noise inside a line. */
const maxBreakPx = 3

/**
 * Ruling lines (table borders) of a scanned page, found in its greyscale
 * pixels, so the layout code can rebuild ruled tables from a scan as it does
 * from a PDF's drawn lines. A scan is slightly skewed, so a long line is a
 * staircase of short runs in neighbouring rows: runs that touch across rows are
 * joined, and each line is reported axis-aligned at its mean position (in
 * points: pixel × `scale`).
 */
export function findRules(pixels: Uint8Array, width: number, height: number, scale: number): Rule[] {
  const rules: Rule[] = []
  for (const line of lines(pixels, width, height, false)) {
    rules.push({x1: line.from * scale, y1: line.at * scale, x2: line.to * scale, y2: line.at * scale})
  }
  for (const line of lines(pixels, width, height, true)) {
    rules.push({x1: line.at * scale, y1: line.from * scale, x2: line.at * scale, y2: line.to * scale})
  }
  return rules.map((rule) => ({x1: round(rule.x1), y1: round(rule.y1), x2: round(rule.x2), y2: round(rule.y2)}))
}

interface Run {
  /** Row (or column, for vertical lines) of the run. */
  lane: number
  from: number
  to: number
  /** Union-find parent index. */
  parent: number
}

/** Lines along rows (`vertical` false) or along columns. `at` is across, `from`/`to` along. */
function lines(pixels: Uint8Array, width: number, height: number, vertical: boolean): {at: number; from: number; to: number}[] {
  const lanes = vertical ? width : height
  const length = vertical ? height : width
  const ink = vertical ? (lane: number, i: number) => pixels[i * width + lane]! < inkLevel : (lane: number, i: number) => pixels[lane * width + i]! < inkLevel
  const runs: Run[] = []
  let previous: number[] = [] // run indices of lane − 1
  let beforePrevious: number[] = [] // and of lane − 2: a one-pixel gap between staircase steps
  for (let lane = 0; lane < lanes; lane++) {
    const current: number[] = []
    let start = -1
    let lastInk = -1
    for (let i = 0; i <= length; i++) {
      if (i < length && ink(lane, i)) {
        if (start < 0) start = i
        lastInk = i
      } else if (start >= 0 && (i === length || i - lastInk > maxBreakPx)) {
        if (lastInk - start + 1 >= minRunPx) {
          const index = runs.length
          runs.push({lane, from: start, to: lastInk, parent: index})
          current.push(index)
        }
        start = -1
      }
    }
    for (const index of current) {
      const run = runs[index]!
      for (const other of [...previous, ...beforePrevious]) {
        const o = runs[other]!
        if (run.from <= o.to + maxBreakPx && o.from <= run.to + maxBreakPx) union(runs, index, other)
      }
    }
    beforePrevious = previous
    previous = current
  }
  const groups = new Map<number, {from: number; to: number; laneMin: number; laneMax: number; weighted: number; weight: number}>()
  for (let index = 0; index < runs.length; index++) {
    const run = runs[index]!
    const root = find(runs, index)
    const size = run.to - run.from + 1
    const group = groups.get(root)
    if (group) {
      group.from = Math.min(group.from, run.from)
      group.to = Math.max(group.to, run.to)
      group.laneMin = Math.min(group.laneMin, run.lane)
      group.laneMax = Math.max(group.laneMax, run.lane)
      group.weighted += run.lane * size
      group.weight += size
    } else {
      groups.set(root, {from: run.from, to: run.to, laneMin: run.lane, laneMax: run.lane, weighted: run.lane * size, weight: size})
    }
  }
  const found: {at: number; from: number; to: number}[] = []
  for (const group of groups.values()) {
    const span = group.to - group.from
    // A line is long and thin; skew of up to about 1° adds 2% of its length to its thickness. Filled boxes and solid pictures are not lines.
    if (span >= minRulePx && group.laneMax - group.laneMin <= 12 + span * 0.02) {
      found.push({at: group.weighted / group.weight, from: group.from, to: group.to})
    }
  }
  return found
}

function find(runs: Run[], index: number): number {
  while (runs[index]!.parent !== index) {
    runs[index]!.parent = runs[runs[index]!.parent]!.parent
    index = runs[index]!.parent
  }
  return index
}

function union(runs: Run[], a: number, b: number): void {
  const ra = find(runs, a)
  const rb = find(runs, b)
  if (ra !== rb) runs[Math.max(ra, rb)]!.parent = Math.min(ra, rb)
}

function round(value: number): number {
  return Math.round(value * 100) / 100
}
