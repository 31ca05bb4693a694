/**
 * The lead and partner names of one OCR'd table, completed from each other: a ministry's own unit
 * is named in several rows, and a row whose cell lost its last line to the next column (`Trung tâm
 * Thông tin`, `Cục Quản lý thi hành`) is completed to the one longer name of the table that begins
 * with it (`Trung tâm Thông tin công nghiệp và thương mại`), when the table names it so twice at
 * least. Not a name the gazetteer knows whole (`Sở Công Thương`), nor one the longer name only
 * qualifies (`… các tỉnh, thành phố` / `… có đập thủy điện`).
 */
import type {TableRow} from '@vanban/core'
import {matchAgency} from '@vanban/normalize'
import {nameContinuations} from './data/agencies.ts'
import {bareKey} from './tone-key.ts'

const qualifiers = [...nameContinuations, 'có'].map(bareKey)

/** Whether the gazetteer knows `name` whole, as it stands. */
function known(name: string): boolean {
  const match = matchAgency(name, {prefix: false})
  return match !== null && match.certain && match.end >= name.length
}

/** The rows with each name of `columns` (cell indexes) a cut-short form of one longer name of the table completed. */
export function completedFromTable(rows: readonly TableRow[], columns: readonly number[]): TableRow[] {
  const split = (cell: string): string[] => cell.split(/;\s+/u).map((n) => n.replace(/[;,]\s*$/u, '').trim()).filter((n) => n !== '')
  const names = rows.flatMap((r) => columns.flatMap((c) => split(r.cells[c] ?? '')))
  // Spellings by key, the commonest first.
  const byKey = new Map<string, Map<string, number>>()
  for (const n of names) {
    const spellings = byKey.get(bareKey(n)) ?? new Map<string, number>()
    spellings.set(n, (spellings.get(n) ?? 0) + 1)
    byKey.set(bareKey(n), spellings)
  }
  const complete = (name: string): string => {
    const key = bareKey(name)
    if (key.split(' ').length < 2 || known(name)) return name
    // (Named so twice at least: one cell that ran on into the next column's words is no evidence.)
    const longer = [...byKey.keys()].filter((k) => k.startsWith(`${key} `))
    if (longer.length !== 1 || [...byKey.get(longer[0]!)!.values()].reduce((a, b) => a + b, 0) < 2) return name
    const rest = longer[0]!.slice(key.length + 1)
    if (qualifiers.some((q) => rest === q || rest.startsWith(`${q} `))) return name
    return [...byKey.get(longer[0]!)!.entries()].sort((a, b) => b[1] - a[1])[0]![0]
  }
  return rows.map((r) => ({
    ...r,
    cells: r.cells.map((cell, c) => {
      if (!columns.includes(c) || cell === '') return cell
      const parts = cell.split(/(;\s+)/u)
      return parts.map((p, k) => (k % 2 === 1 ? p : p.replace(/^(.*?)([;,]?\s*)$/u, (_, n: string, end: string) => `${complete(n)}${end}`))).join('')
    })
  }))
}
