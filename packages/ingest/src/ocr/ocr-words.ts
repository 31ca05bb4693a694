import type {PageInput, Rule, TextItem} from '@vanban/layout'
import type {OcrLine} from './tesseract-tsv.ts'

/** Mean word confidence (0–100) under which a line is reported for review. */
export const lowLineConfidence = 60
/** Mean word confidence under which a whole page is suspect (rotated, a picture, noise). */
export const lowPageConfidence = 45

export interface OcrPageOptions {
  /** 1-based page number. */
  number: number
  /** Image size in pixels and the resolution it was made at, to scale words to points. */
  widthPx: number
  heightPx: number
  dpi: number
  /** Ruling lines found in the page image (points): passed on to layout, and no run crosses a vertical one. */
  rules?: Rule[]
  /** The page's grey pixels (row by row, `widthPx` a row): when given, runs set in bold are marked `bold`. */
  pixels?: Uint8Array
}

/**
 * tesseract's words → layout input. Boxes go from pixels to points (× 72/dpi),
 * y already grows downwards in both. Each word keeps its confidence, so the
 * layout code can carry it into the blocks' provenance; lines tesseract is
 * unsure of and pages that read as noise become the page's warnings.
 */
export function ocrPageInput(lines: readonly OcrLine[], options: OcrPageOptions): PageInput {
  const scale = 72 / options.dpi
  const verticals = (options.rules ?? []).filter((rule) => rule.x1 === rule.x2)
  const words: TextItem[] = []
  const items: TextItem[] = []
  const warnings: string[] = []
  let confidenceSum = 0
  for (const line of lines) {
    const lineWords: RunWord[] = []
    let ruleBefore = false
    for (const word of line.words) {
      const raw = word.text.trim()
      const text = cleanWord(raw)
      // A vertical rule tesseract read as `|` marks a cell edge: never join across it.
      const breakBefore = ruleBefore || rule.test(raw[0] ?? '')
      ruleBefore = rule.test(raw.at(-1) ?? '')
      if (text === '') continue
      const {x0, y0, x1, y1} = word.bbox
      // A bullet's small round glyph comes back as a degree sign, a middle dot or a ring.
      if (lineWords.length === 0 && bulletGlyph.test(text)) {
        lineWords.push({text: '•', x: x0 * scale, y: y0 * scale, width: (x1 - x0) * scale, height: (y1 - y0) * scale, confidence: word.confidence, breakBefore})
        continue
      }
      lineWords.push({text, x: x0 * scale, y: y0 * scale, width: (x1 - x0) * scale, height: (y1 - y0) * scale, confidence: word.confidence, breakBefore})
    }
    if (lineWords.length === 0) continue
    words.push(...lineWords.map(({breakBefore: _, ...word}) => word))
    items.push(...lineRuns(lineWords, verticals))
    const lineSum = lineWords.reduce((sum, word) => sum + word.confidence!, 0)
    confidenceSum += lineSum
    const lineConfidence = lineSum / lineWords.length
    if (lineConfidence < lowLineConfidence) {
      const text = lineWords.map((word) => word.text).join(' ')
      warnings.push(`page ${options.number}: low OCR confidence (${Math.round(lineConfidence)}) on "${truncate(text, 60)}"`)
    }
  }
  if (options.pixels) markBold(items, options.pixels, options.widthPx, scale)
  const pageWarnings = pageLevelWarnings(words, confidenceSum, options.number)
  return {
    number: options.number,
    width: round(options.widthPx * scale),
    height: round(options.heightPx * scale),
    items: items.map((item) => ({...item, x: round(item.x), y: round(item.y), width: round(item.width), height: round(item.height)})),
    ...(options.rules && options.rules.length > 0 ? {rules: options.rules} : {}),
    source: 'ocr',
    // A page that reads as noise gets one page warning, not one per line.
    warnings: pageWarnings.length > 0 ? pageWarnings : warnings
  }
}

/** What OCR makes of a list bullet (•, ●, ◦, ▪) alone at the start of a line. */
const bulletGlyph = /^[°º·●○◦▪■□•]$/u

/**
 * A word's text without the table rules tesseract reads as characters: a
 * vertical rule becomes `|` (alone or glued to a word at a cell edge).
 */
function cleanWord(text: string): string {
  return (
    text
      .trim()
      .replace(/^[|¦]+|[|¦]+$/gu, '')
      // The vie model has the fraction and division slashes and reads some dates' `/` as them (`3⁄2025`).
      .replace(/[\u2044\u2215]/gu, '/')
      .normalize('NFC')
  )
}

const rule = /[|¦]/u

type RunWord = TextItem & {breakBefore: boolean}

/**
 * The words of one tesseract line joined into runs, split where the gap is
 * wider than the words are tall. A text layer gives runs, not words; justified
 * prose stretches its spaces (up to about half the text height), which would
 * otherwise look like the column gaps of a table to the layout code.
 */
function lineRuns(words: readonly RunWord[], verticals: readonly Rule[]): TextItem[] {
  const heights = words.map((word) => word.height).sort((a, b) => a - b)
  const maxGap = heights[Math.floor(heights.length / 2)]! * gapToHeight
  const runs: TextItem[][] = []
  for (const word of words) {
    const run = runs.at(-1)
    const last = run?.at(-1)
    if (run && last && !word.breakBefore && word.x - (last.x + last.width) <= maxGap && word.x >= last.x && !ruleBetween(verticals, last, word)) run.push(word)
    else runs.push([word])
  }
  return runs.map((run) => {
    const top = Math.min(...run.map((word) => word.y))
    const bottom = Math.max(...run.map((word) => word.y + word.height))
    const last = run.at(-1)!
    return {
      text: run.map((word) => word.text).join(' '),
      x: run[0]!.x,
      y: top,
      width: last.x + last.width - run[0]!.x,
      height: bottom - top,
      // Weighted by length, so a long word counts more than a comma.
      confidence: run.reduce((sum, word) => sum + word.confidence! * word.text.length, 0) / run.reduce((sum, word) => sum + word.text.length, 0)
    }
  })
}

