import {ruleAt, type RuleLine} from './find-rules.ts'
import type {OcrLine, OcrWord} from './tesseract-tsv.ts'

/**
 * A table cell in image pixels, bounded by ruling lines (or where the table's
 * verticals end). Edges keep the scan's skew: a cell of a page turned half a
 * degree is a slanted box, and its rules would otherwise cut into it.
 */
export interface Cell {
  left: RuleLine
  right: RuleLine
  top: RuleLine
  bottom: RuleLine
  /** Axis-aligned bounds (mean positions of the edges). */
  x0: number
  y0: number
  x1: number
  y1: number
  /** Width of the table the cell belongs to (pixels). */
  tableWidth: number
}

/** Rules closer than this (px at 300 dpi, ≈ 1.5 mm) are one edge: a double border or a skewed line reported twice. */
const mergePx = 18

/**
 * The cells of the ruled tables on a page, from its ruling lines (pixels).
 * A row band is the space between two consecutive horizontal edges; an edge
 * is a horizontal rule or where the table's verticals start or stop (a table
 * that runs on to the next page has no closing rule at the page foot). The
 * verticals crossing a band split it into cells.
 */
export function tableCells(rules: readonly RuleLine[]): Cell[] {
  const verticals = rules.filter((rule) => rule.vertical)
  if (verticals.length < 2) return []
  const flat = (at: number): RuleLine => ({vertical: false, at, from: 0, to: Number.MAX_SAFE_INTEGER, middle: 0, slope: 0})
  const horizontals = dedupe([...rules.filter((rule) => !rule.vertical), ...verticals.flatMap((v) => [flat(v.from), flat(v.to)])])
  const cells: Cell[] = []
  for (let i = 0; i + 1 < horizontals.length; i++) {
    const top = horizontals[i]!
    const bottom = horizontals[i + 1]!
    // Verticals that cross the whole band (a skewed rule's ends are reported a little short).
    const crossing = dedupe(verticals.filter((v) => v.from <= top.at + mergePx && v.to >= bottom.at - mergePx))
    if (crossing.length < 2) continue
    const tableWidth = crossing.at(-1)!.at - crossing[0]!.at
    for (let k = 0; k + 1 < crossing.length; k++) {
      const left = crossing[k]!
      const right = crossing[k + 1]!
      cells.push({left, right, top, bottom, x0: left.at, y0: top.at, x1: right.at, y1: bottom.at, tableWidth})
    }
  }
  return cells
}

/** Lines sorted by position across; of lines closer than `mergePx`, the first (a real rule before a verticals' end). */
function dedupe(lines: RuleLine[]): RuleLine[] {
  const sorted = [...lines].sort((a, b) => a.at - b.at || b.to - b.from - (a.to - a.from))
  const out: RuleLine[] = []
  for (const line of sorted) if (out.length === 0 || line.at - out.at(-1)!.at > mergePx) out.push(line)
  return out
}

/** Columns narrower than this share of their table hold short labels: row numbers (TT, STT), letters. */
const narrowShare = 0.1
/** A word read at least this sure, and shaped like a row label, is not read again. */
const sureConfidence = 90
/** A word read less sure than this makes a short cell worth reading again on its own. */
const doubtfulConfidence = 75
/** Cells of at most this many words (an agency's name, a date, a product) are checked for doubtful or missing words: their crops are small. */
const shortCellWords = 8
/** A band of ink rows this tall (px at 300 dpi) that no word covers is a line tesseract dropped (a lone `vụ` under `Bộ Nội`). */
const missingLinePx = 14
/** Rows (px) around a word's box still counted as the word's: its diacritics and descenders. */
const wordMarginPx = 8
/** A re-reading that adds a dropped line is taken when it is at least this sure. */
const fullerConfidence = 70
/** A row label: 1. 12) IV. a) đ. */
const label = /^(?:\d{1,3}|[IVXLivxl]{1,5}|\p{Ll})[.)]?$/u
/** Darker than this is ink (as in find-rules). */
const inkLevel = 128
/** Pixels kept clear of a cell's ruling lines when looking for ink (a rule is 2–4 px thick, plus skew). */
const insetPx = 8
/** White border around a cell crop: tesseract reads text touching the image edge badly. */
const paddingPx = 20

