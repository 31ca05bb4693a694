/**
 * A task table that reached vanban as plain text from an OCR engine that read it line by line:
 * each printed line holds a piece of every column (`1 | Xây dựng Quy chế Sở Khoa Sở Tư Quý Quyết`
 * / `quản lý, kết nối, chia học và pháp; Văn | IV/2026 định của` …), with stray `|` from the
 * rules, and the text reader has joined the lines of each paragraph. The header (a run of column
 * titles only) gives the columns and their order; `N |`, `N.` and Roman numerals open the rows;
 * each row's words are then given to the columns by a beam search that reads the lead and partner
 * columns as agency names (opened by a head, `ocr-openers.ts`, and going on on word pairs of known
 * names, or with any words where no known name holds them), the time column as deadline words, and
 * the rest as task text (and product), keeping within each line the column order and, over each
 * paragraph, the number of lines the paragraph had, and each cell's lines about its column's width
 * (a line is full but for a word that did not fit) — or, where the text reader kept where the lines
 * broke (`provenance.lineWords`), each word on its own line, a word opening a column's piece scored
 * by how well it follows that column's last word as language. The rebuilt rows replace the paragraphs as a
 * table block, read as any task table is (`table.ts`). Only text read by OCR or repaired comes
 * here; clean text and real tables are never touched.
 */
import type {Block, TableBlock, TableRow, VanbanDocument} from '@vanban/core'
import {agencyHeads, collectiveNouns, ministryNames, nameContinuations, setPhrases} from './data/agencies.ts'
import {canonicalTitles, deadlineCellWords, deadlineOpeners, deadlineSpellings, numberedTimeWords, tableAgencyNames, titleMarks, titleWords as titleWordList, unitTitles, weakTimeWords} from './data/ocr-table.ts'
import {ocrRomanSource, readOcrRoman, romanValue} from '@vanban/core/ocr-roman'
import {appendixName} from './markers.ts'
import {startsWithAgencyHead} from './agencies.ts'
import {opensWithWork} from './directives.ts'
import {isVietnameseSyllable, matchAgency, repairText, wordAffinity} from '@vanban/normalize'
import {readByOcr} from './ocr-markers.ts'
import {nameOpening} from './ocr-openers.ts'
import {completedFromTable} from './ocr-table-names.ts'
import {titleFillers} from './data/ocr-titles.ts'
import {bareKey, bareLetters, toneKey} from './tone-key.ts'

type Role = keyof typeof titleMarks
type Kind = 'task' | 'agency' | 'deadline' | 'result'

/** The rule, for the README's list of OCR rules. */
export const ocrTableRule = {
  id: 'ocr-interleaved-table',
  what: 'a task table OCR read line by line (a header of column titles only, rows opened by `N |` or a Roman numeral, every line a piece of each column): its words given back to their columns and read as a table'
} as const

/** Lower case, no marks, `đ` → `d`, letters, digits and `/` only. */
function skeleton(word: string): string {
  return bareLetters(word)
    .toLowerCase()
    .replace(/[^\p{L}\p{N}/]+/gu, '')
}

/** Lower case with marks, tone placement folded, letters and digits only. */
const exactKey = (word: string): string => toneKey(word).replace(/[^\p{L}\p{N}/]+/gu, '')

const exactWords = (text: string): string[] => text.split(/[\s,;]+/u).map(exactKey).filter((w) => w !== '')
const words = (text: string): string[] => text.split(/[\s,;]+/u).map(skeleton).filter((w) => w !== '')

// Word pairs and words of the names a lead or partner column holds. Built on the first table
// read here (`nameLexicon`), not at import: clean text never comes here, and building them took
// ~40 ms of every run's start.
const names = [...tableAgencyNames, ...setPhrases, ...ministryNames.map((m) => `Bộ ${m}`)]

interface NameLexicon {
  /** Adjacent word pairs of the known names, as skeletons (`so khoa`). */
  readonly agencyPairs: ReadonlySet<string>
  /** The same with marks (`sở khoa`). */
  readonly exactPairs: ReadonlySet<string>
  readonly agencyWords: ReadonlySet<string>
  /** Last words of known names: a name on a known name's track may go on past one of them with other words. */
  readonly finalWords: ReadonlySet<string>
  /** First words of what may qualify a whole name (`các tỉnh`, `tỉnh Lào Cai`, `có liên quan`, `trực thuộc`). */
  readonly qualifierWords: ReadonlySet<string>
  readonly nameKeys: ReadonlyArray<{name: string; key: string}>
  readonly continuationKeys: readonly string[]
  readonly nameBareKeys: ReadonlyArray<{name: string; key: string}>
}

let lexicon: NameLexicon | undefined
const nameLexicon = (): NameLexicon => (lexicon ??= buildNameLexicon())

/** Pairs of adjacent words: `a b c` → `a b`, `b c`. */
const pairsOf = (ws: readonly string[]): string[] => ws.slice(1).map((w, k) => `${ws[k]} ${w}`)

function buildNameLexicon(): NameLexicon {
  const nameWords = names.map(words)
  return {
    agencyPairs: new Set(nameWords.flatMap(pairsOf)),
    exactPairs: new Set(names.flatMap((n) => pairsOf(exactWords(n)))),
    agencyWords: new Set([...nameWords.flat(), ...collectiveNouns.flatMap(words), ...nameContinuations.flatMap(words)]),
    finalWords: new Set([...names, ...agencyHeads].map((n) => exactWords(n).at(-1)!)),
    qualifierWords: new Set([...nameContinuations, 'có'].map((c) => words(c)[0]!)),
    nameKeys: names.map((n) => ({name: n, key: toneKey(n)})),
    continuationKeys: nameContinuations.map(toneKey),
    nameBareKeys: names.map((n) => ({name: n, key: bareKey(n)}))
  }
}
const deadlineWords = new Set<string>(deadlineCellWords)
const roles = Object.keys(titleMarks) as Role[]
const titleWords = new Set<string>([...titleWordList, ...titleFillers.flatMap(words)])
/** Telling words (and `nội dung`) → their column. */
const roleOfMark = new Map<string, Role>(roles.flatMap((role) => titleMarks[role].map((m) => [m, role] as [string, Role])))
/** Unknown words a header run may hold (`Tôn` for `Tên`, `chi` for `chủ`), never at its ends. */
const BRIDGE = 2

interface Token {
  text: string
  /** Skeleton of the word (`so` for both `Sở` and `Số`). */
  key: string
  /** The word in lower case with its marks, tone placement folded: names open only on their own first word. */
  exact: string
  /** A `|` (a column rule) stood right before the word. */
  bar: boolean
  /** Index in the document of the paragraph the word is in. */
  block: number
  /** Whether the word began a line of the source; null where the source's lines are not known. */
  lineStart: boolean | null
  /** The odds that a body's name opens at the word (`nameOpening`), set once the row's words are known. */
  opening: number
  /** A lone ` - ` stood right before the word on its line (`Vụ Kế hoạch - Tài chính`). */
  dash: boolean
}

/**
 * The words of a paragraph; a `|` on its own or glued to a word becomes the next word's `bar`.
 * `lineWords` (the words on each source line) tells which words began a line.
 */
