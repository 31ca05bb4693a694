import type {TableBlock, TableRow} from '@vanban/core'
import {hasHtml, htmlCellToText} from './html-cell.ts'
import {stripBold, stripInlineMarkdown} from './markdown-inline.ts'

/** How a text file writes a table row: tab-separated, or a Markdown pipe row. */
export type RowSyntax = 'tsv' | 'pipe'

/** `|---|:--:|` — the line under a Markdown table header. */
const PIPE_SEPARATOR = /^\s*\|?\s*:?-{2,}:?\s*(?:\|\s*:?-{2,}:?\s*)*\|?\s*$/

export function isPipeSeparator(line: string): boolean {
  return line.includes('|') && PIPE_SEPARATOR.test(line)
}

/**
 * The table syntax of a line, or null. A tab-separated row needs a tab and some
 * text; a pipe row starts with `|` (the form converters write; bare `a | b`
 * rows are only recognised inside a table already open).
 */
export function rowSyntax(line: string, markdown: boolean): RowSyntax | null {
  if (line.includes('\t') && line.trim() !== '') return 'tsv'
  if (markdown && /^\s*\|.*\|/.test(line)) return 'pipe'
  if (!markdown && /^\s*\|.*\|\s*$/.test(line)) return 'pipe'
  return null
}

/** Splits a row into raw cells (not yet cleaned). */
export function splitRow(line: string, syntax: RowSyntax): string[] {
  if (syntax === 'tsv') return splitTsv(line.replace(/\r$/, '')).cells
  let body = line.trim()
  if (body.startsWith('|')) body = body.slice(1)
  if (body.endsWith('|') && !body.endsWith('\\|')) body = body.slice(0, -1)
  return body.split(/(?<!\\)\|/).map((cell) => cell.replace(/\\\|/g, '|'))
}

/**
 * Tab-separated cells, with the quoting spreadsheets write ("Save as Unicode
 * text" in Excel): a cell that starts with `"` runs to the matching `"`, may
 * hold tabs and line breaks, and doubles its own quotes. A quote later in a
 * cell is just a character. `open` is true when the line ends inside a quoted
 * cell (the row goes on on the next line).
 */
export function splitTsv(line: string): {cells: string[]; open: boolean} {
  const cells: string[] = []
  let i = 0
  for (;;) {
    if (line[i] === '"') {
      let text = ''
      let j = i + 1
      let closed = false
      while (j < line.length) {
        if (line[j] === '"') {
          if (line[j + 1] === '"') {
            text += '"'
            j += 2
            continue
          }
          closed = true
          j++
          break
        }
        text += line[j]
        j++
      }
      if (!closed) {
        cells.push(line.slice(i))
        return {cells, open: true}
      }
      // Text after the closing quote (`"a" b`) means the quote was not quoting: keep the cell raw.
      const tab = line.indexOf('\t', j)
      const rest = line.slice(j, tab < 0 ? undefined : tab)
      cells.push(rest.trim() === '' ? text : line.slice(i, tab < 0 ? undefined : tab))
      if (tab < 0) return {cells, open: false}
      i = tab + 1
      continue
    }
    const tab = line.indexOf('\t', i)
    cells.push(line.slice(i, tab < 0 ? undefined : tab))
    if (tab < 0) return {cells, open: false}
    i = tab + 1
  }
}

/**
 * Lines of a file with the physical lines of a quoted multi-line TSV cell
 * joined back into one row (`\n` kept inside the cell). `first`/`last` give
 * each joined line's 1-based line numbers in the file. A quote that never
 * closes within `maxSpan` lines is taken as a plain character.
 */
export function joinQuotedRows(lines: readonly string[], maxSpan = 50): {lines: string[]; first: number[]; last: number[]} {
  const out: string[] = []
  const first: number[] = []
  const last: number[] = []
  for (let i = 0; i < lines.length; i++) {
    let line = lines[i]!
    let end = i
    if (line.includes('\t') && splitTsv(line).open) {
      let joined = line
      let j = i
      while (j + 1 < lines.length && j - i < maxSpan) {
        j++
        joined += `\n${lines[j]}`
        if (!splitTsv(joined).open) break
      }
      if (!splitTsv(joined).open) {
        line = joined
        end = j
      }
    }
    out.push(line)
    first.push(i + 1)
    last.push(end + 1)
    i = end
  }
  return {lines: out, first, last}
}

/**
 * A raw cell → its text: HTML fragments become lines (`\n`), Markdown marks go,
 * surrounding space is trimmed. Text is otherwise kept as written.
 */
export function cleanCell(raw: string, markdown: boolean): string {
  let text = hasHtml(raw) ? htmlCellToText(raw) : raw.trim()
  text = markdown ? stripInlineMarkdown(text) : stripBold(text)
  return text
}

/** Header comparison ignores case, spacing and Unicode form: repeated headers are retyped per page. */
function headerKey(cells: readonly string[]): string {
  return cells
    .map((c) => c.normalize('NFC').toLowerCase().replace(/\s+/g, ' ').trim())
    .join('\u0001')
    .replace(/\u0001+$/, '')
}

/**
 * The row of column numbers some tables print under the header and repeat on
 * every page: `1 2 3 4 5 6` or `(1) (2) (3)…`. It is page furniture, not data.
 */
