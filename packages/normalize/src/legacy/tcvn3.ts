import {tcvn3Letters, tcvn3ToneMarks} from '../data/tcvn3.ts'

const decodeTable = new Map<string, string>()
const encodeTable = new Map<string, string>()
for (const [code, letter] of tcvn3Letters) {
  decodeTable.set(String.fromCharCode(code), letter)
  encodeTable.set(letter, String.fromCharCode(code))
}
const toneMarkTable = new Map(tcvn3ToneMarks.map(([code, mark]) => [String.fromCharCode(code), mark]))

/** Characters that are TCVN3 codes (C0/C1 letters, 0xA1–0xFF): what the decoder rewrites. */
const codePattern = /[\u0001\u0002\u0004-\u0006\u0011-\u0017\u0080-\u009f\u00a1-\u00af\u00b5-\u00ff]/g
const markAfterVowel = /([aeiouyAEIOUYăâêôơưĂÂÊÔƠƯ])([\u00b0-\u00b4])/g
const wordPattern = /[\p{L}\p{M}]+/gu
const upperLetters = /\p{Lu}/gu
const hasUpper = /\p{Lu}/u
const hasAsciiLower = /[a-z]/

/**
 * TCVN3 (ABC) text, decoded as latin-1/windows-1252 characters → Unicode NFC.
 * Upper-case words typed with the `.VnTimeH` fonts (`CéNG HOµ`) come out in
 * capitals (see `restoreCapitals`).
 * @example decodeTcvn3('Bé Khoa häc') //=> 'Bộ Khoa học'
 */
export function decodeTcvn3(text: string): string {
  let out = text.replace(codePattern, (ch) => decodeTable.get(ch) ?? ch)
  if (/[\u00b0-\u00b4]/.test(out)) {
    out = out.replace(markAfterVowel, (_m, vowel: string, mark: string) => vowel + (toneMarkTable.get(mark) ?? mark))
  }
  return restoreCapitals(out.normalize('NFC'))
}

/**
 * ABC users typed capitals with the `.VnTimeH` fonts, whose lower-case codes
 * print as capitals, so `CéNG HOµ X·` decodes to `CộNG HOà Xã`. A word with two
 * or more capitals and no ASCII lower-case letter is upper-cased; so is a word
 * with one capital standing next to such a word (`Xã` in `Xã HỘI`), but not
 * `Bộ` in `Bộ Khoa học`.
 */
function restoreCapitals(text: string): string {
  const words = [...text.matchAll(wordPattern)]
  if (words.length === 0) return text
  const capitals = words.map((m) => (m[0].match(upperLetters)?.length ?? 0) >= 2 && !hasAsciiLower.test(m[0]))
  let out = ''
  let last = 0
  words.forEach((m, i) => {
    const word = m[0]
    const single = !capitals[i] && hasUpper.test(word) && !hasAsciiLower.test(word) && (capitals[i - 1] || capitals[i + 1])
    if (!capitals[i] && !single) return
    const upper = word.toUpperCase()
    if (upper === word) return
    out += text.slice(last, m.index) + upper
    last = m.index + word.length
  })
  return last === 0 ? text : out + text.slice(last)
}

/**
 * Unicode → TCVN3 (VN1 positions, so upper-case toned vowels survive the round
 * trip as C0/C1 characters). Characters TCVN3 lacks are kept as they are.
 */
export function encodeTcvn3(text: string): string {
  let out = ''
  for (const ch of text.normalize('NFC')) out += encodeTable.get(ch) ?? ch
  return out
}
