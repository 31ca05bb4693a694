import {formatNumber} from './list-numbering.ts'
import {bulletText} from './list-numbering.ts'
import {oleStream, type OleEntry} from './ole.ts'

/**
 * What word-extractor leaves out of a Word 97–2003 file, read from the binary
 * as [MS-DOC] describes it: the automatic list numbers (each numbered
 * paragraph of the main text with the marker Word prints: `1.`, `a)`, `II.`,
 * `-`) and the table cells merged down. The piece table (2.9.177 PlcPcd) maps
 * text positions; the paragraph properties (2.9.176 PlcBtePapx → 2.9.175
 * PapxFkp) give each paragraph's list (sprmPIlfo) and level (sprmPIlvl), and
 * for each row end (sprmPFTtp) its cells (sprmTDefTable, sprmTVertMerge); the
 * list tables (2.9.150 PlfLst, 2.9.148 PlfLfo) give each level's start,
 * number format (nfc) and number text.
 */
export interface NumberedParagraph {
  /** The paragraph's text as stored (control characters and fields included), for finding it in the extracted text. */
  text: string
  marker: string
}

/** FibRgFcLcb97 ([MS-DOC] 2.5.6): where each (fc, lcb) pair sits in the FIB. */
const fib = {ccpText: 0x4c, fcPlcfBteChpx: 0xfa, fcPlcfBtePapx: 0x102, fcClx: 0x1a2, fcPlfLst: 0x2e2, fcPlfLfo: 0x2ea}

interface Piece {
  cpStart: number
  cpEnd: number
  fc: number
  compressed: boolean
}

interface Level {
  start: number
  nfc: number
  /** The number text; characters 0–8 stand for the counters of levels 1–9. */
  text: string
  legal: boolean
}

/** Number formats ([MS-DOC] 2.9.135 MSONFC) → the names of Word's XML (formatNumber). */
const nfcFormats: Record<number, string> = {0: 'decimal', 1: 'upperRoman', 2: 'lowerRoman', 3: 'upperLetter', 4: 'lowerLetter', 22: 'decimalZero', 23: 'bullet', 255: 'none'}

export interface DocStructure {
  /** The numbered paragraphs of the main text, in order. */
  numbered: NumberedParagraph[]
  /** For each table row of the main text, in order, which of its cells continue the cell above (merged down). */
  rows: boolean[][]
  /** Paragraphs set wholly in bold (direct formatting) or in a heading style, in order, by the start of their first line. */
  marked: MarkedParagraph[]
}

export interface MarkedParagraph {
  /** The first 40 characters of its first line, as the extracted text shows them. */
  key: string
  bold: boolean
  /** Heading level, from the built-in heading styles (istd 1–9 are Heading 1–9, [MS-DOC] 2.9.271 STSH). */
  level?: number
}

/** The list markers and merged cells of a .doc; empty when the file has none or its tables cannot be read. */
export function docStructure(bytes: Uint8Array, entries: readonly OleEntry[]): DocStructure {
  const none: DocStructure = {numbered: [], rows: [], marked: []}
  const word = oleStream(bytes, entries, 'WordDocument')
  if (!word || word.length < 0x2f2) return none
  const w = new DataView(word.buffer, word.byteOffset, word.byteLength)
  const table = oleStream(bytes, entries, (w.getUint16(0x0a, true) & 0x0200) !== 0 ? '1Table' : '0Table')
  if (!table) return none
  const t = new DataView(table.buffer, table.byteOffset, table.byteLength)
  const fcLcb = (offset: number): [number, number] => [w.getUint32(offset, true), w.getUint32(offset + 4, true)]
  try {
    const pieces = readPieces(t, ...fcLcb(fib.fcClx))
    const ccpText = w.getUint32(fib.ccpText, true)
    const paragraphs = readParagraphs(word, w, t, ...fcLcb(fib.fcPlcfBtePapx), pieces).filter((p) => p.cpStart < ccpText)
    const rows = paragraphs.flatMap((p) => (p.rowCells ? [p.rowCells] : []))
    const boldRuns = readBoldRuns(word, w, t, ...fcLcb(fib.fcPlcfBteChpx), pieces)
    return {numbered: listMarkers(word, t, fcLcb, pieces, paragraphs, ccpText), rows, marked: markedParagraphs(word, pieces, paragraphs, boldRuns, ccpText)}
  } catch {
    // Tables out of range: a damaged or unusual file keeps its text without automatic numbers.
    return none
  }
}

