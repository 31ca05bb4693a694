/**
 * Diacritic restoration: per paragraph, candidates per word (channel) chosen jointly with a
 * syllable trigram model by beam Viterbi. Data (numbers, codes, addresses), abbreviations,
 * punctuation, spacing and each word's capitalisation pattern are kept.
 */
import {nameWords} from './agencies.ts'
import {ABBREVIATION_SPELLINGS, addCounts, countWords, judgeCounts, tokenInfo} from './brokenness.ts'
import type {TokenInfo} from './brokenness.ts'
import {repairDeadlines} from './deadlines.ts'
import {restoreFieldLabel} from './field-labels.ts'
import type {DeadlineRepair} from './deadlines.ts'
import type {Brokenness} from './brokenness.ts'
import {BOUNDARY, caseClue, NUMBER, UNKNOWN} from './language-model.ts'
import type {CaseClue} from './language-model.ts'
import {defaultRepairModel, loadRepairModel, RepairModel} from './model.ts'
import type {RepairModelData, SlotOptions} from './model.ts'
import {newStyle, oldStyle, skeleton, styleMap, styleOf} from './syllables.ts'
import {tokenize} from './tokenize.ts'
import type {Piece} from './tokenize.ts'
import {inventedCapital, shortCapitalMisread} from './misread-capitals.ts'
import type {MisreadParts} from './misread-capitals.ts'

export interface RepairOptions {
  /**
   * `auto` repairs paragraphs that look broken and, elsewhere, only words that are not valid
   * syllables; `always` repairs every paragraph; `never` returns the text unchanged.
   * @default 'auto'
   */
  readonly mode?: 'auto' | 'always' | 'never'
  /** Model data (from `trainLanguageModel` + channel) or a compiled model. @default the shipped model */
  readonly model?: RepairModelData | RepairModel
  /** Weight of the channel cost against the language model. @default 1 */
  readonly channelWeight?: number
  /**
   * Whether the whole document looks broken, for paragraphs too short to judge alone (a
   * heading, a two-word line). Computed from `text` when omitted; a caller that repairs a
   * document block by block can pass `brokenness(wholeText).broken`.
   */
  readonly documentBroken?: boolean
  /**
   * Whether the whole document lost only its marks, letters intact (`brokenness(text).stripped`):
   * its words are then read only as forms of their own skeleton, which is faster and avoids
   * letter changes. Judged from `text` when omitted; a caller repairing block by block passes
   * the document's.
   */
  readonly documentStripped?: boolean
  /**
   * Tone placement of restored words in open oa/oe/uy syllables: `old` (hòa, thủy) or `new`
   * (hoà, thuỷ). Documents print one or the other; by default the text's own valid words
   * decide, and `old` (the more common in administrative text) when they do not.
   */
  readonly toneStyle?: 'old' | 'new'
}

/**
 * A phrase the repair restored from a pattern rather than letter by letter: an agency name
 * from the gazetteer (`owner`, for lead and coordinating bodies alike) or a deadline phrase.
 */
export interface Repair {
  readonly kind: 'owner' | 'deadline'
  /** The phrase as the OCR printed it. */
  readonly from: string
  /** The phrase as repaired: `text.slice(start, end)`. */
  readonly to: string
  readonly start: number
  readonly end: number
  /**
   * False when the reading was a guess a person should check: a name far from the OCR letters
   * or with a close rival, a deadline number read from letters or a lost slash.
   */
  readonly certain: boolean
  /** `owner`: the gazetteer name; `deadline`: the grammar rule that acted (`quarter`, `date` …). */
  readonly source: string
  /** `owner`: confusion-weighted distance of the OCR letters from the name, in nats. */
  readonly distance?: number
}

export interface RepairResult {
  readonly text: string
  /** True when any character changed. */
  readonly changed: boolean
  /** Mean confidence (0–1) of the words that were changed; 1 when nothing changed. */
  readonly confidence: number
  /** Paragraph indexes (0-based, split on blank lines) that were repaired. */
  readonly repairedParagraphs: readonly number[]
  /**
   * Low-confidence choices, one line each. Uncertain names and deadlines start with their
   * code: `owner-repaired: …`, `deadline-repaired: …` (see `repairs`).
   */
  readonly warnings: readonly string[]
  /** Agency names and deadline phrases restored by pattern, in text order. */
  readonly repairs: readonly Repair[]
}

const LIMIT = 12
const BEAM = 8
const KEEP_COST = 7
/** Hypotheses more than this many nats behind the best are dropped. */
const BEAM_WIDTH = 8
const WARN_BELOW = 0.55
const CONFIDENCE_SPREAD = 6
const MAX_RIVALS = 4
const MAX_WARNINGS = 30
const SLOT_CACHE_LIMIT = 100_000

/**
 * The options of one position: parallel arrays, shared between positions with the same token;
 * `keep` is the index of the option that is the token as written, −1 when none is.
 */
type Options = SlotOptions

interface Slot {
  /** Index of the word piece in the paragraph's pieces, −1 for context-only units. */
  readonly piece: number
  readonly options: Options
}

function single(text: string, id: number): Options {
  return {texts: [text], ids: Int32Array.of(id), costs: Float64Array.of(0), keep: 0}
}

function restoreCase(original: string, word: string, allCaps: boolean): string {
  if (allCaps) return word.toUpperCase()
  const first = original.charAt(0)
  if (first !== first.toLowerCase()) return word.charAt(0).toUpperCase() + word.slice(1)
  return word
}