/** Is there a vertical rule between two words of a line (a cell edge)? */
function ruleBetween(verticals: readonly Rule[], left: TextItem, right: TextItem): boolean {
  const middle = right.y + right.height / 2
  const gapStart = left.x + left.width * 0.9
  const gapEnd = right.x + right.width * 0.1
  return verticals.some((rule) => rule.x1 > gapStart && rule.x1 < gapEnd && Math.min(rule.y1, rule.y2) <= middle && Math.max(rule.y1, rule.y2) >= middle)
}

/** Largest gap inside a run, in median word heights. */
const gapToHeight = 1

function pageLevelWarnings(items: readonly TextItem[], confidenceSum: number, page: number): string[] {
  if (items.length === 0) return [`page ${page}: OCR found no text (blank page or picture)`]
  // tesseract reads a page turned a quarter as vertical text: right words, wrong geometry (a word per line).
  const long = items.filter((item) => (item.text.match(/\p{L}/gu)?.length ?? 0) >= 3)
  const upright = long.filter((item) => item.width > item.height).length
  if (long.length >= 5 && upright / long.length < 0.5) {
    return [`page ${page}: the text runs vertically; the page is probably turned a quarter: rotate it upright and read it again`]
  }
  const mean = confidenceSum / items.length
  // Real text has words of several letters; a rotated page reads as scattered one- and two-letter marks.
  const letters = items.reduce((sum, item) => sum + (item.text.match(/\p{L}/gu)?.length ?? 0), 0)
  if (mean < lowPageConfidence || letters / items.length < 1.5) {
    return [`page ${page}: OCR confidence very low (${Math.round(mean)}); the page may be rotated, upside down or contain no text`]
  }
  return []
}

/** A run whose strokes are this many times thicker than the page's usual text is bold. */
const boldStroke = 1.3
/** Runs with fewer letters than this are not judged (a number, a bullet: too little ink to measure). */
const minBoldLetters = 4

/**
 * Marks runs set in bold. A text layer names its fonts; OCR does not (the
 * LSTM engine reports no font attributes), yet notices set their headings in
 * bold and the layout code uses it to end a paragraph at a heading. Bold
 * strokes are thicker: the mean length of the horizontal ink runs inside a
 * run's box measures stroke width, compared with the median over the page
 * (weighted by letters, so body text sets the norm).
 */
function markBold(items: TextItem[], pixels: Uint8Array, width: number, scale: number): void {
  const strokes = items.map((item) => strokeWidth(pixels, width, item, scale))
  const measured = items
    .map((item, k) => ({stroke: strokes[k]!, letters: item.text.match(/\p{L}/gu)?.length ?? 0}))
    .filter((entry) => entry.stroke > 0 && entry.letters >= minBoldLetters)
    .sort((a, b) => a.stroke - b.stroke)
  const total = measured.reduce((sum, entry) => sum + entry.letters, 0)
  if (total === 0) return
  let seen = 0
  let median = measured[0]!.stroke
  for (const entry of measured) {
    seen += entry.letters
    median = entry.stroke
    if (seen >= total / 2) break
  }
  for (const [k, item] of items.entries()) {
    const letters = item.text.match(/\p{L}/gu)?.length ?? 0
    if (letters >= minBoldLetters && strokes[k]! > median * boldStroke) item.bold = true
  }
}

/** Mean length (px) of the horizontal runs of ink inside an item's box; 0 when it holds none. */
function strokeWidth(pixels: Uint8Array, width: number, item: TextItem, scale: number): number {
  const x0 = Math.max(0, Math.floor(item.x / scale))
  const x1 = Math.min(width - 1, Math.ceil((item.x + item.width) / scale))
  const y0 = Math.max(0, Math.floor(item.y / scale))
  const y1 = Math.min(Math.floor(pixels.length / width) - 1, Math.ceil((item.y + item.height) / scale))
  let runs = 0
  let inkPixels = 0
  for (let y = y0; y <= y1; y++) {
    let inside = false
    for (let x = x0, at = y * width + x0; x <= x1; x++, at++) {
      const ink = pixels[at]! < 128
      if (ink) {
        inkPixels++
        if (!inside) runs++
      }
      inside = ink
    }
  }
  return runs === 0 ? 0 : inkPixels / runs
}

/** Hundredths of a point: finer than a 300-dpi pixel (0.24 pt), and free of float noise. */
function round(value: number): number {
  return Math.round(value * 100) / 100
}

function truncate(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`
}

/** The words of a page as plain text, one OCR line a line: for tests and measurements. */
export function ocrPageText(page: PageInput): string {
  const lines: string[] = []
  let current: TextItem[] = []
  const flush = (): void => {
    if (current.length > 0) lines.push(current.map((item) => item.text).join(' '))
    current = []
  }
  for (const item of page.items) {
    const last = current.at(-1)
    // tesseract emits words line by line; a word left of the previous one starts a new line.
    if (last && (item.x < last.x || item.y > last.y + last.height)) flush()
    current.push(item)
  }
  flush()
  return lines.join('\n')
}