function listMarkers(word: Uint8Array, t: DataView, fcLcb: (offset: number) => [number, number], pieces: readonly Piece[], paragraphs: readonly ParagraphProps[], ccpText: number): NumberedParagraph[] {
  const lists = readLists(t, ...fcLcb(fib.fcPlfLst))
  const lfos = readLfos(t, ...fcLcb(fib.fcPlfLfo))
  if (lists.size === 0 || lfos.length === 0) return []
  const counters = new Map<number, number[]>()
  const startedLfo = new Set<number>()
  const out: NumberedParagraph[] = []
  for (const paragraph of paragraphs) {
    if (paragraph.ilfo <= 0 || paragraph.ilfo > lfos.length) continue
    const lfo = lfos[paragraph.ilfo - 1]!
    const levels = lists.get(lfo.lsid)
    const level = levels?.[Math.min(paragraph.ilvl, levels.length - 1)]
    if (!levels || !level) continue
    const ilvl = Math.min(paragraph.ilvl, levels.length - 1)
    const count = counters.get(lfo.lsid) ?? []
    counters.set(lfo.lsid, count)
    if (!startedLfo.has(paragraph.ilfo)) {
      startedLfo.add(paragraph.ilfo)
      for (const [k, start] of lfo.starts) count[k] = start - 1
    }
    count[ilvl] = (count[ilvl] ?? level.start - 1) + 1
    for (let k = ilvl + 1; k < 9; k++) delete count[k]
    const marker =
      nfcFormats[level.nfc] === 'bullet'
        ? bulletText(level.text)
        : level.text.replace(/[\u0000-\u0008]/g, (ch) => {
            const k = ch.charCodeAt(0)
            const format = level.legal ? 'decimal' : (nfcFormats[levels[k]?.nfc ?? 0] ?? 'decimal')
            return formatNumber(count[k] ?? levels[k]?.start ?? 1, format)
          })
    if (marker.trim() === '') continue
    out.push({text: textAt(word, pieces, paragraph.cpStart, Math.min(paragraph.cpEnd, ccpText)), marker: marker.trim()})
  }
  return out
}

/** Character runs set in bold by direct formatting (sprmCFBold = 1 in a CHPX, [MS-DOC] 2.9.34), as text positions. */
function readBoldRuns(word: Uint8Array, w: DataView, t: DataView, fcPlcf: number, lcbPlcf: number, pieces: readonly Piece[]): [number, number][] {
  const n = (lcbPlcf - 4) / 8
  const runs: [number, number][] = []
  for (let i = 0; i < n; i++) {
    const fkp = (t.getUint32(fcPlcf + (n + 1) * 4 + i * 4, true) & 0x3fffff) * 512
    if (fkp + 512 > word.length) continue
    const crun = w.getUint8(fkp + 511)
    for (let j = 0; j < crun; j++) {
      const rgb = w.getUint8(fkp + (crun + 1) * 4 + j) * 2
      if (rgb === 0) continue
      const cb = w.getUint8(fkp + rgb)
      let bold = false
      for (let p = fkp + rgb + 1; p + 2 <= fkp + rgb + 1 + cb; ) {
        const sprm = w.getUint16(p, true)
        if (sprm === 0x0835) bold = w.getUint8(p + 2) === 1
        p = p + 2 + operandSize(w, sprm, p + 2)
      }
      if (!bold) continue
      const from = fcToCp(pieces, w.getUint32(fkp + j * 4, true))
      const to = fcToCp(pieces, w.getUint32(fkp + (j + 1) * 4, true))
      if (from !== null && to !== null) runs.push([from, to])
    }
  }
  return runs
}

