import {InputError} from '@vanban/core'
import {codePages, decodeCodePage, decodeWindows1252, vietnameseEvidence} from './code-pages.ts'

export interface DecodedText {
  text: string
  /** Set when the bytes were not UTF-8 and another encoding was assumed. */
  warnings: string[]
}

/**
 * Bytes of a text file → string. UTF-8 (BOM stripped) is the norm; UTF-16 is
 * recognised by its BOM (or, without one, by its zero bytes); 8-bit text is
 * read in a Vietnamese code page (Windows-1258, VISCII) when that reading is
 * Vietnamese, else as windows-1252 when it plainly is (what Word "Save as
 * text" writes for legacy VNI or TCVN3 documents, which normalize converts).
 * Anything else is refused: guessing would silently corrupt every diacritic.
 */
export function decodeText(bytes: Uint8Array, file: string): DecodedText {
  if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return {text: decodeUtf8(bytes.subarray(3), file), warnings: []}
  }
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) {
    return {text: decodeUtf16(bytes.subarray(2), 'utf-16le', file), warnings: []}
  }
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) {
    return {text: decodeUtf16(bytes.subarray(2), 'utf-16be', file), warnings: []}
  }
  try {
    return {text: new TextDecoder('utf-8', {fatal: true}).decode(bytes), warnings: []}
  } catch {
    // fall through to the other encodings
  }
  const utf16 = bomlessUtf16(bytes)
  if (utf16) {
    return {text: decodeUtf16(bytes, utf16, file), warnings: [`no byte-order mark: decoded as ${utf16.toUpperCase()}`]}
  }
  return decodeEightBit(bytes, file)
}

/** What the 8-bit decoding tries, in the words of its warnings and errors. */
const tried = 'UTF-8, UTF-16, Windows-1258, VISCII and windows-1252 (TCVN3/VNI fonts)'

/** Share of a code page's accented words that may fail and it still be the text's code page. */
const sureBadShare = 0.05
/** Past this share a code page is not taken at all. */
const maxBadShare = 0.25

/**
 * 8-bit text that is not UTF-8. A Vietnamese code page (Windows-1258, VISCII)
 * is taken when its reading makes the accented words Vietnamese letters; the
 * better of the two wins. Otherwise text that is plainly windows-1252 is the
 * legacy TCVN3/VNI font text normalize converts. A doubtful reading is kept
 * with a warning naming what was tried; no reading at all is an error.
 */
function decodeEightBit(bytes: Uint8Array, file: string): DecodedText {
  const readings = codePages.map((codePage) => {
    const text = decodeCodePage(bytes, codePage)
    return {codePage, text, ...vietnameseEvidence(text)}
  })
  const best = readings.reduce((a, b) => (b.good - b.bad > a.good - a.bad ? b : a))
  const badShare = best.bad / Math.max(1, best.good + best.bad)
  if (best.good > 0 && badShare <= sureBadShare) {
    return {text: best.text, warnings: [`not valid UTF-8: decoded as ${best.codePage === 'viscii' ? 'VISCII' : 'Windows-1258'} (Vietnamese code page)`]}
  }
  // TCVN3 as iconv's TCVN5712-1 (VN1) writes it: capitals with tone marks at C0 codes, which windows-1252
  // text never holds. Read byte for byte as latin-1, the characters normalize's TCVN3 table is keyed on.
  if (looksLikeVn1(bytes)) {
    return {
      text: String.fromCharCode(...bytes),
      warnings: ['not valid UTF-8: decoded as TCVN3 (TCVN 5712:1993, VN1: capitals at control codes); check the diacritics']
    }
  }
  const legacy = looksLikeWindows1252(bytes)
  if (legacy) {
    return {
      text: decodeWindows1252(bytes),
      warnings: ['not valid UTF-8: decoded as windows-1252, as the legacy TCVN3/VNI fonts write it (Windows-1258 and VISCII did not read as Vietnamese); check the diacritics']
    }
  }
  if (best.good >= 5 && badShare <= maxBadShare) {
    const percent = Math.round(badShare * 100)
    return {
      text: best.text,
      warnings: [`not valid UTF-8: decoded as ${best.codePage === 'viscii' ? 'VISCII' : 'Windows-1258'}, but ${percent}% of its accented words do not read as Vietnamese (tried ${tried}); check the diacritics`]
    }
  }
  throw new InputError('encoding', `not text in a known encoding (tried ${tried}; save the file as UTF-8)`, {file})
}

