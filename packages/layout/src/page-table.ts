import type {TextItem} from './types.ts'
import {buildLines, type Line} from './lines.ts'
import {startsCellItem} from './markers.ts'
import {joinWrapped} from './join-lines.ts'
import type {Grid} from './table-grid.ts'

/** One row of a table as it appears on one page. */
export interface PageRow {
  cells: string[]
  /** Every line of the row is bold (a header row). */
  bold: boolean
  top: number
  bottom: number
  /** Baselines of the row's first and last lines, for line numbering. */
  firstBaseline: number
  lastBaseline: number
  /** The table's header, known from its place rather than its boldness (a borderless table's titled first lines). */
  header?: boolean
}

/** A table as it appears on one page, before merging across pages. */
export interface PageTable {
  grid: Grid
  rows: PageRow[]
  confidence?: number
}

/**
 * A cell's lines → its text: wrapped lines join with a space, a line that
 * starts a bullet or an enumeration (`- …`, `(2) …`) starts a new line (`\n`).
 */
export function cellText(lines: readonly Line[]): string {
  let text = ''
  for (const line of lines) {
    if (text === '') text = line.text
    else if (startsCellItem(line.text)) text += `\n${line.text}`
    else text = joinWrapped(text, line.text)
  }
  return text
}

/** Items that fell in the grid, with their [band, column] → rows of cells. */
export function buildPageTable(grid: Grid, placed: ReadonlyArray<{item: TextItem; band: number; column: number}>): PageTable {
  const columnCount = grid.columns.length - 1
  const byBand = new Map<number, TextItem[][]>()
  let confidenceSum = 0
  let confidenceCount = 0
  for (const {item, band, column} of placed) {
    let cells = byBand.get(band)
    if (!cells) byBand.set(band, (cells = Array.from({length: columnCount}, () => [])))
    cells[Math.min(column, columnCount - 1)]!.push(item)
    if (item.confidence !== undefined) {
      confidenceSum += item.confidence
      confidenceCount++
    }
  }
  const rows: PageRow[] = []
  for (const band of [...byBand.keys()].sort((a, b) => a - b)) {
    const cellItems = byBand.get(band)!
    let bold = true
    let first = Infinity
    let last = -Infinity
    const cells = cellItems.map((items) => {
      const lines = buildLines(items)
      for (const line of lines) {
        if (!line.bold) bold = false
        if (line.baseline < first) first = line.baseline
        if (line.baseline > last) last = line.baseline
      }
      return cellText(lines)
    })
    const {top, bottom} = grid.bands[band]!
    rows.push({cells, bold, top, bottom, firstBaseline: first, lastBaseline: last})
  }
  const table: PageTable = {grid, rows}
  if (confidenceCount > 0) table.confidence = confidenceSum / confidenceCount
  return table
}
