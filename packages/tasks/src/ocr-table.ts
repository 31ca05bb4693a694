/**
 * A task table that reached vanban as plain text from an OCR engine that read it line by line:
 * each printed line holds a piece of every column (`1 | Xây dựng Quy chế Sở Khoa Sở Tư Quý Quyết`
 * / `quản lý, kết nối, chia học và pháp; Văn | IV/2026 định của` …), with stray `|` from the
 * rules, and the text reader has joined the lines of each paragraph. The header (a run of column
 * titles only) gives the columns and their order; `N |`, `N.` and Roman numerals open the rows;
 * each row's words are then given to the columns by a beam search that reads the lead and partner
 * columns as agency names (word pairs of known names), the time column as deadline words, and
 * the rest as task text (and product), keeping within each line the column order and, over each
 * paragraph, the number of lines the paragraph had. The rebuilt rows replace the paragraphs as a
 * table block, read as any task table is (`table.ts`). Only text read by OCR or repaired comes
 * here; clean text and real tables are never touched.
 */
import type {Block, TableBlock, TableRow, VanbanDocument} from '@vanban/core'
import {agencyHeads, collectiveNouns, ministryNames, nameContinuations, setPhrases} from './data/agencies.ts'
import {canonicalTitles, deadlineCellWords, deadlineSpellings, tableAgencyNames, titleFillers, titlePairs} from './data/ocr-table.ts'
import {appendixName} from './markers.ts'
import {readByOcr} from './ocr-markers.ts'
import {toneKey} from './tone-key.ts'

type Role = keyof typeof titlePairs
type Kind = 'task' | 'agency' | 'deadline' | 'result'

/** The rule, for the README's list of OCR rules. */
export const ocrTableRule = {
  id: 'ocr-interleaved-table',
  what: 'a task table OCR read line by line (a header of column titles only, rows opened by `N |` or a Roman numeral, every line a piece of each column): its words given back to their columns and read as a table'
} as const

/** Lower case, no marks, `đ` → `d`, letters, digits and `/` only. */
function skeleton(word: string): string {
  return word
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}/]+/gu, '')
}

/** Lower case with marks, tone placement folded, letters and digits only. */
const exactKey = (word: string): string => toneKey(word).replace(/[^\p{L}\p{N}/]+/gu, '')

const exactWords = (text: string): string[] => text.split(/[\s,;]+/u).map(exactKey).filter((w) => w !== '')
const words = (text: string): string[] => text.split(/[\s,;]+/u).map(skeleton).filter((w) => w !== '')

// Word pairs and words of the names a lead or partner column holds.
const names = [...tableAgencyNames, ...setPhrases, ...ministryNames.map((m) => `Bộ ${m}`)]
const agencyPairs = new Set(names.flatMap((n) => words(n).slice(1).map((w, k) => `${words(n)[k]} ${w}`)))
const agencyWords = new Set([...names.flatMap(words), ...collectiveNouns.flatMap(words), ...nameContinuations.flatMap(words)])
const agencyFirstWords = new Set([...names.map((n) => exactWords(n)[0]!), ...agencyHeads.map((h) => exactWords(h)[0]!)])
const exactPairs = new Set(names.flatMap((n) => exactWords(n).slice(1).map((w, k) => `${exactWords(n)[k]} ${w}`)))
const deadlineWords = new Set<string>(deadlineCellWords)
const roles = Object.keys(titlePairs) as Role[]
const titleWords = new Set([...Object.values(titlePairs).flatMap((ps) => ps.flatMap(exactWords)), ...titleFillers.map(exactKey)])
const roleOfTitleWord = new Map<string, Role>()
for (const role of roles) for (const w of titlePairs[role].flatMap(exactWords)) if (!roleOfTitleWord.has(w)) roleOfTitleWord.set(w, role)
const roleOfPair = new Map<string, Role>(roles.flatMap((role) => titlePairs[role].map((p) => [exactWords(p).join(' '), role] as [string, Role])))

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
}

