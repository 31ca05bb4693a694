/**
 * How broken a paragraph's Vietnamese looks, from two signals that clean text almost never
 * shows: words that are not valid syllables, and words without any Vietnamese mark.
 */
import {hasVietnameseMark, isSyllable, isSyllableSkeleton} from './syllables.ts'
import {tokenize} from './tokenize.ts'

export interface Brokenness {
  /** Words considered (abbreviations, list markers and data excluded). */
  readonly words: number
  /** Weighted share of words that are not valid Vietnamese syllables. */
  readonly invalid: number
  /** Share of words carrying no Vietnamese mark (clean prose: about 0.3). */
  readonly unmarked: number
  /** True when the paragraph should be repaired in `auto` mode. */
  readonly broken: boolean
}

/** An all-capitals word without vowels is an abbreviation (KHCN, TTHC), not a syllable. */
export function isAbbreviationLike(word: string): boolean {
  return word.length >= 2 && word === word.toUpperCase() && !/[aăâeêioôơuưyAĂÂEÊIOÔƠUƯY]/u.test(word.normalize('NFC').replace(/[\u0300-\u036f]/g, ''))
}

// What only a misreading engine prints inside a word: digits, @ ? ' ` ^ ~ |, and Latin letters
// Vietnamese never uses (ä ü ç ñ ø …).
const JUNK = /[\d@?'`^~|\\’]|[äëïöüÿçñøåæœßÄËÏÖÜÇÑØÅÆ]|[îûÎÛ]/u

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

export function brokenness(text: string): Brokenness {
  let words = 0
  let invalid = 0
  let vietnamese = 0
  let unmarked = 0
  let markedValid = 0
  for (const p of tokenize(text)) {
    if (p.kind !== 'word' || isAbbreviationLike(p.text)) continue
    words++
    const valid = isSyllable(p.text)
    const marked = hasVietnameseMark(p.text)
    if (!valid) invalid += invalidWeight(p.text)
    if (valid && marked) markedValid++
    // The unmarked share is taken over words that could be Vietnamese at all, so a list of
    // foreign names (Qualcomm, Thales) does not look stripped.
    if (valid || isSyllableSkeleton(p.text)) {
      vietnamese++
      if (!marked) unmarked++
    }
  }
  const inv = words ? invalid / words : 0
  const unm = vietnamese ? unmarked / vietnamese : 0
  const mv = words ? markedValid / words : 0
  // Clean prose: ~0–3 % invalid (names, loan words), ~30–45 % unmarked and most words valid
  // syllables with marks (≥ 0.5). English-model OCR: > 15 % invalid, < 0.3 marked-valid;
  // stripped text: nearly all unmarked. Loan-word-heavy clean lines (`Kho dữ liệu Data
  // warehouse`) have many invalid words but still many marked-valid ones.
  const broken =
    words > 0 &&
    ((inv > 0.15 && mv < 0.35) ||
      (inv > 0.3 && mv < 0.5) ||
      (vietnamese >= 3 && unm > 0.7 && mv < 0.25) ||
      (vietnamese >= 1 && vietnamese < 3 && unm === 1 && inv >= 0.5))
  return {words, invalid: inv, unmarked: unm, broken}
}
