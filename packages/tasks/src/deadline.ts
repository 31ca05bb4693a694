import type {Deadline} from '@vanban/core'
import {heavenlyStems, earthlyBranches, lunarNewYear} from './data/lunar-new-year.ts'
import {imperativeStarts} from './data/predicates.ts'
import {deadlineCues, deadlineLabels, eventNouns, quarterEndMonth, recurrenceWords} from './data/deadline-words.ts'
import {monthNames, numeralWords, unitWords} from './data/number-words.ts'

export interface DeadlineContext {
  /**
   * Year for phrases that omit it (`Tháng 9`, `quý II`). Wins over `documentDate`.
   * @example parseDeadline('Tháng 9', {year: 2025}) //=> due '2025-09-30', yearGuessed true
   */
  readonly year?: number
  /**
   * The notice's date (`YYYY-MM-DD`): fallback year, and in prose a lower bound —
   * a date before the notice is a citation or a past event, never its deadline.
   */
  readonly documentDate?: string
  /**
   * The text is a whole "Thời gian hoàn thành" cell: every period in it is the
   * deadline, no cue word is needed, recurrence words count anywhere.
   * @default false
   */
  readonly cell?: boolean
}

/** A period found in the text, before deciding whether it is a deadline. */
interface Period {
  start: number
  end: number
  due: string | null
  yearGuessed: boolean
  /** The match is a bare year (`2026`, `năm 2026`). */
  bareYear: boolean
}

const pad = (n: number): string => String(n).padStart(2, '0')

/** `mười lăm` → 15, `ba mươi mốt` → 31, `Mười Một` → 11, `Giêng` → 1; null when the words make no numeral. */
export function numberInWords(words: string): number | null {
  const w = words.toLowerCase().split(/\s+/u).filter((x) => x !== '')
  const unit = (x: string | undefined): number | null => (x === undefined ? 0 : (unitWords[x] ?? null))
  if (w.length === 1 && monthNames[w[0]!] !== undefined) return monthNames[w[0]!]!
  if (w[0] === 'mười') {
    const u = unit(w[1])
    return w.length <= 2 && u !== null ? 10 + u : null
  }
  if (w[1] === 'mươi') {
    const tens = unitWords[w[0]!]
    const u = unit(w[2])
    return tens !== undefined && tens >= 2 && w.length <= 3 && u !== null ? tens * 10 + u : null
  }
  return w.length === 1 ? (unitWords[w[0]!] ?? null) : null
}

const numeral = `(?:${numeralWords.join('|')})(?:\\s+(?:${numeralWords.join('|')})){0,2}?`

function lastDayOfMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate()
}

function monthEnd(year: number, month: number): string | null {
  if (month < 1 || month > 12) return null
  return `${year}-${pad(month)}-${pad(lastDayOfMonth(year, month))}`
}

function day(year: number, month: number, d: number): string | null {
  if (month < 1 || month > 12 || d < 1 || d > lastDayOfMonth(year, month)) return null
  return `${year}-${pad(month)}-${pad(d)}`
}

const plausibleYear = (y: number): boolean => y >= 1945 && y <= 2100

/**
 * The patterns of a period, most specific first: a later pattern never takes
 * text an earlier one already matched (`ngày 16 tháng 3 năm 2026` is a day,
 * not a month). Each returns the due date, or null when the numbers are impossible.
 */
/**
 * The Gregorian year whose lunar new year a stem and branch name (`Đinh Mùi` → 2027), among the years
 * the table knows (the names repeat every 60 years, so one at most).
 */
function yearOfStemBranch(stem: string, branch: string): number | null {
  const s = heavenlyStems.findIndex((x) => x.toLowerCase() === stem.toLowerCase())
  const b = earthlyBranches.findIndex((x) => x.toLowerCase() === branch.toLowerCase().replace('mẹo', 'mão'))
  return Object.keys(lunarNewYear).map(Number).find((y) => (y - 4) % 10 === s && (y - 4) % 12 === b) ?? null
}

/** `mồng 5 Tết` of the lunar year starting in `year`: the day, or null when the table has no such year. */
function tetDay(year: number, day: number): string | null {
  const first = lunarNewYear[year]
  if (first === undefined) return null
  return addDays(`${year}-${first}`, day - 1, false)
}

/** A quarter's numeral as printed or as OCR reads its strokes (`1`, `l`, `|` for I), or its digit. */
const quarter = '[I1l|]V|[I1l|]{1,3}|[2-4]'
/** Between two quarters of a list: `, `, ` và `, ` & `, the word `quý` again or not. */
const quarterJoint = '\\s*(?:,|và|&)\\s*(?:quý\\s+)?'
/** After the (last) numeral: its year, if written (`/2026`, `-2025`, ` năm 2026`). */
const quarterYear = '(?![\\p{L}\\d])(?:\\s*(?:\\/|-|năm)\\s*(\\d{4}))?'
/** The end of the quarter in group 1, in the year of group 2 or of the context. */
function quarterEnd(m: RegExpExecArray, year: number | undefined): {due: string | null; guessed: boolean} | null {
  const y = m[2] ? +m[2] : year
  const month = quarterEndMonth[m[1]!.replace(/[1l|]/giu, 'I').toLowerCase()]
  if (y === undefined || month === undefined) return null
  return {due: monthEnd(y, month), guessed: !m[2]}
}

