import type {TableBlock, TableRow} from '@vanban/core'
import {htmlCellToText} from './html-cell.ts'

/**
 * An HTML `<table>` inside a Markdown or text file (pandoc and most converters
 * write one when a Word table has merged cells) → a table block. `colspan`
 * cells are padded with empty cells so columns line up; a `rowspan` cell's
 * text is repeated in the rows it spans, as a reader of the printed table
 * would take it (an owner cell spanning three tasks is the owner of all three).
 * The first row is the header; later rows equal to it (a repeated page
 * header) are dropped.
 */
export function htmlTableBlock(html: string, lineStart: number, lineEnd: number): TableBlock | null {
  const grid: string[][] = []
  /** Column → cells still owed by a rowspan above: text and rows left. */
  const pending = new Map<number, {text: string; left: number}>()
  for (const tr of html.matchAll(/<tr\b[^>]*>([\s\S]*?)(?=<tr\b|<\/tr>|<\/table>|$)/gi)) {
    const row: string[] = []
    const fillPending = (): void => {
      for (let p = pending.get(row.length); p; p = pending.get(row.length)) {
        row.push(p.text)
        if (--p.left === 0) pending.delete(row.length - 1)
      }
    }
    for (const td of tr[1]!.matchAll(/<(td|th)\b([^>]*)>([\s\S]*?)(?=<t[dh]\b|<\/tr>|$)/gi)) {
      fillPending()
      const attrs = td[2]!
      const text = htmlCellToText(td[3]!.replace(/<\/t[dh]>\s*$/i, ''))
      const colspan = Math.max(1, Math.min(50, Number(/colspan\s*=\s*["']?(\d+)/i.exec(attrs)?.[1] ?? 1)))
      const rowspan = Math.max(1, Math.min(500, Number(/rowspan\s*=\s*["']?(\d+)/i.exec(attrs)?.[1] ?? 1)))
      for (let k = 0; k < colspan; k++) {
        if (rowspan > 1) pending.set(row.length, {text: k === 0 ? text : '', left: rowspan - 1})
        row.push(k === 0 ? text : '')
      }
    }
    fillPending()
    if (row.length > 0) grid.push(row)
  }
  if (grid.length === 0) return null
  const header = grid[0]!
  const key = (cells: readonly string[]): string => cells.map((c) => c.normalize('NFC').toLowerCase().replace(/\s+/g, ' ').trim()).join('\u0001')
  const headerKey = key(header)
  const rows: TableRow[] = grid
    .slice(1)
    .filter((cells) => key(cells) !== headerKey && cells.some((c) => c !== ''))
    .map((cells) => ({cells: Array.from({length: Math.max(header.length, cells.length)}, (_, k) => cells[k] ?? ''), page: null}))
  return {kind: 'table', header, rows, provenance: {page: null, lineStart, lineEnd, source: 'text'}}
}
