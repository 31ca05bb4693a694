import type {TextItem} from './types.ts'
import {splitAtGaps} from './gutters.ts'
import type {Line} from './lines.ts'
import {cellText, type PageRow, type PageTable} from './page-table.ts'

/** A gap wider than this many em between two items on a line separates table cells. */
const cellGap = 1.2
/** Fewest lines with several cells for a run of lines to be read as a table. */
const minRows = 3
const minColumns = 3

const segmentsOf = (line: Line): Line[] => splitAtGaps(line, cellGap)

/**
 * Tables drawn without ruling lines: runs of lines whose pieces, separated by
 * wide gaps, line up in at least three columns. Columns come from the left
 * edges of the pieces; a line with text in the first column starts a row, other
 * lines wrap the cells of the row above. Returns the tables and the lines left.
 */
export function findGapTables(lines: readonly Line[]): {tables: PageTable[]; rest: Line[]} {
  const segments = lines.map(segmentsOf)
  const tables: PageTable[] = []
  const rest: Line[] = []
  let k = 0
  while (k < lines.length) {
    if (segments[k]!.length < 2) {
      rest.push(lines[k]!)
      k++
      continue
    }
    // Extend a run: multi-piece lines, and single pieces close below them that start right of the run's first column.
    const runStart = k
    let runEnd = k + 1
    let multi = 1
    const firstX = lines[k]!.x
    while (runEnd < lines.length) {
      const line = lines[runEnd]!
      const prev = lines[runEnd - 1]!
      if (line.baseline - prev.baseline > 2.5 * line.size) break
      if (segments[runEnd]!.length >= 2) multi++
      else if (line.x <= firstX + line.size) break
      runEnd++
    }
    const table = multi >= minRows ? tableOf(lines.slice(runStart, runEnd), segments.slice(runStart, runEnd)) : null
    if (table) tables.push(table)
    else for (let j = runStart; j < runEnd; j++) rest.push(lines[j]!)
    k = runEnd
  }
  return {tables, rest}
}

function tableOf(lines: readonly Line[], segments: readonly Line[][]): PageTable | null {
  const size = lines[0]!.size
  const lefts = segments.filter((s) => s.length >= 2).flatMap((s) => s.map((seg) => seg.x)).sort((a, b) => a - b)
  const columns: number[] = []
  const counts: number[] = []
  for (const x of lefts) {
    if (columns.length > 0 && x - columns[columns.length - 1]! <= size) counts[counts.length - 1]!++
    else {
      columns.push(x)
      counts.push(1)
    }
  }
  const edges = columns.filter((_, c) => counts[c]! >= 2)
  if (edges.length < minColumns) return null
  const columnOf = (x: number): number => {
    let c = 0
    while (c + 1 < edges.length && edges[c + 1]! <= x + size) c++
    return c
  }
  const rows: {lines: Line[][]; bold: boolean; top: number; bottom: number; first: number; last: number}[] = []
  for (let k = 0; k < lines.length; k++) {
    const pieces = segments[k]!
    const startsRow = rows.length === 0 || pieces.some((p) => columnOf(p.x) === 0)
    if (startsRow) rows.push({lines: edges.map(() => []), bold: true, top: lines[k]!.top, bottom: lines[k]!.bottom, first: lines[k]!.baseline, last: lines[k]!.baseline})
    const row = rows[rows.length - 1]!
    for (const piece of pieces) {
      row.lines[columnOf(piece.x)]!.push(piece)
      if (!piece.bold) row.bold = false
    }
    row.bottom = lines[k]!.bottom
    row.last = lines[k]!.baseline
  }
  const right = Math.max(...lines.map((l) => l.right))
  const pageRows: PageRow[] = rows.map((r) => ({
    cells: r.lines.map(cellText),
    bold: r.bold,
    top: r.top,
    bottom: r.bottom,
    firstBaseline: r.first,
    lastBaseline: r.last
  }))
  const top = lines[0]!.top
  const bottom = lines[lines.length - 1]!.bottom
  const grid = {left: edges[0]!, right, top, bottom, columns: [...edges, right], bands: [], hasTopRule: true}
  const items: TextItem[] = lines.flatMap((l) => l.items)
  const withConfidence = items.filter((i) => i.confidence !== undefined)
  const table: PageTable = {grid, rows: pageRows}
  if (withConfidence.length > 0) table.confidence = withConfidence.reduce((s, i) => s + i.confidence!, 0) / withConfidence.length
  return table
}
