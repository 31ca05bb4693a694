import {columnExclusions, columnKeywords, columnSynonyms, exactOnlyRoles, weakSynonyms, type ColumnRole} from './data/columns.ts'
import {bareKey} from './tone-key.ts'

/** Column index of each role found in a header. */
export type ColumnMap = Partial<Record<ColumnRole, number>>

/**
 * Comparison key of header words: lower case, no diacritics (`đ` → `d`), no
 * punctuation, single spaces. Headers are retyped on every page and by every
 * converter, with or without accents (`Chu tri`), `Cơ quan chủ trì:`.
 */
export function headerKey(text: string): string {
  return bareKey(text)
}

const roles = Object.keys(columnSynonyms) as ColumnRole[]
const synonymKeys = roles.map((role) => ({role, keys: columnSynonyms[role].map(headerKey)}))
const exclusionKeys = new Map(roles.map((role) => [role, (columnExclusions[role] ?? []).map(headerKey)]))
const keywordKeys = new Map(roles.map((role) => [role, (columnKeywords[role] ?? []).map(headerKey)]))
const weakKeys = new Map(roles.map((role) => [role, (weakSynonyms[role] ?? []).map(headerKey)]))

/**
 * How well a header cell names a role: an exact synonym beats a header that
 * starts with one (`Cơ quan chủ trì thực hiện`), a longer synonym beats a
 * shorter one, and any of them beats a header that only holds the role's
 * keyword (`Phòng chủ trì`). 0 when it does not name the role.
 */
export function roleScore(cell: string, role: ColumnRole): number {
  const key = headerKey(cell)
  if (key === '') return 0
  if (exclusionKeys.get(role)!.some((x) => ` ${key} `.includes(` ${x} `))) return 0
  // OCR and some text layers drop the spaces between words (`Tênnhiệm vụ`, `Cơquan chủ trì`).
  const flat = key.replace(/ /g, '')
  const prefixOk = !exactOnlyRoles.includes(role)
  let best = 0
  for (const syn of synonymKeys.find((s) => s.role === role)!.keys) {
    const synFlat = syn.replace(/ /g, '')
    if (key === syn) best = Math.max(best, 1000 + syn.length)
    else if (flat === synFlat) best = Math.max(best, 500 + syn.length)
    else if (prefixOk && key.startsWith(`${syn} `)) best = Math.max(best, 2 * syn.length)
    else if (prefixOk && flat.startsWith(synFlat)) best = Math.max(best, syn.length)
  }
  if (best === 0 && (keywordKeys.get(role)!.some((k) => ` ${key} `.includes(` ${k} `)) || weakKeys.get(role)!.includes(key))) best = 1
  return best
}

/**
 * Assigns each role to at most one column, best matches first, each column to
 * at most one role. Columns that name nothing stay unassigned.
 */
export function matchColumns(header: readonly string[]): ColumnMap {
  const candidates: Array<{role: ColumnRole; column: number; score: number}> = []
  header.forEach((cell, column) => {
    for (const role of roles) {
      const score = roleScore(cell, role)
      if (score > 0) candidates.push({role, column, score})
    }
  })
  candidates.sort((a, b) => b.score - a.score || a.column - b.column)
  const map: ColumnMap = {}
  const used = new Set<number>()
  for (const c of candidates) {
    if (map[c.role] !== undefined || used.has(c.column)) continue
    map[c.role] = c.column
    used.add(c.column)
  }
  return map
}

/** How surely a header names its columns: the sum of their scores (`roleScore`). */
export function headerStrength(header: readonly string[], columns: ColumnMap): number {
  let sum = 0
  for (const [role, column] of Object.entries(columns) as Array<[ColumnRole, number]>) sum += roleScore(header[column] ?? '', role)
  return sum
}

/** A task table names its tasks and who or by when: a task column plus an owner or deadline column. */
export function isTaskTable(columns: ColumnMap): boolean {
  return columns.task !== undefined && (columns.owner !== undefined || columns.deadline !== undefined)
}
