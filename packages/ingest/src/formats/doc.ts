import WordExtractor from 'word-extractor'
import {InputError, PasswordError, UnsupportedInputError, type VanbanDocument} from '@vanban/core'
import type {ReadOptions} from '../read-document.ts'
import {flowToBlocks, type FlowCell, type FlowItem, type FlowTable} from './flow.ts'
import {docStructure, withListMarkers, type MarkedParagraph} from './doc-binary.ts'
import {isEncryptedWord, oleDirectory, oleIsSound, oleKind} from './ole.ts'

/**
 * A Word 97–2003 `.doc` → Document, through word-extractor (MIT), which reads
 * the text of the main document (headers, footers, footnotes, comments and
 * text boxes are kept apart by it and not read here): paragraphs, and table
 * rows as cells ended by tabs, which become table blocks. Word's automatic
 * list numbers and the cells merged down, which word-extractor leaves out,
 * are read from the binary (`doc-binary.ts`): the numbers are put back before
 * their paragraphs, a merged cell reads as the cell above it.
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
  let body: string
  const structure = docStructure(bytes, entries)
  try {
    const document = await new WordExtractor().extract(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength))
    // filterUnicode (on by default, missing from @types/word-extractor) would straighten quotes and dashes.
    const getBody = document.getBody.bind(document) as (options: {filterUnicode: boolean}) => string
    body = withListMarkers(getBody({filterUnicode: false}), structure.numbered)
  } catch (cause) {
    const reason = cause instanceof Error ? cause.message.split('\n')[0] : String(cause)
    throw new InputError('invalid-doc', `damaged or truncated Word 97–2003 file (${reason})`, {file, cause})
  }
  const blocks = flowToBlocks(withMarks(withMergedCells(docFlow(body), structure.rows), structure.marked))
  if (blocks.length === 0) throw new InputError('empty-file', 'the Word document has no text', {file})
  options.onPage?.({file, page: 1, pages: 1})
  return {file, pages: [], blocks, warnings: []}
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

/**
 * Marks the cells merged down (empty in word-extractor's text) as continuing
 * the cell above, so a merged owner cell reads in each row it covers. Applied
 * only when the table rows found in the text are the binary's rows, one for
 * one and cell for cell.
 */
function withMergedCells(items: FlowItem[], rows: readonly boolean[][]): FlowItem[] {
  const flowRows = items.flatMap((item) => (item.kind === 'table' ? item.rows : []))
  if (flowRows.length !== rows.length || !rows.some((row) => row.includes(true))) return items
  if (flowRows.some((cells, k) => cells.length !== rows[k]!.length)) return items
  flowRows.forEach((cells, k) => cells.forEach((cell, c) => (cell.continues = rows[k]![c]! && cellTextIsEmpty(cell))))
  return items
}

const cellTextIsEmpty = (cell: FlowCell): boolean => cell.content.length === 0

/**
 * Gives the paragraphs the binary sets wholly in bold or in a heading style
 * their weight and level, found in order by the start of their first line
 * (after a list marker put back), looking a few ahead so that one not found
 * does not stop the rest.
 */
function withMarks(items: FlowItem[], marked: readonly MarkedParagraph[]): FlowItem[] {
  let next = 0
  for (const item of items) {
    if (item.kind !== 'paragraph' || next >= marked.length) continue
    const text = item.text.replace(LIST_MARKER_PREFIX, '')
    for (let k = next; k < Math.min(marked.length, next + 3); k++) {
      const mark = marked[k]!
      if (text.startsWith(mark.key) || item.text.startsWith(mark.key)) {
        if (mark.bold) item.bold = true
        if (mark.level !== undefined) item.level = mark.level
        next = k + 1
        break
      }
    }
  }
  return items
}

/** A list marker and its space at the start of a paragraph (`1. `, `a) `, `• `), put back before the bold test. */
const LIST_MARKER_PREFIX = /^(?:\S{1,12}[.)]|[•\-–+])\s+/u

function addRow(table: FlowTable, cells: readonly string[]): void {
  table.rows.push(cells.map((text) => ({content: text.trim() === '' ? [] : [{kind: 'paragraph', text: text.trim(), bold: false}], colspan: 1, rowspan: 1, continues: false})))
}
