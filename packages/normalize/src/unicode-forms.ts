import {lookAlikes, plainTextAccents, spacingAccents} from './data/look-alikes.ts'
import {modifierBases, toneOfMark} from './data/vietnamese.ts'
import type {Tone} from './data/vietnamese.ts'
import {addTone, parseSyllable, placeTone, splitTone, toneIndexInRhyme} from './syllable.ts'
import type {ToneStyle} from './syllable.ts'

export interface UnicodeFormsOptions {
  /**
   * Tone placement in open `oa`/`oe`/`uy` rhymes. `keep` leaves each word as
   * written (documents print both); `old` puts the tone on the first vowel,
   * `new` on the second.
   * @default 'keep'
   * @example fixUnicodeForms('hoà thuỷ', {toneStyle: 'old'}) //=> 'hòa thủy'
   */
  readonly toneStyle?: 'keep' | ToneStyle
}

const lookAlikeClass = `[${Object.keys(lookAlikes).join('')}]`
const hasLookAlike = new RegExp(lookAlikeClass, 'u')
const lookAlikeGlobal = new RegExp(lookAlikeClass, 'gu')
const latinLetter = /[A-Za-z\u00C0-\u024F\u1E00-\u1EFF]/
const wordPattern = /[\p{L}\p{M}]+/gu

// Non-ASCII spacing accents may touch the word on either side; the ASCII ones
// only count between a vowel and a letter (`ca'c`, not `'quoted'` or `x^2`).
const otherAccents = Object.keys(spacingAccents).filter((ch) => !plainTextAccents.includes(ch)).join('')
const vowelClass = 'aăâeêioôơuưyAĂÂEÊIOÔƠUƯY\\u00C0-\\u00C3\\u00C8-\\u00CA\\u00CC\\u00CD\\u00D2-\\u00D5\\u00D9\\u00DA\\u00DD\\u00E0-\\u00E3\\u00E8-\\u00EA\\u00EC\\u00ED\\u00F2-\\u00F5\\u00F9\\u00FA\\u00FD\\u0128\\u0129\\u0168\\u0169\\u1EA0-\\u1EF9'
const accentWord = new RegExp(
  `[\\p{L}\\p{M}]*(?:[${otherAccents}]|(?<=[${vowelClass}])[${escapeClass(plainTextAccents)}](?=[\\p{L}\\p{M}]))[\\p{L}\\p{M}${otherAccents}${escapeClass(plainTextAccents)}]*`,
  'gu'
)
const hasAccentCandidate = new RegExp(`[${otherAccents}]|[${vowelClass}][${escapeClass(plainTextAccents)}][\\p{L}\\p{M}]`, 'u')
const combiningMark = /\p{M}/u
// Only open oa/oe/uy rhymes differ between the styles.
const toneStyleCandidate = /[oòóỏõọOÒÓỎÕỌ][aàáảãạeèéẻẽẹAÀÁẢÃẠEÈÉẺẼẸ]|[uùúủũụUÙÚỦŨỤ][yỳýỷỹỵYỲÝỶỸỴ]/u

function escapeClass(chars: string): string {
  return chars.replace(/[\\\]^-]/g, '\\$&')
}

/**
 * Replaces look-alike Cyrillic/Greek letters inside words that also hold Latin
 * letters (`Сhính` → `Chính`). A word wholly in another script stays.
 */
export function replaceLookAlikes(text: string): string {
  if (!hasLookAlike.test(text)) return text
  return text.replace(wordPattern, (word) => {
    if (!hasLookAlike.test(word)) return word
    const rest = word.replace(lookAlikeGlobal, '')
    if (!latinLetter.test(rest)) return word
    return word.replace(lookAlikeGlobal, (ch) => lookAlikes[ch] ?? ch)
  })
}

interface Letter {
  base: string
  modifiers: string[]
}

const vowelBase = /[aeiouyAEIOUY]/

/**
 * Rebuilds one word from its NFD letters and marks: tone marks gathered, each
 * modifier (circumflex, breve, horn) put on a vowel that can carry it, and the
 * tone placed by the rule. Returns null unless the result is a valid syllable.
 */
