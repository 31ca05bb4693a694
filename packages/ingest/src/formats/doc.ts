import WordExtractor from 'word-extractor'
import {InputError, PasswordError, UnsupportedInputError, type VanbanDocument} from '@vanban/core'
import type {ReadOptions} from '../read-document.ts'
import {flowToBlocks, type FlowCell, type FlowItem, type FlowTable} from './flow.ts'
import {docParagraphs, type DocParagraph} from './doc-binary.ts'
import {isEncryptedWord, oleDirectory, oleIsSound, oleKind} from './ole.ts'

/**
 * A Word 97–2003 `.doc` → Document. The main text is read from the binary
 * (`doc-binary.ts`): paragraphs with Word's automatic list numbers, line
 * breaks, bold and heading styles, and tables row by row with their merged
 * and header cells (headers, footers, footnotes, comments and text boxes are
 * other parts of the text, not read). A file whose paragraph tables cannot be
 * read so is read through word-extractor (MIT), whose text has cells ended by
 * tabs and no list numbers.
 */
export async function readDoc(bytes: Uint8Array, file: string, options: ReadOptions = {}): Promise<VanbanDocument> {
  options.signal?.throwIfAborted()
  if (bytes.length === 0) throw new InputError('empty-file', 'file is empty', {file})
  const entries = oleDirectory(bytes)
  if (entries === null) throw new InputError('invalid-doc', 'not a readable Word 97–2003 file (damaged or truncated container)', {file})
  switch (oleKind(entries)) {
    case 'encrypted-ooxml':
      throw new PasswordError('password-protected Word file: vanban cannot open it (remove the password in Word and save again)', {file})
    case 'excel':
      throw new UnsupportedInputError('an Excel workbook, not a Word document', {file})
    case 'powerpoint':
      throw new UnsupportedInputError('a PowerPoint presentation, not a Word document', {file})
    case 'other':
      throw new UnsupportedInputError('an Office container without a Word document in it', {file})
    case 'word':
      break
  }
  if (!oleIsSound(bytes, entries)) {
    throw new InputError('invalid-doc', 'damaged Word 97–2003 file (its container has sector chains that loop or run off the file)', {file})
  }
  if (isEncryptedWord(bytes, entries)) {
    throw new PasswordError('password-protected Word 97–2003 file: vanban cannot open it (remove the password in Word and save again)', {file})
  }
  const paragraphs = docParagraphs(bytes, entries)
  let items: FlowItem[]
  if (paragraphs) items = paragraphFlow(paragraphs)
  else {
    try {
      const document = await new WordExtractor().extract(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength))
      // filterUnicode (on by default, missing from @types/word-extractor) would straighten quotes and dashes.
      const getBody = document.getBody.bind(document) as (options: {filterUnicode: boolean}) => string
      items = docFlow(getBody({filterUnicode: false}))
    } catch (cause) {
      const reason = cause instanceof Error ? cause.message.split('\n')[0] : String(cause)
      throw new InputError('invalid-doc', `damaged or truncated Word 97–2003 file (${reason})`, {file, cause})
    }
  }
  const blocks = flowToBlocks(items)
  if (blocks.length === 0) throw new InputError('empty-file', 'the Word document has no text', {file})
  options.onPage?.({file, page: 1, pages: 1})
  return {file, pages: [], blocks, warnings: []}
}

/**
 * The binary's paragraphs → flow. Paragraphs in a table gather into the
 * current cell until its cell mark, cells into a row until the row's end mark;
 * a paragraph of a table nested in a cell reads as a paragraph of that cell.
 * A cell merged down with no text of its own continues the cell above.
 */
export function paragraphFlow(paragraphs: readonly DocParagraph[]): FlowItem[] {
  const items: FlowItem[] = []
  let table: FlowTable | null = null
  let inHeader = true
  let cells: FlowCell[] = []
  let content: FlowItem[] = []
  const edges = new Map<FlowCell[], readonly number[]>()
  for (const paragraph of paragraphs) {
    if (paragraph.depth === 0) {
      if (table && (cells.length > 0 || content.length > 0)) table.rows.push([...cells, cell(content)])
      table = null
      cells = []
      content = []
      if (paragraph.text.trim() !== '') items.push(flowParagraph(paragraph))
      continue
    }
    if (!table) {
      table = {kind: 'table', rows: [], headerRows: 0}
      inHeader = true
      items.push(table)
    }
    if (paragraph.row) {
      // The row's end mark: its own text is empty; the cells gathered so far are the row.
      if (content.length > 0) cells.push(cell(content))
      paragraph.row.merged.forEach((merged, k) => {
        const c = cells[k]
        if (c && merged && c.content.length === 0) c.continues = true
      })
      if (inHeader && paragraph.row.header) table.headerRows++
      else inHeader = false
      table.rows.push(cells)
      edges.set(cells, paragraph.row.edges)
      cells = []
      content = []
      continue
    }
    if (paragraph.text.trim() !== '') content.push(flowParagraph(paragraph))
    if (paragraph.cellEnd && paragraph.depth === 1) {
      cells.push(cell(content))
      content = []
    }
  }
  if (table && (cells.length > 0 || content.length > 0)) table.rows.push([...cells, cell(content)])
  for (const item of items) if (item.kind === 'table') withSpans(item, edges)
  return items
}

