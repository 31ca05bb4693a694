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

// A stop consonant closes only a syllable with the sắc or nặng tone, which a legacy encoding writes with a high byte.
const stopFinal = /(?:c|ch|p|t)$/i

interface Score {
  /** Non-ASCII words that are Vietnamese syllables. */
  good: number
  /** Non-ASCII tokens that are not. */
  bad: number
  /** Words (any) among the very frequent syllables: breaks ties between readings. */
  common: number
  /**
   * ASCII words no legacy text can hold (`phuong`, `nhiem`, `tich`, `dwa`):
   * every mark of a TCVN3 or VNI text is a high byte, so its ASCII words are
   * syllables without marks. OCR that lost its marks is full of them. The same
   * in every reading, since decoding leaves ASCII alone.
   */
  foreign: number
}

/** An ASCII word a legacy encoding cannot have written: not a syllable without marks. Capitals (`UBND`, `COVID`) are abbreviations. */
function foreignAscii(token: string): boolean {
  return /^[a-z]+$/i.test(token) && token.length > 1 && token !== token.toUpperCase() && (!isVietnameseSyllable(token) || stopFinal.test(token))
}

function score(text: string): Score {
  let good = 0
  let bad = 0
  let common = 0
  let foreign = 0
  for (const raw of text.split(/\s+/)) {
    const token = raw.replace(edgePunctuation, '')
    if (commonSyllables.has(token.toLowerCase())) common++
    if (token === '' || ascii.test(token)) {
      if (foreignAscii(token)) foreign++
      continue
    }
    if (lettersOnly.test(token) && !oddCase.test(token) && isVietnameseSyllable(token)) good++
    else bad++
  }
  return {good, bad, common, foreign}
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
  return encodingEvidence(paragraph).encoding
}

/** A paragraph's encoding with the weight of its evidence, for a verdict over a whole document. */
export interface EncodingEvidence {
  encoding: Encoding
  /** Words a legacy reading made valid syllables (0 for Unicode). */
  support: number
  /** Latin-1 words that are no syllable in any reading: marks of OCR garbage (0 for a legacy paragraph). */
  garbage: number
}

export function encodingEvidence(paragraph: string): EncodingEvidence {
  if (unicodeOnly.test(paragraph)) return {encoding: 'unicode', support: 0, garbage: 0}
  if (legacyByte.test(paragraph)) {
    const asIs = score(paragraph)
    if (asIs.bad === 0) return {encoding: 'unicode', support: 0, garbage: 0}
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
      // Nor is a reading that leaves ASCII words no legacy text has (`Bö Tu
      // phäp … tich luu` of a German-model OCR reads as TCVN3 `Bử Tự phọp`).
      if (better && s.bad + s.foreign <= legacyMaxBadShare * (s.good + s.bad + s.foreign)) {
        best = encoding
        bestScore = s
      }
    }
    return best === 'unicode' ? {encoding: best, support: 0, garbage: asIs.bad} : {encoding: best, support: bestScore.good, garbage: 0}
  }
  const viqrWords = viqrSyllables(paragraph)
  return viqrWords > 0 ? {encoding: 'viqr', support: viqrWords, garbage: 0} : {encoding: 'unicode', support: 0, garbage: 0}
}

/**
 * Whether a document's paragraphs, weighed together, hold legacy text at all.
 * A short OCR'd line of a German or French model (`1. Bö Täi chinh`, `Noi
 * nhän:`) reads as TCVN3 word for word; the document's other paragraphs,
 * full of latin-1 words no reading makes Vietnamese, say it is OCR. A real
 * legacy document, or a Unicode one with a few legacy headings, has next to no
 * such words.
 */
export function documentMayBeLegacy(evidence: readonly EncodingEvidence[]): boolean {
  let support = 0
  let garbage = 0
  for (const e of evidence) {
    support += e.support
    garbage += e.garbage
  }
  return support > garbage
}

/** How many VIQR-shaped words decode to syllables, or 0 when too few of the paragraph's words do to call it VIQR. */
function viqrSyllables(paragraph: string): number {
  if (!viqrShape.test(paragraph)) return 0
  let words = 0
  let viqrWords = 0
  for (const token of paragraph.split(/\s+/)) {
    if (!/\p{L}/u.test(token)) continue
    words++
    if (token.search(viqrShapeGlobal) < 0) continue
    const decoded = decodeViqr(token).replace(edgePunctuation, '')
    if (lettersOnly.test(decoded) && !ascii.test(decoded) && isVietnameseSyllable(decoded)) viqrWords++
  }
  return viqrWords >= 2 && viqrWords >= 0.2 * words ? viqrWords : 0
}

/** Paragraph decoders by encoding. */
export const decoders: Readonly<Record<Exclude<Encoding, 'unicode'>, (text: string) => string>> = {
  tcvn3: decodeTcvn3,
  vni: decodeVni,
  viqr: decodeViqr
}
