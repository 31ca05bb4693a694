/**
 * List markers of text read by OCR, put back in context. Tesseract drops or misreads the small
 * marks that carry a list's structure: the period of a bold group number (`1 Hoàn thiện …`), a
 * hanging marker altogether (`2.`, `c)`, bullets), `l)` as `1)`, `(1)` as `1)`, a bullet placed on
 * the wrapped line after its own. Each rule here restores one of them from the list around it — the
 * number that comes next, the letter skipped, the lead-in ending in a colon — and only in units read
 * by OCR (`readByOcr`); clean text keeps the strict grammar of `markers.ts`. Context-free misreadings
 * (`a}`, `S5.`, `§`) are `ocrMarkerForm`'s, applied as each unit is read.
 */
import type {Block} from '@vanban/core'
import {matchAgency} from '@vanban/normalize'
import {romanValue} from '@vanban/core/ocr-roman'
import {appendixName, bareNumberOf, letterAfter, markerOf} from './markers.ts'
import {imperativeStarts, predicateWords} from './data/predicates.ts'
import {startsWithAgencyHead} from './agencies.ts'
import {bareLetters, toneKey} from './tone-key.ts'

/**
 * A block whose text came through OCR: read from a scan or image, or changed by the diacritic
 * repair (text OCR'd elsewhere, by an engine that does not know Vietnamese). Its list markers and
 * names get the tolerance OCR damage needs; any other text keeps the strict grammar.
 */
export function readByOcr(block: Block): boolean {
  return block.provenance.source === 'ocr' || block.provenance.repaired === true
}

/** The fields of a unit these rules read and write (`structure.ts: Unit`). */
export interface OcrUnit {
  text: string
  ocr: boolean
}

/** The rules, in the order they run; each takes the units and returns them with its repair made. */
const rules: ReadonlyArray<{readonly id: string; readonly what: string; readonly apply: (units: OcrUnit[]) => OcrUnit[]}> = [
  {id: 'ocr-appendix-title', what: 'a line of one or two words in capitals that `(Kèm theo …)` follows within two lines is the title `PHỤ LỤC` OCR glued and misread (`PHILIC`, repaired to `PHƯỚC`)', apply: appendixTitle},
  {id: 'ocr-misplaced-bullet', what: 'a bullet OCR set on the wrapped line above its item (`• đối với …` in lower case) goes to the next paragraph in capitals', apply: misplacedBullet},
  {id: 'ocr-letter-l', what: '`1)` where the letters have reached `k)` (`h)`) is `l)` (`i)`)', apply: digitForLetter},
  {id: 'ocr-letter-case', what: '`C)` or `Cc)` where the letters have reached `b)` is `c)`: a letter marker OCR read as a capital or printed twice', apply: letterCase},
  {id: 'ocr-letter-between', what: '`à)` (read `a)`), `d)` again or `B)` between `d)` and `e)` is `đ)`: a letter marker misread where the letters before and after it say which it is', apply: letterBetween},
  {id: 'ocr-enum-one', what: '`1)` before `(2)` is `(1)`, its bracket lost', apply: firstEnum},
  {id: 'ocr-inline-enum-one', what: '`Sở Xây dựng: đ) Chủ trì …; (2) …`: one sign and a bracket after a colon, where the item\'s inline list goes on with `(2)` and has no `(1)`, is `(1)` misread', apply: inlineFirstEnum},
  {id: 'ocr-roman-sequence', what: 'Roman chapters go up by one: `I MỤC TIÊU` (period dropped, a title in capitals) is `I.`, a numeral that repeats the one before (`II` read `I`) is the next; an appendix title starts again', apply: romanSequence},
  {id: 'ocr-number-period', what: '`1 Hoàn thiện …`: a number that comes next in its list, its period dropped (`2026 …`, `1 tỷ đồng` are none); in a list whose items each open with a body, one or two specks in the next number\'s place before a body (`i Ba Ủy ban nhân dân …` after `10.`) are that number; so is a capital of its shape (`A. Yêu cầu …` after `3.`)', apply: numberWithoutPeriod},
  {id: 'ocr-number-dropped', what: 'a paragraph between a run of letters and `a)` starting again is the title of the next number, dropped', apply: droppedNumber},
  {id: 'ocr-letter-dropped', what: 'a paragraph alone between `b)` and `d)` is `c)`, its letter dropped', apply: droppedLetter},
  {id: 'ocr-bullets-dropped', what: 'two or more paragraphs that each end an item (`;`, `.`) under a numbered or lettered lead-in ending in a colon are its bullets', apply: droppedBullets},
  {id: 'ocr-agency-heading', what: '`1. Sô Xây dung`: a short heading under a number or letter that names no agency as read but is certainly one of the gazetteer\'s (`Sở Xây dựng`) takes that name, so its items inherit it', apply: agencyHeading},
  {id: 'ocr-colon-in-name', what: '`Các bộ, cơ quan chủ: quản …`: a colon between lower-case words of an agency subject, before any verb, is a speck', apply: colonInName}
]

