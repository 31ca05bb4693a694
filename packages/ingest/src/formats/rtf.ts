import {InputError, type VanbanDocument} from '@vanban/core'
import type {ReadOptions} from '../read-document.ts'
import {flowToBlocks, type FlowCell, type FlowItem, type FlowTable} from './flow.ts'
import {decodeWindows1252} from '../text/code-pages.ts'

/**
 * An RTF document (`.rtf`, and the many "Word" files portals serve that are
 * RTF inside) → Document. A small reader of the RTF 1.9 syntax: groups,
 * control words, `\'hh` bytes in the document's code page (`\ansicpg1258`:
 * Vietnamese Windows), `\uN` characters with their `\ucN` fallbacks skipped.
 * Headers, footers, footnotes, comments, pictures, objects, field codes and
 * the style, font, colour and list tables are not the body; a field's result
 * is. List numbers come from `\listtext` (and the older `\pntext`), where Word
 * writes each item's marker as printed. Paragraphs with `\intbl` become
 * table rows at `\cell` and `\row`, a cell merged down (`\clvmrg`) reading as
 * the one above; `\b` sets bold.
 */
export function readRtf(bytes: Uint8Array, file: string, options: ReadOptions = {}): VanbanDocument {
  options.signal?.throwIfAborted()
  const source = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1')
  if (!source.startsWith('{\\rtf')) throw new InputError('invalid-rtf', 'not an RTF document (no {\\rtf header)', {file})
  const blocks = flowToBlocks(rtfFlow(source))
  if (blocks.length === 0) throw new InputError('empty-file', 'the RTF document has no text', {file})
  options.onPage?.({file, page: 1, pages: 1})
  return {file, pages: [], blocks, warnings: []}
}

/** Destinations whose text is not the body. Any other `{\*\…}` group is skipped too, as RTF readers must. */
const skippedDestinations = new Set([
  'fonttbl', 'colortbl', 'stylesheet', 'info', 'pict', 'object', 'header', 'headerl', 'headerr', 'headerf', 'footer', 'footerl',
  'footerr', 'footerf', 'footnote', 'annotation', 'atnid', 'atnauthor', 'fldinst', 'listtable', 'listoverridetable', 'revtbl',
  'rsidtbl', 'generator', 'themedata', 'colorschememapping', 'latentstyles', 'datastore', 'xmlnstbl', 'filetbl', 'pntxta',
  'pntxtb', 'shp', 'shpinst', 'nonshppict', 'sp', 'sn', 'sv', 'docvar', 'userprops', 'mmathPr', 'bkmkstart', 'bkmkend', 'txe', 'xe', 'tc'
])

/** Control words that stand for a character. */
const characters: Record<string, string> = {
  tab: '\t', line: '\n', emdash: '—', endash: '–', lquote: '‘', rquote: '’', ldblquote: '“', rdblquote: '”', bullet: '•', emspace: ' ', enspace: ' ', qmspace: ' '
}

interface GroupState {
  skip: boolean
  bold: boolean
  uc: number
  inTable: boolean
}