export function repairText(text: string, options: RepairOptions = {}): RepairResult {
  const mode = options.mode ?? 'auto'
  if (mode === 'never' || text.length === 0) return {text, changed: false, confidence: 1, repairedParagraphs: [], warnings: [], repairs: []}
  // Loaded when a paragraph first needs it: clean text whose every word is a syllable (or no
  // syllable's skeleton at all) is returned without reading the model (~0.1–0.2 s cold).
  let loaded: RepairModel | undefined
  const getModel = (): RepairModel =>
    (loaded ??= options.model instanceof RepairModel ? options.model : options.model ? loadRepairModel(options.model) : defaultRepairModel())
  const weight = options.channelWeight ?? 1
  const paragraphs = text.split(/(\n[ \t]*\n)/)
  const tokenized = paragraphs.map((p, i) => (i % 2 === 0 ? tokenize(p) : []))
  // Each paragraph is counted once; the document's judgement is that of the summed counts.
  const counts = tokenized.map(countWords)
  const whole = judgeCounts(counts.reduce(addCounts, countWords([])))
  const documentBroken = options.documentBroken ?? (mode === 'auto' && whole.broken)
  const style = options.toneStyle ?? detectStyle(tokenized)
  // Judged on the whole document: a short OCR line can look merely stripped by chance (`PHI LOC`).
  const documentStripped = options.documentStripped ?? whole.stripped
  // A document that writes its quarters in digits (quý 1/2026) keeps them so.
  const quarterDigits = /quý [1-4]\//iu.test(text) && !/quý (I{1,3}|IV)\b/iu.test(text)
  const warnings: string[] = []
  const repaired: number[] = []
  const repairs: Repair[] = []
  let confSum = 0
  let confN = 0
  let index = -1
  let offset = 0
  const out = paragraphs.map((para, k) => {
    if (k % 2 === 1) {
      offset += para.length
      return para
    }
    index++
    let pieces = tokenized[k]!
    let source = para
    // In a broken document a field line's misread label (`Thói han:`), a capital Đ read as P or a
    // speck read as `!` says its line is broken too.
    const labelled = mode === 'always' || documentBroken ? readMisprints(para, getModel()) : para
    if (labelled !== para) {
      source = labelled
      pieces = tokenize(source)
    }
    const full = mode === 'always' || labelled !== para || isBroken(judgeCounts(counts[k]!), documentBroken) || (documentBroken && foreignMarks(pieces, getModel()))
    let deadlines: readonly DeadlineRepair[] = []
    // A document that lost only its marks lost only its marks everywhere.
    const stripped = full && documentStripped
    if (full) {
      const d = repairDeadlines(source, getModel().distance, {quarterDigits, exact: stripped})
      if (d.repairs.length) {
        source = d.text
        pieces = tokenize(source)
        deadlines = d.repairs
      }
    }
    const r = full || mayChange(pieces) ? repairParagraph(source, pieces, getModel(), full, weight, style, deadlines, stripped) : {text: para, confidences: [], repairs: []}
    if (r.text !== para) repaired.push(index)
    for (const x of r.repairs) {
      repairs.push({...x, start: x.start + offset, end: x.end + offset})
      if (!x.certain) warnings.push(`${x.kind}-repaired: "${x.from}" → "${x.to}"${x.distance === undefined ? '' : ` (distance ${x.distance.toFixed(1)})`}`)
    }
    offset += r.text.length
    for (const c of r.confidences) {
      confSum += c.p
      confN++
      if (c.p < WARN_BELOW && warnings.length < MAX_WARNINGS) warnings.push(`low-confidence repair: "${c.from}" → "${c.to}" (${c.p.toFixed(2)})`)
    }
    return r.text
  })
  const result = out.join('')
  return {text: result, changed: result !== text, confidence: confN ? confSum / confN : 1, repairedParagraphs: repaired, warnings, repairs}
}

/** A paragraph of a broken document with the misprints read back that the decoder cannot see as words. */
const readMisprints = (para: string, model: RepairModel): string => capitalDAsP(restoreFieldLabel(dropBangSpecks(para), model.distance), model)

/**
 * `Ban Chỉ! đạo`, `Chế! đạo`: an exclamation mark glued to a word and followed by a word in lower
 * case is a speck the French model read (no notice exclaims in mid-sentence); it would split the
 * name around it.
 */
const dropBangSpecks = (text: string): string => text.replace(/(?<=\p{L})!(?=\s+\p{Ll})/gu, '')

/**
 * A capital Đ read as P (`Pâng ủy`, `Pẵng chí`: the Portuguese and German models) or as P and D
 * (`PDáng ủy`, `PDién lực`: the Spanish model, its bar read apart): hardly a Vietnamese word opens
 * with P and a vowel, so in a broken document such a word the language model never saw is read with
 * Đ, its other letters left to the repair; none opens with `PD` and a small letter.
 */
function capitalDAsP(text: string, model: RepairModel): string {
  return text.replace(/(?<![\p{L}\d])P(D?)(\p{Ll}{1,6})(?![\p{L}\d])/gu, (word, d: string, rest: string) => {
    if (!'aeiouy'.includes(skeleton(rest.charAt(0)))) return word
    // (The syllable rules allow a `p` onset for loan words: the language model says whether the
    // corpus has the word.) Its vowels may be misread too (`Ping` for Đồng): they are the repair's.
    return d !== '' || model.lm.id(word.toLowerCase()) < 0 ? `Đ${rest}` : word
  })
}

/** `UBND`, `HĐND`: a word in capitals only, of two letters or more. */
const isAllCaps = (word: string): boolean => word.length > 1 && word === word.toUpperCase() && word !== word.toLowerCase()

/** A word kept as the abbreviation it is (`KHCN`), or restored to one (`DMST` → ĐMST): never decoded. */
const keptAsAbbreviation = (info: TokenInfo, text: string): boolean => info.abbrLike || (info.abbr !== undefined && info.upper && text.length > 1)

/**
 * Whether a paragraph judged clean has a word `repairParagraph` might change: only a word that
 * is no valid syllable but has a syllable's skeleton (a lost or wrong mark) and is no
 * abbreviation. Its test is the same as there, so skipping the others changes nothing.
 */
function mayChange(pieces: readonly Piece[]): boolean {
  for (const p of pieces) {
    if (p.kind !== 'word') continue
    const info = tokenInfo(p.text)
    if (info.valid || !info.skeletonValid || keptAsAbbreviation(info, p.text)) continue
    return true
  }
  return false
}

/** Paragraphs with fewer words than this and few marked words follow the document's judgement. */
const SHORT = 6
/**
 * In a broken document, a paragraph with more invalid words than clean prose has (0–2 %) is broken
 * too: a French-, German- or Portuguese-model engine gives Vietnamese words marks of its own (`bên
 * sô`, `dê chän séng`, `Bô Xà áy dung`), many of them valid syllables, so such a paragraph alone may
 * not look broken. (At 10 %, the bar until the Portuguese model was tried, half of its paragraphs
 * kept their wrong marks: heldout22/23 dispatches read by tesseract `por`, owners 0.78; at 4 %, 0.90.)
 */
const INVALID_IN_BROKEN_DOCUMENT = 0.04

function isBroken(b: Brokenness, documentBroken: boolean): boolean {
  return b.broken || (documentBroken && ((b.words < SHORT && b.markedValid < 0.5) || b.invalid > INVALID_IN_BROKEN_DOCUMENT))
}

/**
 * In a broken document, a paragraph whose marked words include ones the language model never saw,
 * in lower case (`Don vi chú tri: Vu Pháp chê.`, `Thói han: Háng tháng`): an engine of another
 * Latin language put its own marks on them, and each makes a valid syllable, so the paragraph has no
 * invalid word to show it. Clean administrative prose has almost none (≤ 0.5 % of its marked words
 * in the 200 clean notices of the tests and blind sets; 30–45 % under Portuguese and Czech models).
 */
