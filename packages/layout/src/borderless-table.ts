import type {Rule} from './types.ts'
import type {Line} from './lines.ts'
import {afterWordSpace, fragmentsOf, freeOf, guttersOf, intersect, keepsGutters, type Span} from './gutters.ts'
import {borderlessPageTable} from './borderless-rows.ts'
import type {PageTable} from './page-table.ts'
import type {Grid} from './table-grid.ts'

/** A gutter narrower than this many em is no column boundary (word and justified spaces are narrower). */
const minGutter = 0.4
/** Lines further apart than this many em (baseline to baseline) are not one table. */
const maxLineGap = 2.5

const pageNumber = /^(?:[-–]\s*)?(?:Trang\s+)?\d{1,3}(?:\s*[-–])?$/u

/** A run of lines read as one table, its gutters, and the lines that span columns (a merged section row). */
interface Region {
  start: number
  end: number
  free: Span[]
  spanning: Set<number>
}

/**
 * Tables drawn without ruling lines (a Word or LibreOffice table with no
 * borders, or only a rule under its header), rebuilt from the geometry of the
 * text: a run of lines that keep at least two gutters — x-ranges free of text
 * on every line of the run — is a table whose columns lie between them.
 *
 * A run starts at a line cut into three or more pieces and takes each next
 * line that crosses none of the run's gutters (a wrapped line of one cell, a
 * row with empty cells); a line crossing them ends it, unless it opens at a
 * column's start and the line after it fits again (a section row merged across
 * the columns). Lines above the run that fit its gutters at the run's line
 * spacing are its header, stacked word by word in narrow columns. Rows and the
 * header come from `borderless-rows.ts`. Returns the tables and the lines left.
 */
export function findBorderlessTables(lines: readonly Line[], rules: readonly Rule[] = [], continuing?: Grid): {tables: PageTable[]; rest: Line[]} {
  const fragments = lines.map(fragmentsOf)
  const frees = fragments.map(freeOf)
  const taken = new Array<boolean>(lines.length).fill(false)
  const tables: PageTable[] = []
  let k = 0
  if (continuing?.gutters) {
    // A page number alone above the table is furniture, not a cell.
    const from = lines[0] && pageNumber.test(lines[0].text) ? 1 : 0
    const end = from + continuation(lines.slice(from), fragments.slice(from), continuing.gutters, continuing.left)
    if (end > from) {
      for (let j = from; j < end; j++) taken[j] = true
      tables.push(borderlessPageTable(lines.slice(from, end), fragments.slice(from, end), continuing.gutters, new Set(), rules, continuing.left))
      k = end
    }
  }
  while (k < lines.length) {
    if (fragments[k]!.length < 3) {
      k++
      continue
    }
    const region = grow(lines, fragments, frees, k)
    if (!isTable(region, fragments, lines[k]!)) {
      k++
      continue
    }
    extendUp(lines, frees, region, taken)
    for (let j = region.start; j < region.end; j++) taken[j] = true
    const columnGutters = gutters(region.free, lines[k]!).filter((g) => opensColumn(g, region, fragments))
    tables.push(borderlessPageTable(lines.slice(region.start, region.end), fragments.slice(region.start, region.end), columnGutters, new Set([...region.spanning].map((j) => j - region.start)), rules))
    k = region.end
  }
  return {tables, rest: lines.filter((_, j) => !taken[j])}
}

const gutters = (free: readonly Span[], line: Line): Span[] => guttersOf(free, minGutter * line.size)

function grow(lines: readonly Line[], fragments: readonly Line[][], frees: readonly Span[][], start: number): Region {
  const region: Region = {start, end: start + 1, free: frees[start]!, spanning: new Set()}
  let left = lines[start]!.x
  while (region.end < lines.length) {
    const j = region.end
    const line = lines[j]!
    if (!closeBelow(lines[j - 1]!, line)) break
    const before = gutters(region.free, line)
    const after = intersect(region.free, frees[j]!)
    const kept = gutters(after, line)
    // Crossing only gutters that no column edge confirms: the gaps of a justified line, which the next line fills.
    const crossed = before.filter((g) => !kept.some((h) => h.from < g.to && h.to > g.from))
    // A line across the gutters: a section row merged over the columns when it opens at a column's start and the table goes on.
    // Tried first when it crosses two or more: right under the header no column edge is confirmed yet.
    const next = lines[j + 1]
    const starts = [left, ...before.map((g) => g.to)]
    const atColumn = starts.slice(0, 2).some((x) => Math.abs(line.x - x) <= line.size * 1.5)
    const spans = (): boolean => atColumn && next !== undefined && closeBelow(line, next) && keepsGutters(before, gutters(intersect(region.free, frees[j + 1]!), next))
    if (crossed.length >= 2 && spans()) {
      region.spanning.add(j)
      region.end++
      continue
    }
    if (kept.length >= 2 && crossed.every((g) => !isConfirmed(g, region, fragments))) {
      region.free = after
      region.end++
      left = Math.min(left, line.x)
      continue
    }
    if (crossed.length < 2 && spans()) {
      region.spanning.add(j)
      region.end++
      continue
    }
    break
  }
  return region
}