/** A cell to read again: the crop (PGM) and where it sits on the page. */
export interface CellCrop {
  /** PGM bytes of the inked part of the cell, with a white border. */
  image: Buffer
  /** Page pixel position of the crop's (0, 0). */
  left: number
  top: number
  /** Page-segmentation mode: 7 (one line) for a label, 6 (a block) for a cell with several lines. */
  psm: '6' | '7'
  /** Characters the cell may hold (a numbering column), for tesseract's whitelist. */
  whitelist?: string
  /**
   * When the second reading replaces the first: `surer` (higher mean confidence, or the first found
   * nothing), or `fuller` (the first missed a line of the cell: more words, read with some confidence).
   */
  prefer: 'surer' | 'fuller'
  cell: Cell
}

/**
 * Cells whose first reading is doubtful and worth reading again on their own:
 * those of narrow columns (row numbers, which tesseract's page segmentation
 * drops or merges with noise, as small isolated text next to a rule) unless
 * they already read as a sure label; any cell where the page reading found no
 * word although the cell has ink; and short cells (an agency's name in a task
 * table's owner column) with a doubtful word or with a line of ink that no
 * word covers. Inside a ruled cell tesseract sometimes drops the short second
 * line of a wrapped name (`Bộ Nội` / `vụ`) or reads specks into it
 * (`Nội...`); alone, the cell reads whole.
 */
export function cellsToReread(lines: readonly OcrLine[], cells: readonly Cell[], pixels: Uint8Array, width: number, height: number): CellCrop[] {
  const words = lines.flatMap((line) => line.words).filter((word) => word.text.trim() !== '' && !/^[|¦]+$/u.test(word.text.trim()))
  const sureLabel = (word: OcrWord) => word.confidence >= sureConfidence && label.test(word.text.trim())
  const sureWord = (word: OcrWord) => word.confidence >= sureConfidence && /^\p{L}+$/u.test(word.text.trim())
  const contents = cells.map((cell) => words.filter((word) => inCell(word, cell)))
  const crops: CellCrop[] = []
  for (const [index, cell] of cells.entries()) {
    const inside = contents[index]!
    const narrow = cell.x1 - cell.x0 < cell.tableWidth * narrowShare
    let prefer: CellCrop['prefer'] = 'surer'
    if (narrow && (inside.some(sureLabel) || (inside.length > 0 && inside.every(sureWord)))) continue
    if (!narrow && inside.length > shortCellWords) continue
    const profile = inkProfile(pixels, width, height, cell)
    if (!narrow && inside.length > 0) {
      if (profile && uncoveredLine(profile, inside)) prefer = 'fuller'
      else if (!inside.some((word) => word.confidence < doubtfulConfidence)) continue
    }
    const box = profile && inkBox(profile)
    if (!box) continue
    // A column whose other cells read as sure numbers is a numbering column: its doubtful
    // cells are read as numbers too (but not the heading, the top cell of the column).
    const column = cells.filter((other) => other.left === cell.left && other.right === cell.right)
    const numbering = narrow && column[0] !== cell && column.some((other) => other !== cell && contents[cells.indexOf(other)]!.some(sureLabel))
    const lineHeight = 60 // ≈ 5 mm at 300 dpi: taller than one line of text at notice sizes
    crops.push({...cropPgm(pixels, width, box, cell), cell, prefer, psm: box.y1 - box.y0 > lineHeight ? '6' : '7', ...(numbering ? {whitelist: numberingCharacters} : {})})
  }
  return crops
}

/** Characters of row numbers: Arabic and Roman numerals and their closing dot or bracket. */
const numberingCharacters = '0123456789IVXivx.)'

/** Is a word's centre inside the cell? */
function inCell(word: OcrWord, cell: Cell): boolean {
  const x = (word.bbox.x0 + word.bbox.x1) / 2
  const y = (word.bbox.y0 + word.bbox.y1) / 2
  return x > ruleAt(cell.left, y) && x < ruleAt(cell.right, y) && y > ruleAt(cell.top, x) && y < ruleAt(cell.bottom, x)
}

