/**
 * Splits a paragraph into the pieces the restorer reasons about. Only `word` pieces may be
 * changed; everything else (spaces, punctuation, numbers, codes, web addresses) is copied.
 */

import {capitalsHeading, ocrRomanSource, readOcrRoman} from '@vanban/core/ocr-roman'

/** `marker`: a list marker (`a)`, `đ.`, `(1)`, `IV.`): copied, and a sentence start for the model. */
export type PieceKind = 'word' | 'keep' | 'space' | 'marker'

export interface Piece {
  readonly text: string
  readonly kind: PieceKind
}

// Punctuation that frames a word. `?`, `'`, `’`, `^`, `` ` `` are NOT stripped at the end: an
// English-model OCR writes marks as them (`tht?` = thứ, `la'` = là), the channel model reads them.
const LEAD = /^[("“‘«\[{*#_…–—-]+/u
// The closing `./.` of a notice is punctuation too (`hiện./.`): its word is repaired like any other.
const TRAIL = /(?:\.\/\.|[.,;:!)"”»\]}*_…–—-])+$/u
const HAS_LETTER = /[\p{L}@]/u

// A host name: labels joined by dots, ending in a common top-level domain (pakn.nq57.vn).
const WEB = /^[\p{L}\d-]+(\.[\p{L}\d-]+)*\.(vn|com|net|org|gov|edu|int|info|io|asia|gov\.vn)$/iu

/** True for tokens that are data, not prose: numbers, dates, document codes, web addresses. */
export function isData(core: string): boolean {
  if (!HAS_LETTER.test(core)) return true
  if (/^(https?:|www\.)/i.test(core) || WEB.test(core) || /\S@\S+\.\S/u.test(core)) return true
  // Dotted initials (v.v, T.Ư) are kept whole; other dotted words are split (OCR `cac.t`).
  if (/^\p{L}(\.\p{L})+\.?$/u.test(core)) return true
  if (/\//.test(core)) return true // 57-NQ/TW, 02-KH/BCĐTW, ngày 1/4
  if (/^\d+[-–]/.test(core)) return true // 05-QĐ, 3-5
  return false
}

const ROMAN = /^(X{0,3})(IX|IV|V?I{0,3})$/
/** A strict upper-case Roman numeral (I … XXXIX). */
export function isRoman(word: string): boolean {
  return word.length > 0 && ROMAN.test(word)
}

// A letter, a number or a Roman numeral closed by `)` or `.` (`Il.`, `Iv.`: one OCR read with small letters), or anything short in parentheses.
const MARKER_AT_START = new RegExp(String.raw`^\(?(?:\d{1,3}|\p{L}|${ocrRomanSource})[.)]$`, 'u')
const MARKER_ANYWHERE = /^\((?:\d{1,3}|\p{L}|[IVXivx]{1,6})\)$/u
// Words after which a Roman numeral is a number (Phần II, Chương IV, quý III, khoá XIII, Phụ lục II,
// khu vực IV, Quân khu IV, kỳ II), by their bare letters.
const ROMAN_AFTER = new Set(['phan', 'muc', 'chuong', 'dieu', 'khoan', 'quy', 'khoa', 'lan', 'giai', 'doan', 'nhom', 'loai', 'hang', 'cap', 'vung', 'so', 'vuc', 'khu', 'luc', 'ky', 'tap', 'bang'])

/**
 * `Il`, `Ill`, `Iv`, `Vl` (and `ll` before a heading in capitals): a Roman numeral OCR read with small
 * letters for some of its own (II, III, IV, VI), kept as printed for the task parser (`@vanban/core/ocr-roman`).
 * No Vietnamese word is written so (`Vi` has an `i`).
 */
const isSmallLRoman = (word: string, headingAfter = false): boolean => word.length > 1 && readOcrRoman(word, headingAfter) !== null

function isMarker(raw: string, atStart: boolean, headingAfter: boolean): boolean {
  // Every marker ends with `)` or `.`: most tokens are answered by their last character.
  const last = raw.charCodeAt(raw.length - 1)
  if (last !== 0x29 && last !== 0x2e) return false
  if (MARKER_ANYWHERE.test(raw)) return true
  // `Cc)`, `cc)`: a letter marker whose letter OCR printed twice (the task parser reads it back as `c)`).
  if (atStart && raw.length === 3 && last === 0x29 && /^\p{L}{2}$/u.test(raw.slice(0, 2)) && raw[0]!.toLowerCase() === raw[1]!.toLowerCase()) return true
  if (!atStart || !MARKER_AT_START.test(raw)) return false
  const core = raw.replace(/^\(/, '').slice(0, -1)
  // One letter of any case, a number, or a Roman numeral that is really one (not `VID.`).
  return core.length === 1 || /^\d+$/.test(core) || isRoman(core) || isSmallLRoman(core, headingAfter)
}

const ROMAN_CORE = /^([IVX][IVXlvx]{0,5})([.,;:)]*)$/
const stripMarks = (w: string): string => w.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/đ/g, 'd')

/** White space as `\s` matches it (ECMAScript WhiteSpace and LineTerminator). */
function isWhite(code: number): boolean {
  if (code <= 0x20) return code === 0x20 || (code >= 0x09 && code <= 0x0d)
  if (code < 0xa0) return false
  return code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff
}

/** The one space between words, shared: most space pieces are it. */
const SPACE: Piece = {text: ' ', kind: 'space'}

/** Pieces of one paragraph; concatenating their `text` gives back the input exactly. */
export function tokenize(text: string): Piece[] {
  const pieces: Piece[] = []
  // A list marker opens the paragraph, a line, or follows `;`/`:`.
  let atStart = true
  let prevRaw = ''
  // Runs of white space and of anything else, alternating (as /\S+|\s+/ would give them),
  // scanned by character code: a regular expression here cost more than the rest of the loop.
  for (let next = 0; next < text.length; ) {
    const begin = next
    const white = isWhite(text.charCodeAt(begin))
    while (next < text.length && isWhite(text.charCodeAt(next)) === white) next++
    if (white) {
      if (next === begin + 1 && text.charCodeAt(begin) === 0x20) {
        pieces.push(SPACE)
        continue
      }
      const raw = text.slice(begin, next)
      pieces.push({text: raw, kind: 'space'})
      if (raw.includes('\n')) atStart = true
      continue
    }
    const raw = text.slice(begin, next)
    const start = atStart
    const end = raw.charCodeAt(raw.length - 1)
    atStart = end === 0x3b || end === 0x3a // ; :
    // (`ll. NHIỆM VỤ`: a numeral whose I's all read as small l's is one only before a heading in capitals.)
    if (isMarker(raw, start, start && raw.charCodeAt(0) === 0x6c && capitalsHeading(text.slice(next, next + 8)))) {
      pieces.push({text: raw, kind: 'marker'})
      prevRaw = ''
      continue
    }
    const first = raw.charCodeAt(0)
    const romanCore = first === 0x49 || first === 0x56 || first === 0x58 ? ROMAN_CORE.exec(raw) : null // I V X
    // (At a line's start a bare numeral before a capitalised word opens a group row of a table OCR
    // read line by line: `II Kiểm soát …`; before capitals or small letters it is a word misread, `VI
    // PHÁT TRIỂN` for `VỀ PHÁT TRIỂN`, `VI phát triển`.)
    // (`Ill`, `Il`: the same numeral OCR read with small l's, kept as printed for the task parser.)
    if (romanCore && (isRoman(romanCore[1]!) || isSmallLRoman(romanCore[1]!)) && (ROMAN_AFTER.has(stripMarks(prevRaw)) || (start && prevRaw !== '' && !romanCore[2] && /\n[^\S\n]*$/u.test(text.slice(0, begin)) && /^[^\S\n]+\p{Lu}\p{Ll}/u.test(text.slice(next, next + 4))))) {
      pieces.push({text: romanCore[1]!, kind: 'keep'})
      if (romanCore[2]) pieces.push({text: romanCore[2], kind: 'keep'})
      prevRaw = ''
      continue
    }
    prevRaw = raw
    let split = splitCache.get(raw)
    if (!split) {
      if (splitCache.size >= SPLIT_CACHE_LIMIT) splitCache.clear()
      splitCache.set(raw, (split = splitToken(raw)))
    }
    for (const p of split) pieces.push(p)
  }
  return pieces
}

// Tokens repeat within and across documents; splitting one is a dozen regular expressions.
const SPLIT_CACHE_LIMIT = 100_000
const splitCache = new Map<string, readonly Piece[]>()

/** The pieces of one whitespace-free token that is neither a list marker nor a numeral. */
function splitToken(raw: string): Piece[] {
  const pieces: Piece[] = []
  const lead = LEAD.exec(raw)?.[0] ?? ''
  let rest = raw.slice(lead.length)
  const trail = TRAIL.exec(rest)?.[0] ?? ''
  rest = rest.slice(0, rest.length - trail.length)
  if (lead) pieces.push({text: lead, kind: 'keep'})
  if (rest) {
    if (isData(rest)) pieces.push({text: rest, kind: 'keep'})
    else {
      // Hyphenated words (Y-Sinh, kinh tế-xã hội) are repaired part by part, and so are
      // words an OCR glued with punctuation (`phan.b6`, `Bl_Ngoli`, `si,di`).
      const parts = rest.split(/([-–_.,;:|])/u)
      for (const p of parts) {
        if (!p) continue
        if (!HAS_LETTER.test(p)) pieces.push({text: p, kind: 'keep'})
        else {
          // A footnote number glued to a word (`đồng17`, OCR `sl48`) is not part of it; one
          // digit after an unmarked word may be a misread letter (`b6` = bổ), so it stays.
          const glued = /^(\p{L}*[\u00c0-\u1ef9]\p{L}*)(\d+)$/u.exec(p) ?? /^([\p{L}@\d]*\p{L})(\d{2,})$/u.exec(p)
          if (glued) pieces.push({text: glued[1]!, kind: 'word'}, {text: glued[2]!, kind: 'keep'})
          else pieces.push({text: p, kind: 'word'})
        }
      }
    }
  }
  if (trail) pieces.push({text: trail, kind: 'keep'})
  return pieces
}
