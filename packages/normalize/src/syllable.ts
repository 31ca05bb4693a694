import {modifiedVowels, onsets, rhymes, toneMarks, toneOfMark, vietnameseLetters} from './data/vietnamese.ts'
import type {Tone} from './data/vietnamese.ts'

/**
 * Where the tone of an open `oa`, `oe`, `uy` rhyme goes: `old` on the first
 * vowel (`hòa`, `khỏe`, `thủy`), `new` on the second (`hoà`, `khoẻ`, `thuỷ`).
 * Every other rhyme has one placement both styles agree on.
 */
export type ToneStyle = 'old' | 'new'

/** A Vietnamese syllable split by the orthography rules. */
export interface Syllable {
  /** Onset consonant(s), lower case, `''` when the syllable starts with a vowel. */
  onset: string
  /** Rhyme without tone, lower case, e.g. `oan`, `ương`. */
  rhyme: string
  tone: Tone | null
  /** Index (in code points of the NFC word) of the letter carrying the tone, or -1. */
  toneAt: number
}

const rhymeSet = new Set(rhymes)
const vowelSet = new Set('aăâeêioôơuưy')
// Closed by a stop consonant, a rhyme takes only sắc or nặng (`cấp`, `việc`, never `cầp`).
const stopCoda = /(?:p|t|c|ch)$/

/** Lower-case NFC letter → [letter without tone, tone]. Built once from the alphabet. */
const letterParts = new Map<string, readonly [string, Tone | null]>()
/** Letter without tone + tone → toned letter (both cases). */
const composeTable = new Map<string, string>()
for (const letter of vietnameseLetters) {
  const nfd = letter.normalize('NFD')
  let tone: Tone | null = null
  let rest = ''
  for (const ch of nfd) {
    const t = toneOfMark.get(ch)
    if (t) tone = t
    else rest += ch
  }
  const base = rest.normalize('NFC')
  letterParts.set(letter, [base, tone])
  if (tone) composeTable.set(base + tone, letter)
}
for (const ch of 'aeiouy') letterParts.set(ch, [ch, null])

/** The letter without its tone and the tone (null when none), case kept. */
export function splitTone(letter: string): readonly [string, Tone | null] {
  return letterParts.get(letter) ?? [letter, null]
}

/** `base` (a vowel letter without tone, any case) with `tone` added. */
export function addTone(base: string, tone: Tone | null): string {
  if (!tone) return base
  return composeTable.get(base + tone) ?? (base + toneMarks[tone]).normalize('NFC')
}

function splitOnset(toneless: string): readonly [string, string] | null {
  for (const onset of onsets) {
    if (!toneless.startsWith(onset)) continue
    const rhyme = toneless.slice(onset.length)
    if (rhymeSet.has(rhyme)) return [onset, rhyme]
    // `giếng`, `giết`: the i of `iê` merges with the onset gi.
    if (onset === 'gi' && rhyme.startsWith('ê') && rhymeSet.has('i' + rhyme)) return [onset, rhyme]
  }
  return rhymeSet.has(toneless) ? ['', toneless] : null
}

/**
 * Parses one word as a Vietnamese syllable. Returns null when the word is not
 * a valid syllable: unknown onset or rhyme, two tones, or a tone a stop-closed
 * rhyme cannot take (`cầp`).
 */
export function parseSyllable(word: string): Syllable | null {
  if (word.length === 0 || word.length > 8) return null
  let toneless = ''
  let tone: Tone | null = null
  let toneAt = -1
  let i = 0
  for (const ch of word.toLowerCase()) {
    const parts = letterParts.get(ch)
    if (parts) {
      toneless += parts[0]
      if (parts[1]) {
        if (tone) return null
        tone = parts[1]
        toneAt = i
      }
    } else {
      toneless += ch
    }
    i++
  }
  const split = splitOnset(toneless)
  if (!split) return null
  const [onset, rhyme] = split
  if (tone && tone !== 'acute' && tone !== 'dot' && stopCoda.test(rhyme)) return null
  return {onset, rhyme, tone, toneAt}
}

/** True when `word` (any case, NFC) is a valid Vietnamese syllable. */
export function isVietnameseSyllable(word: string): boolean {
  return parseSyllable(word) !== null
}

/**
 * Index within `rhyme` of the vowel that carries the tone, by the standard
 * rule: on the modified vowel (ơ of ươ); else on the last vowel when a
 * consonant closes the rhyme; else on the middle of three vowels; else for an
 * open `oa`/`oe`/`uy` by `style`; else on the first vowel.
 */
export function toneIndexInRhyme(rhyme: string, style: ToneStyle): number {
  const letters = [...rhyme]
  let vowels = 0
  while (vowels < letters.length && vowelSet.has(letters[vowels])) vowels++
  let modified = -1
  for (let k = 0; k < vowels; k++) if (modifiedVowels.includes(letters[k])) modified = k
  if (modified >= 0) return modified
  if (vowels < letters.length) return Math.max(0, vowels - 1)
  if (vowels === 3) return 1
  if (vowels === 2) {
    const pair = letters[0] + letters[1]
    if (pair === 'oa' || pair === 'oe' || pair === 'uy') return style === 'old' ? 0 : 1
  }
  return 0
}

/**
 * Moves the tone of a valid syllable to where `style` puts it (`hoà` → `hòa`
 * for `old`). Returns the word unchanged when it is not a valid syllable or has
 * no tone. Case is kept letter by letter.
 */
export function placeTone(word: string, style: ToneStyle): string {
  const syllable = parseSyllable(word)
  if (!syllable || !syllable.tone) return word
  const letters = [...word]
  const target = [...syllable.onset].length + toneIndexInRhyme(syllable.rhyme, style)
  if (target === syllable.toneAt || target >= letters.length) return word
  letters[syllable.toneAt] = splitTone(letters[syllable.toneAt])[0]
  letters[target] = addTone(letters[target], syllable.tone)
  return letters.join('')
}