/** The paragraphs whose every letter is in a bold run, or whose style is a heading. */
function markedParagraphs(word: Uint8Array, pieces: readonly Piece[], paragraphs: readonly ParagraphProps[], runs: readonly [number, number][], ccpText: number): MarkedParagraph[] {
  const isBold = (cp: number): boolean => runs.some(([from, to]) => cp >= from && cp < to)
  const out: MarkedParagraph[] = []
  for (const paragraph of paragraphs) {
    const level = paragraph.istd >= 1 && paragraph.istd <= 9 ? paragraph.istd : undefined
    if (runs.length === 0 && level === undefined) continue
    const text = textAt(word, pieces, paragraph.cpStart, Math.min(paragraph.cpEnd, ccpText))
    let letters = 0
    let allBold = true
    for (let k = 0; k < text.length && allBold; k++) {
      if (!/\p{L}/u.test(text[k]!)) continue
      letters++
      allBold = isBold(paragraph.cpStart + k)
    }
    const key = shownText(text.split(/[\u000b\u000d\u0007]/)[0] ?? '').slice(0, 40)
    const bold = letters > 0 && allBold && runs.length > 0
    if (key !== '' && (bold || level !== undefined)) out.push({key, bold, ...(level === undefined ? {} : {level})})
  }
  return out
}

function readPieces(t: DataView, fcClx: number, lcbClx: number): Piece[] {
  let pos = fcClx
  while (pos < fcClx + lcbClx && t.getUint8(pos) === 1) pos += 3 + t.getUint16(pos + 1, true)
  if (t.getUint8(pos) !== 2) return []
  const size = t.getUint32(pos + 1, true)
  const start = pos + 5
  const n = (size - 4) / 12
  const pieces: Piece[] = []
  for (let k = 0; k < n; k++) {
    const raw = t.getUint32(start + (n + 1) * 4 + k * 8 + 2, true)
    const compressed = (raw & 0x40000000) !== 0
    pieces.push({cpStart: t.getUint32(start + k * 4, true), cpEnd: t.getUint32(start + (k + 1) * 4, true), fc: compressed ? (raw & 0x3fffffff) / 2 : raw, compressed})
  }
  return pieces
}

/** The text between two character positions, from the pieces (8-bit pieces are windows-1252). */
function textAt(word: Uint8Array, pieces: readonly Piece[], cpStart: number, cpEnd: number): string {
  let text = ''
  for (const piece of pieces) {
    const from = Math.max(cpStart, piece.cpStart)
    const to = Math.min(cpEnd, piece.cpEnd)
    if (from >= to) continue
    const width = piece.compressed ? 1 : 2
    const a = piece.fc + (from - piece.cpStart) * width
    const slice = word.subarray(a, a + (to - from) * width)
    text += piece.compressed ? new TextDecoder('windows-1252').decode(slice) : new TextDecoder('utf-16le').decode(slice)
  }
  return text
}

function fcToCp(pieces: readonly Piece[], fc: number): number | null {
  for (const piece of pieces) {
    const width = piece.compressed ? 1 : 2
    const end = piece.fc + (piece.cpEnd - piece.cpStart) * width
    if (fc >= piece.fc && fc <= end) return piece.cpStart + (fc - piece.fc) / width
  }
  return null
}

interface ParagraphProps {
  cpStart: number
  cpEnd: number
  ilfo: number
  ilvl: number
  /** The paragraph's style index. */
  istd: number
  /** For the mark that ends a table row: which of its cells continue the cell above. */
  rowCells?: boolean[]
}

