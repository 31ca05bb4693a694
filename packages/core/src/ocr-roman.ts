/**
 * A chapter's Roman numeral as an OCR engine that does not know Vietnamese
 * reads it: `I` as a small `l` (`Il.`, `ll.`, `Ill.`, `lll.`), a `V` or `X`
 * after a capital in small letters (`Iv.`, `Vl.`, `Xl.`). Ingest (where a
 * hard-wrapped line starts a block), normalize (which keeps the numeral as
 * printed instead of repairing `Iv.` to `Ủy.`) and tasks (which reads the
 * chapter) share this one reading. A separate entry of the package: it loads
 * no zod.
 */

/** The letters of a misread numeral, as a regular expression's source (no anchors, no period). */
export const ocrRomanSource = String.raw`[IVXl][IVXlvx]{0,4}`

const ocrRomanForm = new RegExp(`^${ocrRomanSource}$`, 'u')

const romanDigits: Readonly<Record<string, number>> = {I: 1, V: 5, X: 10}

/** `IV` → 4; null for what is no Roman numeral of a chapter (1–39, written the standard way). */
export function romanValue(numeral: string): number | null {
  if (numeral === '' || !/^X{0,3}(?:IX|IV|V?I{0,3})$/u.test(numeral)) return null
  let total = 0
  for (let k = 0; k < numeral.length; k++) {
    const v = romanDigits[numeral[k]!]!
    total += v < (romanDigits[numeral[k + 1] ?? ''] ?? 0) ? -v : v
  }
  return total
}

/**
 * The numeral an OCR'd form stands for (`Il` → `II`, `ll` → `II`, `Iv` → `IV`, `Vl` → `VI`), or null when
 * the word is no such form: a numeral printed right (`II`) is none, nor a word (`Ivan`), nor a form
 * that reads as no numeral (`Vv`). A form that starts with a small `l` (`l`, `ll`, `lll`) is one only
 * before a heading in capitals (`ll. NHIỆM VỤ`): `headingAfter` says whether one follows.
 */
export function readOcrRoman(word: string, headingAfter = true): string | null {
  if (!ocrRomanForm.test(word) || !/[lvx]/u.test(word)) return null
  if (word.startsWith('l') && !headingAfter) return null
  const read = word.replace(/l/gu, 'I').toUpperCase()
  return romanValue(read) === null ? null : read
}

/** A heading in capitals opens `text` (`NHIỆM VỤ VÀ GIẢI PHÁP`, `TỔ CHỨC THỰC HIỆN`): its first word has two capitals. */
export const capitalsHeading = (text: string): boolean => /^\s*\p{Lu}{2}/u.test(text)
