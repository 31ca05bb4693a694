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
  const visible = [...text.replace(/\s+/gu, '')]
  if (visible.length === 0) return false

  let junk = 0
  let alnum = 0
  let letters = 0
  let latin = 0
  for (const char of visible) {
    if (/[\p{Co}\p{Cc}\p{Cs}\uFFFD]/u.test(char)) junk++
    else if (/\p{L}/u.test(char)) {
      letters++
      alnum++
      if (/\p{Script=Latin}/u.test(char)) latin++
    } else if (/[\p{N}\p{M}]/u.test(char)) alnum++
  }
  if (letters < minLetters) return false
  if (junk / visible.length > maxJunkShare) return false
  if (alnum / visible.length < minAlnumShare) return false
  if (latin / letters < minLatinShare) return false

  // Words are whitespace-separated runs; upper-case ones are skipped (abbreviations such as NQ, TW,
  // BCĐ have no vowels in real text too), and any non-ASCII character may be an encoded vowel
  // (TCVN3 writes ô as «, á as ¸).
  const words = text.split(/\s+/u).filter((word) => /\p{Ll}.*\p{L}|\p{L}.*\p{Ll}/u.test(word))
  if (words.length >= 5) {
    const vowelless = words.filter((word) => !vowel.test(word) && !/[^\x00-\x7f]/u.test(word)).length
    if (vowelless / words.length > maxVowellessShare) return false
  }
  return true
}