function foreignMarks(pieces: readonly Piece[], model: RepairModel): boolean {
  let words = 0
  let unknown = 0
  for (const p of pieces) {
    if (p.kind !== 'word') continue
    words++
    const info = tokenInfo(p.text)
    if (info.valid && info.marked && !info.upper && model.lm.id(info.lower) < 0) unknown++
  }
  return unknown > 0 && unknown >= FOREIGN_SHARE * words
}

/** Share of a paragraph's words that are marked, lower-case and unknown to the model, from which `foreignMarks` holds. */
const FOREIGN_SHARE = 0.1

interface ParagraphResult {
  text: string
  confidences: Array<{from: string; to: string; p: number}>
  /** Offsets within the paragraph. */
  repairs: Repair[]
}

const NUMBER_RE = /^\d+([.,]\d+)*$/
/** Short numbers made of digits that look like letters (0 o, 6 ô/ơ, 1 l). */
const LOOKALIKE_DIGITS = /^[016]{1,2}$/
/** Channel cost of reading such a number as the number it is. */
const NUMBER_KEEP_COST = 1

/** Options of a look-alike number: itself (as a number unit) or the syllables it may be. */
function digitOptions(model: RepairModel, text: string, weight: number): Options {
  const key = `D${weight}|${text}`
  const cached = model.slotCache.get(key)
  if (cached) return cached
  const lm = model.lm
  const texts = [text]
  const ids = [lm.id(NUMBER)]
  const costs = [NUMBER_KEEP_COST]
  for (const c of model.candidates(text, LIMIT)) {
    if (texts.some((t) => oldStyle(t) === oldStyle(c.text))) continue
    texts.push(c.text)
    ids.push(c.id)
    costs.push(c.cost * weight)
  }
  const result: Options = {texts, ids: Int32Array.from(ids), costs: Float64Array.from(costs), keep: 0}
  if (model.slotCache.size >= SLOT_CACHE_LIMIT) model.slotCache.clear()
  model.slotCache.set(key, result)
  return result
}
/**
 * Channel cost of reading a short capitals word's marked vowel (`CÙ`) as any other vowel: an
 * engine that prints ơ, ộ, ổ, ư, ế alike as `Ù` tells nothing of which, so the context chooses.
 */
const ANY_VOWEL_COST = 1.5
/** How many of those readings (the most frequent) a word gets. */
const ANY_VOWEL_LIMIT = 10
/** Case clue of such a word: none, its case being the engine's invention too. */
const MISREAD_CLUE: CaseClue = -1

/**
 * Options of a short capitals word whose marked vowel is a misread capital (`misread-capitals.ts`):
 * its channel candidates as any broken word's, and the syllables of its other letters around
 * any vowel.
 */
function misreadOptions(model: RepairModel, lower: string, parts: MisreadParts, valid: boolean, weight: number, clue: CaseClue): Options {
  const key = `M${weight}${clue}|${lower}`
  const cached = model.slotCache.get(key)
  if (cached) return cached
  const lm = model.lm
  const texts: string[] = []
  const ids: number[] = []
  const costs: number[] = []
  const add = (text: string, id: number, cost: number): void => {
    const canon = oldStyle(text)
    const at = texts.findIndex((t) => oldStyle(t) === canon)
    if (at >= 0) {
      if (costs[at]! <= cost) return
      texts.splice(at, 1)
      ids.splice(at, 1)
      costs.splice(at, 1)
    }
    texts.push(text)
    ids.push(id)
    costs.push(cost)
  }
  for (const c of model.candidates(lower, LIMIT)) add(c.text, c.id, c.cost * weight - lm.caseScore(c.id, clue))
  for (const onset of parts.onsets) for (const c of model.anyVowel(onset, parts.coda, ANY_VOWEL_LIMIT)) add(c.text, c.id, ANY_VOWEL_COST * weight - lm.caseScore(c.id, clue))
  if (!valid) add(lower, lm.id(lower), KEEP_COST - lm.caseScore(-1, clue))
  const result: Options = {texts, ids: Int32Array.from(ids), costs: Float64Array.from(costs), keep: texts.indexOf(lower)}
  if (model.slotCache.size >= SLOT_CACHE_LIMIT) model.slotCache.clear()
  model.slotCache.set(key, result)
  return result
}

/**
 * Whether piece `i` sits in mixed-case text: the nearest longer word on either side (short
 * capitals words and abbreviations skipped: `BÜ TU php`, `BÙ TT`) has lower-case letters and
 * none is in capitals (a heading: `BỘ Y TẾ`, `CƠ QUAN CHỦ TRÌ`).
 */
function mixedCaseAround(pieces: readonly Piece[], i: number): boolean {
  let mixed = false
  for (const step of [-1, 1]) {
    for (let j = i + step; j >= 0 && j < pieces.length; j += step) {
      const p = pieces[j]!
      if (p.kind !== 'word') continue
      const info = tokenInfo(p.text)
      if (info.abbrLike || (p.text === p.text.toUpperCase() && [...p.text].length <= 3)) continue
      if (info.upper) return false
      if (p.text !== p.text.toUpperCase()) mixed = true
      break
    }
  }
  return mixed
}

const STOP_RE = /[.;:!?]/
const MARKED_TITLE_RE = /^\p{Lu}\p{Ll}+$/u
const NON_ASCII_RE = /[^\x00-\x7F]/

const isMarkedTitleCase = (word: string): boolean => MARKED_TITLE_RE.test(word) && NON_ASCII_RE.test(word)
const LETTER_RE = /\p{L}/u
const CODE_RE = /^[\p{L}\d&]+([-/][\p{L}\d&]+)+$/u

/**
 * The model's option cache of one decoding mode (clean, broken or stripped; case clue; channel
 * weight), by lower-case token. Two levels, the mode's looked up once per paragraph, then the
 * token's own string, whose hash V8 keeps: no key is built per word.
 */
function optionCacheOf(model: RepairModel, full: boolean, stripped: boolean, clue: CaseClue, weight: number): Map<string, Options | null> {
  const mode = `${full ? (stripped ? 'S' : 'F') : 'C'}${clue}${weight}`
  let byToken = model.optionCache.get(mode)
  if (!byToken) model.optionCache.set(mode, (byToken = new Map()))
  return byToken
}