function tokenize(text: string, block: number, lineWords?: readonly number[]): Token[] {
  const raws = text.split(/\s+/u).filter((w) => w !== '')
  // Where the lines broke, when the words still add up to the source's.
  let at = 0
  const starts = lineWords && lineWords.reduce((a, b) => a + b, 0) === raws.length ? new Set(lineWords.map((n) => ((at += n), at - n))) : null
  const out: Token[] = []
  let bar = false
  let dash = false
  let pendingStart = false
  raws.forEach((raw, k) => {
    pendingStart ||= starts?.has(k) ?? false
    if (/^[|‘’'"“”_—=~\-]+$/u.test(raw)) {
      bar ||= raw.includes('|')
      dash = /^[-–]$/u.test(raw) && !pendingStart
      return
    }
    const lead = /^[|‘’'"“_]+/u.exec(raw)?.[0] ?? ''
    const trail = /[|_—’'`]+$/u.exec(raw)?.[0] ?? ''
    const word = raw.slice(lead.length, raw.length - trail.length)
    if (word === '') return
    gluedTitles(word).forEach((piece, p) =>
      out.push({text: piece, key: skeleton(piece), exact: exactKey(piece), bar: p === 0 && (bar || lead.includes('|')), block, lineStart: starts ? p === 0 && pendingStart : null, opening: 0, dash: p === 0 && dash && !pendingStart})
    )
    bar = trail.includes('|')
    dash = false
    pendingStart = false
  })
  return out
}

/**
 * A word OCR glued from column titles (`Coquanchü` for `Cơ quan chủ`, `tritham` for `trì tham`),
 * split into them: no syllable, its letters title words only, one of them telling a column. Any
 * other word stays whole.
 */
function gluedTitles(word: string): string[] {
  const key = skeleton(word)
  if (key.length < 5 || key.length !== word.length || titleWords.has(key) || isVietnameseSyllable(word.toLowerCase())) return [word]
  // `Cơ quan` glued, its `ơ` read as two letters (`Cogquan`): the unit title that opens the lead's and the partners' titles.
  if (GLUED_UNIT.test(key)) return ['Cơ', 'quan']
  // Title words that make up the letters, the fewest pieces first.
  const best: (number[] | null)[] = [[]]
  for (let end = 1; end <= key.length; end++) {
    best[end] = null
    for (let startAt = Math.max(0, end - 6); startAt < end - 1; startAt++) {
      const before = best[startAt]
      if (before && titleWords.has(key.slice(startAt, end)) && (best[end] === null || before.length + 1 < best[end]!.length)) best[end] = [...before, end]
    }
  }
  const cuts = best[key.length]
  if (!cuts || cuts.length < 2) return [word]
  const pieces = cuts.map((end, k) => word.slice(k === 0 ? 0 : cuts[k - 1]!, end))
  // (Or a unit title glued, `Donvi`, which opens the lead's title and the partners'.)
  const keys = pieces.map(skeleton)
  return keys.some((k) => roleOfMark.has(k)) || unitTitles.some(([a, b]) => keys.some((k, i) => k === a && keys[i + 1] === b)) ? pieces : [word]
}

const GLUED_UNIT = /^co[a-z]?quan$/u

/** A word that ends with a comma, semicolon, period or colon: no column title goes on after it. */
const endsClause = (text: string): boolean => /[,;.:]$/u.test(text)

/**
 * Whether the punctuation a word ends with ends a run of titles: a comma, a colon, or a period —
 * not a period between two title words, a speck OCR put there (`Cơ quan chủ. Cơ quan Thời hạn`).
 */
function endsRun(tokens: readonly Token[], k: number): boolean {
  const text = tokens[k]!.text
  if (!endsClause(text)) return false
  return !(/[^.]\.$/u.test(text) && isTitleKey(tokens[k]!.key) && tokens[k + 1] !== undefined && isTitleKey(tokens[k + 1]!.key))
}

const blockTokens = (block: Block, index: number): Token[] => (block.kind === 'table' ? [] : tokenize(block.text, index, block.provenance.lineWords))

interface Header {
  /** Roles of the columns after TT, in printed order. */
  columns: Role[]
  hasId: boolean
  /** Token range of the header. */
  start: number
  end: number
  /** Lines the header took in each paragraph, at least (its titles interleaved, each line left to right). */
  lines: ReadonlyMap<number, number>
}

/**
 * A header: a run of column-title words only (no punctuation) naming a task column and at least
 * two more, one of them the lead or the time. Prose that names the same things (`Sở X chủ trì,
 * phối hợp … hoàn thành nhiệm vụ`) has other words between them and commas.
 */
function findHeader(tokens: readonly Token[], from: number): Header | null {
  const isTitle = (t: Token, k: number): boolean => isTitleKey(t.key) && !endsRun(tokens, k)
  for (let i = from; i < tokens.length; i++) {
    if (!isTitle(tokens[i]!, i)) continue
    let j = i
    let end = i
    let unknown = 0
    while (j < tokens.length && unknown <= BRIDGE) {
      if (isTitle(tokens[j]!, j)) end = j + 1
      // `STT` in a narrow cell, a letter a line (`Thời / S gian / T Đơn vị chủ … / T Nội dung …`): no unknown word.
      else if (/^[ST]$/u.test(tokens[j]!.text)) {
        j++
        continue
      }
      // Only a short word can be a title word the repair got wrong or OCR glued (`Coquan`, `Cogquan` for
      // `Cơ quan`: eight letters at most); a numeral opens the first row.
      else if (!/^\p{L}{2,8}$/u.test(tokens[j]!.text) || /^[IVX]+$/u.test(tokens[j]!.text) || ++unknown > BRIDGE) break
      j++
    }
    const header = readHeader(tokens, i, end)
    if (header) return header
    i = end
  }
  return null
}

/** The column a header word tells (`nội dung` by its pair). */
function markAt(tokens: readonly Token[], k: number, end: number): Role | undefined {
  if (tokens[k]!.key === 'noi' && k + 1 < end && tokens[k + 1]!.key === 'dung') return 'task'
  // `Ghi chú`, a notes column: its words are no task's, no owner's (`chú` is `chủ` without marks).
  if (tokens[k]!.key === 'ghi' && k + 1 < end && tokens[k + 1]!.key === 'chu') return 'result'
  if (tokens[k]!.key === 'chu' && k > 0 && tokens[k - 1]!.key === 'ghi') return undefined
  const key = tokens[k]!.key
  return roleOfMark.get(key) ?? (GLUED_LEAD.test(key) ? 'owner' : MISREAD_PRODUCT.test(key) ? 'result' : undefined)
}

/**
 * `chủ trì` glued and misread by an engine without Vietnamese (`chitn`, `chûtn`, `cht:`, repaired
 * `chữn`), or glued to the `vị` before it (`vicht’`): the lead's title.
 */
const GLUED_LEAD = /^(?:vi)?ch(?!inh)[a-z]{1,3}$/u
/** `phẩm` of `Sản phẩm` misread (`phaém`, repaired `phiêm`): the product's title. */
const MISREAD_PRODUCT = /^ph[aeiou]{2,3}m$/u

/** A column title's word, or one of the misreadings above. */
const isTitleKey = (key: string): boolean => titleWords.has(key) || GLUED_LEAD.test(key) || MISREAD_PRODUCT.test(key)

function readHeader(tokens: readonly Token[], start: number, end: number): Header | null {
  if (end - start < 5) return null
  const last = new Map<Role, number>()
  for (let k = start; k < end; k++) {
    const role = markAt(tokens, k, end)
    if (role) last.set(role, k)
  }
  // `TT` misread (`Al`, `Tl`): a short capitalised word right before the task's title.
  if (!last.has('id')) {
    const task = tokens.slice(start, end).findIndex((t, k) => markAt(tokens, start + k, end) === 'task' || t.key === 'noi')
    const before = task > 0 ? tokens[start + task - 1]! : null
    if (before && /^\p{Lu}[\p{L}|]{0,2}$/u.test(before.text) && !titleWords.has(before.key)) last.set('id', start + task - 1)
  }
  // One column of every body that works (`Đơn vị thực hiện`, `Cơ quan thực hiện`), no lead or partner
  // title: the unit's own words name the lead's column.
  if (!last.has('owner') && !last.has('coordinators')) {
    for (let k = start; k + 1 < end; k++) {
      if (isUnitTitle(tokens, k)) {
        last.set('owner', k + 1)
        const time = timeTail(tokens, start, end)
        if (last.has('deadline') && time >= 0) last.set('deadline', time)
        break
      }
    }
  }
  const named = [...last.keys()].filter((r) => r !== 'id')
  // A task column and two more, the lead or the time among them; with no TT column, four.
  if (!named.includes('task') || !(named.includes('owner') || named.includes('deadline')) || named.length < (last.has('id') ? 3 : 4)) return null
  // The order: where each title's last telling word stands (a tall cell starts higher, `Thời gian`
  // over `hoàn thành`, so its first words come before its neighbours' on the page) …
  const lastWord = last
  const byPlace = named.sort((a, b) => lastWord.get(a)! - lastWord.get(b)!)
  // … unless another order reads the header in fewer lines: each line reads its titles left to
  // right, so the order is the one with the fewest steps back (`… Kết quả Thời` / `chủ trì |
  // phối hợp gian`: `Kết quả` stands before `chủ trì` but is printed right of it).
  let columns = byPlace
  let best = Infinity
  for (const order of permutations(byPlace)) {
    // (The task column comes first in every task table; the place of the others is what varies.)
    const cost = 10 * [...headerLines(tokens, start, end, order).values()].reduce((a, b) => a + b, 0) + displacement(order, byPlace) + (order[0] === 'task' ? 0 : 5)
    if (cost < best) [best, columns] = [cost, order]
  }
  const lines = headerLines(tokens, start, end, columns)
  return {columns, hasId: last.has('id'), start, end, lines}
}

/**
 * `Thời gian` / `thực hiện` printed over two lines beside `Đơn vị thực hiện`: the `thực hiện` after
 * the unit's own is the time's title going on (its index, or -1).
 */
function timeTail(tokens: readonly Token[], start: number, end: number): number {
  for (let k = start; k + 3 < end; k++) {
    if (!isUnitTitle(tokens, k) || tokens[k + 2]!.key !== 'thuc') continue
    for (let j = k + 4; j < end; j++) if (tokens[j]!.key === 'thuc') return j
    return -1
  }
  return -1
}

const UNIT_FIRST = new Set<string>(unitTitles.map(([first]) => first))
const UNIT_SECOND = new Set<string>(unitTitles.map(([, second]) => second))

/** Does a unit title (`Cơ quan`, `Đơn vị`) stand at `k`? */
function isUnitTitle(tokens: readonly Token[], k: number): boolean {
  return unitTitles.some(([first, second]) => tokens[k]!.key === first && tokens[k + 1]?.key === second)
}

/** Lines a header takes in each paragraph when its columns are in `columns`' order (a step back in the order is a new line). */
function headerLines(tokens: readonly Token[], start: number, end: number, columns: readonly Role[]): Map<number, number> {
  const time = timeTail(tokens, start, end)
  const order = (role: Role | undefined): number => (role === undefined ? -2 : role === 'id' ? -1 : columns.indexOf(role))
  const lines = new Map<number, number>()
  let previous = -2
  let filler = false
  let leadBefore = false
  for (let k = start; k < end; k++) {
    const {key, block, lineStart} = tokens[k]!
    if (!lines.has(block)) {
      lines.set(block, 1)
      previous = -2
      leadBefore = false
    } else if (lineStart === true) {
      // Where the text reader kept the lines, a new line is known, not guessed from a step back.
      lines.set(block, lines.get(block)! + 1)
      previous = -2
      leadBefore = false
    }
    // `Cơ quan` / `Đơn vị` opens the lead's title, and the partners' when it follows the lead's
    // (`Cơ quan Cơ quan`, or `Đơn vị chủ Đơn vị` with the lead's title word between).
    const unit: Role | null | undefined = UNIT_FIRST.has(key) ? (filler || leadBefore ? 'coordinators' : 'owner') : UNIT_SECOND.has(key) ? null : undefined
    if (unit === null) continue
    filler = unit !== undefined
    const role: Role | undefined = unit ?? (k === time && columns.includes('deadline') ? 'deadline' : markAt(tokens, k, end))
    if (role !== undefined) leadBefore = role === 'owner'
    const at = order(role)
    if (at === -2) continue
    if (at < previous) lines.set(block, lines.get(block)! + 1)
    previous = at
  }
  return lines
}

function* permutations<T>(items: readonly T[]): Generator<T[]> {
  if (items.length <= 1) {
    yield [...items]
    return
  }
  for (let k = 0; k < items.length; k++) for (const rest of permutations([...items.slice(0, k), ...items.slice(k + 1)])) yield [items[k]!, ...rest]
}

/** How far an order is from another: pairs of columns the two put the other way round. */
function displacement<T>(order: readonly T[], reference: readonly T[]): number {
  let n = 0
  for (let a = 0; a < order.length; a++) for (let b = a + 1; b < order.length; b++) if (reference.indexOf(order[a]!) > reference.indexOf(order[b]!)) n++
  return n
}

/** Signs OCR reads for a digit (`1}` for 11, `l2` for 12, `2O` for 20). */
const DIGIT_LOOKALIKES: Readonly<Record<string, string>> = {l: '1', I: '1', '|': '1', '!': '1', '}': '1', ']': '1', O: '0', o: '0'}

/** The number a row mark with a digit misread stands for (`1}` → 11), or null: a digit and one look-alike at least. */
function misreadNumber(text: string): number | null {
  const m = /^([\dlI|!}\]Oo]{2,3})[.,]?$/u.exec(text)
  if (!m || !/\d/u.test(m[1]!) || /^\d+$/u.test(m[1]!)) return null
  return Number([...m[1]!].map((c) => DIGIT_LOOKALIKES[c] ?? c).join(''))
}

const ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII']
const opensCell = (t: Token | undefined): boolean => t !== undefined && (t.bar || /^\p{Lu}/u.test(t.text))

/** A short word before `|` and a capital: where a Roman numeral the repair turned into a word would stand. */
function looksLikeMisreadNumeral(tokens: readonly Token[], i: number): boolean {
  const after = tokens[i + 1]
  return after !== undefined && after.bar && /^\p{Lu}/u.test(after.text) && /^\p{L}{1,4}$/u.test(tokens[i]!.text)
}

/** Another such word after `i` before the next row number: the group row is the one right before the numbers restart. */
function laterMisread(tokens: readonly Token[], i: number): boolean {
  for (let k = i + 1; k < tokens.length; k++) {
    if (/^\d{1,3}[.,]?$/u.test(tokens[k]!.text) && opensCell(tokens[k + 1])) return false
    if (looksLikeMisreadNumeral(tokens, k)) return true
  }
  return false
}

type Mark = {kind: 'item'; label: string} | {kind: 'group'; label: string} | null

const LETTERS = ['A', 'B', 'C', 'D', 'Đ', 'E', 'G', 'H']

/** The number that opens the next line holding a row number after `i` (a capital after it), or null. */
function nextLineNumber(tokens: readonly Token[], i: number): number | null {
  for (let k = i + 2; k < Math.min(tokens.length, i + 120); k++) {
    const n = /^(\d{1,3})[.,]?$/u.exec(tokens[k]!.text)
    if (n && tokens[k]!.lineStart === true && /^\p{Lu}/u.test(tokens[k + 1]?.text ?? '')) return Number(n[1])
    if (/^(?:[IVX]+|[Il]{2,3})$/u.test(tokens[k]!.text) && tokens[k]!.lineStart === true) return null
  }
  return null
}

/** The row numbered `next` (or 1) opens within a few lines' words after `i`. */
function rowSoon(tokens: readonly Token[], i: number, next: number): boolean {
  for (let k = i + 2; k < Math.min(tokens.length, i + 40); k++) {
    const n = /^(\d{1,3})[.,]?$/u.exec(tokens[k]!.text)
    if (n && tokens[k]!.lineStart !== false && (Number(n[1]) === next || Number(n[1]) === 1)) return true
  }
  return false
}

const DECIMAL = /^(\d{1,2})[.,](\d{1,2})[.,]?$/u
/** A mark OCR made of a row number, not a word: digits and signs (`11` for 1.1, `133`, `£2`), or three letters at most (`ase`). */
const MISREAD_MARK = /^(?:[\d£$§.,;:]{1,4}|\p{Ll}{1,3}|\p{L}{1,2}|\p{L}\d|\d\p{L})$/u

/** Rows numbered `1.1`, `1.2` under groups `1.`, `2.` (where the lines are known): two such numbers or more open lines. */
function decimalNumbered(tokens: readonly Token[]): boolean {
  return tokens.filter((t, k) => t.lineStart === true && DECIMAL.test(t.text) && /^\p{Lu}/u.test(tokens[k + 1]?.text ?? '')).length >= 2
}

/** Three column titles' words or more from `k` on (`Nội dung trí tham mưu`): a header's line, no row's. */
function startsTitles(tokens: readonly Token[], k: number): boolean {
  let n = 0
  while (k + n < tokens.length && isTitleKey(tokens[k + n]!.key)) n++
  return n >= 3
}

/** Index of the next `N.M` number that opens a line after `i` (within a page's words), or -1. */
function nextDecimalAt(tokens: readonly Token[], i: number): number {
  for (let k = i + 1; k < Math.min(tokens.length, i + 150); k++) if (tokens[k]!.lineStart === true && DECIMAL.test(tokens[k]!.text)) return k
  return -1
}

const decimalOf = (token: Token): [number, number] => {
  const d = DECIMAL.exec(token.text)!
  return [Number(d[1]), Number(d[2])]
}

/**
 * Rows of a table numbered `1.1`, `1.2` … under group rows `1.`, `2.` …, each at the start of its
 * line before a capital. OCR mangles such numbers (`11`, `133`, `£2`, `ase`, a group's `2;`): a
 * mangled mark at a line's start is the row that comes next when the next number read goes on
 * from it.
 */
function decimalMarks(tokens: readonly Token[]): Mark[] {
  const {exactPairs} = nameLexicon()
  const marks: Mark[] = tokens.map(() => null)
  let group = 0
  let sub = 0
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!
    const after = tokens[i + 1]
    if (t.lineStart !== true || after === undefined || !/^\p{Lu}/u.test(after.text)) continue
    const d = DECIMAL.exec(t.text)
    if (d && Number(d[1]) === group && Number(d[2]) > sub && Number(d[2]) <= sub + 3) {
      sub = Number(d[2])
      marks[i] = {kind: 'item', label: `${group}.${sub}`}
      continue
    }
    // (`2s`, `3,`: a group's period misread.)
    const g = /^(\d{1,2})[.;,:]?$/u.exec(t.text) ?? /^(\d)[^\d\s.]$/u.exec(t.text)
    const at = nextDecimalAt(tokens, i)
    const next = at < 0 ? null : decimalOf(tokens[at]!)
    if (g && Number(g[1]) === group + 1 && (next === null || next[0] === group + 1)) {
      group++
      sub = 0
      marks[i] = {kind: 'group', label: String(group)}
      continue
    }
    // A mangled mark (`11`, `133`, `£2`, `ase`; the repair may make a word of it, `ai`, `ủy`): the
    // marks before the next number read fill the rows between, in order. Before `2.3`, three marks
    // are `2.`, `2.1`, `2.2`; four, `1.5` first.
    const digits = t.text.replace(/\D/gu, '')
    // (With no number read after it, only a mark no word could be: digits and signs, or a few small
    // letters. Not the `TT` of a header printed again on the next page: `Lệ Nội dung trí tham mưu`.)
    // Nor a word that goes on a name with the next (`và` / `Du lịch`).
    if (startsTitles(tokens, i + 1) || exactPairs.has(`${t.exact} ${after.exact}`)) continue
    if (group === 0 || !(next === null ? /^(?:[\d£$§.,;:]{1,4}|\p{Ll}{1,3})$/u : MISREAD_MARK).test(t.text) || !(digits === '' || digits.startsWith(String(group)) || digits.startsWith(String(group + 1)) || digits.endsWith(String(sub + 1)))) continue
    const marksBefore = at < 0 ? 0 : tokens.slice(i, at).filter((u, k) => u.lineStart === true && /^\p{Lu}/u.test(tokens[i + k + 1]?.text ?? '') && (MISREAD_MARK.test(u.text) || /^\d[^\d\s]?$/u.test(u.text))).length
    if (next !== null && next[0] === group + 1 && marksBefore <= next[1]) {
      group++
      sub = 0
      marks[i] = {kind: 'group', label: String(group)}
      continue
    }
    if (next === null || next[0] > group + 1 || (next[0] === group + 1 && marksBefore > next[1]) || (next[0] === group && marksBefore <= next[1] - sub - 1)) {
      sub++
      marks[i] = {kind: 'item', label: `${group}.${sub}`}
    }
  }
  return marks
}

