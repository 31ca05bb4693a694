/**
 * The list-marker parser: `I.`, `A.` over a title in capitals, `1.`, `1.2.`, `Thứ nhất,`, `a)`, `-`,
 * `+`, `(1)` at the start of a paragraph → its kind, its label and the text after it.
 */
import {capitalsHeading, ocrRomanSource, readOcrRoman} from '@vanban/core/ocr-roman'

/**
 * Kinds of list marker, outermost first; a marker nests inside any kind listed before it.
 * `directive`: a paragraph with no marker that assigns work (`Giao Sở X …`), numbered in document order.
 */
export type MarkerKind = 'roman' | 'number' | 'directive' | 'decimal' | 'letter' | 'dash' | 'plus' | 'enum'
export const rank: Record<MarkerKind, number> = {roman: 0, number: 1, directive: 1, decimal: 2, letter: 3, dash: 4, plus: 5, enum: 6}

// Vietnamese alphabet order of list letters: no f, j, w, z; đ after d.
export const letters = 'a b c d đ e g h i k l m n o p q r s t u v x y'.split(' ')
/** The letter `steps` after `label` in the Vietnamese order (`d` → `đ`), or undefined past `y`. */
export const letterAfter = (label: string, steps = 1): string | undefined => letters[letters.indexOf(label) + steps]
// Some writers letter their lists by the English alphabet (`e)`, `f)`, `g)`): its four letters mark items too.
const markerLetters = new Set([...letters, 'f', 'j', 'w', 'z'])

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
  ['letter', /^([a-zđ])\s*\)\s*(?=\S)/u],
  ['letter', /^([a-zđ])\.\s+(?=\p{Lu})/u],
  ['dash', /^[-–—•*]\s+/u],
  ['plus', /^\+\s+/u],
  ['enum', /^\((\d{1,2})\)\s*/u]
]

export function markerOf(text: string): {kind: MarkerKind; label: string; rest: string} | null {
  for (const [kind, re, asNumber] of markerPatterns) {
    const m = re.exec(text)
    if (!m) continue
    if (kind === 'letter' && !markerLetters.has(m[1]!)) continue
    const label = m[1] ?? ''
    return {kind, label: asNumber ? asNumber(label) : label, rest: text.slice(m[0].length).trim()}
  }
  return null
}

/**
 * How OCR misreads list markers, each back to its printed form; tried only on text read by OCR
 * (`ocr-markers.ts`), so clean text keeps the strict grammar above. The item after a marker opens
 * with a capital or a bracket, which keeps prose (`$ 100`, `§ 3 của Luật`) out.
 */
const ocrMarkerForms: ReadonlyArray<readonly [RegExp, string]> = [
  // `2.Xây dựng …`, `4.Sở Y tế`: the space after a number lost (a capital and a lower-case letter follow).
  [/^(\d{1,2})\.(?=\p{Lu}\p{Ll})/u, '$1. '],
  // `a}`, `a]`, `a|`: the bracket of a letter misread.
  [/^([a-yđ])\s?[}\]|]\s+(?=[\p{Lu}(])/u, '$1) '],
  // `©)`, `à)`, `é)`: the letter misread as a sign or given a mark; the bracket read right.
  [/^©\)\s+(?=[\p{Lu}(])/u, 'c) '],
  [/^[àáâäã]\)\s+(?=[\p{Lu}(])/u, 'a) '],
  [/^[èéêë]\)\s+(?=[\p{Lu}(])/u, 'e) '],
  // `(1}`, `(1]`, `{1)`, `[1)`: the brackets of an enumeration.
  [/^[([{]\s?(\d{1,2})\s?[)}\]]\s+(?=\p{Lu})/u, '($1) '],
  // `•` read as a letter, a digit or a sign: `S5.`, `S.`, `§`, `$`, `¢`, `«`, `©`, `®`, `°`, other dots.
  [/^(?:S5?\.|S5|§|\$|¢|«|©|®|°|●|▪|■|◦|·|∙)\s+(?=\p{Lu})/u, '• ']
]

/** `a} Bộ Y tế`, `S5. Định kỳ …` (OCR'd) → `a) Bộ Y tế`, `• Định kỳ …`; any other text as it is. */
export function ocrMarkerForm(text: string): string {
  for (const [re, printed] of ocrMarkerForms) {
    const m = re.exec(text)
    if (!m) continue
    if (printed === '$1) ' && !letters.includes(m[1]!)) continue
    return printed.replace('$1', m[1] ?? '') + text.slice(m[0].length)
  }
  return text
}

/** `Sở` as an engine without Vietnamese reads it before a department's name (`$6 Tài chính`, `S6 Y tế`, `SG Giáo dục`, `§& Xây dựng`, `S06 Xây dựng`). */
const misreadSo = /(?<![\p{L}\d$§])[$§S]0?[6&@G](?=\s+\p{Lu})/gu
/** A chapter's Roman numeral OCR read with small letters (`Il. TỔ CHỨC THỰC HIỆN`, `Ill. …`, `ll. …`, `Iv. …`, `Vl. …`) at a unit's start. */
const romanWithSmallL = new RegExp(String.raw`^(${ocrRomanSource})(?=\.\s+\p{Lu})`, 'u')

/**
 * A unit read by OCR as its printed form where the misreading needs no context: its list marker
 * (`ocrMarkerForm`), a chapter's numeral with small l's (`Il.` → `II.`), `Sở` read `$6`, `SG`.
 */
export function ocrUnitForm(text: string): string {
  return ocrMarkerForm(text)
    .replace(misreadSo, 'Sở')
    .replace(romanWithSmallL, (numeral: string, _read: string, _at: number, whole: string) => readOcrRoman(numeral, capitalsHeading(whole.slice(numeral.length + 1))) ?? numeral)
}

/**
 * A number whose period OCR dropped (`1 Hoàn thiện thể chế`): its value, or null. A count before
 * a lower-case noun (`1 tỷ đồng`, `3 địa phương`) or a year (`2026`) is none; the caller also asks
 * that the number come next in its list.
 */
export function bareNumberOf(text: string): number | null {
  // OCR reads the period as a comma or semicolon too (`3; Công ty …`, `4, Ủy ban …`).
  const m = /^(\d{1,2})(?:\s*[,;])?\s+(?=\p{Lu}\p{Ll})/u.exec(text)
  return m ? Number(m[1]) : null
}

/** `PHỤ LỤC`, `Phụ lục I`, `PHỤ LỤC 2 …` → `PL`, `PLI`, `PL2`; null when the text is not an appendix title (the `PHỤ LỤC` marker that opens a part). */
export function appendixName(text: string): string | null {
  const m = /^phụ\s+lục(?:\s+(?:số\s+)?([IVX]{1,5}|\d{1,2})(?![\p{L}\d]))?/iu.exec(text.normalize('NFC'))
  if (!m) return null
  // A sentence that mentions an appendix (`Phụ lục kèm theo Nghị quyết …`) is not its title.
  if (text.length > 200 && !/^phụ\s+lục\s*(?:[IVX\d]+)?\s*$/iu.test(text.split('\n')[0]!)) return null
  return `PL${(m[1] ?? '').toUpperCase()}`
}

/**
 * A table's group row in capitals (`B CẢI CÁCH TỔ CHỨC BỘ MÁY VÀ CÔNG VỤ`, `II. NHIỆM VỤ KHÁC`): its label
 * and its title. A reader may set one apart between two pages of a table, as a heading of its own.
 */
export const tableGroupRow = /^([A-ZĐ]|[IVX]{1,4})[.)]?\s+(\p{Lu}[^\p{Ll}]{3,150})$/u
