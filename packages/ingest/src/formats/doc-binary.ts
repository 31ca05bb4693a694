import {formatNumber} from './list-numbering.ts'
import {bulletText} from './list-numbering.ts'
import {oleStream, type OleEntry} from './ole.ts'
import {decodeWindows1252} from '../text/code-pages.ts'

/**
 * The main text of a Word 97–2003 file read from the binary as [MS-DOC]
 * describes it. The piece table (2.9.177 PlcPcd) maps character positions to
 * the text; the paragraph properties (2.9.176 PlcBtePapx → 2.9.175 PapxFkp)
 * cut it into paragraphs and give each its list (sprmPIlfo) and level
 * (sprmPIlvl), its style, whether it is in a table (sprmPFInTable,
 * sprmPItap), and for each row end (sprmPFTtp) its cells (sprmTDefTable,
 * sprmTVertMerge) and header flag (sprmTTableHeader); the list tables (2.9.150
 * PlfLst, 2.9.148 PlfLfo) give each level's start, number format (nfc) and
 * number text; the character properties (PlcBteChpx) bold runs.
 */
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

/** One paragraph of the main text, as the binary has it. */
export interface DocParagraph {
  /** The text shown: field results without their codes, `\n` for a line break (0x0B), tabs kept, no control characters; the list marker before it. */
  text: string
  /** Every letter is in a run set bold by direct formatting (sprmCFBold). */
  bold: boolean
  /** Heading level, from the built-in heading styles (istd 1–9 are Heading 1–9, [MS-DOC] 2.9.271 STSH). */
  level?: number
  /** 0 in the body; 1 in a cell of a table, 2 in a table nested in a cell … (sprmPFInTable, sprmPItap). */
  depth: number
  /** Ends a cell (its mark is 0x07). */
  cellEnd: boolean
  /** The mark that ends a table row (sprmPFTtp): which of its cells continue the cell above (merged down), whether it is a header row, its cells' edges (twips). */
  row?: {merged: boolean[]; header: boolean; edges: number[]}
}

/**
 * The paragraphs of the main text, in order, read from the piece table and
 * the paragraph properties; null when the binary cannot be read that way
 * (tables out of range, paragraph runs that do not cover the text), so the
 * caller falls back to word-extractor's text.
 */
export function docParagraphs(bytes: Uint8Array, entries: readonly OleEntry[]): DocParagraph[] | null {
  const word = oleStream(bytes, entries, 'WordDocument')
  if (!word || word.length < 0x2f2) return null
  const w = new DataView(word.buffer, word.byteOffset, word.byteLength)
  const table = oleStream(bytes, entries, (w.getUint16(0x0a, true) & 0x0200) !== 0 ? '1Table' : '0Table')
  if (!table) return null
  const t = new DataView(table.buffer, table.byteOffset, table.byteLength)
  const fcLcb = (offset: number): [number, number] => [w.getUint32(offset, true), w.getUint32(offset + 4, true)]
  try {
    const pieces = readPieces(t, ...fcLcb(fib.fcClx))
    const ccpText = w.getUint32(fib.ccpText, true)
    const text = textAt(word, pieces, 0, ccpText)
    if (pieces.length === 0 || text.length !== ccpText) return null
    const runs = readParagraphs(w, t, ...fcLcb(fib.fcPlcfBtePapx))
    if (runs.length === 0) return null
    // [MS-DOC] 2.4.2: a paragraph ends at its mark (0x0D, a cell or row-end mark 0x07, a section mark 0x0C); its properties are those of the PAPX run holding the mark.
    const paragraphs: {from: number; to: number; props: ParagraphProps}[] = []
    for (let cp = 0, from = 0; cp < ccpText; cp++) {
      const ch = text[cp]!
      if (ch !== '\r' && ch !== '\u0007' && ch !== '\u000c' && cp !== ccpText - 1) continue
      const fc = cpToFc(pieces, cp)
      paragraphs.push({from, to: cp + 1, props: (fc === null ? undefined : runAt(runs, fc)) ?? plainParagraph})
      from = cp + 1
    }
    const runsOf = readCharRuns(word, w, t, ...fcLcb(fib.fcPlcfBteChpx), pieces)
    const shown = shownMask(text, inRuns(runsOf.hidden))
    const markers = listMarkers(t, fcLcb, paragraphs.map((p) => p.props), looksLikeLibreOffice(word))
    const isBold = inRuns(runsOf.bold)
    const out: DocParagraph[] = []
    paragraphs.forEach(({from, to, props}, index) => {
      if (props.innerRowEnd) return
      let shownText = ''
      let letters = 0
      let allBold = true
      for (let k = from; k < to; k++) {
        if (!shown[k]) continue
        const c = text[k]!
        if (c === '\u000b') shownText += '\n'
        else if (c === '\u001e') shownText += '-'
        else if (c === '\t' || c >= ' ') {
          shownText += c
          if (/\p{L}/u.test(c)) {
            letters++
            if (allBold && !isBold(k)) allBold = false
          }
        }
      }
      const marker = markers.get(index)
      const level = props.istd >= 1 && props.istd <= 9 ? props.istd : undefined
      const mark = text[to - 1]
      out.push({
        text: marker ? `${marker} ${shownText.replace(/^[ \t]+/, '')}` : shownText,
        bold: letters > 0 && allBold,
        ...(level === undefined ? {} : {level}),
        depth: props.depth,
        cellEnd: mark === '\u0007' && props.depth > 0,
        ...(props.rowCells && mark === '\u0007' ? {row: {merged: props.rowCells, header: props.headerRow, edges: props.edges ?? []}} : {})
      })
    })
    return out
  } catch {
    // Tables out of range: a damaged or unusual file is read through word-extractor.
    return null
  }
}