const periodPatterns: ReadonlyArray<{
  re: RegExp
  /** Null: the period is impossible or lacks its year (kept as an unparsed phrase); undefined: not a period here. */
  build: (m: RegExpExecArray, year: number | undefined) => {due: string | null; guessed: boolean} | null | undefined
  bareYear?: boolean
}> = [
  {
    // `trước Tết Nguyên đán Đinh Mùi`, `mồng 5 Tết Đinh Mùi`, `Tết Nguyên đán 2027`: the lunar new year
    // named (by its stem and branch or its Gregorian year). `Tết` alone is the eve, the year's last day;
    // `mồng N Tết` its N-th day. A Tết with no year named stays a phrase: which one the reader cannot tell.
    re: /(?:(?:ngày\s+)?(?:mồng|mùng)\s+(\d{1,2})\s+)?Tết(?:\s+Nguyên\s+[đĐ]án)?(?:\s+(?:năm\s+)?(Giáp|Ất|Bính|Đinh|Mậu|Kỷ|Canh|Tân|Nhâm|Quý)\s+(Tý|Sửu|Dần|Mão|Mẹo|Thìn|Tỵ|Ngọ|Mùi|Thân|Dậu|Tuất|Hợi))?(?:\s+(?:năm\s+)?(\d{4}))?(?![\p{L}\d])/gu,
    build: (m) => {
      const named = m[4] ? +m[4] : m[2] ? yearOfStemBranch(m[2], m[3]!) : null
      if (named === null) return m[1] ? null : undefined
      return {due: m[1] ? tetDay(named, +m[1]) : tetDay(named, 0), guessed: false}
    }
  },
  {
    // ngày 16 tháng 3 năm 2026
    re: /ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})/giu,
    build: (m) => ({due: day(+m[3]!, +m[2]!, +m[1]!), guessed: false})
  },
  {
    // ngày mười lăm tháng Chín năm 2027, ngày ba mươi mốt tháng Mười Hai năm 2027, mồng một tháng Giêng năm 2028
    re: new RegExp(`(?:ngày|mồng|mùng)\\s+(?:(?:mồng|mùng)\\s+)?(${numeral})\\s+tháng\\s+(${numeral}|giêng|chạp|\\d{1,2})\\s+năm\\s+(\\d{4})`, 'giu'),
    build: (m) => {
      const d = numberInWords(m[1]!)
      const month = /^\d/u.test(m[2]!) ? +m[2]! : numberInWords(m[2]!)
      return d === null || month === null ? undefined : {due: day(+m[3]!, month, d), guessed: false}
    }
  },
  {
    // ngày 20 tháng 10 (year from context, as `ngày 20/10`)
    re: /ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})(?![\d/])(?!\s*(?:năm|\/|-)\s*\d)/giu,
    build: (m, year) => (year === undefined ? null : {due: day(year, +m[2]!, +m[1]!), guessed: true})
  },
  {
    // 10/01/2026, ngày 01/3/2026, 31-12-2025
    re: /(?:ngày\s+)?(?<![\d/.])(\d{1,2})\s*([/.-])\s*(\d{1,2})\s*\2\s*(\d{4})(?![\d/])/giu,
    build: (m) => ({due: day(+m[4]!, +m[3]!, +m[1]!), guessed: false})
  },
  {
    // ngày 20/5, trước 30/9 (year from context); the cue or `ngày` is required, `3/4` alone is a fraction
    re: /(?<![\d/.])(\d{1,2})\s*\/\s*(\d{1,2})(?![\d/]|\.\d|\s*[-–]\s*\d)/gu,
    build: (m, year) => {
      if (!/(?:^|(?:ngày|trước|nhất|hạn|đến)\s+)$/iu.test(m.input.slice(Math.max(0, m.index - 12), m.index))) return undefined
      return year === undefined ? null : {due: day(year, +m[2]!, +m[1]!), guessed: true}
    }
  },
  {
    // 6 tháng đầu năm 2026, 6 tháng cuối năm, 9 tháng đầu năm
    re: /(\d{1,2})\s+tháng\s+(đầu|cuối)\s+năm(?:\s+(\d{4}))?/giu,
    build: (m, year) => {
      const y = m[3] ? +m[3] : year
      if (y === undefined) return null
      const n = +m[1]!
      const due = m[2]!.toLowerCase() === 'đầu' ? monthEnd(y, n) : monthEnd(y, 12)
      return {due, guessed: !m[3]}
    }
  },
  {
    // quý II, III/2026, Quý II và III năm 2026: quarters listed, due at the last one's end.
    re: new RegExp(`quý\\s+(?:${quarter})(?:${quarterJoint}(?:${quarter}))*${quarterJoint}(${quarter})${quarterYear}`, 'giu'),
    build: quarterEnd
  },
  {
    // `Cả năm` (a deadline cell: the work runs the whole year), `trong cả năm 2026`: due at the year's end.
    re: /^\s*(?:trong\s+)?cả\s+năm(?:\s+(\d{4}))?\s*\.?\s*$/giu,
    build: (m, year) => {
      const y = m[1] ? +m[1] : year
      return y === undefined ? null : {due: monthEnd(y, 12), guessed: !m[1]}
    }
  },
  {
    // quý I/2026, quý II năm 2026, Quý IV-2025, quý 3/2026, quý II (year from context).
    // OCR reads the strokes of a Roman numeral as `1`, `l` or `|` (`quý 1II/2026`, `quý Il`, `quý 11`):
    // no quarter is written so, so the token reads as the numeral it looks like (`1` alone is I either way).
    re: new RegExp(`quý\\s+(${quarter})${quarterYear}`, 'giu'),
    build: quarterEnd
  },
  {
    // tháng Bảy năm 2026, tháng Mười hai năm 2026, tháng tư năm 2027: the month in words, with its year
    re: new RegExp(`tháng\\s+(${numeral}|giêng|chạp)\\s+năm\\s+(\\d{4})`, 'giu'),
    build: (m) => {
      const month = numberInWords(m[1]!)
      return month === null || month < 1 || month > 12 ? undefined : {due: monthEnd(+m[2]!, month), guessed: false}
    }
  },
  {
    // tháng 5-6/2026, Tháng 7 - 8 năm 2026: months sharing the last one's year, due at its end
    re: /tháng\s+(\d{1,2})\s*[-–]\s*(\d{1,2})\s*(?:\/|năm)\s*(\d{4})/giu,
    build: (m) => {
      const [first, last] = [+m[1]!, +m[2]!]
      return first >= 1 && last <= 12 && first < last ? {due: monthEnd(+m[3]!, last), guessed: false} : undefined
    }
  },
  {
    // tháng 3/2026, tháng 01/2026, tháng 3 năm 2026, Tháng 9 (year from context)
    re: /tháng\s+(\d{1,2})(?![\d/])(?:\s*(?:\/|-|năm)\s*(\d{4}))?|tháng\s+(\d{1,2})\/(\d{4})/giu,
    build: (m, year) => {
      const month = +(m[1] ?? m[3])!
      const written = m[2] ?? m[4]
      const y = written ? +written : year
      if (y === undefined) return null
      return {due: monthEnd(y, month), guessed: !written}
    }
  },
  {
    // năm 2026, 2026 (a whole cell), 2025-2026 is two years joined later
    re: /(?:năm\s+)?(?<![\d/.])(?<!\p{L}-)(\d{4})(?![\d/]|\.\d|-[A-ZĐ])/giu,
    build: (m) => {
      const y = +m[1]!
      return plausibleYear(y) ? {due: monthEnd(y, 12), guessed: false} : null
    },
    bareYear: true
  }
]