/**
 * What the OCR rules do, in the order they run (the README lists them): first the misreadings
 * every unit gets as it is read (`ocrMarkerForm`), then the rules that look at the list around.
 */
export const ocrMarkerRules: ReadonlyArray<{readonly id: string; readonly what: string}> = [
  {id: 'ocr-marker-form', what: 'a marker misread alone: `a}` `a]` → `a)`, `(1}` → `(1)`, `S5.` `§` `«` → a bullet (before a capital only), `Il.`, `Iv.` → `II.`, `IV.` before a title; `Sở` read `$6`, `S6`, `S06`, `SG` before a name'},
  ...rules.map(({id, what}) => ({id, what}))
]

/** Units with the list markers OCR lost or misread restored; units not read by OCR are left alone. */
export function repairOcrMarkers<U extends OcrUnit>(units: readonly U[]): U[] {
  if (!units.some((u) => u.ocr)) return [...units]
  let out: OcrUnit[] = units.map((u) => ({...u}))
  for (const {apply} of rules) out = apply(out)
  return out as U[]
}

const capitalised = /^\p{Lu}/u

/** One or two words in capitals, perhaps with the appendix's number (`PHƯỚC`, `PHILIC II`). */
const shortCapitals = /^(\p{Lu}{2,}(?:\s+(?![IVX]{1,5}$)\p{Lu}{2,})?)(?:\s+([IVX]{1,5}|\d{1,2}))?$/u
/** A title line: its letters mostly capitals (OCR and repair leave a few in lower case). */
const mostlyCapitals = (text: string): boolean => {
  const letters = text.match(/\p{L}/gu) ?? []
  return letters.length > 0 && letters.filter((c) => c !== c.toLowerCase()).length >= 0.6 * letters.length
}
/** `(Kèm theo …`, marks lost or not: the formula every appendix opens with. */
const attachedTo = (text: string): boolean => /^\(\s*kem\s+theo\s/iu.test(bareLetters(text))

/**
 * `PHILIC` (`PHỤ LỤC` glued and misread; the repair then reads a syllable such as `PHƯỚC`) over a
 * title in capitals and `(Kèm theo Thông báo …)`: the attachment formula within the next two lines
 * makes a short capitals line the appendix's title (the line between, if any, a title in capitals
too). Not where the line before already is one
 * (`PHỤ LỤC` then `NHIỆM VỤ`), nor a longer line (a signer's name has three words or more).
 */
function appendixTitle(units: OcrUnit[]): OcrUnit[] {
  units.forEach((unit, k) => {
    const m = shortCapitals.exec(unit.text.trim())
    if (!unit.ocr || !m || appendixName(unit.text) !== null || (k > 0 && appendixName(units[k - 1]!.text.trim()) !== null)) return
    // The formula next, or after one line of title in capitals.
    const next = units[k + 1]
    if (!next || !(attachedTo(next.text) || (mostlyCapitals(next.text) && units[k + 2] !== undefined && attachedTo(units[k + 2]!.text)))) return
    unit.text = m[2] ? `PHỤ LỤC ${m[2]}` : 'PHỤ LỤC'
  })
  return units
}
/** The unit before ends a sentence or an item (so the next one starts a paragraph of its own). */
const endsItem = (text: string): boolean => /[.;:!?]\s*$/u.test(text)

/**
 * `• đối với chương trình …;` — a bullet before a line in lower case is the bullet of the next
 * item, set by OCR on the wrapped line above it: the line joins its item, and the next paragraph
 * that opens in capitals gets the bullet.
 */
function misplacedBullet(units: OcrUnit[]): OcrUnit[] {
  const out: OcrUnit[] = []
  let owed = false
  for (const unit of units) {
    const marker = markerOf(unit.text)
    const prev = out.at(-1)
    if (unit.ocr && prev && marker?.kind === 'dash' && /^\p{Ll}/u.test(marker.rest) && !endsItem(prev.text)) {
      prev.text = `${prev.text} ${marker.rest}`
      owed = true
      continue
    }
    if (owed && unit.ocr && marker === null && capitalised.test(unit.text)) unit.text = `• ${unit.text}`
    owed = false
    out.push(unit)
  }
  return out
}

/**
 * `1)` where the letters have reached `k)` (or `h)`) is `l)` (`i)`): the letter read as a digit.
 * Not when `2)` or `(2)` follows: then it opens a list of its own.
 */
function digitForLetter(units: OcrUnit[]): OcrUnit[] {
  let lastLetter: string | null = null
  units.forEach((unit, k) => {
    const marker = markerOf(unit.text)
    if (marker?.kind === 'letter') lastLetter = marker.label
    else if (marker?.kind === 'number' || marker?.kind === 'roman' || marker?.kind === 'decimal') {
      const asLetter: string | null = lastLetter === 'k' ? 'l' : lastLetter === 'h' ? 'i' : null
      const m = /^1\s*\)\s*/u.exec(unit.text)
      const next = units.slice(k + 1).find((u) => markerOf(u.text) !== null)
      if (unit.ocr && asLetter !== null && m && !(next && /^\(?2[.)]/u.test(next.text))) {
        unit.text = `${asLetter}) ${unit.text.slice(m[0].length)}`
        lastLetter = asLetter
      } else lastLetter = null
    }
  })
  return units
}