/** Each paragraph's list and level from its PAPX, in file order of the FKPs. */
function readParagraphs(word: Uint8Array, w: DataView, t: DataView, fcPlcf: number, lcbPlcf: number, pieces: readonly Piece[]): ParagraphProps[] {
  const n = (lcbPlcf - 4) / 8
  const out: ParagraphProps[] = []
  for (let i = 0; i < n; i++) {
    const page = t.getUint32(fcPlcf + (n + 1) * 4 + i * 4, true) & 0x3fffff
    const fkp = page * 512
    if (fkp + 512 > word.length) continue
    const crun = w.getUint8(fkp + 511)
    for (let j = 0; j < crun; j++) {
      const fcStart = w.getUint32(fkp + j * 4, true)
      const fcEnd = w.getUint32(fkp + (j + 1) * 4, true)
      const bx = w.getUint8(fkp + (crun + 1) * 4 + j * 13) * 2
      let ilfo = 0
      let ilvl = 0
      let rowEnd = false
      let cells: boolean[] = []
      let istd = 0
      if (bx !== 0) {
        let cb = w.getUint8(fkp + bx)
        let at = fkp + bx + 1
        let length = 2 * cb - 1
        if (cb === 0) {
          cb = w.getUint8(fkp + bx + 1)
          at = fkp + bx + 2
          length = 2 * cb
        }
        // istd (2 bytes), then the sprms.
        istd = w.getUint16(at, true)
        for (let p = at + 2; p + 2 <= at + length; ) {
          const sprm = w.getUint16(p, true)
          const operand = p + 2
          if (sprm === 0x460b) ilfo = w.getInt16(operand, true)
          else if (sprm === 0x260a) ilvl = w.getUint8(operand)
          else if (sprm === 0x2417) rowEnd = w.getUint8(operand) !== 0
          else if (sprm === 0xd608) cells = defTableMerges(w, operand)
          else if (sprm === 0xd62b) {
            // sprmTVertMerge: cb (2), the cell, its VerticalMergeFlag (1: merged with the cell above).
            const itc = w.getUint8(operand + 1)
            cells[itc] = w.getUint8(operand + 2) === 1
          }
          p = operand + operandSize(w, sprm, operand)
        }
      }
      const cpStart = fcToCp(pieces, fcStart)
      const cpEnd = fcToCp(pieces, fcEnd)
      if (cpStart !== null && cpEnd !== null) out.push({cpStart, cpEnd, ilfo, ilvl, istd, ...(rowEnd ? {rowCells: Array.from(cells, (c) => c === true)} : {})})
    }
  }
  return out.sort((a, b) => a.cpStart - b.cpStart)
}

/**
 * sprmTDefTable's cells (2.9.328 TDefTableOperand: cb, itcMac, the column
 * edges, then a TC80 per cell): whether each continues the cell above, from
 * its tcgrf's vertMerge bits (fvmMerge = 1; fvmRestart = 3 starts a set).
 */
function defTableMerges(w: DataView, operand: number): boolean[] {
  const size = w.getUint16(operand, true)
  const count = w.getUint8(operand + 2)
  const tcs = operand + 3 + (count + 1) * 2
  const merges: boolean[] = []
  for (let k = 0; k < count; k++) {
    const at = tcs + k * 20
    merges.push(at + 2 <= operand + 1 + size && ((w.getUint16(at, true) >> 5) & 3) === 1)
  }
  return merges
}

/** Operand length of a sprm by its spra bits ([MS-DOC] 2.2.5.1); variable ones carry their size first. */
function operandSize(view: DataView, sprm: number, operand: number): number {
  switch (sprm >> 13) {
    case 0:
    case 1:
      return 1
    case 2:
    case 4:
    case 5:
      return 2
    case 3:
      return 4
    case 7:
      return 3
    default:
      // sprmTDefTable and sprmPChgTabs have 2-byte or special sizes.
      if (sprm === 0xd608 || sprm === 0xd606) return view.getUint16(operand, true) + 1
      return view.getUint8(operand) + 1
  }
}

