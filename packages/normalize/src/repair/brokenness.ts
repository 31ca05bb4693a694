/**
 * How broken a paragraph's Vietnamese looks, from two signals that clean text almost never
 * shows: words that are not valid syllables, and words without any Vietnamese mark.
 */
import {hasVietnameseMark, isSyllable} from './syllables.ts'
import {tokenize} from './tokenize.ts'

export interface Brokenness {
  /** Words considered (abbreviations and data excluded). */
  readonly words: number
  /** Share of words that are not valid Vietnamese syllables. */
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

export function brokenness(text: string): Brokenness {
  let words = 0
  let invalid = 0
  let unmarked = 0
  for (const p of tokenize(text)) {
    if (p.kind !== 'word' || isAbbreviationLike(p.text)) continue
    words++
    if (!isSyllable(p.text)) invalid++
    if (!hasVietnameseMark(p.text)) unmarked++
  }
  const inv = words ? invalid / words : 0
  const unm = words ? unmarked / words : 0
  // Clean prose: ~0–3 % invalid (names, loan words) and ~30–45 % unmarked; stripped or
  // English-model OCR text: > 15 % invalid or > 70 % unmarked.
  const broken = words > 0 && (inv > 0.15 || (words >= 3 && unm > 0.7) || (words < 3 && unm === 1 && inv > 0))
  return {words, invalid: inv, unmarked: unm, broken}
}