/**
 * `C) Ủy ban Kiểm tra …` or `Cc) …` after `b)`: the next letter of the list, read as a capital or
 * printed twice. A capital alone before a title in capitals is a part's letter (`A. KẾT QUẢ`) and is
 * left to `markers.ts`; here the text after it is a sentence.
 */
function letterCase(units: OcrUnit[]): OcrUnit[] {
  let lastLetter: string | null = null
  units.forEach((unit) => {
    const marker = markerOf(unit.text)
    if (marker?.kind === 'letter') lastLetter = marker.label
    else if (marker !== null && marker.kind !== 'dash' && marker.kind !== 'plus') lastLetter = null
    if (!unit.ocr || lastLetter === null || marker !== null) return
    const m = /^(\p{L})(\p{L})?\)\s+(?=\S)/u.exec(unit.text)
    if (!m || (m[2] !== undefined && m[2].toLowerCase() !== m[1]!.toLowerCase()) || (m[2] === undefined && m[1] === m[1]!.toLowerCase())) return
    const letter = m[1]!.toLowerCase()
    if (letterAfter(lastLetter) !== letter) return
    unit.text = `${letter}) ${unit.text.slice(m[0].length)}`
    lastLetter = letter
  })
  return units
}

/**
 * `d) …`, `à) …` (a marked letter, read as `a)`), `e) …`: a letter marker out of its list's order, between
 * the letter before the one due and the letter after it, is the one due — OCR misread it (`đ` as `à`,
 * `d`, a capital). A letter out of order with anything else after it (a list that starts again) is left.
 */
function letterBetween(units: OcrUnit[]): OcrUnit[] {
  let lastLetter: string | null = null
  units.forEach((unit, k) => {
    const marker = markerOf(unit.text)
    if (marker !== null && marker.kind !== 'letter') {
      if (marker.kind !== 'dash' && marker.kind !== 'plus' && marker.kind !== 'enum') lastLetter = null
      return
    }
    // (A capital markerOf does not take as a letter: `B) Bộ Quốc phòng …`.)
    const form = marker === null ? /^(\p{Lu})\)\s+(?=\S)/u.exec(unit.text) : null
    if (marker === null && form === null) return
    const label = marker?.label ?? form![1]!
    const due = lastLetter === null ? undefined : letterAfter(lastLetter)
    if (unit.ocr && due !== undefined && label !== due) {
      const after = letterAfter(due)
      const next = units.slice(k + 1).map((u) => markerOf(u.text)).find((m) => m !== null && m.kind !== 'dash' && m.kind !== 'plus' && m.kind !== 'enum')
      if (after !== undefined && next?.kind === 'letter' && next.label === after) {
        unit.text = `${due}) ${unit.text.replace(/^\S+\)\s+/u, '')}`
        lastLetter = due
        return
      }
    }
    lastLetter = marker === null ? null : label
  })
  return units
}

