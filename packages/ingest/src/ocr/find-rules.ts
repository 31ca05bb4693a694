import type {Rule} from '@vanban/layout'

/** Darker than this (0–255) is ink. */
const inkLevel = 128
/** Shortest run of ink (px at 300 dpi, ≈ 5 mm) that can be part of a rule: longer than any letter stroke. */
const minRunPx = 60
/** Shortest rule kept (≈ 1 cm): a table's narrowest cell edge is longer. */
const minRulePx = 120
/** Largest skew believed (≈ 3°): a page turned further is not read as a table anyway. */
const maxSlope = 0.05
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
  return rulesInPoints(findRuleLines(pixels, width, height), scale)
}

/**
 * A ruling line in image pixels. `at` is its mean position across (y of a
 * horizontal line, x of a vertical one), `from`/`to` its extent along, and
 * `slope` how far it drifts across per pixel along (the scan's skew): at
 * position p along it lies at `at + slope * (p - middle)`.
 */
export interface RuleLine {
  vertical: boolean
  at: number
  from: number
  to: number
  middle: number
  slope: number
}

/** The ruling lines of a page image, in pixels, with their skew. */
export function findRuleLines(pixels: Uint8Array, width: number, height: number): RuleLine[] {
  const {rows, columns} = inkRuns(pixels, width, height)
  return [...lines(rows).map((line) => ({...line, vertical: false})), ...lines(columns).map((line) => ({...line, vertical: true}))]
}

/** How far (px) a line's end may be from a crossing line to be taken as meeting it: a skewed page's corners. */
const meetPx = 30

/**
 * Ruling lines as layout rules: axis-aligned, in points (pixel × `scale`).
 * Each line is reported at its mean position, so on a skewed scan the ends
 * of the lines it meets no longer touch it: a table's verticals would start
 * above or below its top rule by the skew, and the layout code would not see
 * that rule as the table's top. An end near a crossing line is moved onto
 * that line's mean position.
 */
export function rulesInPoints(found: readonly RuleLine[], scale: number): Rule[] {
  const snapEnd = (line: RuleLine, end: number): number => {
    let best = end
    let distance = meetPx
    for (const other of found) {
      if (other.vertical === line.vertical || line.at < other.from - meetPx || line.at > other.to + meetPx) continue
      const d = Math.abs(ruleAt(other, line.at) - end)
      if (d <= distance) {
        distance = d
        best = other.at
      }
    }
    return best
  }
  return found.map((line) => {
    const at = round(line.at * scale)
    const from = round(snapEnd(line, line.from) * scale)
    const to = round(snapEnd(line, line.to) * scale)
    return line.vertical ? {x1: at, y1: from, x2: at, y2: to} : {x1: from, y1: at, x2: to, y2: at}
  })
}

/** Where a ruling line lies across at position `along`. */
export function ruleAt(line: RuleLine, along: number): number {
  return line.at + line.slope * (along - line.middle)
}

interface Run {
  /** Row (or column, for vertical lines) of the run. */
  lane: number
  from: number
  to: number
  /** Union-find parent index. */
  parent: number
}

