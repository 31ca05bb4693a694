/**
 * Deadline grammar for OCR-damaged text: phrases a task's due date is read from, restored by
 * their shape rather than by the language model alone, because their numbers are data the
 * model never changes (`qu1/2026`, `quj 112026`, `thäng 1O/2026`). Each rule needs the number
 * that makes the phrase a deadline; the words around it are matched by OCR distance.
 *
 * Rules, one per phrase shape:
 * - `quarter`: `quý` + numeral + `/year` (glued `qu1/2026` too); numerals read as digits or
 *   letters (`1`, `l`, `|`, `11`) become Roman (`I`, `II`) unless the document writes quarters
 *   in digits; a slash read as `1` (`112026`) is put back.
 * - `month`: `tháng` + `m/year`, or + a month in words + `năm` + year (`thang Muodi nam 2026` → `tháng
 *   Mười năm 2026`, the nearest month name by OCR distance); `date`: `ngày` + `d/m/year`, and `trước ngày` before it;
 *   `year`: `năm` + a year; `complete`: `hoàn thành` before trong/trước/chậm/quý/tháng/năm/ngày.
 * Digits read as letters inside the numbers (`1O/2026`, `l2/2026`) are put back when the
 * result is a valid month or date.
 */
import {AFTER_COMPLETE, BEFORE, COMPLETE, DAY, FIRST_LOOKALIKES, MONTH, MONTH_NAMES, MONTH_SECOND, QUARTER, ROMAN_QUARTERS, YEAR} from './data/deadline-words.ts'
import type {DeadlineWord} from './data/deadline-words.ts'
import type {OcrDistance} from './ocr-distance.ts'
import {skeleton} from './syllables.ts'

export interface DeadlineRepair {
  /** Which rule acted. */
  readonly rule: 'quarter' | 'month' | 'date' | 'year' | 'complete'
  /** The phrase as it was and as it is now. */
  readonly from: string
  readonly to: string
  /** Offsets of `to` in the returned text. */
  readonly start: number
  readonly end: number
  /** False when a number was guessed (a letter read as a digit, a slash put back, 11 → II). */
  readonly certain: boolean
}

export interface DeadlineOptions {
  /** The document writes quarters in digits (`quý 1/2026`): keep them so. @default false */
  readonly quarterDigits?: boolean
  /**
   * The text's letters are intact (only marks were stripped): words must be the phrase's
   * own skeleton, no distance is computed. @default false
   */
  readonly exact?: boolean
}

interface Token {
  readonly text: string
  readonly start: number
  /** The token without trailing punctuation, and its skeleton: filled on first use. */
  core: string | undefined
  skeleton: string | undefined
}

const token = (text: string, start: number): Token => ({text, start, core: undefined, skeleton: undefined})

// (`H`: the two strokes of II joined by a speck, `quy HI năm` for quý III năm.)
const NUMERAL = '[IVXHl1|!\\]\\[ivx]{1,4}|[1-4]'
const TAIL = '([^\\p{L}\\d]*)'
const QUARTER_GLUED = new RegExp(`^([qQ][\\p{L}?'\`]{0,3}?)(${NUMERAL})(\\/?)(20\\d{2})${TAIL}$`, 'u')
const QUARTER_NUMBER = new RegExp(`^(${NUMERAL})(\\/?)(20\\d{2})${TAIL}$`, 'u')
const QUARTER_ALONE = new RegExp(`^(${NUMERAL})${TAIL}$`, 'u')
const DIGITISH = '[\\dOoIl|]'
const MONTH_YEAR = new RegExp(`^(${DIGITISH}{1,2})\\/(20\\d{2})${TAIL}$`, 'u')
const DATE = new RegExp(`^(${DIGITISH}{1,2})\\/(${DIGITISH}{1,2})\\/(20\\d{2})${TAIL}$`, 'u')
const YEAR_ONLY = new RegExp(`^(20\\d{2})${TAIL}$`, 'u')

