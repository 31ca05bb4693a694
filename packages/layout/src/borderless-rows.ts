import type {Rule, TextItem} from './types.ts'
import {makeLine, type Line} from './lines.ts'
import type {Span} from './gutters.ts'
import type {PageRow, PageTable} from './page-table.ts'
import {joinWrapped} from './join-lines.ts'
import {startsCellItem} from './markers.ts'
import {numberColumnTitles, rowLabelPattern, subRowMarker} from './data/row-labels.ts'

/**
 * A step between baselines wider than this share of the table's line pitch
 * ends a row: cell padding and paragraph spacing set rows apart, wrapped lines
 * of one cell follow at the pitch.
 */
const rowGap = 1.12

/** A piece of a line and the column it falls in. */
interface Placed {
  column: number
  piece: Line
}

/** Lines [from, to) of the table that make one row. */
interface RowSpan {
  from: number
  to: number
  header: boolean
}

/**
 * The rows of a borderless table: its lines, their pieces, its gutters.
 * A piece belongs to the column whose gutters enclose its start. Rows start
 * where the first column holds a row label (`1`, `II.`, `a)`) when most of
 * that column's text is labels; otherwise at the wider steps between lines, or
 * (evenly spaced lines) at every line with text in the first column. Lines
 * before the first labelled row are the header when the first column has text
 * there (`STT`, maybe broken `S` / `T` / `T`), and end at a rule under them or
 * a wider step; lines with an empty first column after it continue the row the
 * previous page cut (the table merge appends them).
 */
export function borderlessPageTable(lines: readonly Line[], fragments: readonly Line[][], gutters: readonly Span[], spanning: ReadonlySet<number>, rules: readonly Rule[], leftEdge = Infinity): PageTable {
  const columnOf = (x: number): number => {
    let c = 0
    while (c < gutters.length && (gutters[c]!.from + gutters[c]!.to) / 2 < x) c++
    return c
  }
  const placed: Placed[][] = fragments.map((pieces) => pieces.map((piece) => ({column: columnOf(piece.x), piece})))
  const pitch = linePitch(lines)
  const wideStep = (j: number): boolean => j > 0 && lines[j]!.baseline - lines[j - 1]!.baseline > rowGap * pitch
  // Where each column's text ends at most: a line reaching it may end in a broken word.
  const limits = Array.from({length: gutters.length + 1}, (_, c) => Math.max(...placed.flatMap((ps, j) => (spanning.has(j) ? [] : ps.filter((p) => p.column === c).map((p) => p.piece.right))), -Infinity))
  const firstPiece = (j: number): Line | undefined => placed[j]!.find((p) => p.column === 0)?.piece
  const firstCell = (j: number): string => placed[j]!.filter((p) => p.column === 0).map((p) => p.piece.text).join(' ').trim()
  const isLabel = (j: number): boolean => {
    const text = firstCell(j)
    if (text === '') return false
    // `10` / `6` in a column too narrow for `106`: the end of the number above, not a row.
    const above = j > 0 ? firstPiece(j - 1) : undefined
    if (above && !wideStep(j) && brokenWord(above, firstPiece(j)!, limits[0]!)) return false
    return rowLabelPattern.test(text) || (spanning.has(j) && rowLabelPattern.test(text.split(/\s+/)[0]!))
  }
  const right = Math.max(...lines.map((l) => l.right))
  const left = Math.min(leftEdge, ...lines.map((l) => l.x))
  const ruleAbove = (j: number): boolean => hasRuleBetween(rules, lines[j - 1]!, lines[j]!, left, right)

  // `a) …` opening the second column after a row's step, beside text in other columns: a sub-row whose number cell is empty.
  const subRow = (j: number): boolean => {
    if (!wideStep(j) || firstCell(j) !== '') return false
    const second = placed[j]!.filter((p) => p.column === 1).map((p) => p.piece.text).join(' ')
    return subRowMarker.test(second) && new Set(placed[j]!.map((p) => p.column)).size >= 2
  }
  const spans = rowSpans(lines.length, {firstCell, isLabel, wideStep, ruleAbove, subRow})
  const rows: PageRow[] = spans.map((span) => rowOf(placed, lines, span, limits))
  const columns = [left, ...gutters.map((g) => g.to), right]
  const table: PageTable = {
    grid: {left, right, top: lines[0]!.top, bottom: lines[lines.length - 1]!.bottom, columns, bands: [], hasTopRule: true, fromText: true, gutters: [...gutters]},
    rows
  }
  const items: TextItem[] = lines.flatMap((l) => l.items).filter((i) => i.confidence !== undefined)
  if (items.length > 0) table.confidence = items.reduce((s, i) => s + i.confidence!, 0) / items.length
  return table
}

