import {cellBreakPattern, listMarkerPattern} from './data/list-markers.ts'

/** The list marker a line starts with (`1.`, `a)`, `đ)`, `-`, `(1)`, `II.`), or null. */
export function listMarker(text: string): string | null {
  if (text === '') return null
  const match = listMarkerPattern.exec(text)
  return match ? match[0] : null
}

/** True when a line inside a table cell starts a new item (`- …`, `(2) …`) rather than wrapping. */
export function startsCellItem(text: string): boolean {
  return cellBreakPattern.test(text)
}