/** Ink counts of a cell's inside (away from its rules), per row and per column of its bounding box. */
interface InkProfile {
  x0: number
  y0: number
  columnInk: Uint32Array
  rowInk: Uint32Array
}

/** The cell's ink profile; null when the cell is too small to hold text. */
function inkProfile(pixels: Uint8Array, width: number, height: number, cell: Cell): InkProfile | null {
  // The slanted cell's bounding box; each row and column below is limited to the inside of its edges.
  const x0 = Math.max(0, Math.floor(Math.min(ruleAt(cell.left, cell.y0), ruleAt(cell.left, cell.y1))))
  const x1 = Math.min(width - 1, Math.ceil(Math.max(ruleAt(cell.right, cell.y0), ruleAt(cell.right, cell.y1))))
  const y0 = Math.max(0, Math.floor(Math.min(ruleAt(cell.top, cell.x0), ruleAt(cell.top, cell.x1))))
  const y1 = Math.min(height - 1, Math.ceil(Math.max(ruleAt(cell.bottom, cell.x0), ruleAt(cell.bottom, cell.x1))))
  if (x1 - x0 < 2 * insetPx + 8 || y1 - y0 < 2 * insetPx + 8) return null
  const columnInk = new Uint32Array(x1 - x0 + 1)
  const rowInk = new Uint32Array(y1 - y0 + 1)
  const top = new Float64Array(x1 - x0 + 1)
  const bottom = new Float64Array(x1 - x0 + 1)
  for (let x = x0; x <= x1; x++) {
    top[x - x0] = ruleAt(cell.top, x) + insetPx
    bottom[x - x0] = ruleAt(cell.bottom, x) - insetPx
  }
  for (let y = y0; y <= y1; y++) {
    const from = Math.max(x0, Math.ceil(ruleAt(cell.left, y) + insetPx))
    const to = Math.min(x1, Math.floor(ruleAt(cell.right, y) - insetPx))
    const row = y * width
    for (let x = from; x <= to; x++) {
      if (y > top[x - x0]! && y < bottom[x - x0]! && pixels[row + x]! < inkLevel) {
        columnInk[x - x0]!++
        rowInk[y - y0]!++
      }
    }
  }
  return {x0, y0, columnInk, rowInk}
}

/** Rows and columns with ink: ≥ 2 dark pixels (one is a speck), < half the span (more is a rule's remains: skew brings a rule inside the inset). */
function inkLines(profile: InkProfile): {rows: number[]; columns: number[]} {
  const {columnInk, rowInk} = profile
  return {
    columns: [...columnInk.keys()].filter((i) => columnInk[i]! >= 2 && columnInk[i]! < rowInk.length / 2),
    rows: [...rowInk.keys()].filter((i) => rowInk[i]! >= 2 && rowInk[i]! < columnInk.length / 2)
  }
}

/**
 * Bounding box of the ink inside a cell (its profile), away from its rules;
 * null when the cell holds no more than specks.
 */
function inkBox(profile: InkProfile): {x0: number; y0: number; x1: number; y1: number} | null {
  const {rows, columns} = inkLines(profile)
  // A character is several pixels across both ways.
  if (columns.length < 6 || rows.length < 6) return null
  return {x0: profile.x0 + columns[0]!, x1: profile.x0 + columns.at(-1)!, y0: profile.y0 + rows[0]!, y1: profile.y0 + rows.at(-1)!}
}

/** Does the cell hold a band of ink rows, a line tall, that none of its words covers? */
function uncoveredLine(profile: InkProfile, words: readonly OcrWord[]): boolean {
  const covered = (y: number) => words.some((word) => y >= word.bbox.y0 - wordMarginPx && y <= word.bbox.y1 + wordMarginPx)
  let run = 0
  let previous = -2
  for (const row of inkLines(profile).rows) {
    const y = profile.y0 + row
    if (covered(y)) {
      run = 0
    } else {
      run = row === previous + 1 ? run + 1 : 1
      if (run >= missingLinePx) return true
    }
    previous = row
  }
  return false
}

/** Share of the way from the darkest pixel to white above which a crop's pixel becomes white. */
const paperShare = 0.78