/** The words of a paragraph; a `|` on its own or glued to a word becomes the next word's `bar`. */
function tokenize(text: string, block: number): Token[] {
  const out: Token[] = []
  let bar = false
  for (const raw of text.split(/\s+/u)) {
    if (raw === '') continue
    if (/^[|‘’'"“”_—=~\-]+$/u.test(raw)) {
      bar ||= raw.includes('|')
      continue
    }
    const lead = /^[|‘’'"“_]+/u.exec(raw)?.[0] ?? ''
    const trail = /[|_—]+$/u.exec(raw)?.[0] ?? ''
    const word = raw.slice(lead.length, raw.length - trail.length)
    if (word === '') continue
    out.push({text: word, key: skeleton(word), exact: exactKey(word), bar: bar || lead.includes('|'), block})
    bar = trail.includes('|')
  }
  return out
}

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
  for (let i = from; i < tokens.length; i++) {
    if (!titleWords.has(tokens[i]!.exact)) continue
    let j = i
    while (j < tokens.length && titleWords.has(tokens[j]!.exact) && !/[,;.:]$/u.test(tokens[j]!.text)) j++
    const header = readHeader(tokens, i, j)
    if (header) return header
    i = j
  }
  return null
}

function readHeader(tokens: readonly Token[], start: number, end: number): Header | null {
  if (end - start < 5) return null
  // Where each title stands: its last pair in the run (a tall cell starts higher, `Thời gian`
  // over `hoàn thành`, so its first words come before its neighbours' on the page).
  const last = new Map<Role, number>()
  for (let k = start; k < end; k++) {
    const one = roleOfPair.get(tokens[k]!.exact)
    if (one === 'id') last.set('id', k)
    const two = k + 1 < end ? roleOfPair.get(`${tokens[k]!.exact} ${tokens[k + 1]!.exact}`) : undefined
    if (two) last.set(two, k + 1)
  }
  const named = [...last.keys()].filter((r) => r !== 'id')
  // A task column and two more, the lead or the time among them; with no TT column, four.
  if (!named.includes('task') || !(named.includes('owner') || named.includes('deadline')) || named.length < (last.has('id') ? 3 : 4)) return null
  const columns = named.sort((a, b) => last.get(a)! - last.get(b)!)
  // Lines: each line reads its titles left to right, so a step back in column order is a new
  // line; so is a new paragraph. Counted per paragraph (a header repeated on a new page may
  // start in one and go on in the next).
  const order = (role: Role | undefined): number => (role === undefined ? -2 : role === 'id' ? -1 : columns.indexOf(role))
  const lines = new Map<number, number>()
  let previous = -2
  for (let k = start; k < end; k++) {
    const {exact: key, block} = tokens[k]!
    if (!lines.has(block)) {
      lines.set(block, 1)
      previous = -2
    }
    const role = roleOfTitleWord.get(key) ?? (['cơ', 'quan', 'đơn', 'vị'].includes(key) ? (columns.includes('owner') ? 'owner' : 'coordinators') : undefined)
    const at = order(role)
    if (at === -2) continue
    if (at < previous) lines.set(block, lines.get(block)! + 1)
    previous = at
  }
  return {columns, hasId: last.has('id'), start, end, lines}
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

/**
 * Where rows open: the next number in sequence (`1`, `2.`, `3,`; `1` again after a group) or the
 * next Roman numeral, before a `|` or a capital. A numeral the repair turned into a word (`II` →
 * `lại`) still opens a group when it stands before `|` and a capital and the numbering restarts
 * at 1 after it.
 */
function rowMarks(tokens: readonly Token[]): Mark[] {
  const marks: Mark[] = tokens.map(() => null)
  let nextItem = 1
  let nextGroup = 0
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!
    const after = tokens[i + 1]
    if (!opensCell(after)) continue
    const number = /^(\d{1,3})[.,]?$/u.exec(t.text)
    if (number && (Number(number[1]) === nextItem || (Number(number[1]) === 1 && nextItem > 1 && after!.bar))) {
      marks[i] = {kind: 'item', label: number[1]!.replace(/^0+/u, '')}
      nextItem = Number(number[1]) + 1
      continue
    }
    const roman = t.text.replace(/[.:]$/u, '')
    const restarts = (): boolean => {
      for (let k = i + 2; k < Math.min(tokens.length, i + 60); k++) {
        const n = /^(\d{1,3})[.,]?$/u.exec(tokens[k]!.text)
        if (n && opensCell(tokens[k + 1])) return Number(n[1]) === 1
      }
      return false
    }
    const isNext = roman === ROMAN[nextGroup]
    const misread = !isNext && nextGroup > 0 && looksLikeMisreadNumeral(tokens, i) && restarts() && !laterMisread(tokens, i)
    if ((isNext && (after!.bar || restarts())) || misread) {
      marks[i] = {kind: 'group', label: ROMAN[nextGroup]!}
      nextGroup++
      nextItem = 1
    }
  }
  return marks
}

// Scores (log-odds, roughly) of a word in a column, given the word before it in that column.
const PAIR = 2.5
const HEAD = 1.5
const NAME_WORD = -0.5
const PAIR_IN_TEXT = 1
const FOREIGN = -2.5
const TIME_WORD = 2
const NOT_TIME = -3

function kindOf(role: Role): Kind {
  return role === 'owner' || role === 'coordinators' ? 'agency' : role === 'deadline' ? 'deadline' : role === 'result' ? 'result' : 'task'
}

const WEAK_TIME_WORDS = new Set(['va', 'cac', 'tu', 'den', 'het', 'trong', 'sau', 'khi', 'moi', 'lan', 'hoan', 'thanh', 'ke'])
const DEADLINE_OPENERS = new Set(['thang', 'quy', 'nam', 'truoc', 'ngay', 'hang', 'thuong', 'dinh', 'cuoi', 'dau', 'tu', 'den', 'trong', 'giai', 'cham', 'sau', 'moi', 'nua', 'dot', 'ke'])

/**
 * How well `token` continues a column of `kind` whose last word so far is `previous` (its key;
 * '' at the column's start in the row; `;` appended after a separator, `!` when that word was no
 * part of a name), and the mark its own key takes. A name column reads as names: it opens on a
 * name's first word, and a word pair scores only inside a name (`Xây dựng` is a pair of `Bộ Xây
 * dựng`, not of a task's `Xây dựng Quy chế`).
 */
function fit(kind: Kind, previous: string, token: Token): {gain: number; mark: string} {
  const key = token.key
  const sep = /[;,]$/u.test(token.text) ? ';' : ''
  if (key === '') return {gain: 0, mark: previous}
  if (kind === 'deadline') {
    const timeLike = /^\d/u.test(key) || /^[ivx]+(?:\/\d+)?$/u.test(key)
    const opens = DEADLINE_OPENERS.has(key) || timeLike
    const ok = previous === '' ? opens : deadlineWords.has(key) || timeLike
    // `và`, `các`, `từ` … go on a time (`Năm 2026 và các năm tiếp theo`) but are any column's words.
    const weak = ok && !opens && WEAK_TIME_WORDS.has(key)
    return {gain: ok ? (weak ? 0.3 : TIME_WORD) : NOT_TIME, mark: key}
  }
  const inName = !previous.endsWith('!')
  const [lastExact = '', last = ''] = previous.replace(/[;!]+$/u, '').split('|')
  const separated = previous === '' || previous.includes(';') || last === 'va'
  const capital = /^\p{Lu}/u.test(token.text)
  // A pair of a name as printed scores in full; one that matches only without marks (the repair
  // left a word wrong: `Công an tính`) a little less.
  const pairGain = (full: number): number => (!inName || last === '' ? 0 : exactPairs.has(`${lastExact} ${token.exact}`) ? full : agencyPairs.has(`${last} ${key}`) ? full * 0.6 : 0)
  const self = `${token.exact}|${key}${sep}`
  // Task and product texts name bodies too (`Quyết định của Ủy ban nhân dân tỉnh`): a name there
  // scores a little, so that the name columns do not take it for the pairs alone.
  if (kind === 'task' || kind === 'result') {
    const pair = pairGain(PAIR_IN_TEXT)
    const opens = agencyFirstWords.has(token.exact) && capital
    return {gain: pair - (kind === 'result' ? 0.05 : 0), mark: self + (pair > 0 || opens ? '' : '!')}
  }
  let gain = pairGain(PAIR)
  if (gain === 0 && agencyFirstWords.has(token.exact) && capital) gain = separated ? HEAD : HEAD / 3
  else if (gain === 0) gain = inName && last !== '' && agencyWords.has(key) ? NAME_WORD : FOREIGN
  return {gain, mark: self + (gain > 0 ? '' : '!')}
}

interface State {
  /** Column of the last word (-1: the TT cell or a line's start). */
  column: number
  /** Lines begun in the current paragraph. */
  lines: number
  /** Last word of each column in the current row (`;` appended after a separator). */
  last: readonly string[]
  score: number
  parent: State | null
  /** Column given to the word that led here (-1: a row mark). */
  label: number
}

const BEAM = 300
const LINE_MISS = 6

/**
 * The column of every word after the header, by beam search. `marks` open rows (their own word is
 * the TT cell, a new line); words of a group row stay in the task column; `budgets` are the lines
 * of each paragraph (its header's lines taken off).
 */
function assignColumns(header: Header, tokens: readonly Token[], marks: readonly Mark[], groupWord: readonly boolean[], kinds: readonly Kind[], budgets: ReadonlyMap<number, number>): number[] {
  const width = kinds.length
  let beam: State[] = [{column: -1, lines: 0, last: kinds.map(() => ''), score: 0, parent: null, label: -1}]
  const close = (s: State, block: number): number => -LINE_MISS * Math.abs(s.lines - (budgets.get(block) ?? s.lines))
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!
    const newBlock = i > 0 && tokens[i - 1]!.block !== t.block
    const next = new Map<string, State>()
    const push = (s: State): void => {
      const key = `${s.column}|${s.lines}|${s.last.join(' ')}`
      const seen = next.get(key)
      if (!seen || seen.score < s.score) next.set(key, s)
    }
    for (const s0 of beam) {
      const s = newBlock ? {...s0, score: s0.score + close(s0, tokens[i - 1]!.block), lines: 0} : s0
      if (marks[i]) {
        push({column: -1, lines: s.lines + 1, last: kinds.map(() => ''), score: s.score, parent: s, label: -1})
        continue
      }
      const candidates = groupWord[i] ? [0] : kinds.map((_, c) => c)
      for (const c of candidates) {
        const {gain, mark} = fit(kinds[c]!, s.last[c]!, t)
        const last = s.last.map((w, k) => (k === c ? mark : w))
        // The same piece goes on: a rule between its words is a misreading at most.
        if (c === s.column && !newBlock) push({column: c, lines: s.lines, last, score: s.score + gain - (t.bar ? 2 : 0), parent: s, label: c})
        // The next column on the same line (a TT cell or a line's start counts as before every column).
        if (c > s.column && !newBlock && s.lines > 0) push({column: c, lines: s.lines, last, score: s.score + gain - 0.2 + (t.bar ? 0.5 : 0), parent: s, label: c})
        // A new line.
        push({column: c, lines: s.lines + 1, last, score: s.score + gain - 0.5 + (c === 0 ? 0.3 : 0), parent: s, label: c})
      }
    }
    beam = [...next.values()].sort((a, b) => b.score - a.score).slice(0, BEAM)
  }
  const lastBlock = tokens.at(-1)?.block
  const best = beam.map((s) => ({s, score: s.score + (lastBlock === undefined ? 0 : close(s, lastBlock))})).sort((a, b) => b.score - a.score)[0]!.s
  const labels: number[] = []
  for (let s: State | null = best; s && s.parent; s = s.parent) labels.push(s.label)
  return labels.reverse()
}