function decodeUtf8(bytes: Uint8Array, file: string): string {
  try {
    return new TextDecoder('utf-8', {fatal: true}).decode(bytes)
  } catch (cause) {
    throw new InputError('encoding', 'has a UTF-8 byte-order mark but invalid UTF-8 bytes', {file, cause})
  }
}

function decodeUtf16(bytes: Uint8Array, encoding: 'utf-16le' | 'utf-16be', file: string): string {
  try {
    return new TextDecoder(encoding, {fatal: true}).decode(bytes)
  } catch (cause) {
    throw new InputError('encoding', `invalid ${encoding.toUpperCase()} text`, {file, cause})
  }
}

/**
 * UTF-16 without a BOM: text in Latin script has a zero in (nearly) every
 * other byte. Vietnamese letters are outside Latin-1 too, so demand the zeros
 * in most — not all — of one parity.
 */
function bomlessUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  if (bytes.length < 4 || bytes.length % 2 !== 0) return null
  let evenZeros = 0
  let oddZeros = 0
  const n = Math.min(bytes.length, 4096)
  for (let i = 0; i < n; i++) {
    if (bytes[i] === 0) {
      if (i % 2 === 0) evenZeros++
      else oddZeros++
    }
  }
  const half = n / 2
  if (oddZeros > half * 0.5 && evenZeros < half * 0.05) return 'utf-16le'
  if (evenZeros > half * 0.5 && oddZeros < half * 0.05) return 'utf-16be'
  return null
}

/** The C0 codes at which VN1 puts upper-case toned vowels (`Ú`, `Ụ`, `Ừ` … `Ỵ`). */
const VN1_CAPITALS = new Set([0x01, 0x02, 0x04, 0x05, 0x06, 0x11, 0x12, 0x13, 0x14, 0x15, 0x16, 0x17])

/**
 * VN1 text: some C0 bytes, each a VN1 capital inside a word (a letter byte before or after it), no
 * other control byte, and mostly ASCII. A binary file has NULs and other controls.
 */
function looksLikeVn1(bytes: Uint8Array): boolean {
  let capitals = 0
  let ascii = 0
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i]!
    if (b < 0x80) ascii++
    if (b >= 0x20 || b === 0x09 || b === 0x0a || b === 0x0d || b === 0x0c) continue
    if (!VN1_CAPITALS.has(b)) return false
    const letter = (c: number | undefined): boolean => c !== undefined && (c >= 0x41 || VN1_CAPITALS.has(c))
    if (!letter(bytes[i - 1]) && !letter(bytes[i + 1])) return false
    capitals++
  }
  return capitals > 0 && ascii / bytes.length >= 0.6
}

/** Bytes windows-1252 leaves undefined: seeing one means it is some other code page. */
const UNDEFINED_IN_1252 = new Set([0x81, 0x8d, 0x8f, 0x90, 0x9d])

/**
 * "Clearly windows-1252": no NUL or stray control bytes (binary files), none
 * of the bytes 1252 leaves undefined, and mostly ASCII text, as a Vietnamese
 * document in VNI or TCVN3 is (its ASCII letters, spaces and digits dominate).
 */
function looksLikeWindows1252(bytes: Uint8Array): boolean {
  let ascii = 0
  for (const b of bytes) {
    if (b === 0 || UNDEFINED_IN_1252.has(b)) return false
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c) return false
    if (b < 0x80) ascii++
  }
  return ascii / bytes.length >= 0.6
}