function findPeriods(text: string, year: number | undefined): Period[] {
  const taken: boolean[] = new Array<boolean>(text.length).fill(false)
  const found: Period[] = []
  for (const {re, build, bareYear} of periodPatterns) {
    re.lastIndex = 0
    for (let m = re.exec(text); m !== null; m = re.exec(text)) {
      const start = m.index
      const end = start + m[0].length
      if (taken.slice(start, end).some(Boolean)) continue
      const built = build(m, year)
      if (built === undefined) continue
      // A month or quarter without a year and no context is still a phrase: keep it unparsed.
      found.push({start, end, due: built?.due ?? null, yearGuessed: built?.guessed ?? false, bareYear: bareYear === true})
      taken.fill(true, start, end)
    }
  }
  return found.sort((a, b) => a.start - b.start)
}

/** `Quý IV/2025 - Quý I/2026`, `2025-2026`, `từ tháng 3 đến tháng 6/2026`: one period ending with the last. */
function joinRanges(text: string, periods: Period[]): Period[] {
  const out: Period[] = []
  for (const p of periods) {
    const prev = out.at(-1)
    // `Quý I và quý II/2027`, `tháng 3 và tháng 4/2027`: two periods sharing the second's year are one span.
    const sharedYear = prev !== undefined && prev.yearGuessed && !p.yearGuessed && /^\s*và\s*$/iu.test(text.slice(prev.end, p.start)) && /^(?:quý|tháng)\s/iu.test(text.slice(p.start, p.end).trim()) && /(?:^|\s)(?:quý|tháng)\s+\S+$/iu.test(text.slice(prev.start, prev.end).trim())
    if (prev && (sharedYear || /^\s*(?:[-–—]|đến(?:\s+hết)?)\s*$/iu.test(text.slice(prev.end, p.start)))) {
      out[out.length - 1] = {...p, start: prev.start, yearGuessed: p.yearGuessed, bareYear: prev.bareYear && p.bareYear}
      continue
    }
    out.push(p)
  }
  return out
}

/**
 * A recurrence word in the text → its canonical value (`định kỳ hằng tháng` → `hằng tháng`).
 * Of several (`định kỳ 6 tháng, hằng năm`), the first written: notices list the more
 * frequent report first, and it is the one a clerk tracks.
 */
function recurrenceIn(text: string): {value: string; index: number; length: number} | null {
  let best: {value: string; index: number; length: number} | null = null
  for (const [re, value] of recurrenceWords) {
    const m = re.exec(text)
    if (!m) continue
    // `định kỳ` is the vaguest; any other word names the period better.
    const better = best === null || (best.value === 'định kỳ' && value !== 'định kỳ') || (value !== 'định kỳ' && m.index < best.index && !(m.index + m[0].length > best.index))
    if (better) best = {value, index: m.index, length: m[0].length}
  }
  return best
}

const cueAlternation = [...deadlineLabels, ...deadlineCues, 'hoàn thành', 'xong'].map((c) => c.replace(/\s+/g, '\\s+')).join('|')
/** A cue word right before the period (`hoàn thành trong `, `chậm nhất ngày `, `Thời gian hoàn thành: `). */
// A time of day may sit between the cue and the date: `trước 17 giờ ngày 03/12/2026`, `trước 17h00 ngày …`.
const eventAlternation = eventNouns.map((e) => e.replace(/\s+/g, '\\s+')).join('|')
// So may the part of the day and the weekday: `trước 17 giờ thứ Sáu, ngày 12/11/2027`, `vào sáng thứ Hai, ngày 22/11/2027`.
const cueBefore = new RegExp(`(?:^|[^\\p{L}])((?:${cueAlternation})(?:\\s*:)?(?:\\s+\\d{1,2}\\s*(?:giờ|h)(?:\\s*\\d{1,2}(?:\\s*phút)?)?\\s*,?)?(?:\\s+(?:sáng|chiều|tối|trưa))?(?:\\s+(?:thứ\\s+(?:hai|ba|tư|năm|sáu|bảy)|chủ\\s+nhật)\\s*,?)?(?:\\s+(?:ngày|là|trong|vào))?(?:\\s+(?:${eventAlternation})\\s*\\(?(?:ngày)?)?)\\s*$`, 'iu')
/** A start of application or of effect before the date: `áp dụng từ ngày`, `có hiệu lực (thi hành) kể từ ngày`, `bắt đầu từ tháng 5/2027`. */
const appliesFrom = /(?:áp\s+dụng|có\s+hiệu\s+lực(?:\s+thi\s+hành)?|được\s+thực\s+hiện|bắt\s+đầu)\s+(?:kể\s+)?từ\s*(?:ngày\s*)?$/iu
/** A document number right before the date: `số 693-CV/VPTW, ngày `, `66.7/2025/NQ-CP ngày `. */
const citationBefore = /[\p{L}\d.-]*\/[\p{L}\d./-]+\s*,?\s*(?:ngày\s*)?$/u
/** Goals and programme spans, not deadlines: `đến năm 2030`, `giai đoạn 2021-2030`, `tầm nhìn`. */
const goalBefore = /(?:đến|tới|giai\s+đoạn|thời\s+kỳ|tầm\s+nhìn(?:\s+đến)?)\s*(?:năm\s*)?$/iu
/** A defined set of tasks named by their period: `các nhiệm vụ trong quý I/2026`. */
const topicBefore = /(?:các|những)\s+(?:nhiệm\s+vụ|công\s+việc|nội\s+dung|chỉ\s+tiêu|kế\s+hoạch|chương\s+trình)(?:\s+[\p{L}]+){0,3}?\s+(?:trong|của)\s*$/iu

