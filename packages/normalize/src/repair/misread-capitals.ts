/**
 * Capitals an OCR engine without Vietnamese invents. The French and German models read a
 * lower-case marked vowel as a marked capital: `CÙ quan` (Cơ quan), `BÙ Xây dựng` (Bộ),
 * `TÙ quốc` (Tổ quốc), `Trung Ung` (Trung ương), `Ü` (ở); and a lower-case l as I (`In` lớn).
 * Such a capital says nothing of the vowel it stood for, nor of the word's case.
 */
import {skeleton} from './syllables.ts'

/** A letter with a mark Vietnamese vowels may carry (or the Latin-1 ones engines print for them). */
const MARKED_VOWEL = /[^\x00-\x7F]/u
const VOWEL_BASE = new Set(['a', 'e', 'i', 'o', 'u', 'y'])

/** The letters around a short capitals word's marked vowel: the rest of its spelling. */
export interface MisreadParts {
  /** Lower-case letters before the marked vowel (`b` of `BÙ`; `l` for an `I` an engine read). */
  readonly onsets: readonly string[]
  /** Lower-case letters after it. */
  readonly coda: string
}

/**
 * Whether `word` (as printed) is a 2–3 letter word in capitals with a marked vowel (`CÙ`, `BÛ`,
 * `TÜ`, `LŸ`): in mixed-case text such a word is a title-case word whose lower-case vowel the
 * engine read as a capital. Its parts, or undefined. The caller checks the context: a broken
 * paragraph, not a sentence start, no capitals heading around, no known abbreviation.
 */
export function shortCapitalMisread(word: string): MisreadParts | undefined {
  const chars = [...word.normalize('NFC')]
  if (chars.length < 2 || chars.length > 3 || word !== word.toUpperCase() || word === word.toLowerCase()) return undefined
  const at = chars.findIndex((c) => MARKED_VOWEL.test(c) && VOWEL_BASE.has(skeleton(c.toLowerCase())))
  if (at < 0) return undefined
  const onset = chars.slice(0, at).join('').toLowerCase()
  if (!/^[a-zđ]*$/u.test(onset)) return undefined
  // A capital I is as often a lower-case l (`IÙ trình` for lộ trình).
  const onsets = onset === 'i' ? ['l', 'i'] : [onset]
  return {onsets, coda: chars.slice(at + 1).join('').toLowerCase()}
}

/** OCR capitals that stand for a lower-case marked vowel: U, O and I with or without a mark. */
const VOWEL_CAPITAL_BASE = new Set(['u', 'o', 'i'])

/**
 * Whether the OCR word's capital first letter is one the engine made of the lower-case first
 * letter of `chosen` (the repaired word, lower case): U/Ü/Ù/Ú for ư/ừ/ở/ủ…, O/Ö for ơ/ô…,
 * I/Î for l or ứ/ở. Such a capital is no evidence that the word is capitalised.
 */
export function inventedCapital(original: string, chosen: string): boolean {
  const first = original.charAt(0)
  const lower = first.toLowerCase()
  const c = chosen.charAt(0)
  if (first === lower || c === lower) return false
  if (first === 'I' && c === 'l') return true
  return VOWEL_CAPITAL_BASE.has(skeleton(lower)) && MARKED_VOWEL.test(c) && VOWEL_BASE.has(skeleton(c))
}