export function isColumnNumberRow(cells: readonly string[]): boolean {
  const filled = cells.filter((c) => c.trim() !== '')
  if (filled.length < 3 || filled.length < cells.length - 1) return false
  return filled.every((c, k) => {
    const m = /^\(?(\d+)\)?$/.exec(c.trim())
    return m !== null && Number(m[1]) === k + 1
  })
}

/** Appends a continuation cell to the cell it continues (a row broken at a page end). */
function joinCell(before: string, after: string): string {
  if (after === '') return before
  if (before === '') return after
  return `${before} ${after}`
}

/**
 * Merges the piece of a row that continues on the next page into the row it
 * belongs to, column by column.
 */
export function mergeContinuationRow(previous: TableRow, continuation: readonly string[]): TableRow {
  const width = Math.max(previous.cells.length, continuation.length)
  const cells = Array.from({length: width}, (_, k) => joinCell(previous.cells[k] ?? '', continuation[k] ?? ''))
  return {cells, page: previous.page}
}

export interface TableRead {
  block: TableBlock
  /** Index of the first line after the table (trailing blank lines not consumed). */
  end: number
}

/**
 * Reads one table starting at `lines[start]` (its header row). Continues over
 * blank lines when more rows of the same syntax follow (the text export of a
 * paged table leaves a blank line and the repeated header at each page break);
 * drops the repeated header rows and column-number rows (a header printed on
 * two rows is read as one, its first cell filled only on the first); a row whose first
 * cell is empty right after a page break continues the previous row. Inside a
 * page an empty first cell is a real row (a merged TT cell), kept as is.
 */
export function readTable(lines: readonly string[], start: number, syntax: RowSyntax, markdown: boolean): TableRead {
  const clean = (raw: string[]): string[] => raw.map((c) => cleanCell(c, markdown))
  let header = clean(splitRow(lines[start]!, syntax))
  const key = headerKey(header)
  /** Key of the header's second line, when the header is printed on two rows. */
  let secondKey: string | null = null
  const rows: TableRow[] = []
  let i = start + 1
  let last = start
  let atPageStart = false
  while (i < lines.length) {
    const line = lines[i]!
    if (line.trim() === '') {
      let j = i + 1
      while (j < lines.length && lines[j]!.trim() === '') j++
      if (j >= lines.length || !continuesTable(lines[j]!, syntax, markdown, header.length, key)) break
      i = j
      atPageStart = true
      continue
    }
    const inPipeTable = syntax === 'pipe' && line.includes('|')
    if (rowSyntax(line, markdown) !== syntax && !inPipeTable) break
    last = i
    i++
    if (syntax === 'pipe' && isPipeSeparator(line)) continue
    const cells = clean(splitRow(line, syntax))
    if (headerKey(cells) === key || (secondKey !== null && headerKey(cells) === secondKey)) {
      atPageStart = true
      continue
    }
    if (cells.every((c) => c === '') || isColumnNumberRow(cells)) continue
    // A header on two rows (`Cơ quan` over `chủ trì` | `phối hợp`): the line under it has no TT
    // and labels two columns or more (a group row such as `Nhiệm vụ chung` fills one).
    const labels = cells.filter((c) => c !== '')
    if (rows.length === 0 && secondKey === null && cells[0] === '' && header[0] !== '' && labels.length >= 2 && labels.every((c) => c.length <= 40 && !/^\(?\d+[.)]?$/.test(c))) {
      secondKey = headerKey(cells)
      header = header.map((h, k) => joinCell(h, cells[k] ?? ''))
      continue
    }
    const previous = rows.at(-1)
    if (atPageStart && previous && cells[0] === '') {
      rows[rows.length - 1] = mergeContinuationRow(previous, cells)
    } else {
      rows.push({cells: fitWidth(cells, header.length), page: null})
    }
    atPageStart = false
  }
  const block: TableBlock = {
    kind: 'table',
    header,
    rows,
    provenance: {page: null, lineStart: start + 1, lineEnd: last + 1, source: 'text'}
  }
  return {block, end: last + 1}
}

/**
 * After blank lines, the table goes on if the next line is its repeated
 * header, a row as wide as the header, or a continuation piece (empty first
 * cell). A row of another width starts another table.
 */
function continuesTable(line: string, syntax: RowSyntax, markdown: boolean, width: number, key: string): boolean {
  if (rowSyntax(line, markdown) !== syntax) return false
  const raw = splitRow(line, syntax)
  const cells = raw.map((c) => cleanCell(c, markdown))
  if (headerKey(cells) === key) return true
  if (trimTrailingEmpty(cells, 0).length > width) return false
  return raw.length === width || cells[0] === ''
}

/** Pads a short row to the header's width and drops empty cells past it (stray trailing tabs). */
function fitWidth(cells: readonly string[], width: number): string[] {
  const fitted = trimTrailingEmpty(cells, width)
  while (fitted.length < width) fitted.push('')
  return fitted
}

/** Drops empty cells past `keep`. */
function trimTrailingEmpty(cells: readonly string[], keep: number): string[] {
  let n = cells.length
  while (n > keep && cells[n - 1] === '') n--
  return cells.slice(0, n)
}