/**
 * A relative clause in the passive before the cue (`các luật được Quốc hội thông qua | trong năm 2025`,
 * `các dự án đã được phê duyệt | trong quý I`): the period dates what was done, not the task.
 */
const passiveBefore = /(?:^|\s)(?:đã\s+)?được\s+(?:[\p{L}\d-]+\s+){0,5}?(?:thông\s+qua|ban\s+hành|phê\s+duyệt|ký|ký\s+kết|công\s+bố)\s*$/iu
/** The same with `đã` (`hồ sơ … đã được cấp | trước ngày 01/7/2025`): what was done, before any cue but `chậm nhất`. */
const donePassiveBefore = /(?:^|\s)đã\s+được\s+(?:[\p{L}\d-]+\s+){0,5}?(?:thông\s+qua|ban\s+hành|phê\s+duyệt|ký|ký\s+kết|công\s+bố|giao|cấp|phân\s+bổ)\s*$/iu

/** `dịp`, `nhân dịp` (on the occasion of) before a cue: `dịp cuối năm`, `dịp trước Tết`. */
const occasionBefore = /(?:^|\s)(?:nhân\s+|vào\s+)?dịp\s*$/iu

/** A forecast's span opening its sentence (`Dự báo từ nay đến hết tháng 5 năm 2026, xâm nhập mặn còn …`): when the weather lasts, no work's deadline. */
// (A capital says where the sentence starts when a title ran into it; `… bờ bao` read `dự báo` mid-sentence is none.)
const forecastBefore = /(?:(?:^|[.;:!?]\s*)(?:[Tt]heo\s+)?[Dd]ự|(?:^|\s)(?:Theo\s+dự|Dự))\s+báo[^.;:,]{0,40}$/u

/**
 * A meeting planned with the addressee before `vào` (`Đoàn giám sát làm việc với Quý Sở dự kiến | vào
 * ngày 06/9`): the date of the visit, not when work is due.
 */
const plannedMeetingBefore = /(?:^|\s)(?:làm\s+việc|họp|gặp)(?:\s[^.;:]{0,60})?\s+dự\s+kiến\s*$/iu

/** Cue start for a prose period, or -1 when the period is not a deadline there. */
function proseDeadlineStart(text: string, p: Period, documentDate: string | undefined): number {
  const before = text.slice(Math.max(0, p.start - 80), p.start)
  if (citationBefore.test(before)) return -1
  // `trước ngày 15/12 hằng năm`: a day of every year is a recurrence, not a due date.
  // So is each of several (`trước ngày 15/6 và 15/12 hằng năm`, `ngày 20 tháng 6 và ngày 20 tháng 12 hằng năm`).
  if (p.yearGuessed && /^(?:\s*(?:,|và)\s*(?:ngày\s+)?\d{1,2}(?:\s*\/\s*\d{1,2}|\s+tháng\s+\d{1,2}))*\s*(?:của\s+)?(?:mỗi|h[ằà]ng)\s+năm/iu.test(text.slice(p.end))) return -1
  // `định kỳ 6 tháng, trước ngày 15/6 và ngày 15/12`, `định kỳ hằng năm …, báo cáo trước ngày 20 tháng 12`: a day
  // with no year in a clause that recurs is the day it recurs on.
  if (p.yearGuessed && recurrenceIn(text.slice(Math.max(0, text.lastIndexOf(';', p.start), text.lastIndexOf('. ', p.start)), p.start)) !== null) return -1
  // `bảng giá đất áp dụng từ ngày 01 tháng 01 năm 2027`: when a rule starts to apply, not when work is due.
  if (appliesFrom.test(before)) return -1
  if (topicBefore.test(before)) return -1
  if (documentDate && p.due !== null && p.due < documentDate) return -1
  // `phấn đấu đến ngày 31/12/2026`: the period takes its `ngày`, so only `đến` is left before it.
  // Not `Đến ngày …,` opening a sentence nor `tính đến ngày …` ("as of"): the date of a status.
  // Nor a day a level is to be reached by (`phấn đấu tỷ lệ giải ngân đến ngày 31/01/2028 đạt trên 95%`): a target.
  // `bảo đảm hoàn thành trong giai đoạn 2026–2030`: work to be done within a span is due at its end (a span
  // alone, `chương trình … giai đoạn 2026–2030`, names the programme).
  const doneWithinSpan = p.due !== null ? /(?<![\p{L}])(?:hoàn\s+thành|xong)(?:\s+(?:trong|trước))?\s+giai\s+đoạn\s*$/iu.exec(before) : null
  if (doneWithinSpan) return p.start - before.length + doneWithinSpan.index
  const untilDay = /^ngày/iu.test(text.slice(p.start)) && !/^\s*,?\s*(?:phải\s+)?đạt(?![\p{L}])/u.test(text.slice(p.end)) ? /(?<!tính)\s(đến)\s*$/iu.exec(before) : null
  const cue = cueBefore.exec(before) ?? untilDay
  // `… (năm 2027)`, `… (Quý II/2027)`: a period alone in brackets after a task is its deadline.
  if (!cue && /\(\s*$/u.test(before) && /^\s*\)\s*(?:[.;]|$)/u.test(text.slice(p.end))) return p.start
  if (!cue) {
    // A period that is a label of its own (`Quý II/2026: hoàn thành …`, a lone `6 tháng đầu năm 2026`) needs no cue.
    const label = /(?:^|[.;!?\n])\s*$/u.test(before) && /^\s*(?:[:.]|$)/u.test(text.slice(p.end))
    return label && !p.bareYear ? p.start : -1
  }
  // `bình ổn thị trường dịp cuối năm 2026`: the occasion the task is about, not when it is due.
  if (occasionBefore.test(before.slice(0, cue.index + cue[0].indexOf(cue[1]!)))) return -1
  if (forecastBefore.test(before.slice(0, cue.index + cue[0].indexOf(cue[1]!)))) return -1
  // Only before a cue that also reads as "when it happened" (`trong`, `vào`, `từ`); `chậm nhất`, `trước` always set a deadline.
  if (/^(?:trong|vào|từ)$/iu.test(cue[1]!.trim()) && passiveBefore.test(before.slice(0, cue.index + cue[0].indexOf(cue[1]!)))) return -1
  if (/^trước/iu.test(cue[1]!.trim()) && donePassiveBefore.test(before.slice(0, cue.index + cue[0].indexOf(cue[1]!)))) return -1
  if (/^vào$/iu.test(cue[1]!.trim()) && plannedMeetingBefore.test(before.slice(0, cue.index + cue[0].indexOf(cue[1]!)))) return -1
  const cueWord = cue[1]!.toLowerCase()
  // `đến năm 2030` and `trong giai đoạn` are goals; `đến hết năm` and `đến ngày` are deadlines.
  if (/^đến$/u.test(cueWord) || goalBefore.test(before.replace(/\s+$/u, ' '))) {
    if (!/đến\s+(?:hết|ngày)/iu.test(cueWord) && cue !== untilDay) return -1
  }
  if (p.bareYear && !/^(?:trong|cuối|hết|đến\s+hết|chậm\s+nhất(?:\s+trong)?|hoàn\s+thành(?:\s+trong)?|trước|vào|thời\s+(?:gian|hạn)|tiến\s+độ|đưa\s+vào)/iu.test(cueWord)) return -1
  return p.start - before.length + cue.index + cue[0].indexOf(cue[1]!)
}