const plainParagraph: ParagraphProps = {fcStart: 0, fcEnd: 0, ilfo: 0, ilvl: 0, istd: 0, depth: 0, innerRowEnd: false, headerRow: false}

/** The PAPX run holding a file position (runs sorted by position). */
function runAt(runs: readonly ParagraphProps[], fc: number): ParagraphProps | undefined {
  let lo = 0
  let hi = runs.length - 1
  while (lo <= hi) {
    const mid = (lo + hi) >> 1
    const run = runs[mid]!
    if (fc < run.fcStart) hi = mid - 1
    else if (fc >= run.fcEnd) lo = mid + 1
    else return run
  }
  return undefined
}

/** Whether a character position is in one of the runs: merged and sorted once, then a binary search. */
function inRuns(runs: readonly [number, number][]): (cp: number) => boolean {
  const sorted = [...runs].sort((a, b) => a[0] - b[0])
  const merged: [number, number][] = []
  for (const [from, to] of sorted) {
    const last = merged.at(-1)
    if (last && from <= last[1]) last[1] = Math.max(last[1], to)
    else merged.push([from, to])
  }
  return (cp) => {
    let lo = 0
    let hi = merged.length - 1
    while (lo <= hi) {
      const mid = (lo + hi) >> 1
      const [from, to] = merged[mid]!
      if (cp < from) hi = mid - 1
      else if (cp >= to) lo = mid + 1
      else return true
    }
    return false
  }
}

/**
 * Which characters of the text are shown: a field (0x13 code 0x14 result
 * 0x15, nested) shows its result only, deleted and hidden runs nothing;
 * paragraph and cell marks always count.
 */
function shownMask(text: string, hidden: (cp: number) => boolean): boolean[] {
  const mask: boolean[] = new Array(text.length)
  const stack: boolean[] = [] // per open field: true once its separator has passed
  for (let k = 0; k < text.length; k++) {
    const ch = text[k]!
    if (ch === '\u0013') stack.push(false)
    else if (ch === '\u0014' && stack.length > 0) stack[stack.length - 1] = true
    else if (ch === '\u0015' && stack.length > 0) stack.pop()
    mask[k] = ch === '\r' || ch === '\u0007' || (ch !== '\u0013' && ch !== '\u0014' && ch !== '\u0015' && stack.every(Boolean) && !hidden(k))
  }
  return mask
}

/**
 * LibreOffice writes "Caolan80" into the reserved words of the FIB it saves
 * (FibRgW97, after csw); Word never does. Its .doc export has a known fault
 * that the numbering corrects for (see listMarkers).
 */
function looksLikeLibreOffice(word: Uint8Array): boolean {
  return new TextDecoder('latin1').decode(word.subarray(0x22, 0x3e)).includes('Caolan')
}

/**
 * The list marker of each numbered paragraph, by its index. Counters belong to the list (LSTF), as in Word: two list
 * instances (LFO) of one list continue each other unless an LFOLVL restarts
 * a level.
 *
 * LibreOffice's .doc export gives a paragraph that restarts its list a copy
 * of the list of its own (a new LSTF holding the restart value) and the
 * paragraphs after it the original list, which Word then counts from the
 * start again: pandoc's `1. 2. 3.` saved by LibreOffice prints `1. 1. 2.`,
 * and LibreOffice shows its own file so. In a file LibreOffice wrote, a list
 * whose levels equal those of the list used next at the same level, and which
 * only its copy's paragraphs use before that, counts on with it.
 */
