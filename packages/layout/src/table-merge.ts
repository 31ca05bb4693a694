import type {TableBlock} from '@vanban/core'
import type {PageTable} from './page-table.ts'
import {joinWrapped} from './join-lines.ts'
import {startsCellItem} from './markers.ts'

const normalizeCell = (cell: string): string => cell.replace(/\s+/g, ' ').trim().toLowerCase()

/** Same header: every cell equal modulo spacing and case. */
export function sameCells(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((cell, k) => normalizeCell(cell) === normalizeCell(b[k]!))
}

/** Appends a continuation cell to the cell it continues, column by column. */
export function appendCell(before: string, after: string): string {
  if (after === '') return before
  if (before === '') return after
  return startsCellItem(after) ? `${before}\n${after}` : joinWrapped(before, after)
}

/** Adds each cell of `piece` to the same column of `row` (a row cut by a page break). */
export function mergeContinuationRow(row: string[], piece: readonly string[]): void {
  for (let k = 0; k < piece.length; k++) row[k] = appendCell(row[k] ?? '', piece[k]!)
}

/**
 * Can `next` (first thing on its page) continue `previous` (last thing on the
 * page before)? Same number of columns, and column edges that line up
 * (within 2% of the page width) when both tables come from rules.
 */
export function continuesTable(previous: PageTable, next: PageTable, pageWidth: number): boolean {
  const a = previous.grid.columns
  const b = next.grid.columns
  if (a.length !== b.length) return false
  const tolerance = Math.max(6, pageWidth * 0.02)
  // Gutters give a borderless table's column starts; its right edge is just where the longest text ends.
  const edges = previous.grid.fromText === true && next.grid.fromText === true ? a.length - 1 : a.length
  return a.slice(0, edges).every((x, k) => Math.abs(x - b[k]!) <= tolerance)
}

/**
 * Appends the rows of a table's next page to its block: drops the header row
 * the page repeats, and continues the last row when the page starts mid-row
 * (no rule closes the top of the table) or with a row whose first cell is empty.
 */
export function appendTablePage(block: TableBlock, pageTable: PageTable, page: number): void {
  let rows = pageTable.rows
  const first = rows[0]
  if (first && block.header.length > 0 && (sameCells(first.cells, block.header) || first.header === true)) rows = rows.slice(1)
  else if (first && block.header.length === 0 && block.rows.length > 0 && sameCells(first.cells, block.rows[0]!.cells)) {
    // The first row repeats on every page: it was a header after all.
    block.header = block.rows.shift()!.cells
    rows = rows.slice(1)
  }
  const opening = rows[0]
  const last = block.rows[block.rows.length - 1]
  // A top rule may be present but the header row above it: the page starts mid-row when its first row has no number.
  if (opening && last && (opening.cells[0]!.trim() === '' || (!pageTable.grid.hasTopRule && rows === pageTable.rows))) {
    mergeContinuationRow(last.cells, opening.cells)
    rows = rows.slice(1)
  }
  // Copies: the block's last row may get the next page's continuation (`mergeContinuationRow`).
  for (const row of rows) block.rows.push({cells: [...row.cells], page})
}