function yearOf(context: DeadlineContext): number | undefined {
  if (context.year !== undefined) return context.year
  const m = /^(\d{4})-/.exec(context.documentDate ?? '')
  return m ? +m[1]! : undefined
}

const tidy = (s: string): string => s.replace(/\*+/g, '').replace(/\s+/g, ' ').trim().replace(/[.,;:]+$/u, '')

/**
 * Finds the deadline phrase of a text — a task sentence or a deadline cell —
 * and returns it with `due`, the last day of the period.
 *
 * In prose only a period after a cue (`trong`, `chậm nhất`, `trước`, `hoàn thành` …)
 * counts; cited documents' dates, goals (`đến năm 2030`), topics (`các nhiệm vụ
 * trong quý I/2026`) and dates before the notice stay out. The first deadline wins;
 * a range (`Quý IV/2025 - Quý I/2026`) ends with its last period.
 *
 * @example parseDeadline('Hoàn thành trong quý II/2026.') //=> {text: 'trong quý II/2026', due: '2026-06-30', …}
 * @example parseDeadline('Tháng 9', {cell: true, year: 2025}) //=> {text: 'Tháng 9', due: '2025-09-30', yearGuessed: true, …}
 */
export function parseDeadline(text: string, context: DeadlineContext = {}): Deadline | null {
  const source = text.normalize('NFC').replace(/\*+/g, '')
  const year = yearOf(context)
  const relative = relativeDeadline(source, context.documentDate)
  // `trong 10 ngày kể từ ngày 01/12/2026`: the date is the start the days count from, not the deadline.
  if (relative?.from === 'date') return relative.deadline
  const periods = joinRanges(source, findPeriods(source, year))
  if (context.cell === true) return relative?.deadline ?? cellDeadline(source, periods, year)
  for (const found of periods) {
    if (found.due === null && found.bareYear) continue
    const p = rollForward(found, context)
    const start = proseDeadlineStart(source, p, context.documentDate)
    if (start < 0) continue
    // `lập kế hoạch giải ngân theo từng tuần đến hết ngày 31/01/2027`: how far a schedule of weeks runs, not a deadline.
    if (/(?:từng|hằng|mỗi)\s+(?:ngày|tuần|tháng|quý)\s+đến(?:\s+hết)?\s+(?:ngày\s+)?$/iu.test(source.slice(Math.max(0, p.start - 40), p.start))) continue
    // `báo cáo … trước ngày 05 hằng tháng từ tháng 3 đến tháng 7/2027`: the span a recurrence holds for, not a deadline.
    if (/(?<![\p{L}])từ\s+$/u.test(source.slice(Math.max(0, p.start - 6), p.start)) && recurrenceIn(source.slice(0, p.start)) !== null) continue
    // `sơ kết vào tháng 7/2027 và tổng kết trước ngày 15/12/2027`: the interim review is a milestone,
    // the final review a dated period later in the text ends the work.
    if (interimReview.test(source.slice(Math.max(0, start - 40), start)) && finalReviewAfter(source, p.end, periods)) continue
    // `báo cáo tiến độ sơ bộ trước ngày 30/9/2027 và hoàn thành … chậm nhất ngày 20/10/2027`, `gửi báo cáo
    // giữa kỳ … trước ngày 30/5/2027, báo cáo cuối kỳ trước ngày 30/11/2027`: an interim report is a
    // milestone; the later date the same text gives ends the work.
    if (interimReport.test(clauseBefore(source, start)) && laterDueAfter(p, periods)) continue
    // `Đánh giá việc thực hiện … trong 6 tháng đầu năm 2026; …; gửi báo cáo … trước ngày 10/7/2026`: the
    // period under review, when a dated submission follows.
    if (reviewedPeriod.test(source.slice(Math.max(0, start - 160), start + 6)) && submissionAfter(source, p.end, periods)) continue
    // `… cho nam công dân đủ 17 tuổi trong năm 2026, thực hiện trong tháng 4/2026`: a bare year that qualifies
    // what the work is about, when the same sentence dates the work itself within it by a cue of its own.
    if (p.bareYear && /^trong\s+năm\s/iu.test(source.slice(start, p.end)) && workDatedWithin(source, p, periods)) continue
    // The first deadline the text gives wins: a count of days from the signing before this date.
    if (relative && relative.index < start) return relative.deadline
    // `…, xong trong tháng 8/2026; định kỳ 6 tháng báo cáo kết quả …`: a due date and a recurrence,
    // in the same sentence (a later sentence may assign the reporting to someone else).
    const sentenceEnd = /[.!?](?:\s|$)/u.exec(source.slice(p.end))
    const recurrence = proseRecurrence(source.slice(start, sentenceEnd ? p.end + sentenceEnd.index + 1 : source.length))?.recurrence ?? null
    return {text: tidy(source.slice(start, p.end)), due: p.due, recurrence, yearGuessed: p.yearGuessed}
  }
  return relative?.deadline ?? proseRecurrence(source)
}