function listMarkers(t: DataView, fcLcb: (offset: number) => [number, number], paragraphs: readonly ParagraphProps[], fromLibreOffice: boolean): Map<number, string> {
  const out = new Map<number, string>()
  const lists = readLists(t, ...fcLcb(fib.fcPlfLst))
  const lfos = readLfos(t, ...fcLcb(fib.fcPlfLfo))
  if (lists.size === 0 || lfos.length === 0) return out
  const counterOf = fromLibreOffice ? restartCopies(paragraphs, lists, lfos) : new Map<number, number>()
  const counters = new Map<number, number[]>()
  const startedLfo = new Set<number>()
  for (const [index, paragraph] of paragraphs.entries()) {
    if (paragraph.ilfo <= 0 || paragraph.ilfo > lfos.length) continue
    const lfo = lfos[paragraph.ilfo - 1]!
    const levels = lists.get(lfo.lsid)
    const level = levels?.[Math.min(paragraph.ilvl, levels.length - 1)]
    if (!levels || !level) continue
    const ilvl = Math.min(paragraph.ilvl, levels.length - 1)
    const key = counterOf.get(lfo.lsid) ?? lfo.lsid
    const count = counters.get(key) ?? []
    counters.set(key, count)
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
    if (marker.trim() !== '') out.set(index, marker.trim())
  }
  return out
}

/**
 * LibreOffice's restart copies (see listMarkers): list → the list whose
 * counters it shares. A copy is used by one paragraph only and comes after
 * its original in the list table; the next numbered paragraph is the
 * original's first, and the two lists' levels are equal (format, number text
 * and start: the copy holds the restart value, which is the list's own start
 * when a list starts afresh). Otherwise the file is read as Word prints it.
 */
function restartCopies(paragraphs: readonly ParagraphProps[], lists: ReadonlyMap<number, Level[]>, lfos: readonly Lfo[]): Map<number, number> {
  const numbered = paragraphs.flatMap((p) => {
    const lfo = p.ilfo > 0 ? lfos[p.ilfo - 1] : undefined
    return lfo && lists.has(lfo.lsid) ? [lfo.lsid] : []
  })
  const uses = new Map<number, number>()
  for (const lsid of numbered) uses.set(lsid, (uses.get(lsid) ?? 0) + 1)
  const order = [...lists.keys()]
  const out = new Map<number, number>()
  for (let k = 0; k + 1 < numbered.length; k++) {
    const copy = numbered[k]!
    const next = numbered[k + 1]!
    if (uses.get(copy) !== 1 || next === copy || numbered.indexOf(next) !== k + 1) continue
    // A list already found to be continued is an original, not a copy; copies are written after all the originals.
    if (out.has(copy) || order.indexOf(copy) < order.indexOf(next)) continue
    if (sameLevels(lists.get(copy)!, lists.get(next)!)) out.set(next, out.get(copy) ?? copy)
  }
  return out
}

const sameLevels = (a: readonly Level[], b: readonly Level[]): boolean =>
  a.length === b.length && a.every((level, k) => level.start === b[k]!.start && level.nfc === b[k]!.nfc && level.text === b[k]!.text && level.legal === b[k]!.legal)

/**
 * Character runs, as text positions, set by direct formatting ([MS-DOC]
 * 2.9.34 CHPX) in bold (sprmCFBold) and those not shown: deleted with
 * changes tracked (sprmCFRMarkDel) or hidden (sprmCFVanish), which Word does
 * not print and the .docx reader leaves out too (`w:del`, `w:vanish`).
 */
