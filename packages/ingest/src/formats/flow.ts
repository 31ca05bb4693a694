import type {Block, TableBlock, TableRow, TextBlock} from '@vanban/core'
import {chunkBlocks} from '../text/blocks.ts'
import {isColumnNumberRow} from '../text/table-text.ts'

/**
 * What the Word, OpenDocument and HTML readers turn a document into before it
 * becomes blocks: paragraphs (text with `\n` where the source breaks a line)
 * and tables whose cells hold paragraphs and tables again.
 */
export type FlowItem = FlowParagraph | FlowTable

export interface FlowParagraph {
  kind: 'paragraph'
  /** The text as a reader sees it, list marker included (`1. `, `a) `, `- `). */
  text: string
  /** Every letter of the paragraph is set in bold. */
  bold: boolean
  /** Heading level from the source's heading style (`Heading 2`, `<h2>`), when it has one. */
  level?: number
}

export interface FlowTable {
  kind: 'table'
  rows: FlowCell[][]
  /** Rows at the top the source marks as header rows (Word's "repeat as header row", `<thead>`); 0 when unmarked. */
  headerRows: number
}

export interface FlowCell {
  content: FlowItem[]
  /** Columns the cell spans. @default 1 */
  colspan: number
  /** Rows the cell spans (HTML `rowspan`). @default 1 */
  rowspan: number
  /** The cell continues the one above it (Word's vertical merge): its text is the text above. */
  continues: boolean
}

/** Flow → blocks. Provenance lines count paragraphs (1-based), the only lines a Word file or web page has. */
export function flowToBlocks(items: readonly FlowItem[]): Block[] {
  const state = {line: 0}
  const blocks: Block[] = []
  emit(items, blocks, state)
  return blocks
}

function emit(items: readonly FlowItem[], blocks: Block[], state: {line: number}): void {
  for (const item of items) {
    if (item.kind === 'paragraph') {
      blocks.push(...paragraphBlocks(item, ++state.line))
      continue
    }
    const grid = toGrid(item.rows)
    if (isDataTable(grid)) {
      const first = state.line + 1
      state.line += grid.length
      const table = gridTable(grid, item.headerRows, first, state.line)
      if (table) blocks.push(table)
    } else {
      // A layout table (the two-column heading of a notice, a signature block, a framed note): its cells are paragraphs in reading order.
      for (const row of item.rows) for (const cell of row) if (!cell.continues) emit(cell.content, blocks, state)
    }
  }
}

/**
 * One paragraph → text blocks: its lines are grouped as the text reader groups lines (a list marker starts a
 * block), and an empty line (`<br><br>` in a page that sets its notice in line breaks only) ends a block.
 */
export function paragraphBlocks(paragraph: FlowParagraph, line: number): TextBlock[] {
  const groups = paragraph.text.split(/\n[ \t\u00a0]*\n/).map((group) =>
    group
      .split('\n')
      .map((text) => text.replace(/[ \t]+/g, ' ').trim())
      .filter((text) => text !== '')
      .map((text) => ({text, line}))
  )
  return groups.flatMap((lines) => chunkBlocks(lines, false)).map((block) => {
    const out: TextBlock = {...block}
    if (paragraph.level !== undefined) {
      out.kind = 'heading'
      out.level = paragraph.level
    }
    if (paragraph.bold) out.bold = true
    return out
  })
}

/** A cell's text: its paragraphs' lines joined by `\n`, a nested table's rows as lines of cells separated by spaces. */
export function cellText(content: readonly FlowItem[]): string {
  const lines: string[] = []
  for (const item of content) {
    if (item.kind === 'paragraph') {
      lines.push(...item.text.split('\n').map((l) => l.replace(/[ \t]+/g, ' ').trim()).filter((l) => l !== ''))
    } else {
      for (const row of item.rows) {
        const text = row.map((cell) => cellText(cell.content).replace(/\n/g, ' ')).filter((t) => t !== '').join(' ')
        if (text !== '') lines.push(text)
      }
    }
  }
  return lines.join('\n')
}

/** Rows of cell texts with spans resolved: a spanned column gets an empty cell, a cell spanning rows is repeated in them. */
function toGrid(rows: readonly FlowCell[][]): string[][] {
  const grid: string[][] = []
  /** Column → text still owed by a rowspan above, and the rows left. */
  const pending = new Map<number, {text: string; left: number}>()
  for (const cells of rows) {
    const row: string[] = []
    const above = grid.at(-1)
    const fillPending = (): void => {
      for (let p = pending.get(row.length); p; p = pending.get(row.length)) {
        row.push(p.text)
        if (--p.left === 0) pending.delete(row.length - 1)
      }
    }
    for (const cell of cells) {
      fillPending()
      const span = Math.max(1, Math.min(50, cell.colspan))
      // A merged cell reads, for each row it covers, as the text printed in it (an owner cell spanning three tasks owns all three).
      const text = cell.continues ? (above?.[row.length] ?? '') : cellText(cell.content)
      const rowspan = Math.max(1, Math.min(500, cell.rowspan))
      for (let k = 0; k < span; k++) {
        if (rowspan > 1) pending.set(row.length, {text: k === 0 ? text : '', left: rowspan - 1})
        row.push(k === 0 ? text : '')
      }
    }
    fillPending()
    grid.push(row)
  }
  return grid
}

/**
 * Tables of data against tables of layout. Notices put their heading (agency
 * | national motto, number | place and date) and signature block in
 * borderless two-column tables of one to three rows; task tables have three
 * columns or more (number, task, owner, deadline) or many rows.
 */
function isDataTable(grid: readonly string[][]): boolean {
  const width = Math.max(0, ...grid.map((row) => row.filter((c) => c !== '').length))
  const filledRows = grid.filter((row) => row.some((c) => c !== '')).length
  return filledRows >= 2 && (width >= 3 || filledRows >= 4)
}

const key = (cells: readonly string[]): string => cells.map((c) => c.normalize('NFC').toLowerCase().replace(/\s+/g, ' ').trim()).join('\u0001').replace(/\u0001+$/, '')

/**
 * Grid → table block. The header is the rows the source marks as such (joined
 * cell by cell when there are several), else the first row. Rows equal to the
 * header (repeated after a page break when typed by hand), empty rows and the
 * column-number row (`1 2 3 4`) are dropped, as in text tables.
 */
function gridTable(grid: string[][], headerRows: number, lineStart: number, lineEnd: number): TableBlock | null {
  const width = Math.max(...grid.map((row) => row.length))
  const padded = grid.map((row) => Array.from({length: width}, (_, k) => row[k] ?? ''))
  const top = padded.slice(0, Math.max(1, headerRows))
  const header = Array.from({length: width}, (_, k) => top.map((row) => row[k]!).filter((c, i, all) => c !== '' && all.indexOf(c) === i).join(' '))
  const headerKey = key(header)
  const rows: TableRow[] = padded
    .slice(top.length)
    .filter((cells) => cells.some((c) => c !== '') && key(cells) !== headerKey && !isColumnNumberRow(cells))
    .map((cells) => ({cells, page: null}))
  if (rows.length === 0) return null
  return {kind: 'table', header, rows, provenance: {page: null, lineStart, lineEnd, source: 'text'}}
}