/** `1) Bố trí …` then `(2) …`: the first item of an enumeration whose opening bracket OCR lost. */
function firstEnum(units: OcrUnit[]): OcrUnit[] {
  units.forEach((unit, k) => {
    const m = /^1\s*\)\s*/u.exec(unit.text)
    if (!unit.ocr || !m) return
    const next = units.slice(k + 1).find((u) => markerOf(u.text) !== null)
    if (next && /^\(2\)\s/u.test(next.text)) unit.text = `(1) ${unit.text.slice(m[0].length)}`
  })
  return units
}

/** `(1)` read as one sign and a bracket (`đ)`, `1)`, `l)`, `i)`) right after the colon of a lead-in whose list goes on with `(2)`. */
function inlineFirstEnum(units: OcrUnit[]): OcrUnit[] {
  for (const unit of units) {
    if (!unit.ocr || /\(1\)/u.test(unit.text) || !/\s\(2\)\s/u.test(unit.text)) continue
    const m = /:\s+(?:\(?[1lIiđd|]\s?\)|\(\s?[1lIiđd|])\s+(?=\p{Lu})/u.exec(unit.text)
    if (m && m.index < unit.text.indexOf(' (2) ')) unit.text = `${unit.text.slice(0, m.index)}: (1) ${unit.text.slice(m.index + m[0].length)}`
  }
  return units
}

/** The number a unit's marker gives its list, or null. */
const numberOf = (text: string): number | null => {
  const marker = markerOf(text)
  return marker?.kind === 'number' && /^\d+$/u.test(marker.label) ? Number(marker.label) : null
}

function toRoman(n: number): string {
  const tens = 'X'.repeat(Math.floor(n / 10))
  return tens + ['', 'I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX'][n % 10]!
}

/**
 * Roman chapters go up by one. Tesseract reads a bold `II` as `I` and drops the period after a
 * numeral: `I MỤC TIÊU` before a title in capitals is chapter `I.`, and a numeral that repeats the
 * chapter before (`I.` after `I.`) is the next one. A title `PHỤ LỤC` starts the count again.
 */
function romanSequence(units: OcrUnit[]): OcrUnit[] {
  let last = 0
  for (const unit of units) {
    if (appendixName(unit.text) !== null) last = 0
    const bare = /^([IVX]{1,5})\s+(?=\p{Lu}[^\p{Ll}]{3})/u.exec(unit.text)
    const marker = markerOf(unit.text)
    const numeral = marker?.kind === 'roman' ? marker.label : bare ? bare[1]! : null
    const value = numeral === null ? null : romanValue(numeral)
    if (value === null) continue
    if (!unit.ocr || (value !== last + 1 && value !== last)) {
      if (marker?.kind === 'roman') last = value
      continue
    }
    const rest = marker?.kind === 'roman' ? marker.rest : unit.text.slice(bare![0].length)
    last = value === last ? last + 1 : value
    unit.text = `${toRoman(last)}. ${rest}`
  }
  return units
}

/** `1 Hoàn thiện thể chế, chính sách`: a number that comes next in its list, its period dropped (a title, short). */
/**
 * `1. Sô Xây dung` (repaired from `So Xay dung`): a heading of a few words under a number or a
 * letter, no sentence, whose words name no agency as read but match one of the gazetteer's
 * names certainly and whole. The name replaces what was read, so the heading's items inherit it.
 */
function agencyHeading(units: OcrUnit[]): OcrUnit[] {
  for (const unit of units) {
    if (!unit.ocr) continue
    const marker = markerOf(unit.text)
    if (marker === null || (marker.kind !== 'number' && marker.kind !== 'letter')) continue
    const rest = marker.rest.replace(/[:.]\s*$/u, '')
    if (rest === '' || rest.split(/\s+/u).length > 12 || /[.;,]/u.test(rest) || startsWithAgencyHead(rest)) continue
    const match = matchAgency(rest, {prefix: false})
    if (match === null || !match.certain || match.end !== rest.length) continue
    unit.text = `${unit.text.slice(0, unit.text.length - marker.rest.length)}${match.name}${marker.rest.slice(rest.length)}`
  }
  return units
}

/** `3 Công ty Cổ phần Cấp thoát nước Cần Thơ: …`: an agency's name, then a colon, after the number. */
function agencyBeforeColon(text: string): boolean {
  const head = /^\d{1,2}(?:\s*[,;])?\s+([^:;.]{3,120}):/u.exec(text)
  return head !== null && startsWithAgencyHead(head[1]!)
}

/** Capitals OCR reads for a digit of their shape (`A.` for `4.`). */
const digitShapes: Readonly<Record<string, number>> = {Z: 2, A: 4, G: 6, B: 8}

function numberWithoutPeriod(units: OcrUnit[]): OcrUnit[] {
  let last = 0
  // Of the list's items so far, how many open with a body's name.
  let items = 0
  let opened = 0
  for (const unit of units) {
    const printed = numberOf(unit.text)
    if (printed !== null) {
      if (printed !== last + 1) [items, opened] = [0, 0]
      items++
      if (startsWithAgencyHead(unit.text.replace(/^\S+\s+/u, ''))) opened++
      last = printed
      continue
    }
    const agencyItems = items >= 2 && opened * 3 >= items * 2
    // `i Ba Uy ban nhân dân các xã …` after `10. Sở Nội vụ …`: in a list whose items each open with a body,
    // one or two specks where the next number stood (`11.` read `i Ba`, `L1`, `1:17`) before a body's name.
    const specks = unit.ocr && agencyItems && last >= 2 ? specksBeforeBody(unit.text) : 0
    if (specks > 0) {
      unit.text = `${last + 1}. ${unit.text.slice(specks)}`
      last++
      continue
    }
    // `A. Yêu cầu Chủ tịch …` after `3.`: the next number read as the letter of its shape.
    const shape = unit.ocr && last >= 1 ? /^([AZBG])\.\s+(?=\p{Lu}\p{Ll})/u.exec(unit.text) : null
    if (shape && digitShapes[shape[1]!] === last + 1) {
      unit.text = `${last + 1}. ${unit.text.slice(shape[0].length)}`
      last++
      continue
    }
    if (markerOf(unit.text)?.kind === 'roman') last = 0
    const bare = bareNumberOf(unit.text)
    // A long paragraph too when an agency heads it before a colon (`3 Công ty … Cần Thơ: (1) …; (2) …`).
    // One number further on when the one between was lost too, if a comma or semicolon stands for the
    // period before an agency (`4, Ủy ban nhân dân các phường …` after `2.`): no count is written so.
    const skipped = bare === last + 2 && /^\d{1,2}\s*[,;]\s/u.test(unit.text) && startsWithAgencyHead(unit.text.replace(/^\d{1,2}\s*[,;]\s*/u, ''))
    if (unit.ocr && (bare === last + 1 || skipped) && (unit.text.split(/\s+/u).length <= 30 || agencyBeforeColon(unit.text))) {
      unit.text = unit.text.replace(/^(\d{1,2})(?:\s*[,;])?\s+/u, '$1. ')
      last = bare
    }
  }
  return units
}

/**
 * The length of one or two specks OCR left where a list number stood, before a body's name in
 * sentence case (`i Ba Ủy ban nhân dân các xã …` (repaired `ở Ba …`), `L1 Sở …`, `1:17 Ủy ban …`); 0
 * when the text does not open so. A speck is a lone letter or holds a digit: words (`Đề nghị Thủ
 * trưởng …`) and a signature's abbreviation before capitals (`KT. CHÁNH VĂN PHÒNG`) are none; so is one
 * short word that can stand before a body (`Giao Sở …`, `Do Sở …`); another (`Lộ Ủy ban …`, `L1` repaired) is a speck.
 */
const wordsBeforeBody = new Set(['giao', 'do', 'nay', 'các', 'để', 'tại', 'với', 'và', 'cho', 'từ', 'khi', 'đề', 'yêu', 'kt.', 'tm.', 'tl.', 'tuq.'])

export function specksBeforeBody(text: string): number {
  const m = /^(\S{1,4})(\s+\S{1,4})?\s+(?=\p{Lu})/u.exec(text)
  if (m === null || markerOf(text) !== null || !/[\p{L}\d]/u.test(m[1]!)) return 0
  if (!(/^\p{L}$/u.test(m[1]!) || /\d/u.test(m[0]) || (m[2] === undefined && m[1]!.length <= 3 && !wordsBeforeBody.has(m[1]!.toLowerCase())))) return 0
  const rest = text.slice(m[0].length)
  return !startsWithAgencyHead(text) && startsWithAgencyHead(rest) && /^\S+\s+\S*\p{Ll}/u.test(rest) ? m[0].length : 0
}

/**
 * A paragraph in capitals' place, between one run of letters and `a)` starting again, is the
 * title of the next numbered group whose number OCR dropped (`Tập trung hoàn thiện …` then `a)`).
 */
function droppedNumber(units: OcrUnit[]): OcrUnit[] {
  let last: number | null = null
  let lettered = false
  units.forEach((unit, k) => {
    const printed = numberOf(unit.text)
    const marker = markerOf(unit.text)
    if (printed !== null) {
      last = printed
      lettered = false
      return
    }
    if (marker?.kind === 'roman') [last, lettered] = [null, false]
    if (marker?.kind === 'letter') lettered = true
    const next = units[k + 1]
    const prev = units[k - 1]
    if (!unit.ocr || marker !== null || last === null || !lettered || !next || !/^a\)\s/u.test(next.text)) return
    if (!capitalised.test(unit.text) || (prev !== undefined && !endsItem(prev.text) && markerOf(prev.text) === null) || unit.text.split(/\s+/u).length > 60) return
    last += 1
    unit.text = `${last}. ${unit.text}`
    lettered = false
  })
  return units
}

