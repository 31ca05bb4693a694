import iconv from 'iconv-lite'
import {isVietnameseSyllable} from './vietnamese-syllable.ts'

/**
 * The 8-bit Vietnamese code pages a text file can be in, and how well a
 * decoding reads as Vietnamese. Windows-1258 is what Windows writes for
 * "ANSI" text on a Vietnamese system: its tone marks are combining characters
 * after the vowel (`a` + U+0301), composed here to NFC. VISCII (RFC 1456) puts
 * every precomposed letter in a byte, C0 controls included. TextDecoder knows
 * windows-1258 (WHATWG Encoding); VISCII comes from iconv-lite's table.
 *
 * The legacy *font* encodings (TCVN3/ABC, VNI) are not code pages: their text
 * is windows-1252 bytes drawn by special fonts, decoded as such here and
 * converted per paragraph by @vanban/normalize.
 */
export type CodePage = 'windows-1258' | 'viscii'

export const codePages: readonly CodePage[] = ['windows-1258', 'viscii']

/**
 * Windows-1252 bytes → text by the WHATWG table (0x81, 0x8D, 0x8F, 0x90, 0x9D unassigned, kept as
 * C1 controls). Node 20's TextDecoder('windows-1252') drops 0x80–0x9F altogether on this ICU build,
 * which loses the curly quotes, dashes and `€` that Word and legacy-font documents hold.
 */
export function decodeWindows1252(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1').replace(/[\u0080-\u009f]/g, (ch) => cp1252High[ch.charCodeAt(0) - 0x80]!)
}
const cp1252High = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ'

export function decodeCodePage(bytes: Uint8Array, codePage: CodePage): string {
  const text = codePage === 'viscii' ? iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), 'viscii') : new TextDecoder('windows-1258').decode(bytes)
  return text.normalize('NFC')
}

/** Vowels that take a tone mark, and the five marks (grave, acute, hook above, tilde, dot below). */
const baseVowels = ['a', 'ă', 'â', 'e', 'ê', 'i', 'o', 'ô', 'ơ', 'u', 'ư', 'y']
const toneMarks = ['', '\u0300', '\u0301', '\u0309', '\u0303', '\u0323']

/** Every letter of Vietnamese outside ASCII, both cases, precomposed (NFC). */
const vietnameseLetters: ReadonlySet<string> = new Set(
  ['đ', ...baseVowels.flatMap((v) => toneMarks.map((t) => (v + t).normalize('NFC')))].flatMap((ch) => [ch, ch.toUpperCase()]).filter((ch) => /[^\x00-\x7f]/.test(ch))
)

/** Punctuation trimmed from a token's ends before it is judged (ASCII, quotes, dashes, ellipsis). */
const edgePunctuation = /^[!-/:-@[-`{-~\u00ab\u00bb\u2013\u2014\u2018-\u201e\u2026]+|[!-/:-@[-`{-~\u00ab\u00bb\u2013\u2014\u2018-\u201e\u2026]+$/g

export interface VietnameseEvidence {
  /** Tokens with a non-ASCII character that are made of Vietnamese letters. */
  good: number
  /** Tokens with a non-ASCII character that are not (a symbol inside a word, ä, a stray combining mark, `nghÖ`). */
  bad: number
}

/**
 * How a decoded text reads as Vietnamese: each whitespace-separated token
 * holding a non-ASCII character is good when all its characters are printable
 * ASCII or Vietnamese letters, its case is not mixed inside (a lower-case
 * letter followed by a capital is a wrong code page's sign) and each of its
 * accented letter runs is a Vietnamese syllable.
 */
export function vietnameseEvidence(text: string): VietnameseEvidence {
  let good = 0
  let bad = 0
  for (const raw of text.split(/\s+/)) {
    const token = raw.replace(edgePunctuation, '')
    if (!/[^\x00-\x7f]/.test(token)) continue
    let ok = !/\p{Ll}\p{Lu}/u.test(token)
    for (const ch of token) {
      if (!ok) break
      if (/[\x21-\x7e]/.test(ch)) continue
      ok = vietnameseLetters.has(ch)
    }
    // Each run of letters holding a Vietnamese letter must be a syllable (`Việt`, not `Vieảt`).
    if (ok) ok = (token.match(/\p{L}+/gu) ?? []).every((word) => /^[A-Za-z]+$/.test(word) || isVietnameseSyllable(word))
    if (ok) good++
    else bad++
  }
  return {good, bad}
}