/** A later period of the same sentence, earlier than `p`, that a cue of work dates (`thực hiện trong tháng 4/2026`). */
function workDatedWithin(source: string, p: Period, periods: readonly Period[]): boolean {
  const sentenceEnd = /[.;!?](?:\s|$)/u.exec(source.slice(p.end))
  const limit = sentenceEnd ? p.end + sentenceEnd.index : source.length
  return periods.some((q) => q.start > p.end && q.end <= limit && q.due !== null && p.due !== null && q.due < p.due && /(?:thực\s+hiện|hoàn\s+thành|xong|chậm\s+nhất|trước)(?:\s+(?:trong|vào|ngày|là))?\s*$/iu.test(source.slice(Math.max(0, q.start - 24), q.start)))
}

/** `sơ kết (6 tháng) vào …`: the interim review (sơ kết) a few words before a period. */
const interimReview = /(?<![\p{L}])sơ\s+kết(?:\s+[^\s.;]+){0,4}\s*$/iu

/** `Đánh giá (việc thực hiện / kết quả) … trong …`: the period a review covers, its `trong` the period's cue. */
const reviewedPeriod = /(?:^|[.;:]\s*)(?:Đánh\s+giá|Tổng\s+hợp|Báo\s+cáo)\s+(?:việc\s+thực\s+hiện|kết\s+quả|tình\s+hình)[^.;]{0,140}\strong\s+\S*$/iu

/** A report or assessment marked as interim (`báo cáo tiến độ sơ bộ`, `kết quả rà soát lần đầu`, `bản đánh giá kết quả 6 tháng`). */
const interimReport = /(?<![\p{L}])(?:báo\s+cáo|đánh\s+giá|kết\s+quả)(?:\s+[^\s.;]+){0,6}?\s+(?:sơ\s+bộ|lần\s+đầu|giữa\s+kỳ|bước\s+đầu|tiến\s+độ|6\s+tháng|sáu\s+tháng)(?![\p{L}])/iu

/** The clause a period stands in, up to it: from the last `;` or sentence end before it. */
function clauseBefore(source: string, at: number): string {
  const before = source.slice(Math.max(0, at - 200), at)
  return before.slice(Math.max(before.lastIndexOf(';'), before.lastIndexOf('. ')) + 1)
}

/** A later period of the same text, with a later due date, cued as a deadline (`trước`, `chậm nhất`, `hoàn thành`). */
function laterDueAfter(p: Period, periods: readonly Period[]): boolean {
  return periods.some((q) => q.start > p.end && q.due !== null && p.due !== null && q.due > p.due)
}

/** A submission (`gửi báo cáo …`, `báo cáo về …`) dated by a later period of the same text (`trước ngày …`). */
function submissionAfter(source: string, from: number, periods: readonly Period[]): boolean {
  const m = /(?<![\p{L}])(?:gửi|nộp)\s+(?:báo\s+cáo|kết\s+quả)|báo\s+cáo\s+(?:về|kết\s+quả\s+về)\s/iu.exec(source.slice(from))
  if (!m) return false
  const at = from + m.index
  return periods.some((q) => q.start > at && q.due !== null && /(?:trước|chậm\s+nhất|hạn)\s+(?:ngày\s+)?$/iu.test(source.slice(Math.max(0, q.start - 20), q.start)))
}

/** A final review (`tổng kết`) dated by a later period of the same text. */
function finalReviewAfter(source: string, from: number, periods: readonly Period[]): boolean {
  const m = /(?<![\p{L}])tổng\s+kết(?![\p{L}])/iu.exec(source.slice(from))
  if (!m) return false
  const at = from + m.index
  return periods.some((q) => q.start > at && q.start - at < 60 && q.due !== null)
}

/**
 * `trong 15 ngày kể từ ngày ký văn bản này`, `chậm nhất 30 ngày sau ngày ban hành Quyết định`, `trong vòng
 * 07 ngày làm việc kể từ ngày 02/12/2026`: days counted from the signing (the notice's date) or from a
 * date given. Calendar days are added as they are; working days skip Saturdays and Sundays (public
 * holidays are not known here). With no date to count from, the phrase stands with no due date.
 */