/**
 * Where rows open: the next number in sequence (`1`, `2.`, `3,`; `1` again after a group) or the
 * next Roman numeral, before a `|` or a capital. A numeral the repair turned into a word (`II` →
 * `lại`) still opens a group when it stands before `|` and a capital and the numbering restarts
 * at 1 after it.
 */
function rowMarks(tokens: readonly Token[]): Mark[] {
  if (decimalNumbered(tokens)) return decimalMarks(tokens)
  const marks: Mark[] = tokens.map(() => null)
  let nextItem = 1
  let nextGroup = 0
  let nextLetter = 0
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!
    const after = tokens[i + 1]
    if (!opensCell(after)) continue
    const number = /^(\d{1,3})[.,]?$/u.exec(t.text)
    // A number OCR lost on the rows before (`5`, then `7,`) is skipped when this one is set off: a
    // rule after it, a paragraph of its own, or (where the lines are known) its line's start.
    const setOff = after!.bar || i === 0 || tokens[i - 1]!.block !== t.block || t.lineStart === true
    const n = number ? Number(number[1]) : NaN
    // At a line's start, a number the next row's repeats or passes (`3` then `3`), or a digit read as
    // a letter (`S` for 3 or 5), is the row that comes next, misread.
    const following = t.lineStart === true && /^\p{Lu}/u.test(after!.text) ? nextLineNumber(tokens, i) : null
    const misreadRow =
      (following !== null && ((number !== null && n > nextItem && following <= n) || (number === null && /^[SsB$§]$/u.test(t.text) && following > nextItem && following <= nextItem + 2))) ||
      (number === null && t.lineStart === true && /^\p{Lu}/u.test(after!.text) && misreadNumber(t.text) === nextItem)
    if (misreadRow || (number && (n === nextItem || (n > nextItem && n <= nextItem + 3 && setOff) || (n === 1 && nextItem > 1 && after!.bar)))) {
      const label = misreadRow ? String(nextItem) : number![1]!.replace(/^0+/u, '')
      marks[i] = {kind: 'item', label}
      nextItem = Number(label) + 1
      continue
    }
    // (`Ill`, `Il`: a Roman numeral OCR read with small l's, at a line's start.)
    const roman = (t.lineStart === true && /^[Il]{2,3}[.:]?$/u.test(t.text) ? t.text.replace(/l/gu, 'I') : t.text).replace(/[.:]$/u, '')
    const restarts = (): boolean => {
      for (let k = i + 2; k < Math.min(tokens.length, i + 60); k++) {
        const n = /^(\d{1,3})[.,]?$/u.exec(tokens[k]!.text)
        if (n && opensCell(tokens[k + 1])) return Number(n[1]) === 1
      }
      return false
    }
    // (Where the source's lines are known, a group's numeral opens its line.)
    // (A numeral that repeats the group before, `II.` after `II.`, is the next one OCR read short, where the numbering restarts after it.)
    const isNext = (roman === ROMAN[nextGroup] || (nextGroup > 0 && roman === ROMAN[nextGroup - 1] && restarts())) && t.lineStart !== false
    const misread = !isNext && nextGroup > 0 && t.lineStart !== false && looksLikeMisreadNumeral(tokens, i) && restarts() && !laterMisread(tokens, i)
    if ((isNext && (after!.bar || restarts())) || misread) {
      marks[i] = {kind: 'group', label: ROMAN[nextGroup]!}
      nextGroup++
      nextItem = 1
      continue
    }
    // Groups lettered `A`, `B` … (rows numbered on across them, or again from 1): the next letter
    // alone at a line's start, a capitalised title after it, a numbered row soon after.
    if (t.text === LETTERS[nextLetter] && t.lineStart === true && /^\p{Lu}\p{Ll}/u.test(after!.text) && rowSoon(tokens, i, nextItem)) {
      marks[i] = {kind: 'group', label: t.text}
      nextLetter++
      if (restarts()) nextItem = 1
    }
  }
  return marks
}