function readCharRuns(word: Uint8Array, w: DataView, t: DataView, fcPlcf: number, lcbPlcf: number, pieces: readonly Piece[]): {bold: [number, number][]; hidden: [number, number][]} {
  const n = (lcbPlcf - 4) / 8
  const bold: [number, number][] = []
  const hidden: [number, number][] = []
  for (let i = 0; i < n; i++) {
    const fkp = (t.getUint32(fcPlcf + (n + 1) * 4 + i * 4, true) & 0x3fffff) * 512
    if (fkp + 512 > word.length) continue
    const crun = w.getUint8(fkp + 511)
    for (let j = 0; j < crun; j++) {
      const rgb = w.getUint8(fkp + (crun + 1) * 4 + j) * 2
      if (rgb === 0) continue
      const cb = w.getUint8(fkp + rgb)
      let isBold = false
      let isHidden = false
      for (let p = fkp + rgb + 1; p + 2 <= fkp + rgb + 1 + cb; ) {
        const sprm = w.getUint16(p, true)
        // Toggles: 1 on, 0x81 the opposite of the style (on, over the plain styles notices use).
        if (sprm === 0x0835) isBold = w.getUint8(p + 2) === 1
        else if (sprm === 0x0800 || sprm === 0x083c) isHidden ||= w.getUint8(p + 2) === 1 || w.getUint8(p + 2) === 0x81
        p = p + 2 + operandSize(w, sprm, p + 2)
      }
      if (!isBold && !isHidden) continue
      const from = fcToCp(pieces, w.getUint32(fkp + j * 4, true))
      const to = fcToCp(pieces, w.getUint32(fkp + (j + 1) * 4, true))
      if (from === null || to === null) continue
      if (isBold) bold.push([from, to])
      if (isHidden) hidden.push([from, to])
    }
  }
  return {bold, hidden}
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

/** The text between two character positions, from the pieces (8-bit pieces are Windows-1252). */
function textAt(word: Uint8Array, pieces: readonly Piece[], cpStart: number, cpEnd: number): string {
  let text = ''
  for (const piece of pieces) {
    const from = Math.max(cpStart, piece.cpStart)
    const to = Math.min(cpEnd, piece.cpEnd)
    if (from >= to) continue
    const width = piece.compressed ? 1 : 2
    const a = piece.fc + (from - piece.cpStart) * width
    const slice = word.subarray(a, a + (to - from) * width)
    text += piece.compressed ? compressedText(slice) : new TextDecoder('utf-16le').decode(slice)
  }
  return text
}

/** An 8-bit piece: Windows-1252, as [MS-DOC] 2.4.1 stores it. */
const compressedText = decodeWindows1252

function cpToFc(pieces: readonly Piece[], cp: number): number | null {
  const piece = pieces.find((p) => cp >= p.cpStart && cp < p.cpEnd)
  return piece ? piece.fc + (cp - piece.cpStart) * (piece.compressed ? 1 : 2) : null
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
  /** The run's file positions, [fcStart, fcEnd). */
  fcStart: number
  fcEnd: number
  ilfo: number
  ilvl: number
  /** The paragraph's style index. */
  istd: number
  /** For the mark that ends a table row: which of its cells continue the cell above. */
  rowCells?: boolean[]
  /** For a row end: its cells' edges, left to right (sprmTDefTable's rgdxaCenter, twips). */
  edges?: number[]
  /** In a table (sprmPFInTable), and how deep (sprmPItap; 1 for a table in the body). */
  depth: number
  /** Ends a row of a table nested in a cell (sprmPFInnerTtp): an empty mark, not text. */
  innerRowEnd: boolean
  /** A row end whose row repeats as a header row on each page (sprmTTableHeader). */
  headerRow: boolean
}

/** The PAPX runs (each ends with a paragraph mark) and their properties, by file position. */
function readParagraphs(w: DataView, t: DataView, fcPlcf: number, lcbPlcf: number): ParagraphProps[] {
  const n = (lcbPlcf - 4) / 8
  const out: ParagraphProps[] = []
  for (let i = 0; i < n; i++) {
    const page = t.getUint32(fcPlcf + (n + 1) * 4 + i * 4, true) & 0x3fffff
    const fkp = page * 512
    if (fkp + 512 > w.byteLength) continue
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
      let inTable = false
      let itap = 0
      let innerRowEnd = false
      let headerRow = false
      let edges: number[] = []
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
          else if (sprm === 0x2416) inTable = w.getUint8(operand) !== 0
          else if (sprm === 0x6649) itap = w.getInt32(operand, true)
          else if (sprm === 0x244c) innerRowEnd = w.getUint8(operand) !== 0
          else if (sprm === 0x3404) headerRow = w.getUint8(operand) !== 0
          else if (sprm === 0xd608) {
            cells = defTableMerges(w, operand)
            edges = defTableEdges(w, operand)
          }
          else if (sprm === 0xd62b) {
            // sprmTVertMerge: cb (2), the cell, its VerticalMergeFlag (1: merged with the cell above).
            const itc = w.getUint8(operand + 1)
            cells[itc] = w.getUint8(operand + 2) === 1
          }
          p = operand + operandSize(w, sprm, operand)
        }
      }
      const depth = inTable || rowEnd ? Math.max(1, itap) : 0
      out.push({fcStart, fcEnd, ilfo, ilvl, istd, depth, innerRowEnd, headerRow, ...(rowEnd ? {rowCells: Array.from(cells, (c) => c === true), edges} : {})})
    }
  }
  return out.sort((a, b) => a.fcStart - b.fcStart)
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

/** sprmTDefTable's column edges: itcMac + 1 signed twips after cb and itcMac. */
function defTableEdges(w: DataView, operand: number): number[] {
  const count = w.getUint8(operand + 2)
  return Array.from({length: count + 1}, (_, k) => w.getInt16(operand + 3 + k * 2, true))
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