/** Options of a word that may change, cached in `byToken` (`optionCacheOf` the same mode). */
function variableOptions(model: RepairModel, byToken: Map<string, Options | null>, lower: string, valid: boolean, full: boolean, weight: number, clue: CaseClue, stripped: boolean): Options | null {
  const cached = byToken.get(lower)
  if (cached !== undefined) return cached
  const lm = model.lm
  const cands = stripped ? model.sameSkeleton(lower, LIMIT) : model.candidates(lower, LIMIT)
  let result: Options | null
  // In a clean paragraph, an invalid word is only touched when it is plainly Vietnamese with a
  // lost or wrong mark (its skeleton is a syllable's); loan words and names stay.
  if (!full && !(cands.length && tokenInfo(cands[0]!.text).skeleton === tokenInfo(lower).skeleton)) result = null
  else {
    // The two tone styles of a syllable (hoà, hòa) are one choice: keep the cheaper, or the
    // token itself; the output is put in the document's style afterwards.
    const texts: string[] = []
    const ids: number[] = []
    const costs: number[] = []
    for (const c of cands) {
      const canon = oldStyle(c.text)
      const at = texts.findIndex((t) => oldStyle(t) === canon)
      if (at >= 0) {
        if (c.text === lower) texts[at] = lower
        continue
      }
      texts.push(c.text)
      ids.push(c.id)
      // Case inside a sentence is evidence too: `Dang` is more likely Đảng than đang.
      costs.push(c.cost * weight - lm.caseScore(c.id, clue))
    }
    if (!valid) {
      texts.push(lower)
      ids.push(lm.id(lower))
      costs.push(KEEP_COST - lm.caseScore(-1, clue))
    }
    result = {texts, ids: Int32Array.from(ids), costs: Float64Array.from(costs), keep: texts.indexOf(lower)}
  }
  if (byToken.size >= SLOT_CACHE_LIMIT) byToken.clear()
  byToken.set(lower, result)
  return result
}


/** The tone style most of the text's own valid words show (`old` when none tells). */
function detectStyle(paragraphs: ReadonlyArray<readonly Piece[]>): 'old' | 'new' {
  // Counted in one array: one increment site, whichever style a document shows first.
  const count = [0, 0]
  for (const pieces of paragraphs) {
    for (const p of pieces) {
      if (p.kind !== 'word') continue
      const s = styleOf(tokenInfo(p.text).lower)
      if (s !== null) count[s === 'new' ? 1 : 0]!++
    }
  }
  return count[1]! > count[0]! ? 'new' : 'old'
}

/** The decoder's positions of one paragraph, and where its words sit among them. */
interface SlotPlan {
  readonly slots: Slot[]
  /** Pieces that are words (changeable or not), in order. */
  readonly words: number[]
  /** Document codes with restored abbreviations: [piece, text]. */
  readonly codes: Array<[number, string]>
  /** Slot of each word piece, −1 for other pieces. */
  readonly slotOf: Int32Array
  /** Index in `words` of each word piece, −1 for other pieces. */
  readonly wordIndex: Int32Array
  /** Some slot has more than one option. */
  readonly anyVariable: boolean
  /** Word pieces printed as short capitals whose marked vowel was a misread capital (`CÙ`). */
  readonly misreadCaps: ReadonlySet<number> | undefined
}

// repairParagraph is split into the steps below (slots, words written, phrases) so that a path
// one document takes for the first time (another tone style, a code, a look-alike number)
// makes V8 recompile one step, not the whole paragraph repair.
function repairParagraph(para: string, pieces: readonly Piece[], model: RepairModel, full: boolean, weight: number, style: 'old' | 'new', deadlines: readonly DeadlineRepair[], stripped: boolean): ParagraphResult {
  // Where each piece starts in `para`, and the pieces a deadline rule already restored.
  const at = new Int32Array(pieces.length + 1)
  for (let i = 0; i < pieces.length; i++) at[i + 1] = at[i]! + pieces[i]!.text.length
  const deadlineOf = new Int32Array(pieces.length).fill(-1)
  for (let i = 0, k = 0; i < pieces.length && k < deadlines.length; i++) {
    while (k < deadlines.length && at[i]! >= deadlines[k]!.end) k++
    if (k < deadlines.length && at[i]! >= deadlines[k]!.start) deadlineOf[i] = k
  }
  const plan = buildSlots(pieces, model, full, weight, stripped, deadlineOf)
  if (!plan.anyVariable && plan.codes.length === 0 && deadlines.length === 0) return {text: para, confidences: [], repairs: []}
  const {slots} = plan
  let choice = decode(slots, model)
  const names = full ? findAgencies(pieces, slots, plan.slotOf, choice, model, style, stripped) : {spans: [], wordAt: new Map<number, string>(), misread: false}
  // A name the decoder misread is decoded again around it, so its neighbours read in its context.
  if (names.misread) choice = decode(slots, model)
  // Built by push, never by `map`: arrays from the built-in and from its optimised inline form
  // differ in elements kind, and stores into one then the other deoptimised this function ~100
  // times a document (each a TurboFan recompile of it).
  const result: string[] = []
  for (const p of pieces) result.push(p.text)
  for (const [i, text] of plan.codes) result[i] = text
  const confidences = writeWords(pieces, plan, choice, names.wordAt, styleMap(style), model, result)
  // Offsets of the output pieces, for the restored names and deadlines.
  const out = new Int32Array(result.length + 1)
  for (let i = 0; i < result.length; i++) out[i + 1] = out[i]! + result[i]!.length
  const text = result.join('')
  return {text, confidences, repairs: phraseRepairs(para, text, at, out, names.spans, deadlines, deadlineOf)}
}

