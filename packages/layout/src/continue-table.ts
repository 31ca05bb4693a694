import type {PageInput, Rule, TextItem} from './types.ts'
import {buildLines, sizeOf, type Line} from './lines.ts'
import {cellOf, findGrids, lastAtOrBefore, type Grid} from './table-grid.ts'

/** Share of the page height at the top and bottom where page furniture may sit outside a table. */
const furnitureZone = 0.12
/** How far (em) a cell's text may run past its column's right edge (measured: real cells stop ≥ 0.25 em short). */
const overhang = 0.3
/** The least difference (em) between row spacing and line spacing inside a cell for rows to be told apart by gaps. */
const minSeparation = 0.1

const normalize = (text: string): string => text.replace(/\s+/g, '').toLowerCase()
/** A running page number (`3`, `- 3 -`, `Trang 3`, `3/13`): furniture even where it would fit a column. */
const pageNumber = /^(?:trang\s*)?[-–—]?\s*\d{1,4}\s*[-–—]?$|^\d{1,4}\s*\/\s*\d{1,4}$/iu

// A reader asks about every page with the same reference and, next, with this page as `previous`: memoised per page.
const bottomGrids = new WeakMap<PageInput, Grid | null>()
const spacings = new WeakMap<PageInput, Spacing | null>()

/** The table at the bottom of a page: its last grid, when no text but furniture lies below it. */
function bottomGrid(page: PageInput): Grid | null {
  let grid = bottomGrids.get(page)
  if (grid === undefined) bottomGrids.set(page, (grid = findBottomGrid(page)))
  return grid
}

function findBottomGrid(page: PageInput): Grid | null {
  const grids = findGrids(page.rules ?? [])
  const grid = grids[grids.length - 1]
  if (!grid) return null
  const floor = page.height * (1 - furnitureZone)
  for (const item of page.items) {
    if (item.text.trim() === '') continue
    const top = item.y
    if (top > grid.bottom && top < floor) return null
  }
  return grid
}

const sameColumns = (a: readonly number[], b: readonly number[], tolerance: number): boolean =>
  a.length === b.length && a.every((x, k) => Math.abs(x - b[k]!) <= tolerance)

/** Does every item of the line sit inside one column of the grid? */
function fits(line: Line, columns: readonly number[]): boolean {
  for (const item of line.items) {
    const size = sizeOf(item)
    const x = item.x + Math.min(item.width, size) / 2
    const c = lastAtOrBefore(columns, x)
    if (c < 0 || c >= columns.length - 1) return false
    if (item.x + item.width > columns[c + 1]! + overhang * size) return false
  }
  return true
}

/** Has the line text in the grid's first column (a row number)? */
const inFirstColumn = (line: Line, columns: readonly number[]): boolean =>
  line.items.some((item) => lastAtOrBefore(columns, item.x + Math.min(item.width, sizeOf(item)) / 2) === 0)

interface Spacing {
  /** Baseline gap above which a line starts a new row. */
  threshold: number
  /** Texts of the header row's lines (the table's first band), normalised. */
  header: string[]
}

/**
 * How the reference table tells its rows apart, or null when it is not plain:
 * every row below the first starts with a number in the first column and no
 * other line has text there, and the smallest baseline gap between two rows
 * is wider than the largest between two lines of one row (cell padding).
 */
function spacingOf(page: PageInput, grid: Grid): Spacing | null {
  const inside: TextItem[] = []
  for (const item of page.items) if (item.text.trim() !== '' && cellOf(grid, item)) inside.push(item)
  const lines = buildLines(inside)
  let within = -Infinity
  let across = Infinity
  let size = 0
  const header: string[] = []
  let previousBand = -1
  for (let k = 0; k < lines.length; k++) {
    const line = lines[k]!
    const bands = new Set(line.items.map((item) => cellOf(grid, item)![0]))
    if (bands.size !== 1) return null
    const band = [...bands][0]!
    if (band === 0) header.push(normalize(line.text))
    else if (inFirstColumn(line, grid.columns) !== (band !== previousBand)) return null
    size = Math.max(size, line.size)
    if (k > 0) {
      const gap = line.baseline - lines[k - 1]!.baseline
      if (band === previousBand) within = Math.max(within, gap)
      else across = Math.min(across, gap)
    }
    previousBand = band
  }
  if (!Number.isFinite(within) || !Number.isFinite(across) || across - within < minSeparation * size) return null
  return {threshold: (within + across) / 2, header}
}

