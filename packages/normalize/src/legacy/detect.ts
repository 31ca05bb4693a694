import {commonSyllables} from '../data/common-syllables.ts'
import {isVietnameseSyllable} from '../syllable.ts'
import {decodeTcvn3} from './tcvn3.ts'
import {decodeViqr} from './viqr.ts'
import {decodeVni} from './vni.ts'

/** A text's Vietnamese encoding, as far as vanban tells them apart. */
export type Encoding = 'unicode' | 'tcvn3' | 'vni' | 'viqr'

/** Letters only Unicode has (ă đ ĩ ũ ơ ư and the U+1EA0 block): their presence settles the question. */
const unicodeOnly = /[\u0102\u0103\u0110\u0111\u0128\u0129\u0168\u0169\u01A0\u01A1\u01AF\u01B0\u1EA0-\u1EF9]/
/** Characters a TCVN3 or VNI text decoded as latin-1 is made of. */
const legacyByte = /[\u0001\u0002\u0004-\u0006\u0011-\u0017\u0080-\u00FF]/
/** A VIQR-shaped letter: vowel + modifier, or vowel + tone mark inside a word, or `dd`/`d-` + vowel. */
const viqrShape = /[aeiouyAEIOUY](?:[(^+]|[`'?~.](?=\p{L}))|(?:^|[^\p{L}])(?:[dD][dD]|[dD]-)[aeiouyAEIOUY]/u
const viqrShapeGlobal = new RegExp(viqrShape.source, 'gu')
// Trimmed from a token before judging it; latin-1 symbols are NOT trimmed, they are TCVN3 letters.
const edgePunctuation = /^[!-/:-@[-`{-~\u2013\u2014\u2018-\u201D\u2026]+|[!-/:-@[-`{-~\u2013\u2014\u2018-\u201D\u2026]+$/g
const lettersOnly = /^\p{L}+$/u
const ascii = /^[\x00-\x7F]*$/
// A capital after a lower-case letter (`tÕ`, `nghÖ`): TCVN3 lower-case letters read as latin-1 capitals.
const oddCase = /\p{Ll}\p{Lu}/u

/** At most this share of a legacy reading's accented words may still be invalid. */
const legacyMaxBadShare = 0.1

interface Score {
  /** Non-ASCII words that are Vietnamese syllables. */
  good: number
  /** Non-ASCII tokens that are not. */
  bad: number
  /** Words (any) among the very frequent syllables: breaks ties between readings. */
  common: number
}

function score(text: string): Score {
  let good = 0
  let bad = 0
  let common = 0
  for (const raw of text.split(/\s+/)) {
    const token = raw.replace(edgePunctuation, '')
    if (commonSyllables.has(token.toLowerCase())) common++
    if (token === '' || ascii.test(token)) continue
    if (lettersOnly.test(token) && !oddCase.test(token) && isVietnameseSyllable(token)) good++
    else bad++
  }
  return {good, bad, common}
}

/**
 * The encoding of one paragraph, by evidence: Unicode-only letters settle it;
 * otherwise TCVN3 and VNI readings are scored by how many words become valid
 * Vietnamese syllables, and one wins only if it removes invalid words the
 * Unicode reading has (so clean text is never converted). VIQR needs many
 * VIQR-shaped letters that decode to syllables, since ASCII punctuation looks
 * like its marks.
 */
export function detectEncoding(paragraph: string): Encoding {
  if (unicodeOnly.test(paragraph)) return 'unicode'
  if (legacyByte.test(paragraph)) {
    const asIs = score(paragraph)
    if (asIs.bad === 0) return 'unicode'
    let best: Encoding = 'unicode'
    let bestScore = asIs
    for (const [encoding, decode] of [['tcvn3', decodeTcvn3], ['vni', decodeVni]] as const) {
      const s = score(decode(paragraph))
      const margin = s.good - s.bad - (bestScore.good - bestScore.bad)
      const better = best === 'unicode'
        ? s.bad < asIs.bad && margin > 0 && s.good > s.bad
        : margin > 0 || (margin === 0 && s.common > bestScore.common)
      // A real legacy paragraph decodes to Vietnamese almost word for word. OCR
      // that lost its marks (`trién`, `vé`, `B6`) also has latin-1 letters, and
      // a legacy reading can make a few of them valid (`vé` → TCVN3 `vộ`)
      // while the rest stay garbage: that is not evidence of the encoding.
      if (better && s.bad <= legacyMaxBadShare * (s.good + s.bad)) {
        best = encoding
        bestScore = s
      }
    }
    return best
  }
  return looksLikeViqr(paragraph) ? 'viqr' : 'unicode'
}

function looksLikeViqr(paragraph: string): boolean {
  if (!viqrShape.test(paragraph)) return false
  let words = 0
  let viqrWords = 0
  for (const token of paragraph.split(/\s+/)) {
    if (!/\p{L}/u.test(token)) continue
    words++
    if (token.search(viqrShapeGlobal) < 0) continue
    const decoded = decodeViqr(token).replace(edgePunctuation, '')
    if (lettersOnly.test(decoded) && !ascii.test(decoded) && isVietnameseSyllable(decoded)) viqrWords++
  }
  return viqrWords >= 2 && viqrWords >= 0.2 * words
}

/** Paragraph decoders by encoding. */
export const decoders: Readonly<Record<Exclude<Encoding, 'unicode'>, (text: string) => string>> = {
  tcvn3: decodeTcvn3,
  vni: decodeVni,
  viqr: decodeViqr
}