/** The decoder's slots of a paragraph: fixed, changeable and context-only positions. */
function buildSlots(pieces: readonly Piece[], model: RepairModel, full: boolean, weight: number, stripped: boolean, deadlineOf: Int32Array): SlotPlan {
  const lm = model.lm
  const boundary = model.fixed(lm.id(BOUNDARY))
  const slots: Slot[] = [{piece: -1, options: boundary}]
  const words: number[] = []
  const codes: Array<[number, string]> = []
  const slotOf = new Int32Array(pieces.length).fill(-1)
  const wordIndex = new Int32Array(pieces.length).fill(-1)
  // Option caches of this paragraph's modes: [plain-letters-stripped × 2 + capitalised clue].
  const caches: Array<Map<string, Options | null> | undefined> = [undefined, undefined, undefined, undefined]
  let anyVariable = false
  let misreadCaps: Set<number> | undefined
  for (let i = 0; i < pieces.length; i++) {
    const p = pieces[i]!
    if (p.kind === 'space') continue
    if (p.kind === 'word' && deadlineOf[i]! >= 0) {
      wordIndex[i] = words.length
      words.push(i)
      slotOf[i] = slots.length
      slots.push({piece: -1, options: model.fixed(lm.id(tokenInfo(p.text).lower))})
      continue
    }
    if (p.kind === 'marker') {
      slots.push({piece: -1, options: boundary})
      continue
    }
    if (p.kind === 'keep') {
      if (full && CODE_RE.test(p.text)) {
        // Document codes keep their shape, but an engine without Đ prints their
        // abbreviations with D (`02-KH/BCDTW`): restore the parts that are known abbreviations.
        const fixedCode = p.text.replace(/[\p{L}&]+/gu, (part) => (part === part.toUpperCase() ? (tokenInfo(part).abbr ?? part) : part))
        if (fixedCode !== p.text) codes.push([i, fixedCode])
      }
      if (full && LOOKALIKE_DIGITS.test(p.text)) {
        // `6`, `0`, `10` in English-model OCR are often ở, ô, lệ: let the context choose.
        slots.push({piece: i, options: digitOptions(model, p.text, weight)})
        anyVariable = true
      } else if (NUMBER_RE.test(p.text)) slots.push({piece: -1, options: model.fixed(lm.id(NUMBER))})
      else if (STOP_RE.test(p.text)) slots.push({piece: -1, options: boundary})
      else if (LETTER_RE.test(p.text)) slots.push({piece: -1, options: model.fixed(lm.id(UNKNOWN))})
      continue
    }
    wordIndex[i] = words.length
    words.push(i)
    slotOf[i] = slots.length
    const info = tokenInfo(p.text)
    const lower = info.lower
    const prev = slots[slots.length - 1]!.options
    // `CÙ quan`, `BÙ Xây dựng` inside a sentence of a broken paragraph: the engine read the
    // lower-case vowel as a capital (misread-capitals.ts), so any vowel may stand there. (A
    // precomposed marked capital is no vowel to `isAbbreviationLike`: checked before it.)
    const parts = full && !stripped && info.upper && info.abbr === undefined && prev !== boundary ? shortCapitalMisread(p.text) : undefined
    if (parts && mixedCaseAround(pieces, i)) {
      slots.push({piece: i, options: misreadOptions(model, lower, parts, info.valid, weight, MISREAD_CLUE)})
      ;(misreadCaps ??= new Set()).add(i)
      anyVariable = true
      continue
    }
    if (keptAsAbbreviation(info, p.text)) {
      const text = info.abbr && full ? info.abbr : p.text
      slots.push({piece: i, options: single(text, lm.id(text.toLowerCase()))})
      continue
    }
    // In a clean paragraph a marked, title-case word inside a sentence is a name as the document
    // prints it (Hồ Đức Phớc), even when it is no standard syllable: not ours to correct.
    if (!full && (info.valid || (prev !== boundary && isMarkedTitleCase(p.text)))) {
      slots.push({piece: i, options: model.fixed(lm.id(lower))})
      continue
    }
    // Only capitals are used as a clue: an English-model OCR loses them rarely, and a lower-case
    // clue mostly penalised names the corpus never saw written.
    const first = p.text.charAt(0)
    const clue = first !== first.toLowerCase() && caseClue(p.text, prev === boundary) === 1 ? 1 : -1
    const ascii = stripped && info.ascii
    // In a document whose letters are intact, a plain word that is no syllable's skeleton is a
    // foreign word or a name (Qualcomm, logistics): nothing to restore.
    const opts = ascii && !info.skeletonValid ? null : variableOptions(model, (caches[(ascii ? 2 : 0) + (clue === 1 ? 1 : 0)] ??= optionCacheOf(model, full, ascii, clue, weight)), lower, info.valid, full, weight, clue, ascii)
    if (!opts) {
      slots.push({piece: i, options: model.fixed(lm.id(lower))})
      continue
    }
    slots.push({piece: i, options: opts})
    anyVariable = true
  }
  slots.push({piece: -1, options: boundary})
  return {slots, words, codes, slotOf, wordIndex, anyVariable, misreadCaps}
}

/**
 * Writes each changed word into `result` (its piece's place): in the document's tone style
 * (`restyle`), its own case, a gazetteer name's own spelling. Returns the changed words'
 * confidences.
 */
function writeWords(pieces: readonly Piece[], plan: SlotPlan, choice: Int32Array, nameWords: ReadonlyMap<number, string>, restyle: ReadonlyMap<string, string>, model: RepairModel, result: string[]): ParagraphResult['confidences'] {
  const {slots, words, wordIndex, misreadCaps} = plan
  const boundary = model.fixed(model.lm.id(BOUNDARY))
  const confidences: ParagraphResult['confidences'] = []
  for (let s = 0; s < slots.length; s++) {
    const slot = slots[s]!
    if (slot.piece < 0) continue
    const c = choice[s]!
    const original = pieces[slot.piece]!.text
    const info = tokenInfo(original)
    const picked = slot.options.texts[c]!
    const chosen = slot.options.texts.length === 1 || c === slot.options.keep ? picked : (restyle.get(picked) ?? picked)
    // A fixed word (text '' from `model.fixed`, or its own form) is unchanged unless it holds
    // a new spelling (an abbreviation restored: DMST → ĐMST).
    if (slot.options.texts.length === 1 ? chosen === '' || chosen === info.lower || chosen === original : c === slot.options.keep) continue
    // A look-alike number is no word: it has no neighbours to take capitals from.
    const at = wordIndex[slot.piece]!
    const neighbourCaps = at >= 0 && ((at > 0 && tokenInfo(pieces[words[at - 1]!]!.text).upper) || (at + 1 < words.length && tokenInfo(pieces[words[at + 1]!]!.text).upper))
    const misread = misreadCaps !== undefined && misreadCaps.has(slot.piece)
    // A short capitals word in mixed-case text (`BU TD phäp`, `TI phäp`) is no heading, whatever
    // the abbreviation or misread capitals beside it.
    const allCaps = info.upper && (words.length === 1 || (neighbourCaps && !misread && !(original.length <= 3 && mixedCaseAround(pieces, slot.piece))))
    // A name is printed in its own case (`Trung ương` even where an engine printed `Trung Ung`),
    // in capitals inside a capitals heading.
    const nameWord = nameWords.get(s)
    let text = nameWord !== undefined ? nameWord : ABBREVIATION_SPELLINGS.has(chosen) ? chosen : restoreCase(original, chosen, allCaps)
    // A capital the engine made of a lower-case letter (`Trung Ung`, `Ü`, `CÙ`) is no evidence
    // of case: inside a sentence, a word the corpus (almost) never capitalises there is lower case.
    if (nameWord === undefined && !allCaps && text !== chosen && s > 0 && slots[s - 1]!.options !== boundary && (misread || inventedCapital(original, chosen)) && model.lm.mostlyLower(slot.options.ids[c]!)) text = chosen
    if (text === original) continue
    result[slot.piece] = text
    if (slot.options.texts.length > 1) confidences.push({from: original, to: text, p: confidence(slots, choice, s, model)})
  }
  return confidences
}

