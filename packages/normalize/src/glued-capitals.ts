import type {LanguageModel} from './repair/language-model.ts'
import {textMemo} from './text-memo.ts'
import {hasVietnameseMark, isSyllable} from './repair/syllables.ts'

/**
 * `Sở` or `Bộ` OCR read with a digit for its vowel and glued to the name after it (`4.S0Y té` for `4. Sở Y
 * tế`, `B6Tài chính`, a speck between: `S6'Xäy dung`): no word of any text, so it is cut before the capital.
 */
const gluedHead = /(?<![\p{L}\d])([SB][06])['’‘`´]?(?=\p{Lu}\p{Ll}{0,6}(?![\p{L}\d]))/gu

/**
 * `Quän Iy` (OCR, `quản lý`): `l` read as a capital `I` before `y`, a word no text has (`Ủy` is no `I`); the
 * repair then reads `lý` instead of the `Ủy` it made of it.
 */
const capitalIForL = /(?<![\p{L}\d])I([yýỳỷỹỵ])(?![\p{L}\d])/gu

/** `SOY té` (`Sở Y tế`), `BOTài`: the vowel read as a capital O; only before `Y t…` or a name in sentence case (`SOS` stays). */
const gluedHeadO = /(?<![\p{L}\d])([SB]O)(?=Y\s+t[eéèêếề&@](?![\p{L}\d])|\p{Lu}\p{Ll}{2,6}(?![\p{L}\d]))/gu

/** `S06 Xay dung`: `Sở` read with two digits for its vowel, before a name; read as the one-digit form (`S0`). */
const twoDigitHead = /(?<![\p{L}\d])([SB])0[6&@](?=\s+\p{Lu}\p{Ll})/gu

/** `Bó6 Xây dựng` (the Spanish model's `Bộ`): the vowel read with its mark and again as a digit, before a name. */
const vowelThenDigitHead = /(?<![\p{L}\d])([SB][oóòôöõọộơớờ])[06](?=\s+\p{Lu}\p{Ll})/gu

/**
 * `Sö Yt&` (OCR, `Sở Y tế`): `Y tế` with its space lost and its `ế` read as a symbol or a bare `e`; `Yt…`
 * is no word, and `Y tế` is in every name of the health sector.
 */
const gluedYTe = /(?<![\p{L}\d])Yt(?=[&@eéèêếềễểệ](?![\p{L}\d]))/gu

/** Each form and what it is read as, in the order they are tried. */
const ocrLetterForms: ReadonlyArray<readonly [RegExp, string]> = [
  [gluedHead, '$1 '],
  [gluedHeadO, '$1 '],
  [capitalIForL, 'l$1'],
  [gluedYTe, 'Y t'],
  [twoDigitHead, '$10'],
  [vowelThenDigitHead, '$1']
]

/**
 * Letter forms OCR makes of a name that are no word of any text, read back before the glued words are
 * split: `Sở`/`Bộ` with a digit for the vowel glued to the name (`4.S0Y té` → `4.S0 Y té`, the repair
 * reads the rest), with two (`S06 Xay`) or with the vowel and a digit (`Bó6 Xây`), `Iy` for `ly` and `Yt&` for `Y tế`.
 *
 * @example fixOcrLetterForms('Cuc Quän Iy') //=> 'Cuc Quän ly'
 */
export function fixOcrLetterForms(text: string): string {
  return ocrLetterForms.reduce((out, [form, printed]) => out.replace(form, printed), text)
}

/** A word with a lower-case letter right before a capital: `BộNội`, `ỦyBan`. */
const gluedWord = /[\p{L}]*\p{Ll}\p{Lu}[\p{L}]*/gu

/**
 * OCR of table cells often drops the space between two words where the second is
 * capitalised (`BộNội vụ`). A word is split at each lower → upper change when
 * every piece is a Vietnamese syllable and one of them at least carries a
 * Vietnamese mark, so names and brands (`VNeID`, `TikTok`, `HaNoi`) stay whole.
 *
 * @example splitGluedCapitals('BộNội vụ') //=> 'Bộ Nội vụ'
 */
export function splitGluedCapitals(text: string): string {
  if (!/\p{Ll}\p{Lu}/u.test(text)) return text
  return text.replace(gluedWord, (word) => {
    if (isSyllable(word.normalize('NFC').toLowerCase())) return word
    const pieces = word.split(/(?<=\p{Ll})(?=\p{Lu})/u)
    const syllables = pieces.every((p) => isSyllable(p.normalize('NFC').toLowerCase()))
    // (Not one vowel printed twice, the second as a capital: `BóÓ trưởng` is Bộ read by the Spanish model.)
    if (pieces.some((p, k) => k > 0 && doubledVowel(pieces[k - 1]!, p))) return word
    return syllables && pieces.some((p) => hasVietnameseMark(p)) ? pieces.join(' ') : word
  })
}

/** A run of letters holding a letter with a Vietnamese mark (À–ỹ): a candidate for glued syllables, of which most are one. */
const twoMarks = /\p{L}*[\u00C0-\u1EF9]\p{L}*/gu

/**
 * How often (P(second | first) in the language model) a marked syllable and an unmarked one
 * must follow each other in the corpus for their glued form to be read as the two: `kinh tế`
 * 0.38, `công an` 0.08, `hồ chí` 0.07; `thôn làng` 0.008, `hiện đại` 0.02 stay below.
 */
const COMMON_PAIR = 0.05

/**
 * Two syllables glued without a capital at the cut (`Cácbộ`, `cácđịa`, `thànhphố`):
 * split when the word is no syllable, exactly one cut gives two syllables, and both
 * carry a Vietnamese mark; three (`cơsởsử`) when no cut gives two and one way only gives
 * three marked ones. Loan words have no such marks. One marked syllable beside an unmarked one
 * (`Kinhtế`, `Côngan`: table cells OCR'd with their spaces lost) is split only where the
 * language model `lm` (when given) has the two as a common pair, and at its one such cut; else
 * it is left to the repair's judgement, and so is one vowel printed twice (`phôóng`).
 *
 * @example splitGluedSyllables('Cácbộ, ngành') //=> 'Các bộ, ngành'
 */
export function splitGluedSyllables(text: string, lm?: () => LanguageModel): string {
  return text.replace(twoMarks, (word) => {
    const judged = judgedWords.get('', word, () => judgeGlued(word))
    if (typeof judged === 'string') return judged
    if (lm === undefined) return word
    const lower = word.normalize('NFC').toLowerCase()
    const common = judged.filter((k) => commonPair(lm(), lower.slice(0, k), lower.slice(k)))
    return common.length === 1 ? `${word.slice(0, common[0])} ${word.slice(common[0])}` : word
  })
}

/**
 * Every marked word of a document goes through `splitGluedSyllables` (most are one syllable), and
 * words repeat: what their letters alone decide is kept, per word as written (~20 % of normalize's
 * time on the 83-page nq71 went into judging the same words again).
 */
const judgedWords = textMemo<string | readonly number[]>(50_000)

/** The word as `splitGluedSyllables` gives it back, or its cuts between one marked and one unmarked syllable, which only the language model decides. */
function judgeGlued(word: string): string | readonly number[] {
  if (word.length < 4 || word.length > 14) return word
  if (isSyllable(word.normalize('NFC').toLowerCase())) return word
  const cuts: number[] = []
  const oneMarked: number[] = []
  for (let k = 1; k < word.length; k++) {
    const left = word.slice(0, k)
    const right = word.slice(k)
    if (!isSyllable(left.toLowerCase()) || !isSyllable(right.toLowerCase()) || doubledVowel(left, right)) continue
    if (hasVietnameseMark(left) && hasVietnameseMark(right)) cuts.push(k)
    else oneMarked.push(k)
  }
  if (cuts.length === 1) return `${word.slice(0, cuts[0])} ${word.slice(cuts[0])}`
  if (cuts.length > 0) return word
  const three = threeGlued(word)
  return three ?? (oneMarked.length === 0 ? word : oneMarked)
}

function commonPair(lm: LanguageModel, first: string, second: string): boolean {
  const v = lm.id(first)
  const w = lm.id(second)
  return v >= 0 && w >= 0 && lm.lowerProb(v, w) >= COMMON_PAIR
}

/**
 * A cut between the same vowel printed twice with different marks (`phô|óng` for phòng): an engine
 * that read one vowel's marks as two vowels, not two words.
 */
function doubledVowel(left: string, right: string): boolean {
  const a = left.at(-1)!.normalize('NFD').charAt(0).toLowerCase()
  const b = right.charAt(0).normalize('NFD').charAt(0).toLowerCase()
  return a === b && 'aeiouy'.includes(a)
}

/** A marked syllable: the pieces `splitGluedSyllables` may cut a word into. */
const markedSyllable = (piece: string): boolean => isSyllable(piece.toLowerCase()) && hasVietnameseMark(piece)

/** `cơsởsử` (a narrow table cell's OCR, every space lost): three marked syllables, cut one way only. */
function threeGlued(word: string): string | null {
  if (word.length < 6) return null
  let found: string | null = null
  for (let i = 1; i < word.length - 1; i++) {
    if (!markedSyllable(word.slice(0, i))) continue
    for (let j = i + 1; j < word.length; j++) {
      if (!markedSyllable(word.slice(i, j)) || !markedSyllable(word.slice(j))) continue
      if (found !== null) return null
      found = `${word.slice(0, i)} ${word.slice(i, j)} ${word.slice(j)}`
    }
  }
  return found
}
