/**
 * The list-marker parser: `I.`, `A.` over a title in capitals, `1.`, `1.2.`, `Thứ nhất,`, `a)`, `-`,
 * `+`, `(1)` at the start of a paragraph → its kind, its label and the text after it.
 */

/**
 * Kinds of list marker, outermost first; a marker nests inside any kind listed before it.
 * `directive`: a paragraph with no marker that assigns work (`Giao Sở X …`), numbered in document order.
 */
export type MarkerKind = 'roman' | 'number' | 'directive' | 'decimal' | 'letter' | 'dash' | 'plus' | 'enum'
export const rank: Record<MarkerKind, number> = {roman: 0, number: 1, directive: 1, decimal: 2, letter: 3, dash: 4, plus: 5, enum: 6}

// Vietnamese alphabet order of list letters: no f, j, w, z; đ after d.
const letters = 'a b c d đ e g h i k l m n o p q r s t u v x y'.split(' ')

const ordinals = ['nhất', 'hai', 'ba', 'tư', 'năm', 'sáu', 'bảy', 'tám', 'chín', 'mười']

/** Kind, pattern (label in group 1) and, where the label is a word, how it reads as a number. */
const markerPatterns: ReadonlyArray<readonly [MarkerKind, RegExp, ((word: string) => string)?]> = [
  ['roman', /^([IVX]{1,5})\s*[.\-–)]\s+(?=\S)/u],
  // `A. KẾT QUẢ …`, `B. NHIỆM VỤ …`: parts lettered in capitals, recognised by their title in capitals.
  ['roman', /^([A-H])\s*[.\-–)]\s+(?=\p{Lu}[^\p{Ll}]*\p{Lu}(?:\s|$|[,:]))/u],
  // `1.2.` / `1.2.3.` under section `1.` (plans number their tasks so); a trailing dot or a capital after it.
  ['decimal', /^(\d{1,2}(?:\.\d{1,2}){1,2})(?:[.)]\s+|\s+(?=\p{Lu}))(?=\S)/u],
  ['number', /^(\d{1,2})\s*[.)]\s+(?=\D)/u],
  // `Thứ nhất, Ban cán sự đảng UBND tỉnh …`, `Thứ hai, …`: ordinal words number the items of some conclusions.
  ['number', /^Thứ\s+(nhất|hai|ba|tư|năm|sáu|bảy|tám|chín|mười)\s*[,:.]\s+(?=\S)/u, (word) => String(ordinals.indexOf(word) + 1)],
  ['letter', /^([a-yđ])\s*\)\s*(?=\S)/u],
  ['letter', /^([a-yđ])\.\s+(?=\p{Lu})/u],
  ['dash', /^[-–—•*]\s+/u],
  ['plus', /^\+\s+/u],
  ['enum', /^\((\d{1,2})\)\s*/u]
]

export function markerOf(text: string): {kind: MarkerKind; label: string; rest: string} | null {
  for (const [kind, re, asNumber] of markerPatterns) {
    const m = re.exec(text)
    if (!m) continue
    if (kind === 'letter' && !letters.includes(m[1]!)) continue
    const label = m[1] ?? ''
    return {kind, label: asNumber ? asNumber(label) : label, rest: text.slice(m[0].length).trim()}
  }
  return null
}