/** The names and deadline phrases restored in a paragraph, with their offsets in `text` (pieces start at `out`; in `para`, at `at`). */
function phraseRepairs(para: string, text: string, at: Int32Array, out: Int32Array, names: readonly NameSpan[], deadlines: readonly DeadlineRepair[], deadlineOf: Int32Array): Repair[] {
  const repairs: Repair[] = []
  const span = (first: number, last: number): {start: number; end: number; to: string} => ({start: out[first]!, end: out[last + 1]!, to: text.slice(out[first]!, out[last + 1]!)})
  for (const n of names) {
    const s = span(n.first, n.last)
    const from = para.slice(at[n.first]!, at[n.last + 1]!)
    if (s.to !== from) repairs.push({kind: 'owner', from, ...s, certain: n.certain, source: n.name, distance: n.distance})
  }
  const firstOf = new Int32Array(deadlines.length).fill(-1)
  const lastOf = new Int32Array(deadlines.length).fill(-1)
  for (let i = 0; i < deadlineOf.length; i++) {
    const k = deadlineOf[i]!
    if (k < 0) continue
    if (firstOf[k]! < 0) firstOf[k] = i
    lastOf[k] = i
  }
  deadlines.forEach((d, k) => {
    if (firstOf[k]! >= 0) repairs.push({kind: 'deadline', from: d.from, ...span(firstOf[k]!, lastOf[k]!), certain: d.certain, source: d.rule})
  })
  repairs.sort((a, b) => a.start - b.start)
  return repairs
}

interface NameSpan {
  /** First and last piece of the name. */
  readonly first: number
  readonly last: number
  readonly name: string
  readonly certain: boolean
  readonly distance: number
}

const NAME_JOINER = /^[,\-–—]+$/

/** Small letters whose capital has another shape: an OCR engine does not read one for the other. */
const DISTINCT_SMALL = /^[abdđeghnqrt]/u

/**
 * Whether the print writes a name's inner words in small letters where the gazetteer has
 * capitals (`Ban Chỉ huy quân sự xã` against `Ban Chỉ huy Quân sự xã`): some inner word the
 * gazetteer capitalises begins, in the OCR, with a small letter whose capital looks otherwise
 * (`quan`; a small `s` or `c` may be a capital read small). The print's case is the document's
 * own spelling and is kept; the marks still come from the gazetteer. Only a word read letter for
 * letter counts: `ty` for Ủy is a capital the engine lost, not a small letter printed.
 */
function printsInLowerCase(words: readonly string[], printed: readonly string[]): boolean {
  for (let w = 1; w < words.length && w < printed.length; w++) {
    if (/^\p{Lu}/u.test(words[w]!) && DISTINCT_SMALL.test(printed[w]!.normalize('NFD')) && skeleton(printed[w]!) === skeleton(words[w]!)) return true
  }
  return false
}
const headCache = new WeakMap<Options, boolean>()
const skeletonCache = new WeakMap<Options, ReadonlySet<string>>()

/**
 * Agency names in a broken paragraph (gazetteer, `agencies.ts`), found after a first decoding:
 * each run of words joined only by spaces, commas or dashes is walked from every word the
 * decoder read as a name's first word (bộ, ban, sở, ủy …) or that is a capitalised word it
 * could not read; later words step on the decoded word when it is the name's own, else on the
 * OCR letters by their confusion-weighted distance (`Trung trong` → Trung ương). A matched
 * name's words replace the word slots.
 */
function findAgencies(pieces: readonly Piece[], slots: Slot[], slotOf: Int32Array, choice: Int32Array, model: RepairModel, style: 'old' | 'new', exact: boolean): {spans: NameSpan[]; wordAt: Map<number, string>; misread: boolean} {
  const index = model.agencies
  const spans: NameSpan[] = []
  const wordAt = new Map<number, string>()
  let misread = false
  // A word one of whose readings is a name's first word (`BI` may be bộ) may open a name.
  const headOption = (piece: number): boolean => {
    const options = slots[slotOf[piece]!]!.options
    let hit = headCache.get(options)
    if (hit === undefined) headCache.set(options, (hit = options.texts.some((t) => t !== '' && index.isHead(t))))
    return hit
  }
  // Skeletons a word's candidates spell (`b6` → bo, be …).
  const readings = (piece: number): ReadonlySet<string> => {
    const options = slots[slotOf[piece]!]!.options
    let set = skeletonCache.get(options)
    if (!set) skeletonCache.set(options, (set = new Set(options.texts.filter((t) => t !== '').map((t) => tokenInfo(t).skeleton))))
    return set
  }
  const decodedAt = (piece: number): string | undefined => {
    const s = slotOf[piece]!
    const text = slots[s]!.options.texts[choice[s]!]
    return text === '' || text === undefined ? undefined : text
  }
  const walkRun = (run: readonly number[]): void => {
    if (run.length < 2) return
    // Most runs hold no name's first word: look before building anything.
    let any = false
    for (let k = 0; k < run.length - 1 && !any; k++) any = index.opensOn(decodedAt(run[k]!), pieces[run[k]!]!.text, exact) || (!exact && headOption(run[k]!))
    if (!any) return
    // Filled by push (see `repairParagraph`'s result): the same elements kind whichever
    // compiled form of this closure runs.
    const tokens: string[] = []
    const decoded: Array<string | undefined> = []
    for (const i of run) {
      tokens.push(pieces[i]!.text)
      decoded.push(decodedAt(i))
    }
    const reads = (k: number, word: string): boolean => (decoded[k] ?? tokens[k]?.toLowerCase()) === word
    const followedBy = (end: number): boolean => (reads(end, 'chủ') && reads(end + 1, 'trì')) || (reads(end, 'phối') && reads(end + 1, 'hợp'))
    for (let k = 0; k < run.length - 1; k++) {
      const first = run[k]!
      const opens = !exact && headOption(first)
      if (!opens && !index.opensOn(decoded[k], tokens[k]!, exact)) continue
      const match = index.matchAt(tokens, k, {followedBy, decoded, exact, opens, readsAs: (at, skel) => readings(run[at]!).has(skel)})
      if (!match) continue
      // An office (`Thứ trưởng`) is followed by its body or its holder's name, in capitals; before a word in lower
      // case (`Thu truong các sở, ban, ngành`, `Thu truong cơ quan ngang bộ`) the letters spell another word (Thủ
      // trưởng, a body's head), and the words around decide, as for any word.
      if (match.entry.kind === 'title' && match.words <= 2 && /^\p{Ll}/u.test(tokens[k + match.words] ?? '')) continue
      const words = nameWords(match.name)
      const covered = run.slice(k, k + match.words)
      // A name starts with a capital (`các bộ, ngành` is no name); an engine that turned Ủ
      // into `t` lost it, so a long enough name may start in lower case.
      if (/^\p{Ll}/u.test(pieces[first]!.text) && /^\p{Lu}/u.test(words[0]!) && match.words < 4) continue
      // Commas inside the span only where the name has them (`Sở, xây dựng` is two things).
      if (!sameCommas(pieces, covered, match.name)) continue
      // A heading in capitals stays in capitals (`CƠ QUAN THƯỜNG TRỰC BAN CHỈ ĐẠO` from `… CHi DAO`).
      // Judged on its longer words where it has some: short capitals stand in mixed-case text
      // too (`BÙ TI phép` is Bộ Tư pháp, `TÔNG BÎ THI` a heading).
      let upper = 0
      let long = 0
      let longUpper = 0
      for (const [w, i] of covered.entries()) {
        // (An abbreviation of the name, `UBND`, `HĐND`, is in capitals in any text: it tells nothing.)
        if (isAllCaps(words[w]!)) continue
        const text = pieces[i]!.text
        const isUpper = tokenInfo(text).upper
        if (isUpper) upper++
        if (text.length > 3) {
          long++
          if (isUpper) longUpper++
        }
      }
      const caps = long > 0 ? longUpper * 2 >= long : upper * 2 >= covered.length && !mixedCaseAround(pieces, first)
      const printedLower = !caps && printsInLowerCase(words, covered.map((i) => pieces[i]!.text))
      for (let w = 0; w < match.words; w++) {
        const slot = slotOf[run[k + w]!]!
        let word = inStyle(words[w]!, style)
        if (caps) word = word.toUpperCase()
        else if (printedLower && w > 0 && /^\p{Ll}/u.test(tokens[k + w]!)) word = word.toLowerCase()
        // A generic name opening a sentence (`Các tỉnh ủy, thành ủy`) takes the OCR's capital.
        else if (w === 0 && /^\p{Lu}/u.test(pieces[first]!.text)) word = word.charAt(0).toUpperCase() + word.slice(1)
        // And its small letter where the letter is the name's own (`Ban thường vụ đảng ủy các xã`), not
        // one an engine put for a capital it could not read (`tỷ ban` for Ủy ban).
        else if (w === 0 && /^\p{Ll}/u.test(tokens[k]!) && skeleton(tokens[k]!.charAt(0)) === skeleton(word.charAt(0).toLowerCase())) word = word.charAt(0).toLowerCase() + word.slice(1)
        const lower = word.toLowerCase()
        if (oldStyle(lower) !== oldStyle(decoded[k + w] ?? tokens[k + w]!.toLowerCase())) misread = true
        slots[slot] = {piece: run[k + w]!, options: {texts: [lower], ids: Int32Array.of(model.lm.id(lower)), costs: Float64Array.of(0), keep: -1}}
        wordAt.set(slot, word)
      }
      spans.push({first, last: run[k + match.words - 1]!, name: match.name, certain: match.certain, distance: match.distance})
      k += match.words - 1
    }
  }
  let run: number[] = []
  for (let i = 0; i < pieces.length; i++) {
    const p = pieces[i]!
    if (p.kind === 'space' || (p.kind === 'keep' && NAME_JOINER.test(p.text))) continue
    if (p.kind === 'word' && slotOf[i]! >= 0) run.push(i)
    else {
      walkRun(run)
      run = []
    }
  }
  walkRun(run)
  return {spans, wordAt, misread}
}