/** Digits an OCR engine printed as letters, put back (`1O` → 10, `l2` → 12). */
function digits(raw: string): {value: string; guessed: boolean} {
  const value = raw.replace(/[Oo]/g, '0').replace(/[Il|]/g, '1')
  return {value, guessed: value !== raw}
}

/** A quarter numeral as printed (Roman), or null; `guessed` when letters or digits stood in. */
function quarterNumeral(raw: string, slashLost: boolean): {roman: string; guessed: boolean} | null {
  let core = raw
  let guessed = false
  // No slash printed, and the numeral ends with a stroke: that stroke was the slash (`112026`).
  if (slashLost && core.length >= 2 && /[1lI|]$/.test(core)) {
    core = core.slice(0, -1)
    guessed = true
  }
  if (/^[1-4]$/.test(core)) return {roman: ROMAN_QUARTERS[Number(core) - 1]!, guessed}
  const strokes = core.replace(/[1l|!\]\[i]/g, 'I').replace(/H/g, 'II').replace(/v/g, 'V').replace(/x/g, 'X')
  const at = (ROMAN_QUARTERS as readonly string[]).indexOf(strokes)
  if (at < 0) return null
  return {roman: ROMAN_QUARTERS[at]!, guessed: guessed || strokes !== core}
}

function validMonth(m: string): boolean {
  const n = Number(m)
  return /^\d{1,2}$/.test(m) && n >= 1 && n <= 12
}

function validDay(d: string): boolean {
  const n = Number(d)
  return /^\d{1,2}$/.test(d) && n >= 1 && n <= 31
}

/** The word printed in the token's case (`Quý` for `Qu1`, `QUÝ` for an all-capitals token). */
function inCase(word: string, token: string): string {
  const letters = token.replace(/[^\p{L}]/gu, '')
  if (letters.length >= 2 && letters === letters.toUpperCase() && letters !== letters.toLowerCase()) return word.toUpperCase()
  return /^\p{Lu}/u.test(token) ? word.charAt(0).toUpperCase() + word.slice(1) : word
}