/** A time cell's words with the marks the parser needs (`Thương xuyên` → `Thường xuyên`). */
function spellDeadline(text: string): string {
  return text.replace(/\p{L}+/gu, (w) => {
    const spelled = deadlineSpellings[skeleton(w)]
    if (spelled === undefined) return w
    return /^\p{Lu}/u.test(w) ? spelled.charAt(0).toUpperCase() + spelled.slice(1) : spelled
  })
}

/** The paragraphs an interleaved table spans, from the one holding its header. */
function tableExtent(blocks: readonly Block[], first: number): number {
  let end = first + 1
  while (end < blocks.length) {
    const b = blocks[end]!
    if (b.kind === 'table' || !readByOcr(b) || appendixName(b.text) !== null || /^(?:Nơi nhận|TM\.|KT\.)/u.test(b.text)) break
    end++
  }
  return end
}

/** The table an interleaved header opens, rebuilt; null when no rows follow it. */
function rebuildTable(blocks: readonly Block[], first: number, header: Header, tokens: readonly Token[]): {table: TableBlock; end: number; before: Token[]} | null {
  const end = tableExtent(blocks, first)
  const rest: Token[] = [...tokens.slice(header.end)]
  for (let b = first + 1; b < end; b++) rest.push(...tokenize((blocks[b] as {text: string}).text, b))
  // Lines per paragraph, less the lines of the headers printed again on later pages.
  const budgets = new Map<number, number>()
  for (let b = first; b < end; b++) budgets.set(b, blocks[b]!.provenance.lineEnd - blocks[b]!.provenance.lineStart + 1)
  const less = (lines: ReadonlyMap<number, number>): void => lines.forEach((n, b) => budgets.set(b, (budgets.get(b) ?? 0) - n))
  less(header.lines)
  const body: Token[] = []
  for (let i = 0; i < rest.length; ) {
    const again = findHeader(rest.slice(i, i + 40), 0)
    if (again && again.start === 0) {
      less(again.lines)
      i += again.end
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
  const labels = assignColumns(header, tokensOfRows, rowMarksOf, groupWord, kinds, budgets)
  const rows: TableRow[] = []
  let cells: string[][] | null = null
  let id = ''
  const flush = (): void => {
    if (!cells) return
    const texts = cells.map((c) => c.join(' '))
    const deadline = header.columns.indexOf('deadline')
    if (deadline >= 0) texts[deadline] = spellDeadline(texts[deadline]!)
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
    cells![labels[k]!]!.push(t.text)
  })
  flush()
  const from = blocks[first]!.provenance
  const to = blocks[end - 1]!.provenance
  const table: TableBlock = {
    kind: 'table',
    header: [canonicalTitles.id, ...header.columns.map((r) => canonicalTitles[r])],
    rows,
    provenance: {...from, lineEnd: to.lineEnd}
  }
  return {table, end, before: tokens.slice(0, header.start)}
}

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
    const tokens = tokenize(block.text, i)
    const header = findHeader(tokens, 0)
    const rebuilt = header ? rebuildTable(doc.blocks, i, header, tokens) : null
    if (!rebuilt) {
      blocks.push(block)
      continue
    }
    if (rebuilt.before.length > 0) blocks.push({...block, text: rebuilt.before.map((t) => t.text).join(' ')})
    blocks.push(rebuilt.table)
    changed = true
    i = rebuilt.end - 1
  }
  return changed ? {...doc, blocks} : doc
}