const commas = new Map<string, readonly boolean[]>()

/** Per word of a gazetteer name, whether a comma follows it (cached: names are few). */
function commasOf(name: string): readonly boolean[] {
  let hit = commas.get(name)
  if (!hit) {
    const list: boolean[] = []
    for (const w of name.split(/\s+/)) if (/[\p{L}\d]/u.test(w)) list.push(w.endsWith(','))
    commas.set(name, (hit = list))
  }
  return hit
}

/** Whether commas separate the same words in the OCR span as in the name. */
function sameCommas(pieces: readonly Piece[], covered: readonly number[], name: string): boolean {
  const inName = commasOf(name)
  for (let w = 0; w + 1 < covered.length; w++) {
    let comma = false
    for (let i = covered[w]! + 1; i < covered[w + 1]!; i++) if (pieces[i]!.text.includes(',')) comma = true
    if (comma !== (inName[w] ?? false)) return false
  }
  return true
}

/** A gazetteer word (old tone style, its own case) in the document's tone style. */
function inStyle(word: string, style: 'old' | 'new'): string {
  if (style === 'old') return word
  const lower = word.toLowerCase()
  const styled = newStyle(lower)
  return styled === lower ? word : word.charAt(0) === lower.charAt(0) ? styled : styled.charAt(0).toUpperCase() + styled.slice(1)
}

/**
 * Beam Viterbi over slots with trigram context; returns the chosen option index per slot.
 * State lives in typed arrays: a hypothesis is (u, v, score) plus a back pointer, and two
 * hypotheses reaching the same option from the same previous unit are recombined.
 */
function decode(slots: readonly Slot[], model: RepairModel): Int32Array {
  const lm = model.lm
  const S = slots.length
  let maxOpts = 1
  for (let s = 0; s < S; s++) if (slots[s]!.options.texts.length > maxOpts) maxOpts = slots[s]!.options.texts.length
  const width = BEAM * maxOpts
  const scratch = decodeScratch(S, width)
  // Kept hypotheses per slot, for the back-trace.
  const {backs, choices, pctx, cu, cv, cs, cb, cc, order, group, gv, gLower, gBest, gArg} = scratch
  let {pu, pv, ps, nu, nv, ns} = scratch
  let pn = 1
  pu[0] = -1
  pv[0] = -1
  ps[0] = 0
  // As fresh arrays would start: a group whose every history scores −∞ keeps the back pointer
  // it had, and that must be the same one in every call.
  gArg.fill(0)
  backs.fill(0, 0, S * BEAM)
  choices.fill(0, 0, S * BEAM)
  for (let s = 0; s < S; s++) {
    const {ids, costs} = slots[s]!.options
    let ng = 0
    for (let h = 0; h < pn; h++) {
      pctx[h] = lm.context(pu[h]!, pv[h]!)
      const v = pv[h]!
      let g = 0
      while (g < ng && gv[g] !== v) g++
      if (g === ng) gv[ng++] = v
      group[h] = g
    }
    let n = 0
    for (let c = 0; c < ids.length; c++) {
      const w = ids[c]!
      const cost = costs[c]!
      for (let g = 0; g < ng; g++) {
        gLower[g] = lm.lowerProb(gv[g]!, w)
        gBest[g] = -Infinity
      }
      // Hypotheses come sorted best first and a log probability is ≤ 0: one whose score is
      // already below its group's best cannot win, so most trigram lookups are skipped.
      for (let h = 0; h < pn; h++) {
        const g = group[h]!
        if (ps[h]! <= gBest[g]!) continue
        const score = ps[h]! + Math.log(lm.upperProb(pctx[h]!, w, gLower[g]!))
        if (score > gBest[g]!) {
          gBest[g] = score
          gArg[g] = h
        }
      }
      for (let g = 0; g < ng; g++) {
        cu[n] = gv[g]!
        cv[n] = w
        cs[n] = gBest[g]! - cost
        cb[n] = gArg[g]!
        cc[n] = c
        n++
      }
    }
    // Top BEAM by score, by insertion (n ≤ BEAM × options, small).
    let kept = 0
    let top = -Infinity
    for (let k = 0; k < n; k++) if (cs[k]! > top) top = cs[k]!
    for (let k = 0; k < n; k++) {
      const sc = cs[k]!
      // Far behind the best: would need an improbable turn to catch up.
      if (sc < top - BEAM_WIDTH) continue
      if (kept === BEAM && sc <= cs[order[BEAM - 1]!]!) continue
      let j = kept < BEAM ? kept++ : BEAM - 1
      while (j > 0 && cs[order[j - 1]!]! < sc) {
        order[j] = order[j - 1]!
        j--
      }
      order[j] = k
    }
    for (let j = 0; j < kept; j++) {
      const k = order[j]!
      nu[j] = cu[k]!
      nv[j] = cv[k]!
      ns[j] = cs[k]!
      backs[s * BEAM + j] = cb[k]!
      choices[s * BEAM + j] = cc[k]!
    }
    const tu = pu
    pu = nu
    nu = tu
    const tv = pv
    pv = nv
    nv = tv
    const ts = ps
    ps = ns
    ns = ts
    pn = kept
  }
  const choice = new Int32Array(S)
  let h = 0 // kept hypotheses are sorted: 0 is the best
  for (let s = S - 1; s >= 0; s--) {
    choice[s] = choices[s * BEAM + h]!
    h = backs[s * BEAM + h]!
  }
  return choice
}