// Scores (log-odds, roughly) of a word in a column, given the word before it in that column.
const PAIR = 2.5
const HEAD = 1.5
const NAME_WORD = -0.5
const PAIR_IN_TEXT = 1.5
/** … and inside a name no known name holds (`Cục Phòng bệnh` is no `Văn phòng Chính phủ`): less than in the task text. */
const PAIR_IN_OPEN_NAME = 0.75
/** A name opening right after another name with no separator (`Trung tâm Sở Khoa`): two cells run together. */
const UNSEPARATED_HEAD = -0.5
const CELL_OPENS = 1
/** A word of the product column rather than the task's: the task text may hold it, the reverse loses task words. */
const RESULT_WORD = 0.05
/** A line of a cell that goes on opens in lower case, but for names (`Hệ thống`, `Ủy ban`). */
const CAPITAL_GOES_ON = 0.5
const FOREIGN = -2.5
/** A word of a name a head opened that no known name holds (`Cục Kiểm tra văn bản …`). */
const OPEN_NAME_WORD = -0.3
const TIME_WORD = 2
const NOT_TIME = -3

function kindOf(role: Role): Kind {
  return role === 'owner' || role === 'coordinators' ? 'agency' : role === 'deadline' ? 'deadline' : role === 'result' ? 'result' : 'task'
}

const WEAK_TIME_WORDS = new Set<string>(weakTimeWords)
const DEADLINE_OPENERS = new Set<string>(deadlineOpeners)
const NUMBERED_TIME_WORDS = new Set<string>(numberedTimeWords)

/**
 * How well `token` continues a column of `kind` whose last word so far is `previous` (its key;
 * '' at the column's start in the row; `;` appended after a separator, `!` when that word was no
 * part of a name), and the mark its own key takes. A name column reads as names: it opens on a
 * name's first word, and a word pair scores only inside a name (`Xây dựng` is a pair of `Bộ Xây
 * dựng`, not of a task's `Xây dựng Quy chế`).
 */