/** A paragraph in capitals between `b)` and `d)` is `c)`, its letter dropped by OCR. */
function droppedLetter(units: OcrUnit[]): OcrUnit[] {
  let lastLetter: string | null = null
  units.forEach((unit, k) => {
    const marker = markerOf(unit.text)
    if (marker?.kind === 'letter') lastLetter = marker.label
    else if (marker?.kind === 'number' || marker?.kind === 'roman') lastLetter = null
    if (!unit.ocr || marker !== null || lastLetter === null || !capitalised.test(unit.text) || !endsItem(units[k - 1]?.text ?? '')) return
    const missing = letterAfter(lastLetter)
    const after = letterAfter(lastLetter, 2)
    const next = units.slice(k + 1).find((u) => markerOf(u.text) !== null)
    const nextMarker = next ? markerOf(next.text) : null
    if (missing === undefined || nextMarker?.kind !== 'letter' || nextMarker.label !== after) return
    // Only when nothing but this paragraph stands between: the letter's item is this paragraph.
    if (units[k + 1] !== next) return
    unit.text = `${missing}) ${unit.text}`
    lastLetter = missing
  })
  return units
}

/**
 * `d) Ủy ban nhân dân các tỉnh …:` then two or more paragraphs in capitals, each ending an item
 * (`;` or `.`): the bullets of the lead-in, dropped by OCR. Only under a numbered or lettered item
 * (a lead-in outside any list may introduce plain paragraphs).
 */