/** Lines from the long runs of each lane (row or column). `at` is across, `from`/`to` along. */
function lines(laneRuns: ReadonlyArray<number[] | undefined>): Omit<RuleLine, 'vertical'>[] {
  const lanes = laneRuns.length
  // Runs numbered lane by lane, so a group's root (its lowest index) is its first run in reading order.
  const runs: Run[] = []
  let previous: number[] = [] // run indices of lane − 1
  let beforePrevious: number[] = [] // and of lane − 2: a one-pixel gap between staircase steps
  for (let lane = 0; lane < lanes; lane++) {
    const current: number[] = []
    const found = laneRuns[lane]
    if (found) {
      for (let k = 0; k < found.length; k += 2) {
        const index = runs.length
        runs.push({lane, from: found[k]!, to: found[k + 1]!, parent: index})
        current.push(index)
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
  // Per group: extent, and weighted sums for the mean and the least-squares slope of lane against position along.
  const groups = new Map<number, {from: number; to: number; laneMin: number; laneMax: number; weighted: number; weight: number; along: number; alongSq: number; cross: number}>()
  for (let index = 0; index < runs.length; index++) {
    const run = runs[index]!
    const root = find(runs, index)
    const size = run.to - run.from + 1
    const centre = (run.from + run.to) / 2
    const group = groups.get(root)
    if (group) {
      group.from = Math.min(group.from, run.from)
      group.to = Math.max(group.to, run.to)
      group.laneMin = Math.min(group.laneMin, run.lane)
      group.laneMax = Math.max(group.laneMax, run.lane)
      group.weighted += run.lane * size
      group.weight += size
      group.along += centre * size
      group.alongSq += centre * centre * size
      group.cross += centre * run.lane * size
    } else {
      groups.set(root, {from: run.from, to: run.to, laneMin: run.lane, laneMax: run.lane, weighted: run.lane * size, weight: size, along: centre * size, alongSq: centre * centre * size, cross: centre * run.lane * size})
    }
  }
  const found: Omit<RuleLine, 'vertical'>[] = []
  for (const group of groups.values()) {
    const span = group.to - group.from
    // A line is long and thin; skew of up to about 1° adds 2% of its length to its thickness. Filled boxes and solid pictures are not lines.
    if (span >= minRulePx && group.laneMax - group.laneMin <= 12 + span * 0.02) {
      const at = group.weighted / group.weight
      const middle = group.along / group.weight
      const spread = group.alongSq / group.weight - middle * middle
      // Skew shows as a staircase: run centres spread along the line. A straight line (a clean
      // render) has runs that each span it all, centres a pixel apart, and the fit would be noise
      // (a slope of 1.5 from a corner's extra pixels): such a line, or an implausible skew, is level.
      const fitted = spread > (span * span) / 240 ? (group.cross / group.weight - middle * at) / spread : 0
      const slope = Number.isFinite(fitted) && Math.abs(fitted) <= maxSlope ? fitted : 0
      found.push({at, from: group.from, to: group.to, middle, slope})
    }
  }
  return found
}

/**
 * Long runs of ink in each row and in each column, in one walk over the pixels
 * row by row: per lane, a flat list of from, to pairs (undefined for none).
 * Columns keep their open run apart; a column-by-column walk would stride the
 * whole image width at every step and miss the cache.
 */
function inkRuns(pixels: Uint8Array, width: number, height: number): {rows: Array<number[] | undefined>; columns: Array<number[] | undefined>} {
  const rows = new Array<number[] | undefined>(height)
  const columns = new Array<number[] | undefined>(width)
  const columnStart = new Int32Array(width).fill(-1)
  const columnInk = new Int32Array(width).fill(-1)
  for (let y = 0; y < height; y++) {
    const row = y * width
    let start = -1
    let lastInk = -1
    for (let x = 0; x < width; x++) {
      if (pixels[row + x]! < inkLevel) {
        if (start < 0) start = x
        lastInk = x
        if (columnStart[x]! < 0) columnStart[x] = y
        columnInk[x] = y
      } else {
        if (start >= 0 && x - lastInk > maxBreakPx) {
          if (lastInk - start + 1 >= minRunPx) (rows[y] ??= []).push(start, lastInk)
          start = -1
        }
        if (columnStart[x]! >= 0 && y - columnInk[x]! > maxBreakPx) {
          if (columnInk[x]! - columnStart[x]! + 1 >= minRunPx) (columns[x] ??= []).push(columnStart[x]!, columnInk[x]!)
          columnStart[x] = -1
        }
      }
    }
    if (start >= 0 && lastInk - start + 1 >= minRunPx) (rows[y] ??= []).push(start, lastInk)
  }
  for (let x = 0; x < width; x++) if (columnStart[x]! >= 0 && columnInk[x]! - columnStart[x]! + 1 >= minRunPx) (columns[x] ??= []).push(columnStart[x]!, columnInk[x]!)
  return {rows, columns}
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