function fit(kind: Kind, previous: string, token: Token): {gain: number; mark: string} {
  const {agencyPairs, exactPairs, agencyWords, finalWords, qualifierWords} = nameLexicon()
  const key = token.key
  const sep = /;$/u.test(token.text) ? ';' : /,$/u.test(token.text) ? ',' : ''
  if (key === '') return {gain: 0, mark: previous}
  if (kind === 'deadline') {
    const timeLike = /^\d/u.test(key) || /^[ivx]+(?:\/\d+)?$/u.test(key)
    const opens = DEADLINE_OPENERS.has(key) || timeLike
    // `Quý`, `Tháng`, `Ngày` take a number next (`Quý Các 11/2027` mixes in the next column's word).
    // (`6 tháng đầu năm 2027`, `tháng cuối quý`: a half or an end may come between.)
    const wantsNumber = NUMBERED_TIME_WORDS.has(previous) && !(previous === 'thang' && ['dau', 'cuoi'].includes(key))
    // After a number (`Quý III/20`, `Tháng 10/2027`) a time goes on with numbers (the year's end a
    // narrow cell broke off) or a joining word (`và`, `đến`), not a time word that opens a cell
    // (`định` of `định kỳ` is the product's `Nghị định` beside it).
    const afterNumber = /\d$/u.test(previous)
    const ok = previous === '' ? opens : wantsNumber ? timeLike : afterNumber ? timeLike || WEAK_TIME_WORDS.has(key) : deadlineWords.has(key) || timeLike
    // `và`, `các`, `từ` … go on a time (`Năm 2026 và các năm tiếp theo`) but are any column's words.
    const weak = ok && !opens && WEAK_TIME_WORDS.has(key)
    return {gain: ok ? (weak ? 0.3 : TIME_WORD) : NOT_TIME, mark: key}
  }
  // What the column's last word left: `!` no name goes on, `^` a name a head opened (`Cục …`, `Vụ …`,
  // `Sở …`) on known word pairs so far, `~` such a name gone on with words no known name holds (a
  // ministry's own units and a province's bodies are mostly not in the gazetteer), '' a name.
  const state = /[!^=~]$/u.exec(previous)?.[0] ?? ''
  const inName = state !== '!'
  // A head's name goes on with any words until a `;` (a `,` lists within it: `các tỉnh, thành phố`).
  const open = (state === '^' || state === '=' || state === '~') && !previous.includes(';')
  const [lastExact = '', last = ''] = previous.replace(/[;,!^=~]+$/u, '').split('|')
  const separated = previous === '' || /[;,]/u.test(previous) || last === 'va'
  const capital = /^\p{Lu}/u.test(token.text)
  // A pair of a name as printed scores in full; one that matches only without marks (the repair
  // left a word wrong: `Công an tính`) a little less.
  const pairGain = (full: number): number => (!inName || last === '' ? 0 : exactPairs.has(`${lastExact} ${token.exact}`) ? full : agencyPairs.has(`${last} ${key}`) ? full * 0.6 : 0)
  const self = `${token.exact}|${key}${sep}`
  // Task and product texts name bodies too (`Quyết định của Ủy ban nhân dân tỉnh`): a name there
  // scores a little, so that the name columns do not take it for the pairs alone.
  if (kind === 'task' || kind === 'result') {
    const pair = pairGain(PAIR_IN_TEXT)
    const opens = token.opening > 0
    // A cell opens on a capital (`Quyết định …`, `Trung tâm dữ liệu …`): the product column's
    // first word says where the task text of the line ends.
    const opening = previous === '' ? (capital ? CELL_OPENS : -CELL_OPENS) : 0
    return {gain: pair + opening - (kind === 'result' ? RESULT_WORD : 0), mark: self + (pair > 0 || opens ? '' : '!')}
  }
  // A pair of some known name says little inside a name that is none of them (`Cục Kỹ thuật an
  // toàn và Môi trường công nghiệp` is no `… các địa phương`): the task text's odds.
  const pair = pairGain(state === '~' ? PAIR_IN_OPEN_NAME : PAIR)
  if (pair > 0) return {gain: pair, mark: self + (!open ? '' : state === '~' ? '~' : '=')}
  // A first word the repair got wrong (`Bố Khoa` for `Bộ Khoa`) opens a name at half the odds: `Số hóa` opens a task.
  const head = token.opening
  if (head > 0 && capital && separated) return {gain: HEAD * head, mark: `${self}^`}
  // A head inside a head's name (`Cục Điện lực`, `Vụ Kế hoạch`) is a word of it; after another
  // name, two cells run together (`Trung tâm Sở Khoa`).
  // (Not off a known name's track before its end: `Sở Khoa học và` goes on as that name does; past
  // its end, only with what qualifies a name: `Sở Công Thương các tỉnh …`, not `Sở … Công nghệ ban`.)
  const offTrack = state === '=' && (!finalWords.has(lastExact) || !qualifierWords.has(key) || key === last)
  if (open && !offTrack) return {gain: OPEN_NAME_WORD, mark: `${self}~`}
  if (head > 0 && capital) return {gain: UNSEPARATED_HEAD, mark: `${self}!`}
  const gain = inName && last !== '' && agencyWords.has(key) ? NAME_WORD : FOREIGN
  return {gain, mark: `${self}!`}
}

interface State {
  /** Column of the last word (-1: the TT cell or a line's start). */
  column: number
  /** Lines begun in the current paragraph. */
  lines: number
  /** Last word of each column in the current row (see `fit`). */
  last: readonly string[]
  /** Columns that have a piece on the current line (bits). */
  onLine: number
  /** Columns whose cell has ended in this row: they had no piece on a line of it (bits). */
  closed: number
  /** Characters of the current line's piece of each column. */
  piece: readonly number[]
  /** Characters of the line before's piece of each column (-1: it had none). */
  prevPiece: readonly number[]
  score: number
  parent: State | null
  /** Column given to the word that led here (-1: a row mark). */
  label: number
  /** The word began a line. */
  fresh: boolean
  /** The word began a row whose number OCR lost (a capitalised task at a line's start, every cell open again). */
  newRow: boolean
  /** Lines of the current row so far. */
  rowLines: number
}

/** How each word was placed. */
interface Placement {
  column: number
  fresh: boolean
  newRow: boolean
}

/** Weight of a word's affinity to the column's last word (log-odds, capped): a hint beside the names and the widths. */
const FLOW = 0.6
const FLOW_CAP = 3
const BEAM = 100
/** Readings this far behind the best are dropped at once. */
const PRUNE = 10
const LINE_MISS = 6
/** A word in a cell that has ended: cells are set at the top of their row and run on line after line. */
const CLOSED = 4
/** Per character a cell's line left free that the next line's first word would have filled (capped). */
const WRAP = 0.25
const WRAP_CAP = 8
/** Per character of a line's piece beyond WRAP_SLACK more than its column's full lines. */
const OVER_WRAP = 0.6
const WRAP_SLACK = 1
/** Per character of a line's piece beyond its column's width. */
const OVER_WIDTH = 0.4
/** A row opened where no number was read. */
const UNMARKED_ROW = 5
/** … less where the engine set it apart as a paragraph of its own (of two lines or more: a lone line is a wrapped cell's). */
const UNMARKED_ROW_APART = 2

/**
 * The column of every word after the header, by beam search. `marks` open rows (their own word is
 * the TT cell, a new line); words of a group row stay in the task column; `budgets` are the lines
 * of each paragraph (its header's lines taken off); `widths` the characters a column's line holds
 * (none on the first pass).
 */