interface RowCues {
  firstCell(j: number): string
  isLabel(j: number): boolean
  wideStep(j: number): boolean
  ruleAbove(j: number): boolean
  subRow(j: number): boolean
}

function rowSpans(count: number, cues: RowCues): RowSpan[] {
  const header = headerEnd(count, cues)
  const body = Array.from({length: count - header}, (_, k) => header + k)
  const labels = body.filter(cues.isLabel)
  const firstLabel = labels[0] ?? -1
  const withText = body.filter((j) => j >= firstLabel && cues.firstCell(j) !== '')
  let starts: number[]
  if (firstLabel >= 0 && labels.length >= 0.5 * withText.length) starts = body.filter((j) => cues.isLabel(j) || (j > firstLabel && cues.subRow(j)))
  else {
    // A row opens at a wider step with text in the first column: an empty one continues the row (as across a page break).
    starts = body.filter((j) => j > header && cues.wideStep(j) && cues.firstCell(j) !== '')
    if (starts.length === 0) starts = body.filter((j) => j > header && cues.firstCell(j) !== '')
  }
  const rows: RowSpan[] = []
  if (header > 0) rows.push({from: 0, to: header, header: true})
  // Lines before the first row: the end of a row the previous page cut (empty first column), or a first row of its own.
  const first = starts[0] ?? count
  if (first > header) rows.push({from: header, to: first, header: false})
  starts.forEach((from, k) => rows.push({from, to: starts[k + 1] ?? count, header: false}))
  return rows
}

/**
 * Where the header ends (0: none). A header's first column holds the number
 * column's title (`STT`, `TT`, `Số TT`, maybe broken over lines); the header
 * runs on past it while its other titles go on (vertically centred cells end
 * lower) and stops at a rule under it, a row label, or a wider step. Without
 * such a title, the lines before the first row label are the header when a rule
 * under them or the first column's text says so.
 */
function headerEnd(count: number, cues: RowCues): number {
  let title = ''
  let titled = -1
  for (let j = 0; j < count && titled < 0; j++) {
    if (cues.isLabel(j)) break
    title += cues.firstCell(j).toLowerCase().replace(/\s+/g, '')
    if (numberColumnTitles.has(title)) titled = j
  }
  if (titled < 0) return untitledHeaderEnd(count, cues)
  for (let j = titled + 1; j < count; j++) if (cues.ruleAbove(j) || cues.isLabel(j) || cues.firstCell(j) !== '' || cues.wideStep(j)) return j
  return count
}

/** A header with another first column: the lines before the first row label, up to a rule or a wider step after its last first-column line. */
function untitledHeaderEnd(count: number, cues: RowCues): number {
  let firstLabel = -1
  for (let j = 0; j < count && firstLabel < 0; j++) if (cues.isLabel(j)) firstLabel = j
  if (firstLabel <= 0) return 0
  let last = -1
  for (let j = 0; j < firstLabel; j++) if (cues.firstCell(j) !== '') last = j
  if (last < 0) return 0
  for (let j = 1; j < firstLabel; j++) if (cues.ruleAbove(j) || (j > last && cues.wideStep(j))) return j
  return firstLabel
}