/**
 * Ruling lines for a page that continues a ruled table, predicted from its
 * text alone, so that a PDF reader need not fetch the page's drawing
 * operators (they cost about as much as its text). The columns come from
 * the `reference` page (the last page whose rules were read), and rows from
 * the spacing measured there: a line starts a row when the gap above it is
 * wider than any gap inside a row of the reference, or when it ends a header
 * that repeats the reference's first row.
 *
 * Returns null — read the real rules — unless the case is plain: `previous`
 * ends with a table with the reference's columns, the page's text starts with
 * lines that each sit inside those columns and the table runs to the bottom
 * of the page (only furniture outside it), and the reference's rows are told
 * apart by spacing. Pages are taken as immutable: what is found on
 * `reference` and `previous` is memoised per page object.
 */
export function continueTableRules(reference: PageInput, previous: PageInput, page: PageInput): Rule[] | null {
  const grid = bottomGrid(reference)
  const before = bottomGrid(previous)
  if (!grid || !before) return null
  const tolerance = Math.max(3, page.width * 0.005)
  if (!sameColumns(grid.columns, before.columns, tolerance)) return null
  let spacing = spacings.get(reference)
  if (spacing === undefined) spacings.set(reference, (spacing = spacingOf(reference, grid)))
  if (!spacing) return null
  const lines = buildLines(page.items)
  const top = page.height * furnitureZone
  const floor = page.height * (1 - furnitureZone)
  let start = 0
  while (start < lines.length && lines[start]!.bottom < top && (pageNumber.test(lines[start]!.text) || !fits(lines[start]!, grid.columns))) start++
  let end = start
  while (end < lines.length && fits(lines[end]!, grid.columns)) {
    const line = lines[end]!
    if (line.top > floor && pageNumber.test(line.text)) break
    if (end > start && line.baseline - lines[end - 1]!.baseline > 2 * spacing.threshold) break
    end++
  }
  if (end === start) return null
  for (let k = end; k < lines.length; k++) if (lines[k]!.top < floor) return null
  const table = lines.slice(start, end)
  // Row edges: above the first line, after a repeated header, at every wide gap, below the last line.
  const edges = [table[0]!.top - 1]
  const between = (k: number): number => (table[k - 1]!.bottom + table[k]!.top) / 2
  const header = spacing.header
  let k = 1
  if (header.length > 0 && header.length < table.length && header.every((text, j) => normalize(table[j]!.text) === text)) {
    edges.push(between(header.length))
    k = header.length + 1
  }
  for (; k < table.length; k++) {
    // A row starts at a number in the first column. A wide gap without one is
    // spacing between paragraphs of a cell; a number without the row gap is
    // unlike the reference: not plain, read the real rules.
    const numbered = inFirstColumn(table[k]!, grid.columns)
    const wide = table[k]!.baseline - table[k - 1]!.baseline > spacing.threshold
    if (numbered && !wide) return null
    if (numbered) edges.push(between(k))
  }
  const bottom = table[table.length - 1]!.bottom + 1
  edges.push(bottom)
  const rules: Rule[] = []
  for (const x of grid.columns) rules.push({x1: x, y1: edges[0]!, x2: x, y2: bottom})
  for (const y of edges) rules.push({x1: grid.left, y1: y, x2: grid.right, y2: y})
  return rules
}
