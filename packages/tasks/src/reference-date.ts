import type {VanbanDocument} from '@vanban/core'

/** The document's reference date, read once per document (see `referenceDateOf`). */
export interface ReferenceDate {
  /** `YYYY-MM-DD`, or undefined when the document prints no full date before its tables. */
  date: string | undefined
  /** Read from the place-and-date line of the header (`Hà Nội, ngày 16 tháng 3 năm 2026`), not only the first date met. */
  fromHeader: boolean
}

const fullDate = /ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})/iu
/**
 * `Hà Nội, ngày …`, `*Thạch Lạc, ngày …*`: a place, a comma, the date — at the start of its line, or
 * after the other header lines a PDF reader joined to it (`… V/v … Hà Nội, ngày 05 tháng 3 năm 2026`).
 */
const placeLine = /^[\p{L}\s.]*,\s*ngày|(?:^|\s)\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*){0,3},\s*ngày\s+\d{1,2}\s+tháng/u

/**
 * The date deadlines without a year are read against, and before which a date is a citation:
 * the place-and-date line among the first 40 blocks; else, for an appendix printed alone, the
 * first full date before any table.
 */
export function referenceDateOf(doc: VanbanDocument): ReferenceDate {
  let first: string | undefined
  for (const [k, block] of doc.blocks.entries()) {
    if (block.kind === 'table') {
      // The header laid out as a table (issuer and number left, motto and place-and-date right), as Word,
      // web pages and Markdown print it: its cells hold the date line. Any other table ends the search.
      const header = k < 8 && block.rows.length <= 4 ? block.rows.flatMap((row) => row.cells).flatMap((cell) => cell.split('\n')).map(headerDate).find((h) => h?.place) : undefined
      if (header) return {date: header.iso, fromHeader: true}
      if (k < 8 && block.rows.length <= 4) continue
      break
    }
    const found = headerDate(block.text)
    if (!found) continue
    if (k < 40 && found.place) return {date: found.iso, fromHeader: true}
    first ??= found.iso
  }
  return {date: first, fromHeader: false}
}

/** The full date of a header line, and whether the line is the place-and-date line. */
function headerDate(line: string): {iso: string; place: boolean} | undefined {
  const text = line.normalize('NFC').replace(/[*_#\\]/gu, '').trim()
  const m = fullDate.exec(text)
  if (!m) return undefined
  const [d, mo, y] = [Number(m[1]), Number(m[2]), Number(m[3])]
  if (mo < 1 || mo > 12 || d < 1 || d > 31) return undefined
  return {iso: `${y}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`, place: placeLine.test(text)}
}
