/**
 * Where the name of a body opens in the words of an OCR'd table row: the lead and partner columns
 * of such a table start each name with a head (`Cục`, `Vụ`, `Sở`, `UBND`, `Trung tâm`, `Thanh tra
 * Bộ`) or with the first words of a known name. A head counts only when all its words are there
 * (`Kiểm toán`, not the `Kiểm tra` of a task), and not where it starts another noun or a verb
 * (`Tổ chức …`, `Ban hành …`, `Hội nghị …`). Marks the repair set right open a name at full odds;
 * a match of the bare letters only (`Bố Khoa` for `Bộ Khoa`), at half.
 */
import {agencyHeads, ministryNames, notAgencyNouns, setPhrases} from './data/agencies.ts'
import {tableAgencyNames} from './data/ocr-table.ts'
import {imperativeStarts} from './data/predicates.ts'
import {startsWithAgencyHead} from './agencies.ts'
import {bareLetters} from './tone-key.ts'

const bare = (word: string): string => bareLetters(word).toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '')
const bareWords = (text: string): string[] => text.split(/[\s,;]+/u).map(bare).filter((w) => w !== '')

interface Openings {
  /** Openings as bare words: every head whole, and the first two words of every known name. */
  readonly openings: ReadonlyArray<readonly string[]>
  readonly firstWords: ReadonlySet<string>
  /** Bare openings of what is no body (`tổ chức`, `ban hành`, `hội nghị`). */
  readonly notOpenings: ReadonlyArray<readonly string[]>
}

// Built on the first OCR'd table row, not at import: clean text never reads one.
let tables: Openings | undefined
function openingTables(): Openings {
  if (tables) return tables
  const names = [...tableAgencyNames, ...setPhrases, ...ministryNames.map((m) => `Bộ ${m}`)]
  const openings = [...agencyHeads.map(bareWords), ...names.map((n) => bareWords(n).slice(0, 2))].filter((ws) => ws.length > 0)
  const notOpenings = [...notAgencyNouns, ...imperativeStarts].map(bareWords).filter((ws) => ws.length > 0)
  return (tables = {openings, firstWords: new Set(openings.map((o) => o[0]!)), notOpenings})
}

const startsWith = (words: readonly string[], at: number, opening: readonly string[]): boolean => opening.every((w, k) => words[at + k] === w)

/**
 * The odds that a body's name opens at word `at` of `texts` (the words of a row, in order): 1 for a
 * head or known name as printed, 0.5 for one in bare letters only, 0 for none. Only a capitalised word opens one.
 */
export function nameOpening(texts: readonly string[], at: number): number {
  const word = texts[at]
  if (word === undefined || !/^\p{Lu}/u.test(word)) return 0
  const ahead = texts.slice(at, at + 6)
  if (startsWithAgencyHead(ahead.join(' '))) return 1
  const keys = ahead.map(bare)
  const {openings, firstWords, notOpenings} = openingTables()
  const longest = (list: readonly (readonly string[])[]): number => Math.max(0, ...list.filter((o) => startsWith(keys, 0, o)).map((o) => o.length))
  const opens = longest(openings)
  const not = longest(notOpenings)
  if (opens > 0) return opens >= not ? 0.5 : 0
  // A head's first word whose next words are not the head's: the head may go on on the column's next
  // line (`phòng Ủy` / `ban nhân dân`), the words between another column's. Half the odds.
  return not === 0 && firstWords.has(keys[0]!) ? 0.5 : 0
}