/**
 * The box (inclusive) as a PGM with a white border, its contrast stretched:
 * the darkest pixel becomes black and the light greys (paper, smoothing
 * around strokes) white. Small thin digits come out of a scan and a resampled
 * render as light grey strokes that tesseract's binarisation breaks up;
 * stretched, a cell that read as `œ"` or `m` reads `3.` and `5.`.
 */
function cropPgm(pixels: Uint8Array, width: number, box: {x0: number; y0: number; x1: number; y1: number}, cell: Cell): {image: Buffer; left: number; top: number} {
  const w = box.x1 - box.x0 + 1 + 2 * paddingPx
  const h = box.y1 - box.y0 + 1 + 2 * paddingPx
  let darkest = 255
  for (let y = box.y0; y <= box.y1; y++) for (let x = box.x0, at = y * width + x; x <= box.x1; x++, at++) darkest = Math.min(darkest, pixels[at]!)
  const paper = darkest + (255 - darkest) * paperShare
  const stretch = new Uint8Array(256)
  for (let v = 0; v < 256; v++) stretch[v] = v >= paper ? 255 : Math.max(0, Math.round(((v - darkest) * 255) / (paper - darkest)))
  const header = Buffer.from(`P5\n${w} ${h}\n255\n`, 'latin1')
  const out = Buffer.alloc(header.length + w * h, 255)
  header.copy(out, 0)
  for (let y = box.y0; y <= box.y1; y++) {
    let o = header.length + (y - box.y0 + paddingPx) * w + paddingPx
    // Outside the cell's slanted edges (a corner of the box may reach a rule) stays white.
    const from = ruleAt(cell.left, y) + insetPx
    const to = ruleAt(cell.right, y) - insetPx
    for (let x = box.x0, at = y * width + x; x <= box.x1; x++, at++, o++) {
      if (x > from && x < to && y > ruleAt(cell.top, x) + insetPx && y < ruleAt(cell.bottom, x) - insetPx) out[o] = stretch[pixels[at]!]!
    }
  }
  return {image: out, left: box.x0 - paddingPx, top: box.y0 - paddingPx}
}

/**
 * The page's lines with each re-read cell's words replaced by its second
 * reading, when that reading is surer (mean confidence) or the first found
 * nothing. The new line takes the place of the first line that lost a word,
 * so reading order is kept.
 */
export function mergeRereads(lines: readonly OcrLine[], rereads: ReadonlyArray<{crop: CellCrop; lines: OcrLine[]}>): OcrLine[] {
  let out: OcrLine[] = lines.map((line) => ({words: [...line.words]}))
  for (const {crop, lines: again} of rereads) {
    const words = again.flatMap((line) => line.words).filter((word) => word.text.trim() !== '')
    if (words.length === 0) continue
    const before = out.flatMap((line) => line.words).filter((word) => inCell(word, crop.cell) && word.text.trim() !== '')
    const mean = (list: OcrWord[]) => list.reduce((sum, word) => sum + word.confidence, 0) / list.length
    const better = crop.prefer === 'fuller' ? words.length > before.length && mean(words) >= fullerConfidence : mean(words) > mean(before)
    if (before.length > 0 && !better) continue
    const moved = again
      .map((line) => ({
        words: line.words
          .filter((word) => word.text.trim() !== '')
          .map((word) => ({...word, bbox: {x0: word.bbox.x0 + crop.left, y0: word.bbox.y0 + crop.top, x1: word.bbox.x1 + crop.left, y1: word.bbox.y1 + crop.top}}))
      }))
      .filter((line) => line.words.length > 0)
    let at = out.findIndex((line) => line.words.some((word) => word.text.trim() !== '' && inCell(word, crop.cell)))
    if (at < 0) at = out.findIndex((line) => line.words.length > 0 && line.words[0]!.bbox.y0 > crop.top + paddingPx)
    out = out.map((line) => ({words: line.words.filter((word) => !inCell(word, crop.cell))}))
    out.splice(at < 0 ? out.length : at, 0, ...moved)
    out = out.filter((line) => line.words.length > 0)
  }
  return out
}