/** PlfLst: list id → its levels (one for a simple list, nine otherwise). */
function readLists(t: DataView, fc: number, lcb: number): Map<number, Level[]> {
  const lists = new Map<number, Level[]>()
  if (lcb < 2) return lists
  const count = t.getInt16(fc, true)
  const lstfs: {lsid: number; simple: boolean}[] = []
  for (let k = 0; k < count; k++) {
    const at = fc + 2 + k * 28
    lstfs.push({lsid: t.getInt32(at, true), simple: (t.getUint8(at + 26) & 1) !== 0})
  }
  let pos = fc + 2 + count * 28
  for (const lstf of lstfs) {
    const levels: Level[] = []
    for (let k = 0; k < (lstf.simple ? 1 : 9); k++) {
      const {level, end} = readLevel(t, pos)
      levels.push(level)
      pos = end
    }
    lists.set(lstf.lsid, levels)
  }
  return lists
}

/** One LVL: LVLF (28 bytes), its paragraph and character sprms, then the number text (xst). */
function readLevel(t: DataView, at: number): {level: Level; end: number} {
  const start = t.getInt32(at, true)
  const nfc = t.getUint8(at + 4)
  const legal = (t.getUint8(at + 5) & 0x04) !== 0
  const cbChpx = t.getUint8(at + 24)
  const cbPapx = t.getUint8(at + 25)
  let pos = at + 28 + cbPapx + cbChpx
  const cch = t.getUint16(pos, true)
  let text = ''
  for (let k = 0; k < cch; k++) text += String.fromCharCode(t.getUint16(pos + 2 + k * 2, true))
  pos += 2 + cch * 2
  return {level: {start, nfc, text, legal}, end: pos}
}

interface Lfo {
  lsid: number
  /** Level → restart value (LFOLVL with fStartAt). */
  starts: Map<number, number>
}

/** PlfLfo: the list instances paragraphs point at (1-based ilfo), with their start overrides. */
function readLfos(t: DataView, fc: number, lcb: number): Lfo[] {
  if (lcb < 4) return []
  const count = t.getInt32(fc, true)
  const lfos: (Lfo & {levels: number})[] = []
  for (let k = 0; k < count; k++) {
    const at = fc + 4 + k * 16
    lfos.push({lsid: t.getInt32(at, true), starts: new Map(), levels: t.getUint8(at + 12)})
  }
  let pos = fc + 4 + count * 16
  for (const lfo of lfos) {
    pos += 4 // LFOData.cp
    for (let k = 0; k < lfo.levels; k++) {
      const startAt = t.getInt32(pos, true)
      const flags = t.getUint32(pos + 4, true)
      pos += 8
      if ((flags & 0x10) !== 0) lfo.starts.set(flags & 0x0f, startAt)
      if ((flags & 0x20) !== 0) pos = readLevel(t, pos).end
    }
  }
  return lfos
}

/** Stored paragraph text → what the extracted text shows: field results without their codes, no control characters. */
function shownText(stored: string): string {
  let text = stored
  for (let before = ''; before !== text; ) {
    before = text
    text = text.replace(/\u0013[^\u0013\u0014\u0015]*(?:\u0014([^\u0013\u0014\u0015]*))?\u0015/g, (_, result: string | undefined) => result ?? '')
  }
  return text.replace(/[\u0000-\u001f]/g, '').trim()
}

/**
 * Puts the list markers into the text word-extractor gave: each numbered
 * paragraph is found, in order, at the start of a line (or cell), by the
 * first characters of its text; one that cannot be found keeps its text
 * without a marker.
 */
export function withListMarkers(body: string, numbered: readonly NumberedParagraph[]): string {
  let out = ''
  let cursor = 0
  for (const {text, marker} of numbered) {
    const key = shownText(text).slice(0, 40)
    if (key === '') continue
    for (let at = body.indexOf(key, cursor); at >= 0; at = body.indexOf(key, at + 1)) {
      const before = at === 0 ? '\n' : body[at - 1]!
      if (before !== '\n' && before !== '\t') continue
      out += `${body.slice(cursor, at)}${marker} `
      cursor = at
      break
    }
  }
  return out + body.slice(cursor)
}