/** A horizontal rule across most of the table between two lines (a rule under a header). */
function hasRuleBetween(rules: readonly Rule[], above: Line, below: Line, left: number, right: number): boolean {
  return rules.some((r) => {
    if (Math.abs(r.y1 - r.y2) > 1) return false
    const y = (r.y1 + r.y2) / 2
    const from = Math.min(r.x1, r.x2)
    const to = Math.max(r.x1, r.x2)
    return y > above.baseline && y < below.top + 0.3 * below.size && Math.min(to, right) - Math.max(from, left) >= 0.6 * (right - left)
  })
}

/** The usual step between the baselines of a table's lines (lower quartile: wrapped lines of one cell). */
function linePitch(lines: readonly Line[]): number {
  const steps: number[] = []
  for (let j = 1; j < lines.length; j++) {
    const step = lines[j]!.baseline - lines[j - 1]!.baseline
    // Half steps come from cells centred vertically beside others; a line of one cell is at least ~1 em below the last.
    if (step > 0.8 * lines[j]!.size) steps.push(step)
  }
  steps.sort((a, b) => a - b)
  return steps.length > 0 ? steps[Math.floor(steps.length / 4)]! : 1.2 * (lines[0]?.size ?? 12)
}

function rowOf(placed: readonly Placed[][], lines: readonly Line[], span: RowSpan, limits: readonly number[]): PageRow {
  const columnCount = limits.length
  const cellLines: Line[][] = Array.from({length: columnCount}, () => [])
  let bold = true
  for (let j = span.from; j < span.to; j++) {
    for (let c = 0; c < columnCount; c++) {
      const pieces = placed[j]!.filter((p) => p.column === c).map((p) => p.piece)
      if (pieces.length === 0) continue
      const line = pieces.length === 1 ? pieces[0]! : makeLine(pieces.flatMap((p) => p.items))
      cellLines[c]!.push(line)
      if (!line.bold) bold = false
    }
  }
  const row: PageRow = {
    cells: cellLines.map((cell, c) => cellOfLines(cell, limits[c]!)),
    bold,
    top: lines[span.from]!.top,
    bottom: lines[span.to - 1]!.bottom,
    firstBaseline: lines[span.from]!.baseline,
    lastBaseline: lines[span.to - 1]!.baseline
  }
  if (span.header) row.header = true
  return row
}

const vowel = /[aeiouy]/i
const hasVowel = (text: string): boolean => vowel.test(text.normalize('NFD'))

/**
 * A word longer than its column is broken mid-word (`S` / `T` / `T`,
 * `Thán` / `g 3/202` / `5`, `25/2024/T` / `T-BTNMT`) on a line that reaches the
 * column's right limit. Vietnamese syllables all have a vowel, so a next line
 * opening with lower-case letters and no vowel (`g`, `ng`, `h`) ends a broken
 * syllable, and digits after digits end a broken number. Capitals without a
 * vowel join only capitals without one (an abbreviation cut), never a syllable
 * before them (`với` / `UBND`).
 */
function brokenWord(before: Line, after: Line, limit: number): boolean {
  const head = before.text.split(/\s/).pop()!
  const tail = after.text.split(/\s/)[0]!
  const full = before.right >= limit - 0.6 * before.size
  if (!full && /\s/.test(before.text)) return false
  if (/\p{Lu}$/u.test(head) && /^\p{Lu}/u.test(tail)) return !hasVowel(head) && !hasVowel(tail)
  if (!full) return false
  if (/\d$/.test(head) && /^\d/.test(tail)) return true
  return /\p{L}$/u.test(head) && /^\p{Ll}/u.test(tail) && !hasVowel(tail)
}

/** A cell's lines → its text, as `cellText` joins them, with words broken over lines put back together. */
function cellOfLines(lines: readonly Line[], limit: number): string {
  let text = ''
  let previous: Line | null = null
  for (const line of lines) {
    if (previous === null) text = line.text
    else if (brokenWord(previous, line, limit)) text += line.text
    else if (startsCellItem(line.text)) text += `\n${line.text}`
    else text = joinWrapped(text, line.text)
    previous = line
  }
  return text
}