/**
 * Cells spanning columns. A .doc row lists its cells' edges (twips), so a
 * cell merged across is one wide cell; the table's columns are every edge of
 * every row, and a cell spans the columns between its edges, as `gridSpan`
 * in a .docx. A row starting right of the table gets an empty cell before it
 * (`gridBefore`). Edges within 20 twips (1 pt) are one.
 */
function withSpans(table: FlowTable, edgesOf: ReadonlyMap<FlowCell[], readonly number[]>): void {
  const rows = table.rows.filter((row) => edgesOf.get(row)?.length === row.length + 1)
  const grid: number[] = []
  for (const x of rows.flatMap((row) => edgesOf.get(row)!).sort((a, b) => a - b)) if (grid.length === 0 || x - grid.at(-1)! > 20) grid.push(x)
  const column = (x: number): number => grid.findIndex((g) => Math.abs(g - x) <= 20)
  for (const row of rows) {
    const edges = edgesOf.get(row)!
    row.forEach((c, k) => (c.colspan = Math.max(1, column(edges[k + 1]!) - column(edges[k]!))))
    const before = column(edges[0]!)
    if (before > 0) row.unshift({content: [], colspan: before, rowspan: 1, continues: false})
  }
}

const cell = (content: FlowItem[]): FlowCell => ({content, colspan: 1, rowspan: 1, continues: false})

function flowParagraph(paragraph: DocParagraph): FlowItem {
  return {kind: 'paragraph', text: paragraph.text.trim(), bold: paragraph.bold, ...(paragraph.level === undefined ? {} : {level: paragraph.level})}
}

/**
 * word-extractor's text → flow. A table row ends with a tab (its cell marks
 * become tabs) then a line break; a cell of several paragraphs breaks its row
 * over lines. Lines held since the last row join the next row when that makes
 * it as wide as the row before; a new table's first row starts at the first
 * held line with a cell end in it. Other lines are paragraphs.
 */
export function docFlow(body: string): FlowItem[] {
  const items: FlowItem[] = []
  let table: FlowTable | null = null
  let width = 0
  let held: string[] = []
  const paragraph = (text: string): void => {
    if (text.trim() !== '') items.push({kind: 'paragraph', text: text.trim(), bold: false})
  }
  const release = (lines: readonly string[]): void => {
    for (const line of lines) paragraph(line)
  }
  const cellsOf = (lines: readonly string[]): string[] => lines.join('\n').slice(0, -1).split('\t')
  for (const line of body.replace(/\r\n?/g, '\n').split('\n')) {
    if (!line.endsWith('\t')) {
      // Inside a table, or after a line that holds a cell end, a line may be one paragraph of a cell.
      if (table || held.length > 0 || line.includes('\t')) held.push(line)
      else paragraph(line)
      if (held.length > 8) {
        table = null
        release(held)
        held = []
      }
      continue
    }
    if (table) {
      const cells = cellsOf([...held, line])
      if (held.length <= 5 && cells.length === width) {
        addRow(table, cells)
        held = []
        continue
      }
      table = null
    }
    const start = held.findIndex((l) => l.includes('\t'))
    release(start < 0 ? held : held.slice(0, start))
    const cells = cellsOf([...(start < 0 ? [] : held.slice(start)), line])
    held = []
    const fresh: FlowTable = {kind: 'table', rows: [], headerRows: 0}
    addRow(fresh, cells)
    items.push(fresh)
    table = fresh
    width = cells.length
  }
  release(held)
  return items
}

function addRow(table: FlowTable, cells: readonly string[]): void {
  table.rows.push(cells.map((text) => ({content: text.trim() === '' ? [] : [{kind: 'paragraph', text: text.trim(), bold: false}], colspan: 1, rowspan: 1, continues: false})))
}