const relativeRe = /(?<![\p{L}])(?:trong\s+(?:vòng\s+|thời\s+hạn\s+|thời\s+gian\s+)?|chậm\s+nhất\s+(?:là\s+)?(?:sau\s+)?|không\s+quá\s+|sau\s+)(\d{1,3})\s+ngày(\s+làm\s+việc)?\s*,?\s*(?:kể\s+từ|tính\s+từ|sau)\s+(?:ngày\s+)?(?:(?:ký|ban\s+hành|nhận\s+được)(?:\s+(?:văn\s+bản|công\s+văn|quyết\s+định|thông\s+báo|kế\s+hoạch|chỉ\s+thị|công\s+điện|nghị\s+quyết)(?:\s+này)?)?|(\d{1,2})\s*\/\s*(\d{1,2})\s*\/\s*(\d{4}))/iu

function relativeDeadline(source: string, documentDate: string | undefined): {deadline: Deadline; from: 'date' | 'signing'; index: number} | null {
  const m = relativeRe.exec(source)
  if (!m) return null
  // `kể từ ngày nhận được` counts from a day no one knows here.
  const received = /nhận\s+được/iu.test(m[0])
  const from = m[3] !== undefined ? day(Number(m[5]), Number(m[4]), Number(m[3])) : received ? null : (documentDate ?? null)
  const due = from === null ? null : addDays(from, Number(m[1]), m[2] !== undefined)
  return {deadline: {text: tidy(m[0]), due, recurrence: null, yearGuessed: false}, from: m[3] !== undefined ? 'date' : 'signing', index: m.index}
}

/** `YYYY-MM-DD` plus n days, or n working days (Monday to Friday). */
function addDays(iso: string, n: number, working: boolean): string {
  const date = new Date(`${iso}T00:00:00Z`)
  if (!working) date.setUTCDate(date.getUTCDate() + n)
  else for (let left = n; left > 0; ) {
    date.setUTCDate(date.getUTCDate() + 1)
    const weekday = date.getUTCDay()
    if (weekday !== 0 && weekday !== 6) left--
  }
  return date.toISOString().slice(0, 10)
}

/**
 * A period without a year that would fall before the notice (`trước ngày 15/01` in a
 * notice of December) is in the next year, not a past event.
 */
function rollForward(p: Period, context: DeadlineContext): Period {
  if (!p.yearGuessed || p.due === null || context.year !== undefined || !context.documentDate || p.due >= context.documentDate) return p
  const [y, m, d] = p.due.split('-').map(Number) as [number, number, number]
  // A month's or quarter's end stays its end (February of a leap year).
  const end = d === lastDayOfMonth(y, m) ? lastDayOfMonth(y + 1, m) : Math.min(d, lastDayOfMonth(y + 1, m))
  return {...p, due: day(y + 1, m, end)}
}

/** A "Thời gian hoàn thành" cell: the whole cell is the phrase. Null only for an empty cell. */
export function parseDeadlineCell(text: string, context: Omit<DeadlineContext, 'cell'> = {}): Deadline | null {
  return parseDeadline(text, {...context, cell: true})
}

/** `2025 và những năm tiếp theo`: an open start, no end. */
const openEnded = /^\s*(?:và\s+)?(?:những|các)\s+năm\s+(?:tiếp\s+theo|sau)/iu

function cellDeadline(source: string, periods: Period[], year: number | undefined): Deadline | null {
  const phrase = tidy(source)
  if (phrase === '') return null
  const dated = periods.filter((p) => !(p.bareYear && openEnded.test(source.slice(p.end))))
  const withYear = dated.find((p) => p.due !== null && !p.yearGuessed)
  const recurrence = recurrenceIn(source)
  if (withYear) return {text: phrase, due: withYear.due, recurrence: null, yearGuessed: false}
  if (recurrence) return {text: phrase, due: null, recurrence: recurrence.value, yearGuessed: false}
  const guessed = dated.find((p) => p.due !== null)
  if (guessed) return {text: phrase, due: guessed.due, recurrence: null, yearGuessed: year !== undefined}
  return {text: phrase, due: null, recurrence: null, yearGuessed: false}
}

const frequencyVerbRe = new RegExp(`^(?:${[...imperativeStarts, 'thông tin', 'cập nhật', 'rà soát'].map((w) => w.replace(/\s+/g, '\\s+')).join('|')})(?![\\p{L}])`, 'u')