/** Restores deadline phrases in one paragraph of broken text. */
export function repairDeadlines(text: string, distance: OcrDistance, options: DeadlineOptions = {}): {text: string; repairs: DeadlineRepair[]} {
  // Every rule needs a number: most paragraphs have none.
  if (!/\d/.test(text)) return {text, repairs: []}
  const tokens: Token[] = []
  for (const m of text.matchAll(/\S+/gu)) tokens.push(token(m[0], m.index))
  // A token is asked about several words; its core and skeleton are taken once.
  const is = (t: Token | undefined, w: DeadlineWord): boolean => {
    if (!t) return false
    const core = (t.core ??= t.text.replace(/[^\p{L}\d?'`]+$/u, ''))
    // The first letter survives an engine that does not know Vietnamese (q, t, n, h).
    const first = core.charAt(0).toLowerCase()
    if (core.length === 0 || core.length > w.word.length + 3 || (first !== w.skeleton.charAt(0) && !(FIRST_LOOKALIKES[w.skeleton.charAt(0)] ?? '').includes(first))) return false
    if (options.exact) return (t.skeleton ??= skeleton(core)) === w.skeleton
    // A look-alike first letter is read as the word's own, the rest measured as printed.
    return distance.excess(w.skeleton, first === w.skeleton.charAt(0) ? core : w.skeleton.charAt(0) + core.slice(1)) <= w.limit
  }
  // Every rule needs a number within the next few tokens: only those windows are looked at.
  const nearNumber = new Uint8Array(tokens.length)
  for (let i = 0; i < tokens.length; i++) if (/\d/.test(tokens[i]!.text)) for (let k = Math.max(0, i - 5); k <= i; k++) nearNumber[k] = 1
  const out: Array<{at: number; from: Token[]; words: string[]; rule: DeadlineRepair['rule']; certain: boolean}> = []
  const romanOf = (n: {roman: string}): string => (options.quarterDigits ? String(ROMAN_QUARTERS.indexOf(n.roman as never) + 1) : n.roman)
  for (let i = 0; i < tokens.length; i++) {
    if (!nearNumber[i]) continue
    const t = tokens[i]!
    const next = tokens[i + 1]
    let m = QUARTER_GLUED.exec(t.text)
    if (m && is(token(m[1]!, 0), QUARTER)) {
      const n = quarterNumeral(m[2]!, m[3] === '')
      if (n) {
        out.push({at: i, from: [t], words: [`${inCase(QUARTER.word, m[1]!)} ${romanOf(n)}/${m[4]}${m[5]}`], rule: 'quarter', certain: !n.guessed})
        continue
      }
    }
    if (next && is(t, QUARTER)) {
      m = QUARTER_NUMBER.exec(next.text)
      const n = m ? quarterNumeral(m[1]!, m[2] === '') : null
      if (m && n) {
        out.push({at: i, from: [t, next], words: [inCase(QUARTER.word, t.text), `${romanOf(n)}/${m[3]}${m[4]}`], rule: 'quarter', certain: !n.guessed})
        i++
        continue
      }
      const alone = QUARTER_ALONE.exec(next.text)
      const after = tokens[i + 2]
      const n2 = alone ? quarterNumeral(alone[1]!, false) : null
      if (alone && n2 && is(after, YEAR) && after && YEAR_ONLY.test(tokens[i + 3]?.text ?? '')) {
        out.push({at: i, from: [t, next, after], words: [inCase(QUARTER.word, t.text), `${romanOf(n2)}${alone[2]}`, inCase(YEAR.word, after.text)], rule: 'quarter', certain: !n2.guessed})
        i += 2
        continue
      }
    }
    if (next && is(t, MONTH)) {
      m = MONTH_YEAR.exec(next.text)
      const month = m ? digits(m[1]!) : null
      if (m && month && validMonth(month.value)) {
        out.push({at: i, from: [t, next], words: [inCase(MONTH.word, t.text), `${month.value}/${m[2]}${m[3]}`], rule: 'month', certain: !month.guessed})
        i++
        continue
      }
      // `thang Muodi nam 2026`: the month in words, then the year.
      const named = monthInWords(tokens, i + 1, distance, options.exact ?? false)
      const yearWord = tokens[i + 1 + named.length]
      if (named.length > 0 && yearWord && is(yearWord, YEAR) && YEAR_ONLY.test(tokens[i + 2 + named.length]?.text ?? '')) {
        const from = [t, ...tokens.slice(i + 1, i + 1 + named.length), yearWord]
        out.push({at: i, from, words: [inCase(MONTH.word, t.text), ...named.map((w, k) => inCase(w, tokens[i + 1 + k]!.text)), inCase(YEAR.word, yearWord.text)], rule: 'month', certain: true})
        i += named.length + 1
        continue
      }
    }
    const dateAt = (k: number): {words: string; guessed: boolean} | null => {
      const d = DATE.exec(tokens[k]?.text ?? '')
      if (!d) return null
      const day = digits(d[1]!)
      const month = digits(d[2]!)
      if (!validDay(day.value) || !validMonth(month.value)) return null
      return {words: `${day.value}/${month.value}/${d[3]}${d[4]}`, guessed: day.guessed || month.guessed}
    }
    if (is(t, BEFORE) && is(next, DAY)) {
      const date = dateAt(i + 2)
      if (date) {
        out.push({at: i, from: [t, next!, tokens[i + 2]!], words: [inCase(BEFORE.word, t.text), inCase(DAY.word, next!.text), date.words], rule: 'date', certain: !date.guessed})
        i += 2
        continue
      }
    }
    if (is(t, DAY)) {
      const date = dateAt(i + 1)
      if (date) {
        out.push({at: i, from: [t, next!], words: [inCase(DAY.word, t.text), date.words], rule: 'date', certain: !date.guessed})
        i++
        continue
      }
    }
    // `Nam` capitalised inside a sentence is the country's name (Việt Nam 2045), not năm.
    const capitalisedInside = /^\p{Lu}/u.test(t.text) && i > 0 && !/[.:;!?]$/.test(tokens[i - 1]!.text)
    if (next && YEAR_ONLY.test(next.text) && !capitalisedInside && is(t, YEAR)) {
      out.push({at: i, from: [t], words: [inCase(YEAR.word, t.text)], rule: 'year', certain: true})
      continue
    }
    if (is(t, COMPLETE[0]) && is(next, COMPLETE[1]) && AFTER_COMPLETE.some((w) => isWord(tokens[i + 2], w, distance, options.exact ?? false))) {
      out.push({at: i, from: [t, next!], words: [inCase(COMPLETE[0].word, t.text), inCase(COMPLETE[1].word, next!.text)], rule: 'complete', certain: true})
      i++
    }
  }
  if (out.length === 0) return {text, repairs: []}
  // Rebuild the text: each rewritten token replaced in place, the spaces between kept.
  let result = ''
  let from = 0
  const repairs: DeadlineRepair[] = []
  for (const r of out) {
    const first = r.from[0]!
    const last = r.from[r.from.length - 1]!
    const original = text.slice(first.start, last.start + last.text.length)
    let rewritten = ''
    for (let k = 0; k < r.from.length; k++) {
      if (k > 0) rewritten += text.slice(r.from[k - 1]!.start + r.from[k - 1]!.text.length, r.from[k]!.start)
      // A word keeps the punctuation its token ended with (`hoan thanh:` → `hoàn thành:`, the colon of a label).
      const trail = /[:;,]+$/u.exec(r.from[k]!.text)?.[0] ?? ''
      rewritten += trail !== '' && !r.words[k]!.endsWith(trail) ? r.words[k]! + trail : r.words[k]!
    }
    result += text.slice(from, first.start)
    from = last.start + last.text.length
    if (rewritten === original) {
      result += original
      continue
    }
    const start = result.length
    result += rewritten
    repairs.push({rule: r.rule, from: original, to: rewritten, start, end: result.length, certain: r.certain})
  }
  result += text.slice(from)
  return {text: result, repairs}
}

const monthSkeletons = MONTH_NAMES.map((w) => ({word: w.toLowerCase(), skeleton: skeleton(w.toLowerCase())}))
const secondSkeletons = MONTH_SECOND.map((w) => ({word: w, skeleton: skeleton(w)}))

/** The nearest of `words` to an OCR'd token, when near enough and clearly nearer than the next (short words exactly). */
function nearest(t: Token | undefined, words: ReadonlyArray<{word: string; skeleton: string}>, distance: OcrDistance, exact: boolean): string | null {
  if (!t) return null
  const core = t.text.replace(/[^\p{L}\d?'`]+$/u, '')
  if (core.length === 0 || core.length > 6) return null
  let best: string | null = null
  let bestCost = Infinity
  let second = Infinity
  for (const w of words) {
    const cost = exact || core.length <= 2 ? (skeleton(core.toLowerCase()) === w.skeleton ? 0 : Infinity) : distance.excess(w.skeleton, core)
    if (cost < bestCost) {
      second = bestCost
      bestCost = cost
      best = w.word
    } else if (cost < second) second = cost
  }
  // A longer token may lose a letter or gain one (`Muodi` is Mười at 5.0 nats); a short one is nearer to many.
  return best !== null && bestCost <= (core.length >= 4 ? 5.5 : 3) && second - bestCost >= 1.5 ? best : null
}

/** The month in words at `k` (`Tu` → tư, `Muodi hai` → mười hai), its words; empty when none. */
function monthInWords(tokens: readonly Token[], k: number, distance: OcrDistance, exact: boolean): string[] {
  const first = nearest(tokens[k], monthSkeletons, distance, exact)
  if (first === null) return []
  const second = first === 'mười' ? nearest(tokens[k + 1], secondSkeletons, distance, exact) : null
  return second === null ? [first] : [first, second]
}

function isWord(t: Token | undefined, target: string, distance: OcrDistance, exact: boolean): boolean {
  if (!t) return false
  const core = t.text.replace(/[^\p{L}\d]+$/u, '')
  if (core.length === 0 || core.charAt(0).toLowerCase() !== target.charAt(0)) return false
  return exact ? skeleton(core) === target : distance.excess(target, core) <= 3.5
}