function rebuildWord(word: string, style: ToneStyle): string | null {
  const letters: Letter[] = []
  const floating: string[] = []
  let tone: Tone | null = null
  let toneOn = -1
  let toneMisplaced = false
  for (const ch of word.normalize('NFD')) {
    if (!combiningMark.test(ch)) {
      letters.push({base: ch, modifiers: []})
      continue
    }
    const t = toneOfMark.get(ch)
    const last = letters[letters.length - 1]
    if (t) {
      if (tone && tone !== t) return null
      tone = t
      if (last && vowelBase.test(last.base)) toneOn = letters.length - 1
      else toneMisplaced = true
      continue
    }
    const bases = modifierBases[ch]
    if (!bases) return null
    if (last && bases.includes(last.base.toLowerCase()) && last.modifiers.length === 0) last.modifiers.push(ch)
    else floating.push(ch)
  }
  for (const mark of floating) {
    const bases = modifierBases[mark]
    const target = letters.find((l) => bases.includes(l.base.toLowerCase()) && l.modifiers.length === 0)
    if (!target) return null
    target.modifiers.push(mark)
  }
  const plain = letters.map((l) => (l.base + l.modifiers.join('')).normalize('NFC'))
  const toneless = plain.join('')
  const syllable = parseSyllable(toneless)
  if (!syllable) return null
  if (!tone) return toneless
  let at = toneOn
  if (toneMisplaced || at < 0) at = [...syllable.onset].length + toneIndexInRhyme(syllable.rhyme, style)
  plain[at] = addTone(plain[at], tone)
  const result = plain.join('')
  return parseSyllable(result) ? result : null
}

/**
 * Folds combining marks that NFC cannot place: a tone after a consonant
 * (`Viêt` + dot below → `Việt`), a mark before its letter. Words NFC already
 * got right are returned as they are.
 */
function foldMarks(text: string, style: ToneStyle): string {
  return text.replace(wordPattern, (word) => {
    if (!needsFolding(word)) return word
    return rebuildWord(word, style) ?? word
  })
}

/** A word still holds a bare combining mark, or a precomposed letter Vietnamese does not use (ṭ, ḿ). */
function needsFolding(word: string): boolean {
  for (const ch of word) {
    if (combiningMark.test(ch)) return true
    const code = ch.charCodeAt(0)
    if (code >= 0xC0 && splitTone(ch)[0] === ch && ch.normalize('NFD') !== ch) {
      // A decomposable letter that is not a Vietnamese toned vowel; ă/â/ê/ô/ơ/ư and đ are fine.
      if (!'ăâêôơưĂÂÊÔƠƯ'.includes(ch)) return true
    }
  }
  return false
}

/** Spacing accents beside or inside a word → the toned letter, when that makes a syllable. */
function foldSpacingAccents(text: string, style: ToneStyle): string {
  if (!hasAccentCandidate.test(text)) return text
  return text.replace(accentWord, (word) => {
    let combined = ''
    for (const ch of word) combined += spacingAccents[ch] ?? ch
    const letters = [...combined.normalize('NFC')].filter((ch) => !combiningMark.test(ch)).length
    // `I'm` would read as the syllable `ím`; a real folded word has at least three letters
    // or a non-ASCII accent.
    if (letters < 3 && /['\u2019]/.test(word)) return word
    return rebuildWord(combined, style) ?? word
  })
}

/**
 * Unicode forms → one canonical Vietnamese form: look-alike letters replaced,
 * spacing accents folded, NFC, stray combining marks folded into their
 * letter, and optionally one tone-placement style.
 */
export function fixUnicodeForms(text: string, options: UnicodeFormsOptions = {}): string {
  const style = options.toneStyle ?? 'keep'
  // Where a tone has to be placed anew, use the rule; `new` is the rule without a style choice.
  const placement: ToneStyle = style === 'keep' ? 'new' : style
  let out = replaceLookAlikes(text)
  out = foldSpacingAccents(out, placement)
  out = out.normalize('NFC')
  if (combiningMark.test(out) || /[\u1E00-\u1E9F]/.test(out)) out = foldMarks(out, placement)
  if (style !== 'keep' && toneStyleCandidate.test(out)) out = out.replace(wordPattern, (w) => placeTone(w, style))
  return out
}