/** `báo cáo Bộ trưởng hằng tháng.`: the frequency of a report, closing its sentence, is the task's recurrence. */
function reportFrequency(sentence: string, r: {index: number; length: number}, clause: boolean): {index: number; 0: string} | null {
  const before = sentence.slice(0, r.index)
  const after = sentence.slice(r.index + r.length)
  // A frequency may be followed by the span it holds for (`… hằng ngày trong thời gian xảy ra triều cường.`).
  const closes = /^[\s.;,]*$/u.test(after) || /^\s+(?:trong\s+(?:thời\s+gian|suốt|mùa)|suốt|khi)(?![\p{L}])[^.;]*[.;]?\s*$/u.test(after)
  const reported = /(?<![\p{L}])báo\s+cáo(?![\p{L}])/iu.test(before)
  // `… báo cáo … vào thứ Sáu hằng tuần để theo dõi, …`: the report's frequency, then what it is for.
  // So is what it reports on (`báo cáo Phó Thủ tướng hằng tháng về tiến độ …`).
  // Or where it goes (`báo cáo tình hình giải ngân hằng tháng gửi Bộ Tài chính`, `hằng quý (trước ngày 15 …) gửi Sở …`).
  const forPurpose = /^\s*(?:\([^()]{0,60}\)\s*)?,?\s*(?:để|nhằm|phục\s+vụ|về|gửi)(?![\p{L}])/iu.test(after)
  // `…; kiểm tra, bổ sung hằng quý.`: a short clause of its own after `;` that ends with the frequency
  // (`… khen thưởng hằng năm` inside a sentence is a topic).
  // So is a longer clause of its own that opens with a verb of work (`…; tổng hợp, công khai tỷ lệ … hằng tháng.`).
  const closesVerbs = clause && closes && (/^(?:\p{Ll}+,?\s+){1,6}$/u.test(before) || frequencyVerbRe.test(before))
  // `trước ngày 05 hằng tháng`: a day of every period.
  const dayOfEvery = /(?:ngày|trước\s+ngày)\s+\d{1,2}(?:\s*\/\s*\d{1,2})?\s+(?:của\s+)?$/iu.test(before)
  // `…, 6 tháng một lần báo cáo Ban Thường vụ`, `hằng năm tổng hợp, báo cáo Chính phủ`: the frequency of the report that follows.
  const reportsNext = /^\s*(?:(?:tổng\s+hợp|đánh\s+giá|sơ\s+kết|tổng\s+kết),?\s+)*báo\s+cáo(?![\p{L}])/iu.test(after)
  // `báo cáo tại phiên họp thường kỳ hằng tháng của UBND tỉnh`: the meeting the report goes to recurs.
  const meeting = reported && /phiên\s+họp(?:\s+thường\s+kỳ)?\s*$/iu.test(before)
  // `… tuần tra vào các buổi tối thứ Sáu, thứ Bảy hằng tuần.`: when the work is done, every period.
  // (`… vào sáng Chủ nhật hằng tuần, treo cờ …`: the next clause is more work, on its own.)
  const scheduled = (closes || /^\s*,/u.test(after)) && /(?:vào|trong)\s+(?:các\s+)?(?:buổi|ngày|thứ|sáng|chiều|tối|đêm)[^.;]{0,40}$/iu.test(before)
  // `…, không để tài sản bị bỏ trống, thực hiện thường xuyên;`: the task's own closing clause.
  const doneEvery = closes && /,\s*(?:thực\s+hiện|triển\s+khai|tiến\s+hành)\s*$/iu.test(before)
  // `Sở Xây dựng thường xuyên kiểm tra …`, `…, thường xuyên thông tin về …`: the adverb of frequency before the verb.
  const adverb = /^thường\s+xuyên$/iu.test(sentence.slice(r.index, r.index + r.length).trim()) && /^\p{Ll}/u.test(after.trimStart()) && !/^(?:của|và|cho|trong|tại|về|ở|được|là|với|như)(?![\p{L}])/u.test(after.trimStart()) && !/(?:nhiệm\s+vụ|công\s+(?:tác|việc)|hoạt\s+động)\s*$/iu.test(before)
  // `Các bộ … và UBND các tỉnh hằng năm rà soát, công bố …`: a frequency between the subject and its verb of work.
  const beforeVerb = /^h[ằà]ng\s/iu.test(sentence.slice(r.index, r.index + r.length).trim()) && frequencyVerbRe.test(after.trimStart()) && /\p{Lu}/u.test(before)
  // `… thu gom rác thải tại các bãi tắm hằng ngày, không để tồn đọng …`: the frequency closes the work, a purpose follows.
  const beforePurpose = /^\s*,\s*(?:không\s+để|bảo\s+đảm|đảm\s+bảo|tránh)(?![\p{L}])/iu.test(after) && before.trim().split(/\s+/u).length >= 3
  // `… chỉ đạo các trường thực hiện vệ sinh lớp học … hằng ngày.`: the frequency ends the sentence of the work.
  const closesWork = /^\s*[.!?]?\s*$/u.test(after) && /(?<![\p{L}])(?:thực\s+hiện|tổ\s+chức|kiểm\s+tra|cập\s+nhật|theo\s+dõi|trực|tuần\s+tra)(?![\p{L}])/u.test(before)
  return ((closes || forPurpose) && reported) || closesWork || closesVerbs || dayOfEvery || reportsNext || meeting || scheduled || doneEvery || adverb || beforeVerb || beforePurpose ? {index: r.index, 0: sentence.slice(r.index, r.index + r.length)} : null
}

/**
 * Recurrence in prose counts where it governs the sentence: at its start
 * (`Định kỳ hằng tháng báo cáo …`, `Nhiệm vụ thường xuyên.`) or as `định kỳ hằng …`
 * anywhere; `khen thưởng hằng năm` inside a clause is a topic.
 */
function proseRecurrence(source: string): Deadline | null {
  const sentences = source.split(/(?<=[.;:!?])\s+|\n+/u)
  for (const [k, sentence] of sentences.entries()) {
    const s = sentence.trim()
    const clause = k > 0 && /;\s*$/u.test(sentences[k - 1]!)
    // `… (thực hiện thường xuyên).`: a frequency alone in the closing brackets.
    const bracket = /\(\s*((?:thực\s+hiện|triển\s+khai|báo\s+cáo)?\s*[^()]{0,30}?)\s*\)\s*[.;]?$/iu.exec(s)
    const inBracket = bracket ? recurrenceIn(bracket[1]!) : null
    if (bracket && inBracket && inBracket.index + inBracket.length >= bracket[1]!.length - 1) {
      return {text: tidy(bracket[1]!), due: null, recurrence: inBracket.value, yearGuessed: false}
    }
    const lead = /^(?:(?:là\s+)?nhiệm\s+vụ|thực\s+hiện|triển\s+khai|báo\s+cáo)?\s*/iu.exec(s)![0]
    const r = recurrenceIn(s)
    if (!r) continue
    const periodic = /định\s+kỳ\s+(?:h[ằà]ng\s+\p{L}+|(?:6|sáu)\s+tháng)/iu.exec(s) ?? reportFrequency(s, r, clause)
    if (r.index === lead.length) return {text: tidy(s.slice(0, r.index + r.length)), due: null, recurrence: r.value, yearGuessed: false}
    if (periodic) {
      const value = recurrenceIn(periodic[0])?.value ?? r.value
      return {text: tidy(s.slice(periodic.index === lead.length ? 0 : periodic.index, periodic.index + periodic[0].length)), due: null, recurrence: value, yearGuessed: false}
    }
  }
  return null
}