function droppedBullets(units: OcrUnit[]): OcrUnit[] {
  units.forEach((unit, k) => {
    const marker = markerOf(unit.text)
    if (!unit.ocr || (marker?.kind !== 'letter' && marker?.kind !== 'number' && marker?.kind !== 'decimal') || !/:\s*$/u.test(unit.text)) return
    let end = k + 1
    // An article (`Điều 2. …`) is no bullet: it starts a part of its own.
    while (end < units.length && units[end]!.ocr && markerOf(units[end]!.text) === null && !/^Điều\s+\d/u.test(units[end]!.text) && capitalised.test(units[end]!.text) && endsItem(units[end]!.text)) end++
    if (end - (k + 1) < 2) return
    for (let j = k + 1; j < end; j++) units[j]!.text = `- ${units[j]!.text}`
  })
  return units
}

const verbKeys = [...predicateWords, ...imperativeStarts].map(toneKey)

/**
 * `Các bộ, cơ quan chủ: quản các nền tảng số khẩn trương …`: a colon inside an agency subject,
 * between two lower-case words and before any verb, is a speck OCR read; a colon before the
 * work (`Sở Y tế: chủ trì …`) or a list (`Bộ Xây dựng: (1) …`) stays.
 */
function colonInName(units: OcrUnit[]): OcrUnit[] {
  for (const unit of units) {
    if (!unit.ocr) continue
    const marker = markerOf(unit.text)
    const body = marker ? marker.rest : unit.text
    const colon = /(?<=\p{Ll}):\s+(?=\p{Ll})/u.exec(body)
    if (!colon || colon.index > 120 || !startsWithAgencyHead(body)) continue
    const after = toneKey(body.slice(colon.index + colon[0].length, colon.index + colon[0].length + 40))
    const before = toneKey(body.slice(0, colon.index))
    // Any verb before the colon: the subject ended there, and what the colon opens is the work.
    if (verbKeys.some((v) => after.startsWith(v) && !/\p{L}/u.test(after.charAt(v.length)))) continue
    if (verbKeys.some((v) => new RegExp(`(?:^|\\s)${v}(?:\\s|$)`, 'u').test(before))) continue
    const start = unit.text.length - body.length
    unit.text = unit.text.slice(0, start + colon.index) + unit.text.slice(start + colon.index + 1)
  }
  return units
}
