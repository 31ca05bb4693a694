import {hasVietnameseMark, isSyllable} from './repair/syllables.ts'

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
    const pieces = word.split(/(?<=\p{Ll})(?=\p{Lu})/u)
    const syllables = pieces.every((p) => isSyllable(p.normalize('NFC').toLowerCase()))
    return syllables && pieces.some((p) => hasVietnameseMark(p)) ? pieces.join(' ') : word
  })
}
