/**
 * Finding a task's text in its source. The record's text is normalized
 * (NFC, repaired diacritics, joined lines) and the source is not, so both
 * sides are compared as letters and digits only, lower-cased.
 */
export const matchKey = (text: string): string => text.normalize('NFC').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '')

/**
 * Where the task's text starts in `haystack` (a match key) and how far it
 * reaches: its opening is searched first in full, then shorter openings, so
 * a repaired word late in the text does not lose the match. Null when none
 * of the openings occurs.
 */
export function findSpan(haystack: string, taskText: string): {start: number; end: number} | null {
  const key = matchKey(taskText)
  if (key === '') return null
  for (const length of [key.length, 60, 30, 16]) {
    if (length > key.length) continue
    const start = haystack.indexOf(key.slice(0, length))
    if (start >= 0) return {start, end: Math.min(haystack.length, start + key.length)}
  }
  return null
}