function assignColumns(tokens: readonly Token[], marks: readonly Mark[], groupWord: readonly boolean[], kinds: readonly Kind[], budgets: ReadonlyMap<number, number>, widths: readonly number[] | null, wraps: readonly (number | null)[] | null = null): Placement[] {
  const none = kinds.map(() => 0)
  const all = (1 << kinds.length) - 1
  // A group row's title is printed in the task column, wherever that stands.
  const taskColumn = Math.max(0, kinds.indexOf('task'))
  const start = {onLine: 0, closed: 0, piece: none, prevPiece: kinds.map(() => -1), parent: null, fresh: true, newRow: true, rowLines: 1}
  let beam: State[] = [{...start, column: -1, lines: 0, last: kinds.map(() => ''), score: 0, label: -1}]
  const close = (s: State, block: number): number => -LINE_MISS * Math.abs(s.lines - (budgets.get(block) ?? s.lines))
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!
    const newBlock = i > 0 && tokens[i - 1]!.block !== t.block
    const next = new Map<string, State>()
    let top = -Infinity
    const push = (s: State): void => {
      // Far behind the best reading so far: never makes the beam.
      if (s.score < top - PRUNE) return
      top = Math.max(top, s.score)
      const key = `${s.column}|${s.lines}|${s.onLine}|${s.closed}|${s.last.join(' ')}`
      const seen = next.get(key)
      if (!seen || seen.score < s.score) next.set(key, s)
    }
    // The fit of this word depends only on the column's kind and its last word: shared by the beam.
    const fits = new Map<string, {gain: number; mark: string}>()
    const fitHere = (kind: Kind, previous: string): {gain: number; mark: string} => {
      const key = `${kind}\u0000${previous}`
      let hit = fits.get(key)
      if (!hit) fits.set(key, (hit = fit(kind, previous, t)))
      return hit
    }
    // How well the word goes on after a column's last word, as language (`mới sáng` / `tạo,` goes
    // on a name, `năng lượng trong` / `tạo,` no task): what decides where a line's pieces belong
    // when the names are not in the gazetteer.
    const flows = new Map<string, number>()
    const opensPlural = /^(?:Các|Những)$/u.test(t.text)
    const flow = (kind: Kind, previous: string): number => {
      if (kind === 'deadline' || previous === '') return 0
      let hit = flows.get(previous)
      if (hit === undefined) {
        const word = previous.replace(/[;,!^=~]+$/u, '').split('|')[0]!
        // (A capitalised `Các`, `Những` opens a name of its own, `Các đơn vị thuộc Bộ`: inside a name the
        // plural is lower case, so the language's `toàn bộ các` does not glue it to `Văn phòng Bộ`.)
        const affinity = wordAffinity(word, t.text)
        flows.set(previous, (hit = FLOW * Math.max(-FLOW_CAP, Math.min(FLOW_CAP, opensPlural ? Math.min(0, affinity) : affinity))))
      }
      return hit
    }
    const leader = beam[0]!.score
    for (const s0 of beam) {
      if (s0.score < leader - PRUNE) break
      const s = newBlock ? {...s0, score: s0.score + close(s0, tokens[i - 1]!.block), lines: 0} : s0
      if (marks[i]) {
        push({...start, column: -1, lines: s.lines + 1, last: kinds.map(() => ''), score: s.score, parent: s, label: -1})
        continue
      }
      const capital = /^\p{Lu}/u.test(t.text)
      for (let c = groupWord[i] ? taskColumn : 0; c < (groupWord[i] ? taskColumn + 1 : kinds.length); c++) {
        const {gain, mark} = fitHere(kinds[c]!, s.last[c]!)
        const bit = 1 << c
        // Ways on: the same piece goes on (a rule between its words is a misreading at most); the
        // next column on the same line (a TT cell or a line's start counts as before every column);
        // a new line (a cell that goes on opens in lower case).
        for (let way = 0; way < 3; way++) {
          // Where the source's lines broke is known, a word goes on its line or opens the next as it did.
          if (t.lineStart !== null && (way === 2) !== (t.lineStart || newBlock)) continue
          if (way === 0 && (c !== s.column || newBlock)) continue
          if (way === 1 && (c <= s.column || newBlock || s.lines === 0)) continue
          const sameLine = way < 2
          const base = way === 0 ? (t.bar ? -2 : 0) : way === 1 ? -0.2 + (t.bar ? 0.5 : 0) : -0.5 + (c === 0 ? 0.3 : 0) - (s.last[c] !== '' && capital && kinds[c] !== 'agency' ? CAPITAL_GOES_ON : 0)
          // A new line ends the cells that had no piece on the line before (not in a group row).
          const closed = sameLine || groupWord[i] ? s.closed : s.closed | (all & ~s.onLine)
          const length = (way === 0 ? s.piece[c]! + 1 : 0) + t.text.length
          const over = widths ? Math.max(0, length - widths[c]!) - Math.max(0, length - t.text.length - 1 - widths[c]!) : 0
          const prevPiece = sameLine ? s.prevPiece : s.piece.map((n, k) => (s.onLine & (1 << k) ? n : -1))
          // A cell's line breaks where the next word would not fit: a word that opens the cell's
          // next line would have fitted on a short piece before it, so that piece was another column's.
          // (Not the number a time's `Quý`, `Tháng`, `ngày` waits for: `Trước ngày` / `31/7/2027` is one date, however narrow the column.)
          const wrap = kinds[c] === 'deadline' && NUMBERED_TIME_WORDS.has(s.last[c]!) ? null : wraps?.[c]
          const room = way > 0 && wrap && s.last[c] !== '' && prevPiece[c]! >= 0 ? wrap - prevPiece[c]! - 1 - t.text.length + 1 : 0
          // … and a piece much longer than the column's full lines is another column's words run on.
          const beyond = wrap ? Math.max(0, length - wrap - WRAP_SLACK) - Math.max(0, length - t.text.length - 1 - wrap - WRAP_SLACK) : 0
          const score = s.score + base + gain + flow(kinds[c]!, s.last[c]!) - (closed & bit ? CLOSED : 0) - OVER_WIDTH * over - Math.min(WRAP_CAP, WRAP * Math.max(0, room)) - OVER_WRAP * beyond
          // Scored before it is built: most readings fall far behind and are never made.
          if (score < top - PRUNE) continue
          const piece = s.piece.map((n, k) => (k === c ? length : sameLine ? n : 0))
          const last = s.last.map((w, k) => (k === c ? mark : w))
          push({column: c, lines: sameLine ? s.lines : s.lines + 1, last, onLine: (sameLine ? s.onLine : 0) | bit, closed, piece, prevPiece, score, parent: s, label: c, fresh: !sameLine, newRow: false, rowLines: s.rowLines + (sameLine ? 0 : 1)})
        }
        if (c === 0 && !groupWord[i] && s.rowLines >= 2 && t.lineStart !== false && /^\p{Lu}\p{Ll}/u.test(t.text)) {
          const {gain: opening, mark: first} = fit(kinds[0]!, '', t)
          const fresh = {...start, column: 0, lines: s.lines + 1, last: kinds.map((_, k) => (k === 0 ? first : '')), onLine: 1, piece: none.map((n, k) => (k === 0 ? t.text.length : n))}
          const apart = newBlock && (budgets.get(t.block) ?? 0) >= 2
          push({...fresh, score: s.score + opening - 0.2 - (apart ? UNMARKED_ROW_APART : UNMARKED_ROW), parent: s, label: 0})
        }
      }
    }
    beam = [...next.values()].sort((a, b) => b.score - a.score).slice(0, BEAM)
  }
  const lastBlock = tokens.at(-1)?.block
  const best = beam.map((s) => ({s, score: s.score + (lastBlock === undefined ? 0 : close(s, lastBlock))})).sort((a, b) => b.score - a.score)[0]!.s
  const placed: Placement[] = []
  for (let s: State | null = best; s && s.parent; s = s.parent) placed.push({column: s.label, fresh: s.fresh, newRow: s.newRow && s.label >= 0})
  return placed.reverse()
}

/**
 * The characters a line of each column holds, from a first reading: half as much again as its
 * median piece (a column's pieces fill its width but for the last of each cell).
 */
function columnWidths(tokens: readonly Token[], placed: readonly Placement[], columns: number): number[] {
  const pieces: number[][] = Array.from({length: columns}, () => [])
  let open: {column: number; length: number} | null = null
  placed.forEach((p, k) => {
    if (p.column < 0) return
    if (open && open.column === p.column && !p.fresh) open.length += 1 + tokens[k]!.text.length
    else {
      if (open) pieces[open.column]!.push(open.length)
      open = {column: p.column, length: tokens[k]!.text.length}
    }
  })
  if (open) pieces[(open as {column: number}).column]!.push((open as {length: number}).length)
  return pieces.map((ns) => {
    const sorted = [...ns].sort((a, b) => a - b)
    const median = sorted[Math.floor(sorted.length / 2)] ?? 40
    return Math.max(6, Math.ceil(median * 1.5))
  })
}

/**
 * The characters a line of each column holds, from a first reading, where enough cells run over
 * lines to tell: the median of the pieces another line of the same cell follows (such a line is full
 * but for a word that did not fit). Null for a column with fewer than three.
 */
function wrapWidths(tokens: readonly Token[], placed: readonly Placement[], marks: readonly Mark[], columns: number): (number | null)[] {
  const full: number[][] = Array.from({length: columns}, () => [])
  let lines: Map<number, number>[] = []
  const endRow = (): void => {
    lines.forEach((line, k) => line.forEach((n, c) => lines[k + 1]?.has(c) && full[c]!.push(n)))
    lines = []
  }
  placed.forEach((p, k) => {
    if (marks[k] || p.newRow) endRow()
    if (p.column < 0) return
    if (p.fresh || lines.length === 0) lines.push(new Map())
    const line = lines.at(-1)!
    line.set(p.column, line.has(p.column) ? line.get(p.column)! + 1 + tokens[k]!.text.length : tokens[k]!.text.length)
  })
  endRow()
  return full.map((ns) => (ns.length < 3 ? null : [...ns].sort((a, b) => a - b)[Math.floor(ns.length / 2)]!))
}

/**
 * A name as a cell of names should hold it: the words of the next column that ran on after a
 * whole name go (`Sở Tài chính Công nghệ` → `Sở Tài chính`, when the gazetteer is certain of the
 * name and what follows neither qualifies it nor opens another), and a name cut short because its
 * last lines went to the next column is completed when only one known name starts so (`Sở Khoa`
 * → `Sở Khoa học và Công nghệ`; `Sở Nông nghiệp và` has one, `Sở Tư` has none of two words).
 */
function wholeName(part: string): string {
  const {nameKeys, continuationKeys} = nameLexicon()
  // The lead's mark after a name in a cell of every body (`SOY té (chủ trì);`) stays after it.
  const mark = /\s*\((?:ch|ph)[^)]{0,12}\)?[;,]?\s*$/u.exec(part)
  if (mark && mark.index > 0) return `${wholeName(part.slice(0, mark.index))}${mark[0]}`
  const text = part.replace(/[;,]$/u, '').trim()
  const end = part.slice(text.length)
  if (text.split(/\s+/u).length < 2) return part
  const key = toneKey(text)
  const longer = nameKeys.filter((n) => n.key.startsWith(`${key} `))
  if (longer.length === 1 && !nameKeys.some((n) => n.key === key)) return `${longer[0]!.name}${end}`
  const completed = completedName(text)
  if (completed !== null) return `${completed}${end}`
  const match = matchAgency(text, {prefix: true})
  if (!match || !match.certain || match.end >= text.length) return part
  const rest = text.slice(match.end).trim()
  const restKey = toneKey(rest)
  const qualifies = continuationKeys.some((c) => restKey.startsWith(c) && !/\p{L}/u.test(restKey.charAt(c.length)))
  // Another name after it (`Sở Tài chính Công an tỉnh`, a separator lost) stays; `Công nghệ` opens none.
  const opening = toneKey(rest.split(/\s+/u).slice(0, 2).join(' '))
  const another = nameKeys.some((n) => n.key.startsWith(opening)) || agencyHeads.some((h) => opening === toneKey(h) || opening.startsWith(`${toneKey(h)} `))
  if (/^[,;(]/u.test(rest) || qualifies || !/^\p{Lu}/u.test(rest) || another) return part
  return `${text.slice(0, match.end)}${end}`
}

