/**
 * How broken a paragraph's Vietnamese looks, from signals clean text almost never shows:
 * words that are not valid syllables, words without any Vietnamese mark, and few words that
 * are marked valid syllables.
 */
import {ABBREVIATIONS} from './data/abbreviations.ts'
import {hasVietnameseMark, isSyllable, isSyllableSkeleton, skeleton} from './syllables.ts'
import {tokenize} from './tokenize.ts'
import type {Piece} from './tokenize.ts'

export interface Brokenness {
  /** Words considered (abbreviations, list markers and data excluded). */
  readonly words: number
  /** Weighted share of words that are not valid Vietnamese syllables. */
  readonly invalid: number
  /** Share of words carrying no Vietnamese mark, among words that could be Vietnamese. */
  readonly unmarked: number
  /** Share of words that are valid syllables carrying a mark (clean prose: ≥ 0.5). */
  readonly markedValid: number
  /** True when the paragraph should be repaired in `auto` mode. */
  readonly broken: boolean
  /**
   * True when the text lost only its marks (`phat trien khoa hoc`): at least 20 words, nearly
   * all (≥ 90 %) valid syllables or bare syllable skeletons. Its words are then restored only
   * as forms of their own skeleton. Short texts are never judged stripped: an OCR heading can
   * look so by chance (`PHI LOC`).
   */
  readonly stripped: boolean
}

/**
 * An all-capitals word of two or more letters without vowels is an abbreviation (KHCN, TTHC),
 * not a syllable. One capital and a digit (`B6`, `T6`) is an English-model misreading of a
 * syllable (Bộ, Tổ), not an abbreviation.
 */
export function isAbbreviationLike(word: string): boolean {
  return (
    word === word.toUpperCase() &&
    (word.match(/\p{L}/gu)?.length ?? 0) >= 2 &&
    !/[aăâeêioôơuưyAĂÂEÊIOÔƠUƯY]/u.test(word.normalize('NFD').replace(/[\u0300-\u036f]/g, ''))
  )
}

