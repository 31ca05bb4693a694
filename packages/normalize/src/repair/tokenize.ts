/**
 * Splits a paragraph into the pieces the restorer reasons about. Only `word` pieces may be
 * changed; everything else (spaces, punctuation, numbers, codes, web addresses) is copied.
 */

export type PieceKind = 'word' | 'keep' | 'space'

export interface Piece {
  readonly text: string
  readonly kind: PieceKind
}

// Punctuation that frames a word. `?`, `'`, `’`, `^`, `` ` `` are NOT stripped at the end: an
// English-model OCR writes marks as them (`tht?` = thứ, `la'` = là), the channel model reads them.
const LEAD = /^[("“‘«\[{*#_…–—-]+/u
const TRAIL = /[.,;:!)"”»\]}*_…–—-]+$/u
const HAS_LETTER = /[\p{L}@]/u

/** True for tokens that are data, not prose: numbers, dates, document codes, web addresses. */
export function isData(core: string): boolean {
  if (!HAS_LETTER.test(core)) return true
  if (/^(https?:|www\.)/i.test(core) || /\p{L}\.\p{L}/u.test(core) || /\S@\S+\.\S/u.test(core)) return true
  if (/\//.test(core)) return true // 57-NQ/TW, 02-KH/BCĐTW, ngày 1/4
  if (/^\d+[-–]/.test(core)) return true // 05-QĐ, 3-5
  return false
}

/** Pieces of one paragraph; concatenating their `text` gives back the input exactly. */
export function tokenize(text: string): Piece[] {
  const pieces: Piece[] = []
  const re = /\S+|\s+/gu
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const raw = m[0]
    if (/^\s/u.test(raw)) {
      pieces.push({text: raw, kind: 'space'})
      continue
    }
    const lead = LEAD.exec(raw)?.[0] ?? ''
    let rest = raw.slice(lead.length)
    const trail = TRAIL.exec(rest)?.[0] ?? ''
    rest = rest.slice(0, rest.length - trail.length)
    if (lead) pieces.push({text: lead, kind: 'keep'})
    if (rest) {
      if (isData(rest)) pieces.push({text: rest, kind: 'keep'})
      else {
        // Hyphenated words (Y-Sinh, kinh tế-xã hội) are repaired part by part.
        const parts = rest.split(/([-–])/u)
        for (const p of parts) {
          if (!p) continue
          if (p === '-' || p === '–') pieces.push({text: p, kind: 'keep'})
          else if (!HAS_LETTER.test(p)) pieces.push({text: p, kind: 'keep'})
          else {
            // A footnote number glued to a marked word (`đồng17`) is not part of the word.
            const glued = /^(\p{L}*[\u00c0-\u1ef9]\p{L}*)(\d+)$/u.exec(p)
            if (glued) pieces.push({text: glued[1]!, kind: 'word'}, {text: glued[2]!, kind: 'keep'})
            else pieces.push({text: p, kind: 'word'})
          }
        }
      }
    }
    if (trail) pieces.push({text: trail, kind: 'keep'})
  }
  return pieces
}