const headOfName = (text: string): boolean => {
  const {nameBareKeys} = nameLexicon()
  const words = text.split(/\s+/u)
  const opening = bareKey(words.slice(0, 2).join(' '))
  return words.length >= 2 && (nameBareKeys.some((n) => n.key.startsWith(opening)) || agencyHeads.some((h) => bareKey(h) === opening || opening.startsWith(`${bareKey(h)} `)))
}

/**
 * A name cut short, its marks misread or a word of the next column run on after it (`Bộ Nối` →
 * `Bộ Nội vụ`, `Bộ Xây Bổ` → `Bộ Xây dựng`, `Bộ Khoa học và xã nghề` → `Bộ Khoa học và Công
 * nghệ`): the longest run of its first words (two at least) that only one known name begins with,
 * compared without marks, completed to that name — or to the shortest of several that all begin
 * with it (`Ban Quản lý các khu công` → `… khu công nghiệp`). A name that follows (`Sở Nông nghiệp
 * và Ủy ban nhân dân …`, a separator lost) stays, after `;`. Null when no run is such a start, or
 * the text is a known name already.
 */
function completedName(text: string): string | null {
  const {nameBareKeys} = nameLexicon()
  const words = text.split(/\s+/u)
  if (nameBareKeys.some((n) => n.key === bareKey(text))) return null
  // Words OCR glued (`Thanhtra tính` for `Thanh tra tỉnh`): the same letters without the spaces.
  const glued = bareKey(text).replace(/\s+/gu, '')
  const unglued = nameBareKeys.find((n) => n.key.replace(/\s+/gu, '') === glued)
  if (unglued) return unglued.name
  for (let k = words.length; k >= 2; k--) {
    const key = bareKey(words.slice(0, k).join(' '))
    if (nameBareKeys.some((n) => n.key === key)) return null
    const bare = nameBareKeys.filter((n) => n.key.startsWith(`${key} `))
    if (bare.length === 0) continue
    // Where the marks were read right, they choose (`Bộ Giáo` is `Bộ Giáo dục …`, not `Bộ Giao thông …`).
    const marked = toneKey(words.slice(0, k).join(' '))
    const exact = bare.filter((n) => toneKey(n.name).startsWith(`${marked} `))
    const longer = exact.length > 0 ? exact : bare
    const shortest = longer.reduce((a, b) => (b.key.length < a.key.length ? b : a))
    if (!longer.every((n) => n.key.startsWith(shortest.key))) return null
    // A list whole as printed (`… các xã, phường`) is no name cut short of `…, đặc khu`.
    if (/,$/u.test(shortest.name.split(/\s+/u)[k - 1] ?? '')) return null
    const rest = words.slice(k).join(' ')
    return rest !== '' && /^\p{Lu}/u.test(rest) && headOfName(rest) ? `${shortest.name}; ${rest}` : shortest.name
  }
  return null
}

/**
 * A name's words spelled again as one phrase: the repair first read them among the other columns'
 * words of each line (`ban và Quản lý` after `ngang bộ ban hành`); within the name, the language
 * model reads `văn bản và Quản lý`, `Trường Đại học`.
 */
function respell(name: string): string {
  if (!/\p{L}/u.test(name)) return name
  // (A name the gazetteer knows as read stays.)
  const known = matchAgency(name.replace(/[;,]$/u, ''), {prefix: false})
  if (known?.certain && known.end >= name.replace(/[;,]$/u, '').length) return name
  const spelled = repairText(name, {mode: 'always'}).text
  return spelled === name ? name : wholeName(spelled)
}

/** A time cell's words with the marks the parser needs (`Thương xuyên` → `Thường xuyên`). */
function spellDeadline(text: string): string {
  // A year a narrow cell broke over two lines (`15/12/202` / `7`, `Quý III/20` / `26`).
  return text
    .replace(/(\d{1,2}\/\d{1,2}\/\d{3})\s+(\d)(?!\d)/gu, '$1$2')
    .replace(/(\/20)\s+(\d{2})(?!\d)/gu, '$1$2')
    .replace(/\p{L}+/gu, (w) => {
      const spelled = deadlineSpellings[skeleton(w)]
      if (spelled === undefined) return w
      return /^\p{Lu}/u.test(w) ? spelled.charAt(0).toUpperCase() + spelled.slice(1) : spelled
    })
}

/** How many words at the end of a paragraph are column titles (a header's first line), bridging as `findHeader` does. */
function titleTail(tokens: readonly Token[]): number {
  let start = tokens.length
  let unknown = 0
  for (let k = tokens.length - 1; k >= 0 && !endsClause(tokens[k]!.text); k--) {
    if (titleWords.has(tokens[k]!.key)) start = k
    else if (!/^\p{L}{2,6}$/u.test(tokens[k]!.text) || ++unknown > BRIDGE) break
  }
  return start < tokens.length && titleWords.has(tokens.at(-1)!.key) ? tokens.length - start : 0
}

/** Words of a header repeated at `from` (a paragraph's start): 0 when there is none. */
function repeatedHeader(tokens: readonly Token[], from: number, columns: readonly Role[]): number {
  // Title words, and up to BRIDGE short words between them the OCR glued (`viphdi` for `vị phối`).
  let end = from
  let unknown = 0
  for (let k = from; k < tokens.length && tokens[k]!.block === tokens[from]!.block && !endsRun(tokens, k); k++) {
    if (isTitleKey(tokens[k]!.key)) end = k + 1
    else if (!/^\p{L}{2,6}$/u.test(tokens[k]!.text) || ++unknown > BRIDGE) break
  }
  const named = new Set<Role>()
  for (let k = from; k < end; k++) {
    const role = markAt(tokens, k, end)
    if (role && role !== 'id' && columns.includes(role)) named.add(role)
  }
  return end - from >= 3 && named.size >= 2 ? end - from : 0
}

/**
 * A paragraph of title words only (`Thời gian`), right before a repeated header: the engine set
 * the tall title of one column apart from the rest of the header it repeats. Its words count.
 */
function headerPiece(tokens: readonly Token[], from: number, columns: readonly Role[]): number {
  const block = tokens[from]!.block
  let end = from
  while (end < tokens.length && tokens[end]!.block === block) end++
  const titles = tokens.slice(from, end).every((t) => titleWords.has(t.key) && !endsClause(t.text))
  return end - from >= 2 && titles && end < tokens.length && repeatedHeader(tokens, end, columns) > 0 ? end - from : 0
}

/** `Phòng Văn hóa - Xã hội:`, `Công an phường:` alone: a body's heading over its bullets, no table row. */
function agencyHeadingLine(text: string): boolean {
  return /^[^\d|:]{3,80}:$/u.test(text.trim()) && text.trim().split(/\s+/u).length <= 12 && startsWithAgencyHead(text.trim())
}

/** A bullet that opens with a verb in sentence case and ends its sentence, with no rule of a table in it. */
function proseBullet(text: string): boolean {
  const t = text.trim()
  return /^[-–•+]\s+\p{Lu}\p{Ll}/u.test(t) && /[.;]$/u.test(t) && !t.includes('|') && opensWithWork(t.replace(/^[-–•+]\s+/u, ''))
}

/** The paragraphs an interleaved table spans, from the one holding its header. */
function tableExtent(blocks: readonly Block[], first: number): number {
  let end = first + 1
  while (end < blocks.length) {
    const b = blocks[end]!
    // (A paragraph the repair left alone, `nghé`, is still the scan's.)
    if (b.kind === 'table' || appendixName(b.text) !== null || /^(?:Nơi nhận|TM\.|KT\.)/u.test(b.text)) break
    // Prose again after a table in the body: a short agency heading (`Phòng Văn hóa - Xã hội:`) or a
    // bullet that reads as one sentence of its own (`- Kiểm tra, xử lý vi phạm …; thực hiện thường xuyên.`).
    // So does the next chapter's title, even right after the paragraph that holds the header.
    if ((end > first + 1 && (agencyHeadingLine(b.text) || proseBullet(b.text))) || chapterLine(b)) break
    end++
  }
  return end
}

