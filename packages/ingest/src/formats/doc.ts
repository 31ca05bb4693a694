import WordExtractor from 'word-extractor'
import {InputError, PasswordError, UnsupportedInputError, type VanbanDocument} from '@vanban/core'
import type {ReadOptions} from '../read-document.ts'
import {flowToBlocks, type FlowItem, type FlowTable} from './flow.ts'
import {docListMarkers, withListMarkers} from './doc-lists.ts'
import {isEncryptedWord, oleDirectory, oleKind} from './ole.ts'

/**
 * A Word 97–2003 `.doc` → Document, through word-extractor (MIT), which reads
 * the text of the main document (headers, footers, footnotes, comments and
 * text boxes are kept apart by it and not read here): paragraphs, and table
 * rows as cells ended by tabs, which become table blocks. Word's automatic
 * list numbers, which word-extractor leaves out, are read from the binary's
 * list tables (`doc-lists.ts`) and put back before their paragraphs.
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
  if (isEncryptedWord(bytes, entries)) {
    throw new PasswordError('password-protected Word 97–2003 file: vanban cannot open it (remove the password in Word and save again)', {file})
  }
  let body: string
  try {
    const document = await new WordExtractor().extract(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength))
    // filterUnicode (on by default, missing from @types/word-extractor) would straighten quotes and dashes.
    const getBody = document.getBody.bind(document) as (options: {filterUnicode: boolean}) => string
    body = withListMarkers(getBody({filterUnicode: false}), docListMarkers(bytes, entries))
  } catch (cause) {
    const reason = cause instanceof Error ? cause.message.split('\n')[0] : String(cause)
    throw new InputError('invalid-doc', `damaged or truncated Word 97–2003 file (${reason})`, {file, cause})
  }
  const blocks = flowToBlocks(docFlow(body))
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

function addRow(table: FlowTable, cells: readonly string[]): void {
  table.rows.push(cells.map((text) => ({content: text.trim() === '' ? [] : [{kind: 'paragraph', text: text.trim(), bold: false}], colspan: 1, rowspan: 1, continues: false})))
}