// What only a misreading engine prints inside a word: digits, @ ? ' ` ^ ~ |, and Latin letters
// Vietnamese never uses (ä ü ç ñ ø …; the Czech and Polish models' ě ů ř č š ž ł ą ę ś ż ń …).
const JUNK = /[\d@?'`^~|\\’]|[äëïöüÿçñøåæœßÄËÏÖÜÇÑØÅÆ]|[îûÎÛ]|[ěůřčšžďťňľĺŕłąęśźżćńőűĚŮŘČŠŽĎŤŇĽĹŔŁĄĘŚŹŻĆŃŐŰ]/u

/**
 * Weight of an invalid word. A lower-case non-syllable, or one with OCR junk in it, is
 * strong evidence. A capitalised one is often a name, a loan word or an abbreviation: half
 * when it is a Vietnamese syllable with wrong marks (`Truéng`, `PHAP`), a tenth otherwise
 * (Singapore, New Zealand, VPTU).
 */
function invalidWeight(word: string): number {
  if (JUNK.test(word)) return 1
  const first = word.charAt(0)
  if (first === first.toLowerCase()) return 1
  return isSyllableSkeleton(word) ? 0.5 : 0.1
}

const ASCII_WORD = /^[A-Za-z]+$/
const STRIPPED_WORDS = 20
const STRIPPED_SHARE = 0.9
/** Words from which a text is judged by its share of invalid words alone (see `judgeCounts`). */
const LONG_TEXT = 200

const ABBR_BY_SKELETON = new Map(ABBREVIATIONS.map((a) => [skeleton(a), a]))

/** The spellings `TokenInfo.abbr` gives: a word is one iff `tokenInfo(word).abbr === word`. */
export const ABBREVIATION_SPELLINGS: ReadonlySet<string> = new Set(ABBR_BY_SKELETON.values())

/** What the restorer needs to know of a word as written; computed once per distinct token. */
export interface TokenInfo {
  /** NFC, lower case. */
  readonly lower: string
  readonly skeleton: string
  readonly valid: boolean
  readonly marked: boolean
  /** Its skeleton is some syllable's skeleton. */
  readonly skeletonValid: boolean
  readonly abbrLike: boolean
  /** The abbreviation it may stand for (`DMST` → `ĐMST`). */
  readonly abbr: string | undefined
  /** Two or more letters, all capitals. */
  readonly upper: boolean
  /** Weight as evidence of brokenness when invalid. */
  readonly weight: number
  /** Plain ASCII letters only. */
  readonly ascii: boolean
}

const INFO_LIMIT = 200_000
const infos = new Map<string, TokenInfo>()

export function tokenInfo(word: string): TokenInfo {
  let info = infos.get(word)
  if (info) return info
  const lower = word.normalize('NFC').toLowerCase()
  const valid = isSyllable(lower)
  const skel = skeleton(word)
  info = {
    lower,
    skeleton: skel,
    valid,
    marked: hasVietnameseMark(word),
    skeletonValid: valid || isSyllableSkeleton(word),
    abbrLike: isAbbreviationLike(word),
    abbr: ABBR_BY_SKELETON.get(skel),
    upper: /\p{L}.*\p{L}/u.test(word) && word === word.toUpperCase(),
    weight: valid ? 0 : invalidWeight(word),
    ascii: ASCII_WORD.test(word)
  }
  if (infos.size >= INFO_LIMIT) infos.clear()
  infos.set(word, info)
  return info
}

/** The word counts a judgement is made of; a document's are the sum of its paragraphs'. */
export interface WordCounts {
  words: number
  /** Sum of the invalid words' weights. */
  invalid: number
  /** Words whose skeleton is a syllable's. */
  vietnamese: number
  unmarked: number
  markedValid: number
  /** Valid syllables, or plain ASCII words that are a syllable's skeleton. */
  intact: number
}

/** Counts of an already tokenized paragraph. */
export function countWords(pieces: readonly Piece[]): WordCounts {
  const c: WordCounts = {words: 0, invalid: 0, vietnamese: 0, unmarked: 0, markedValid: 0, intact: 0}
  for (const p of pieces) {
    if (p.kind !== 'word') continue
    const t = tokenInfo(p.text)
    if (t.abbrLike) continue
    c.words++
    if (t.valid || (t.skeletonValid && t.ascii)) c.intact++
    c.invalid += t.weight
    if (t.valid && t.marked) c.markedValid++
    // The unmarked share is taken over words that could be Vietnamese at all, so a list of
    // foreign names (Qualcomm, Thales) does not look stripped.
    if (t.skeletonValid) {
      c.vietnamese++
      if (!t.marked) c.unmarked++
    }
  }
  return c
}

/** Adds `b`'s counts into `into`. */
export function addCounts(into: WordCounts, b: WordCounts): WordCounts {
  into.words += b.words
  into.invalid += b.invalid
  into.vietnamese += b.vietnamese
  into.unmarked += b.unmarked
  into.markedValid += b.markedValid
  into.intact += b.intact
  return into
}

/** The judgement of a paragraph or document from its counts. */
export function judgeCounts(c: WordCounts): Brokenness {
  const {words, vietnamese} = c
  const inv = words ? c.invalid / words : 0
  const unm = vietnamese ? c.unmarked / vietnamese : 0
  const mv = words ? c.markedValid / words : 0
  // Clean prose: ~0–3 % invalid (names, loan words), ~30–45 % unmarked and most words valid
  // syllables with marks (≥ 0.5). English-model OCR: > 15 % invalid, < 0.3 marked-valid;
  // stripped text: nearly all unmarked. Loan-word-heavy clean lines (`Kho dữ liệu Data
  // warehouse`) have many invalid words but still many marked-valid ones.
  const broken =
    words > 0 &&
    ((inv > 0.15 && mv < 0.35) ||
      // A long text read by an engine of another Latin language, which prints marks of its own on
      // Vietnamese words (`táng cuông`, `Só Nông nghiêp`, `Ouán sv`): many of them are valid
      // syllables, so it keeps most marked-valid words, yet far more are invalid than in any clean
      // document (≤ 2 % in the 200 clean notices of the tests and blind sets, 16–31 % from
      // tesseract's Portuguese and Czech models). Only over many words: a short clean line of loan
      // words can look so.
      (words >= LONG_TEXT && inv > 0.08 && mv < 0.75) ||
      (inv > 0.3 && mv < 0.5) ||
      (vietnamese >= 3 && unm > 0.7 && mv < 0.25) ||
      (vietnamese >= 1 && vietnamese < 3 && unm === 1 && inv >= 0.5))
  return {words, invalid: inv, unmarked: unm, markedValid: mv, broken, stripped: words >= STRIPPED_WORDS && c.intact >= STRIPPED_SHARE * words}
}

/** `brokenness` of an already tokenized paragraph. */
export function judge(pieces: readonly Piece[]): Brokenness {
  return judgeCounts(countWords(pieces))
}

export function brokenness(text: string): Brokenness {
  return judge(tokenize(text))
}
