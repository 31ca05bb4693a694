import type {TextItem} from '@vanban/layout'

/** Below this many letters a text layer is a stray page number or stamp, not the page's text. */
const minLetters = 10
/** Share of private-use, control and replacement characters above which the layer is garbage. */
const maxJunkShare = 0.05
/** Share of letters and digits (and combining marks) among non-space characters, at least. */
const minAlnumShare = 0.5
/** Share of letters that are Latin (Vietnamese is written in Latin letters), at least. */
const minLatinShare = 0.8
/** Share of lower-case words with no vowel above which the letters are a cipher, not words. */
const maxVowellessShare = 0.35

// Every Vietnamese syllable has a vowel; these cover plain and accented forms once marks are split off (NFD)
// (ư, ơ are u, o with a horn).
const vowel = /[aeiouy]/i

/**
 * Is this page's text layer usable, or empty / garbage so that the page must be
 * OCR'd? Garbage is what fonts without a Unicode map give: private-use code
 * points (symbol fonts), control characters and U+FFFD, runs of punctuation,
 * letters from unrelated scripts, or Latin letters shifted into vowel-less
 * nonsense (glyph ids read as character codes). Legacy Vietnamese encodings
 * (TCVN3, VNI) read as Latin-1 letters and are kept: normalize repairs them.
 */
export function isUsableTextLayer(items: readonly TextItem[]): boolean {
  const text = items
    .map((item) => item.text)
    .join(' ')
    .normalize('NFD')

  let visible = 0
  let junk = 0
  let alnum = 0
  let letters = 0
  let latin = 0
  // By character code: after NFD a Vietnamese page is ASCII letters and combining marks, which
  // need no regular expression (four Unicode-property tests a character took ~1.4 ms a page).
  for (let k = 0; k < text.length; k++) {
    const c = text.charCodeAt(k)
    if (isWhite(c)) continue
    visible++
    if (c < 0x80) {
      const lower = c | 0x20
      if (lower >= 0x61 && lower <= 0x7a) {
        letters++
        alnum++
        latin++
      } else if (c >= 0x30 && c <= 0x39) alnum++
      else if (c < 0x20 || c === 0x7f) junk++
      continue
    }
    if (c >= 0x300 && c <= 0x36f) {
      alnum++
      continue
    }
    const point = text.codePointAt(k)!
    if (point > 0xffff) k++
    const char = String.fromCodePoint(point)
    if (/[\p{Co}\p{Cc}\p{Cs}\uFFFD]/u.test(char)) junk++
    else if (/\p{L}/u.test(char)) {
      letters++
      alnum++
      if (/\p{Script=Latin}/u.test(char)) latin++
    } else if (/[\p{N}\p{M}]/u.test(char)) alnum++
  }
  if (visible === 0 || letters < minLetters) return false
  if (junk / visible > maxJunkShare) return false
  if (alnum / visible < minAlnumShare) return false
  if (latin / letters < minLatinShare) return false

  // Words are whitespace-separated runs; upper-case ones are skipped (abbreviations such as NQ, TW,
  // BCĐ have no vowels in real text too), and any non-ASCII character may be an encoded vowel
  // (TCVN3 writes ô as «, á as ¸).
  const words = text.split(/\s+/u).filter(isLowerCaseWord)
  if (words.length >= 5) {
    const vowelless = words.filter((word) => !vowel.test(word) && !/[^\x00-\x7f]/u.test(word)).length
    if (vowelless / words.length > maxVowellessShare) return false
  }
  return true
}

/**
 * Two letters or more, one of them lower case (`/\p{Ll}.*\p{L}|\p{L}.*\p{Ll}/u`): by character
 * code for ASCII letters and combining marks (an NFD Vietnamese word), the expression otherwise.
 */
function isLowerCaseWord(word: string): boolean {
  let letters = 0
  let lower = false
  for (let k = 0; k < word.length; k++) {
    const c = word.charCodeAt(k)
    if (c >= 0x61 && c <= 0x7a) {
      letters++
      lower = true
    } else if (c >= 0x41 && c <= 0x5a) letters++
    else if (c >= 0x80 && !(c >= 0x300 && c <= 0x36f)) return /\p{Ll}.*\p{L}|\p{L}.*\p{Ll}/u.test(word)
  }
  return lower && letters >= 2
}

/** White space as `\s` matches it (ECMAScript WhiteSpace and LineTerminator). */
function isWhite(code: number): boolean {
  if (code <= 0x20) return code === 0x20 || (code >= 0x09 && code <= 0x0d)
  if (code < 0xa0) return false
  return code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff
}