/** RTF source → flow. */
export function rtfFlow(source: string): FlowItem[] {
  const items: FlowItem[] = []
  // Windows-1252 by the table: Node's TextDecoder drops its 0x80–0x9F (see `decodeWindows1252`).
  let decoder: {decode: (bytes: Uint8Array) => string} = {decode: decodeWindows1252}
  let state: GroupState = {skip: false, bold: false, uc: 1, inTable: false}
  const stack: GroupState[] = []
  /** The paragraph being read: text pieces with their weight. */
  let pieces: {text: string; bold: boolean}[] = []
  let pendingBytes: number[] = []
  let table: FlowTable | null = null
  let row: FlowCell[] = []
  let cell: FlowItem[] = []
  /** Characters still to skip after a `\uN` (its fallback). */
  let skipFallback = 0
  /** The current row's cell definitions: whether each cell continues the one above (`\clvmrg`). */
  let cellDefs: boolean[] = []
  let mergedDown = false

  const flushBytes = (): void => {
    if (pendingBytes.length === 0) return
    const text = decoder.decode(Uint8Array.from(pendingBytes))
    pendingBytes = []
    if (!state.skip) pieces.push({text, bold: state.bold})
  }
  const emit = (text: string): void => {
    flushBytes()
    if (!state.skip) pieces.push({text, bold: state.bold})
  }
  const endParagraph = (): void => {
    flushBytes()
    const text = pieces.map((p) => p.text).join('').normalize('NFC')
    const letters = pieces.filter((p) => /\p{L}/u.test(p.text))
    const paragraph = {kind: 'paragraph' as const, text, bold: letters.length > 0 && letters.every((p) => p.bold)}
    pieces = []
    if (state.inTable) {
      if (text.trim() !== '') cell.push(paragraph)
      return
    }
    if (table) {
      if (row.length > 0) table.rows.push(row)
      row = []
      table = null
    }
    if (text.trim() !== '') items.push(paragraph)
  }

  let i = 0
  while (i < source.length) {
    const ch = source[i]!
    if (ch === '{') {
      flushBytes()
      stack.push(state)
      state = {...state}
      i++
      continue
    }
    if (ch === '}') {
      flushBytes()
      state = stack.pop() ?? state
      i++
      continue
    }
    if (ch === '\r' || ch === '\n') {
      i++
      continue
    }
    if (ch !== '\\') {
      if (skipFallback > 0) skipFallback--
      else emit(ch)
      i++
      continue
    }
    // A control symbol or word.
    const next = source[i + 1] ?? ''
    if (next === "'") {
      const byte = parseInt(source.slice(i + 2, i + 4), 16)
      i += 4
      if (skipFallback > 0) skipFallback--
      else if (Number.isFinite(byte) && !state.skip) pendingBytes.push(byte)
      continue
    }
    if (!/[a-zA-Z]/.test(next)) {
      i += 2
      if (next === '*') {
        // `{\*\dest …}`: an optional destination; the word after it says which. Unknown ones are skipped.
        const word = /^\\([a-zA-Z]+)/.exec(source.slice(i))?.[1]
        if (word !== 'fldrslt' && word !== 'listtext' && word !== 'pntext') state.skip = true
      } else if (next === '\\' || next === '{' || next === '}') emit(next)
      else if (next === '~') emit('\u00a0')
      else if (next === '_') emit('\u2011')
      else if (next === '\n' || next === '\r') endParagraph()
      continue
    }
    const match = /^\\([a-zA-Z]+)(-?\d+)? ?/.exec(source.slice(i, i + 64))!
    i += match[0].length
    const word = match[1]!
    const param = match[2] === undefined ? null : Number(match[2])
    if (skippedDestinations.has(word)) {
      state.skip = true
      continue
    }
    switch (word) {
      case 'ansicpg':
        try {
          decoder = param === 1252 ? {decode: decodeWindows1252} : new TextDecoder(`windows-${param}`)
        } catch {
          // An unknown code page keeps windows-1252.
        }
        break
      case 'u':
        if (param !== null) emit(String.fromCharCode(param < 0 ? param + 65536 : param))
        skipFallback = state.uc
        break
      case 'uc':
        state.uc = param ?? 1
        break
      case 'b':
        flushBytes()
        state.bold = param !== 0
        break
      case 'plain':
        flushBytes()
        state.bold = false
        break
      case 'par':
      case 'sect':
      case 'page':
        endParagraph()
        break
      case 'pard':
        state.inTable = false
        break
      case 'intbl':
        state.inTable = true
        break
      case 'cell':
      case 'nestcell': {
        state.inTable = true
        endParagraph()
        row.push({content: cell, colspan: 1, rowspan: 1, continues: false})
        cell = []
        break
      }
      case 'trowd':
        cellDefs = []
        mergedDown = false
        break
      case 'clvmrg':
        mergedDown = true
        break
      case 'cellx':
        cellDefs.push(mergedDown)
        mergedDown = false
        break
      case 'row':
      case 'nestrow':
        flushBytes()
        // A cell merged with the one above (`\clvmrg`) reads as that cell, as in Word and HTML tables.
        row.forEach((cell, k) => (cell.continues = cellDefs[k] === true && cell.content.length === 0))
        if (!table) {
          table = {kind: 'table', rows: [], headerRows: 0}
          items.push(table)
        }
        table.rows.push(row)
        row = []
        break
      default:
        if (characters[word] !== undefined) emit(characters[word]!)
    }
  }
  endParagraph()
  return items
}