/**
 * A line of its own that opens the next chapter (`III. TỔ CHỨC THỰC HIỆN`, OCR'd `lll. TO CHUC …`): a Roman
 * numeral and its period before a title in capitals. (A group row inside the table prints its numeral with
 * no period, among the row's other lines.)
 */
const chapterTitle = new RegExp(String.raw`^(${ocrRomanSource})\.\s+(\p{Lu}[\p{Lu}\s,-]+)$`, 'u')

function chapterLine(block: Block): boolean {
  if (block.kind === 'table' || block.provenance.lineStart !== block.provenance.lineEnd) return false
  const m = chapterTitle.exec(block.text.trim())
  return m !== null && m[2]!.trim().split(/\s+/u).length >= 2 && (romanValue(m[1]!) !== null || readOcrRoman(m[1]!) !== null)
}

/** The table an interleaved header opens, rebuilt; null when no rows follow it. */
function rebuildTable(blocks: readonly Block[], first: number, header: Header, tokens: readonly Token[]): {table: TableBlock; end: number; before: Token[]} | null {
  const end = tableExtent(blocks, first)
  const rest: Token[] = [...tokens.slice(header.end)]
  for (let b = first + 1; b < end; b++) rest.push(...blockTokens(blocks[b]!, b))
  // Lines per paragraph, less the lines of the headers printed again on later pages.
  const budgets = new Map<number, number>()
  for (let b = first; b < end; b++) budgets.set(b, blocks[b]!.provenance.lineEnd - blocks[b]!.provenance.lineStart + 1)
  const less = (lines: ReadonlyMap<number, number>): void => lines.forEach((n, b) => budgets.set(b, (budgets.get(b) ?? 0) - n))
  less(header.lines)
  const body: Token[] = []
  for (let i = 0; i < rest.length; ) {
    // The header printed again on a later page, whole or what is left of it once its first line
    // went as page furniture (`chủ trì | phối hợp gian` / `hoàn` / `thành`): a paragraph opening
    // with three title words or more, of two columns or more.
    const opensBlock = i === 0 || rest[i - 1]!.block !== rest[i]!.block
    const again = opensBlock ? repeatedHeader(rest, i, header.columns) || headerPiece(rest, i, header.columns) : 0
    if (again > 0) {
      less(headerLines(rest, i, i + again, header.columns))
      i += again
      continue
    }
    body.push(rest[i]!)
    i++
  }
  const marks = rowMarks(body)
  if (marks.filter((m) => m?.kind === 'item').length < 2) return null
  const firstMark = marks.findIndex((m) => m !== null)
  const tokensOfRows = body.slice(firstMark)
  const rowMarksOf = marks.slice(firstMark)
  const groupWord: boolean[] = []
  let inGroup = false
  for (const m of rowMarksOf) {
    if (m) inGroup = m.kind === 'group'
    groupWord.push(inGroup)
  }
  const kinds = header.columns.map(kindOf)
  const texts = tokensOfRows.map((t) => t.text)
  tokensOfRows.forEach((t, k) => (t.opening = nameOpening(texts, k)))
  const rough = assignColumns(tokensOfRows, rowMarksOf, groupWord, kinds, budgets, null)
  const widths = columnWidths(tokensOfRows, rough, kinds.length)
  const wraps = wrapWidths(tokensOfRows, rough, rowMarksOf, kinds.length)
  const placed = assignColumns(tokensOfRows, rowMarksOf, groupWord, kinds, budgets, widths, wraps)

  const rows: TableRow[] = []
  let cells: string[][] | null = null
  let id = ''
  /** Columns whose piece ended in a dash: the name goes on after it on the next line. */
  const dashes = new Set<number>()
  const flush = (): void => {
    dashes.clear()
    if (!cells) return
    const texts = cells.map((c) => c.join(' '))
    const deadline = header.columns.indexOf('deadline')
    if (deadline >= 0) texts[deadline] = spellDeadline(texts[deadline]!)
    header.columns.forEach((role, k) => {
      if (role === 'owner' || role === 'coordinators') texts[k] = texts[k]!.split(/(?<=;)\s+/u).map((name) => respell(wholeName(name))).join(' ')
    })
    rows.push({cells: [id, ...texts], page: null})
  }
  tokensOfRows.forEach((t, k) => {
    const m = rowMarksOf[k]
    if (m) {
      flush()
      cells = header.columns.map(() => [])
      id = m.label
      return
    }
    // (Not when the next number read leaves no room for it: `8` then a row, then `9`.)
    const nextNumber = rowMarksOf.slice(k).find((m) => m?.kind === 'item')
    if (placed[k]!.newRow && /^\d+$/u.test(id) && (nextNumber === undefined || Number(nextNumber!.label) > Number(id) + 1)) {
      // The number OCR lost is the next one.
      flush()
      cells = header.columns.map(() => [])
      id = String(Number(id) + 1)
    }
    const column = placed[k]!.column
    const cell = cells![column]!
    // The dash of a compound name (`Vụ Kế hoạch - Tài chính`, `Vụ Pháp luật dân sự -` / `kinh tế`)
    // stays in a name's cell: between two of its words, or at the end of its piece of a line.
    const before = k > 0 && !rowMarksOf[k - 1] ? placed[k - 1]!.column : -1
    if (t.dash && before >= 0 && before !== column && kinds[before] === 'agency') dashes.add(before)
    if ((dashes.has(column) || (t.dash && before === column)) && cell.length > 0 && kinds[column] === 'agency' && !/[-;,]$/u.test(cell.at(-1)!)) cell.push('-')
    dashes.delete(column)
    cell.push(t.text)
  })
  flush()
  const from = blocks[first]!.provenance
  const to = blocks[end - 1]!.provenance
  const nameColumns = header.columns.flatMap((role, k) => (role === 'owner' || role === 'coordinators' ? [k + 1] : []))
  const completed = completedFromTable(rows, nameColumns)
  // Which column a word went to was a guess: each owner and deadline cell is flagged as repaired,
  // and a task whose owner or deadline is that cell says so (`source-warnings.ts`).
  const warnings: string[] = []
  for (const row of completed) {
    header.columns.forEach((role, k) => {
      const cell = row.cells[k + 1]?.trim() ?? ''
      if (cell !== '' && (role === 'owner' || role === 'deadline')) warnings.push(`${role}-repaired: "${cell}" → "${cell}" (${rebuiltNote})`)
    })
  }
  const table: TableBlock = {
    kind: 'table',
    header: [canonicalTitles.id, ...header.columns.map((r) => canonicalTitles[r])],
    rows: completed,
    provenance: {...from, lineEnd: to.lineEnd},
    ...(warnings.length > 0 && {warnings})
  }
  return {table, end, before: tokens.slice(0, header.start)}
}

const rebuiltNote = 'a table OCR read line by line: its words were put back in their columns by a guess'

/**
 * The document with each task table that OCR interleaved line by line rebuilt as a table block
 * (see the file comment); the same document when there is none.
 */
export function withOcrTables(doc: VanbanDocument): VanbanDocument {
  if (!doc.blocks.some((b) => b.kind !== 'table' && readByOcr(b))) return doc
  const blocks: Block[] = []
  let changed = false
  for (let i = 0; i < doc.blocks.length; i++) {
    const block = doc.blocks[i]!
    if (block.kind === 'table' || !readByOcr(block)) {
      blocks.push(block)
      continue
    }
    let tokens = blockTokens(block, i)
    let header = findHeader(tokens, 0)
    // A header whose first line the text reader left at the end of the paragraph before (`Đơn vị
    // chủ Đơn vị phối Thời gian` / `STT Nhiệm vụ trì hợp hoàn thành`) is read whole.
    const previous = blocks.at(-1)
    let head: string | null = null
    if (header && header.start === 0 && previous && previous.kind !== 'table' && readByOcr(previous) && doc.blocks[i - 1] === previous) {
      const before = blockTokens(previous, i - 1)
      const tail = titleTail(before)
      const whole = tail > 0 ? findHeader([...before.slice(-tail), ...tokens], 0) : null
      if (whole && whole.start === 0 && whole.columns.length > header.columns.length) {
        tokens = [...before.slice(-tail), ...tokens]
        header = whole
        head = before.slice(0, before.length - tail).map((t) => t.text).join(' ')
      }
    }
    const rebuilt = header ? rebuildTable(doc.blocks, i, header, tokens) : null
    if (!rebuilt) {
      blocks.push(block)
      continue
    }
    if (head !== null) {
      blocks.pop()
      if (head !== '' && previous && previous.kind !== 'table') blocks.push({...previous, text: head})
    }
    if (rebuilt.before.length > 0) blocks.push({...block, text: rebuilt.before.map((t) => t.text).join(' ')})
    blocks.push(rebuilt.table)
    changed = true
    i = rebuilt.end - 1
  }
  return changed ? {...doc, blocks} : doc
}