/** The decoder's working arrays, reused between calls (`decode` is never re-entered). */
interface DecodeScratch {
  /** Per slot × BEAM: back pointer and option of each kept hypothesis. */
  backs: Int32Array
  choices: Int32Array
  /** Candidates of the current slot (width = BEAM × most options). */
  cu: Int32Array
  cv: Int32Array
  cs: Float64Array
  cb: Int32Array
  cc: Int32Array
  /** BEAM-sized: previous and next hypotheses, their contexts, the order kept, groups by last unit. */
  pu: Int32Array
  pv: Int32Array
  ps: Float64Array
  nu: Int32Array
  nv: Int32Array
  ns: Float64Array
  pctx: Int32Array
  order: Int32Array
  group: Int32Array
  gv: Int32Array
  gLower: Float64Array
  gBest: Float64Array
  gArg: Int32Array
}

let decodeState: DecodeScratch | undefined

/** Working arrays for `slots` slots and `width` candidates a slot, grown when too small. */
function decodeScratch(slots: number, width: number): DecodeScratch {
  decodeState ??= {
    backs: new Int32Array(0), choices: new Int32Array(0),
    cu: new Int32Array(0), cv: new Int32Array(0), cs: new Float64Array(0), cb: new Int32Array(0), cc: new Int32Array(0),
    pu: new Int32Array(BEAM), pv: new Int32Array(BEAM), ps: new Float64Array(BEAM),
    nu: new Int32Array(BEAM), nv: new Int32Array(BEAM), ns: new Float64Array(BEAM),
    pctx: new Int32Array(BEAM), order: new Int32Array(BEAM), group: new Int32Array(BEAM),
    gv: new Int32Array(BEAM), gLower: new Float64Array(BEAM), gBest: new Float64Array(BEAM), gArg: new Int32Array(BEAM)
  }
  if (decodeState.backs.length < slots * BEAM) {
    const size = Math.max(slots * BEAM, decodeState.backs.length * 2)
    decodeState.backs = new Int32Array(size)
    decodeState.choices = new Int32Array(size)
  }
  if (decodeState.cu.length < width) {
    decodeState.cu = new Int32Array(width)
    decodeState.cv = new Int32Array(width)
    decodeState.cs = new Float64Array(width)
    decodeState.cb = new Int32Array(width)
    decodeState.cc = new Int32Array(width)
  }
  return decodeState
}

/** Reused by `confidence` (never re-entered): one allocation instead of one per changed word. */
let confidenceScratch = new Float64Array(32)
const rivalScratch = new Float64Array(MAX_RIVALS)

/** LM unit chosen at slot `k`, −1 outside the paragraph. */
function chosenId(slots: readonly Slot[], choice: Int32Array, k: number): number {
  return k >= 0 && k < slots.length ? slots[k]!.options.ids[choice[k]!]! : -1
}

/** Local posterior of the chosen option against its rivals, neighbours held fixed. */
function confidence(slots: readonly Slot[], choice: Int32Array, s: number, model: RepairModel): number {
  const {ids, costs} = slots[s]!.options
  const chosen = choice[s]!
  // Rivals far dearer in the channel than the choice hardly move the posterior.
  // Only the few cheapest rivals within the spread: the rest add almost nothing to the sum.
  let limit = costs[chosen]! + CONFIDENCE_SPREAD
  let rivals = 0
  for (let c = 0; c < ids.length; c++) if (c !== chosen && costs[c]! <= limit) rivals++
  if (rivals === 0) return 1
  if (rivals > MAX_RIVALS) {
    // The MAX_RIVALS-th cheapest rival's cost, by insertion into a small sorted window.
    const low = rivalScratch.fill(Infinity)
    for (let c = 0; c < ids.length; c++) {
      if (c === chosen) continue
      let j = MAX_RIVALS - 1
      if (costs[c]! >= low[j]!) continue
      while (j > 0 && low[j - 1]! > costs[c]!) {
        low[j] = low[j - 1]!
        j--
      }
      low[j] = costs[c]!
    }
    limit = Math.min(limit, low[MAX_RIVALS - 1]!)
  }
  const lm = model.lm
  const a = chosenId(slots, choice, s - 2)
  const b = chosenId(slots, choice, s - 1)
  const d = chosenId(slots, choice, s + 1)
  const e = chosenId(slots, choice, s + 2)
  const left = lm.context(a, b)
  // The last trigram's bigram level, P(e | d), is the same for every option: taken once.
  const lowerDE = lm.lowerProb(d, e)
  let max = -Infinity
  if (confidenceScratch.length < ids.length) confidenceScratch = new Float64Array(ids.length * 2)
  const scores = confidenceScratch
  scores.fill(-Infinity, 0, ids.length)
  for (let c = 0; c < ids.length; c++) {
    if (c !== chosen && costs[c]! > limit) continue
    const w = ids[c]!
    const x = lm.scoreIn(left, b, w) + lm.score(b, w, d) + Math.log(lm.upperProb(lm.context(w, d), e, lowerDE)) - costs[c]!
    scores[c] = x
    if (x > max) max = x
  }
  let z = 0
  for (let c = 0; c < ids.length; c++) if (scores[c]! > -Infinity) z += Math.exp(scores[c]! - max)
  return Math.exp(scores[chosen]! - max) / z
}
