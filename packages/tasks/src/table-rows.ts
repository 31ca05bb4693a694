/**
 * What the TT (số thứ tự) cell of a task-table row says about the row's place
 * in the outline.
 * - `group`: `I.`, `II`, `A.`, `Phần II` — a heading row; its tasks' parent.
 * - `item`: `1.`, `32`, `11.2` — a numbered task.
 * - `sub`: `(1)`, `a)`, `1)`, `-` — a sub-task of the item above it.
 * - `none`: empty.
 * - `other`: text that is no number (`Nhiệm vụ chung`).
 */
export type RowNumber =
  | {kind: 'group'; label: string; title?: string}
  | {kind: 'item'; label: string}
  | {kind: 'sub'; label: string | null}
  | {kind: 'none'}
  | {kind: 'other'; label: string}

/** Reads the TT cell. Labels are the marker without punctuation, parentheses kept (`(4)`). */
export function readRowNumber(cell: string): RowNumber {
  // Markdown bold of a group row (`**II**`, `**I. CÔNG TÁC CHUẨN BỊ**`) is emphasis, not the number.
  const t = cell.replace(/\*\*|__/g, '').replace(/\s+/g, ' ').trim().replace(/[.:]$/, '').trim()
  if (t === '') return {kind: 'none'}
  let m = /^(?:phần|mục|chương)\s+([IVXLC]+|[A-Z]|\d+)$/iu.exec(t)
  if (m) return {kind: 'group', label: m[1]!.toUpperCase()}
  if (/^[IVXLC]+$/.test(t) || /^[A-Z]$/.test(t)) return {kind: 'group', label: t}
  // A group row merged across the table, numeral and title in one cell: `I. CÔNG TÁC CHUẨN BỊ`.
  m = /^([IVXLC]+)\s*[.:)–-]\s*(\p{L}.*)$/u.exec(t)
  if (m) return {kind: 'group', label: m[1]!, title: m[2]!}
  if (/^\d+(?:\.\d+)*$/.test(t)) return {kind: 'item', label: t.split('.').map((n) => String(Number(n))).join('.')}
  m = /^\((\d+|[a-zđ]|[ivx]+)\)$/u.exec(t)
  if (m) return {kind: 'sub', label: `(${/^\d+$/.test(m[1]!) ? String(Number(m[1])) : m[1]})`}
  m = /^(\d+|[a-zđ])\)$/u.exec(t)
  if (m) return {kind: 'sub', label: /^\d+$/.test(m[1]!) ? String(Number(m[1])) : m[1]!}
  if (/^[-+•–*]$/.test(t)) return {kind: 'sub', label: null}
  return {kind: 'other', label: t}
}

/** One line of text from a cell: its line breaks and runs of space become single spaces. */
export function cellText(cell: string | undefined): string {
  return (cell ?? '').replace(/\s+/g, ' ').trim()
}

/** A cell that says "nothing here": empty, or only dashes and dots (`-`, `…`). */
export function isBlankCell(cell: string | undefined): boolean {
  return /^[\s\-–—.…_/]*$/u.test(cell ?? '')
}