/** Lines whose text starts at a gutter's right edge, for it to be a column edge rather than a justified space. */
const confirmingLines = 3

/**
 * A column edge: at least `confirmingLines` lines of the region start text
 * right after the gutter (a column set flush left or justified). Ends of text
 * do not count: the first words of justified lines end together by chance
 * (`một`, `như`, `Xây` three lines running).
 */
function isConfirmed(gutter: Span, region: Region, fragments: readonly Line[][]): boolean {
  let starts = 0
  for (let j = region.start; j < region.end; j++) {
    if (region.spanning.has(j)) continue
    if (fragments[j]!.some((f) => Math.abs(f.x - gutter.to) <= 1.5) && ++starts >= confirmingLines) return true
  }
  return false
}

const closeBelow = (above: Line, below: Line): boolean => {
  const gap = below.baseline - above.baseline
  return gap > 0 && gap <= maxLineGap * Math.max(above.size, below.size)
}

/**
 * A gutter is a column edge when some line starts text right after it other
 * than after a justified line's word space: a short run of justified lines can
 * leave its word spaces free on every line without a column there.
 */
function opensColumn(gutter: Span, region: Region, fragments: readonly Line[][]): boolean {
  for (let j = region.start; j < region.end; j++) {
    if (region.spanning.has(j)) continue
    const pieces = fragments[j]!
    const spaced = afterWordSpace(pieces)
    if (pieces.some((f, k) => Math.abs(f.x - gutter.to) <= 1.5 && !spaced[k])) return true
  }
  return false
}

/** At least two gutters, and two lines with text in three columns: one line cut in pieces is prose. */
function isTable(region: Region, fragments: readonly Line[][], first: Line): boolean {
  if (region.end - region.start < 3) return false
  let wide = 0
  for (let j = region.start; j < region.end; j++) if (!region.spanning.has(j) && fragments[j]!.length >= 3) wide++
  return wide >= 2 && gutters(region.free, first).length >= 2
}

/**
 * Lines just above the run that fit its gutters and its width, no further
 * apart than the run's own lines: a header whose titles wrap over several lines
 * (`Thời` / `gian` / `hoàn thành` over a narrow column) before the line that
 * cuts into three pieces.
 */
function extendUp(lines: readonly Line[], frees: readonly Span[][], region: Region, taken: readonly boolean[]): void {
  let widest = 0
  for (let j = region.start + 1; j < region.end; j++) widest = Math.max(widest, lines[j]!.baseline - lines[j - 1]!.baseline)
  let left = Infinity
  let right = -Infinity
  for (let j = region.start; j < region.end; j++) {
    left = Math.min(left, lines[j]!.x)
    right = Math.max(right, lines[j]!.right)
  }
  for (let j = region.start - 1; j >= 0 && !taken[j]; j--) {
    const line = lines[j]!
    const gap = lines[j + 1]!.baseline - line.baseline
    if (gap <= 0 || gap > widest + 0.5) break
    // A header title wider than the last column's text may overhang the table's right edge, a caption does not sit in that column.
    const lastColumn = Math.max(...gutters(region.free, line).map((g) => g.to))
    if (line.x < left - line.size || (line.right > right + line.size && line.x < lastColumn - line.size)) break
    const after = intersect(region.free, frees[j]!)
    if (!keepsGutters(gutters(region.free, line), gutters(after, line))) break
    region.free = after
    region.start = j
  }
}

/**
 * How many lines at the top of a page go on with the borderless table that
 * ended the page before, when the page repeats no header: lines one after the
 * other whose pieces cross none of that table's gutters and stay within its
 * left edge.
 */
function continuation(lines: readonly Line[], fragments: readonly Line[][], gutters: readonly Span[], left: number): number {
  let end = 0
  while (end < lines.length) {
    const line = lines[end]!
    if (end > 0 && !closeBelow(lines[end - 1]!, line)) break
    if (line.x < left - line.size) break
    if (fragments[end]!.some((f) => gutters.some((g) => f.x < g.to - 1.5 && f.right > g.to - 1.5))) break
    end++
  }
  return end
}

