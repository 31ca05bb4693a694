import {parseDeadline} from './deadline.ts'
import type {DeadlineContext} from './deadline.ts'
import {assessmentPhrases, imperativeStarts} from './data/predicates.ts'
import {startsWithAgencyHead, toneKey} from './agencies.ts'
import {predicateOf} from './owner.ts'

export interface Enumeration {
  /** Text before `(1)`. */
  lead: string
  items: Array<{label: string; text: string}>
  /** A deadline sentence after the last item that closes the whole list (`… (3) … Hoàn thành trong tháng 4/2026.`). */
  closing: string
}

/** Positions of `(1)`, `(2)`, … in order; the run must start at 1 and count up by one. */
function markerPositions(text: string): Array<{at: number; length: number; n: number}> {
  const found: Array<{at: number; length: number; n: number}> = []
  const re = /(?<=^|[\s:;.,])\((\d{1,2})\)\s*/gu
  let expected = 1
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    const n = +m[1]!
    if (n !== expected) continue
    found.push({at: m.index, length: m[0].length, n})
    expected++
  }
  return found.length >= 2 ? found : []
}

const imperativeRe = new RegExp(`^(?:${[...imperativeStarts].sort((a, b) => b.length - a.length).join('|')})(?![\\p{L}])`, 'u')

/**
 * An item that reports rather than directs: `(1) Nhận thức của các cấp … đã có
 * chuyển biến`, `(2) Hạ tầng … còn yếu`. It does not open with a directive verb
 * or an agency, and an aspect word of past or remaining state comes early.
 */
export function isNarrative(item: string, options: {strict?: boolean} = {}): boolean {
  // The opening words decide; a long paragraph need not be keyed whole.
  const key = toneKey(item.trim().slice(0, 240))
  if (imperativeRe.test(key)) return false
  const early = key.split(/\s+/u).slice(0, 14).join(' ')
  // Strict: only the aspect words of a report; `được`, `có` also occur in directives (`Thí điểm có sự giám sát`).
  const aspect = (options.strict === true ? /(?<![\p{L}])(?:đã|còn|vẫn|chưa)(?![\p{L}])/u : /(?<![\p{L}])(?:đã|còn|vẫn|chưa|được|có)(?![\p{L}])/u).test(early)
  if (startsWithAgencyHead(item) && !/(?<![\p{L}])(?:đã|còn|vẫn|chưa)(?![\p{L}])/u.test(early)) return false
  return aspect
}

const sentences = (text: string): string[] => text.split(/(?<=[.!?])\s+(?=\p{Lu})/u)

/** A short sentence that is only a deadline: `Hoàn thành trong tháng 4/2026.`, `Nhiệm vụ thường xuyên.` */
export function isDeadlineSentence(sentence: string, context: DeadlineContext): boolean {
  const words = sentence.trim().split(/\s+/u)
  if (words.length > 12) return false
  const d = parseDeadline(sentence, context)
  return d !== null
}

/** A lead-in that introduces what a product contains: `trong đó xác định rõ:`, `bao gồm:`, `với các nội dung chủ yếu:`. */
const contentLead = /(?<![\p{L}])(?:trong\s+đó\s+(?:xác\s+định|nêu|làm)\s+rõ|(?:bao\s+)?gồm(?:\s+các\s+nội\s+dung)?|với\s+(?:các\s+)?nội\s+dung(?:\s+(?:chủ\s+yếu|chính|sau))?)\s*:?\s*$/u

/**
 * Splits a paragraph at its inline enumeration `(1) … (2) …`. Null when there is
 * none, or when the list reports results (narrative) rather than gives tasks.
 */
export function splitEnumeration(text: string, context: DeadlineContext = {}): Enumeration | null {
  const marks = markerPositions(text)
  if (marks.length === 0) return null
  const items = marks.map((m, i) => ({
    label: `(${m.n})`,
    text: text.slice(m.at + m.length, i + 1 < marks.length ? marks[i + 1]!.at : text.length).trim()
  }))
  // `Nghiên cứu, đề xuất cơ chế … theo hướng: (1) cho phép …; (2) …`: the points say which way the one
  // proposal goes, not tasks of their own.
  const lead = text.slice(0, marks[0]!.at)
  if (/(?<![\p{L}])theo\s+hướng(?:\s+sau(?:\s+đây)?)?\s*:?\s*$/u.test(lead)) return null
  // `Rà soát các vùng thiếu nước để triển khai ngay các giải pháp: (1) nạo vét …; (2) …`: the points are the
  // means of the purpose the task names (`để …`), one task, not tasks of their own.
  if (/(?<![\p{L}])để\s+[^.;:]{0,60}(?:giải|biện)\s+pháp[^.;:]{0,20}:\s*$/u.test(lead)) return null
  // `Xây dựng Kế hoạch …, trong đó xác định rõ: (1) các nguồn thải …; (2) chỉ tiêu …`: the points say what the
  // one product holds, when none of them opens with work (`gồm: (1) rà soát …; (2) …` are tasks).
  if (contentLead.test(lead) && items.every((i) => !imperativeRe.test(toneKey(i.text.trim().slice(0, 60))))) return null
  const narrative = items.filter((i) => isNarrative(i.text)).length
  if (narrative * 2 >= items.length) return null
  const last = items.at(-1)!
  const parts = sentences(last.text)
  let closing = ''
  while (parts.length > 1 && isDeadlineSentence(parts.at(-1)!, context)) closing = `${parts.pop()!} ${closing}`.trim()
  last.text = parts.join(' ')
  return {lead: text.slice(0, marks[0]!.at).trim(), items, closing}
}

const assessmentRe = new RegExp(`(?<![\\p{L}])(?:${assessmentPhrases.map((p) => p.replace(/\s+/g, '\\s+')).join('|')})(?![\\p{L}])`, 'iu')
// `so với yêu cầu`, `đáp ứng yêu cầu`: the noun "requirement", not a request. Capitalised only where a
// sentence starts: `Sở Giao thông vận tải`, `Bộ Ngoại giao` are names. `bàn giao`, `chuyển giao` (hand
// over), `giao thông`, `giao dịch`, `giao đất` (allot land) …: other words, not "assign"; nor `giao` ending a
// clause (`… đạt 87% chỉ tiêu Thủ tướng Chính phủ giao.`: the target that was assigned), nor `giao như
// Phụ lục` (the work the appendix lists).
const assignsRe = /(?:(?:^|[.;:]\s*)(?:Giao|Yêu\s+cầu|Đề\s+nghị)|(?<![\p{L}])(?<!(?:so\s+với|đáp\s+ứng|theo|đạt|của|Ngoại|ngoại|bàn|chuyển)\s+)(?:giao(?!\s+(?:thông|dịch|lưu|nhận|kết|tiếp|thương|hữu|đất|rừng)(?![\p{L}]))(?!\s*[.;,)]|\s*$|\s+(?:như|tại|theo)\s+(?:[Pp]hụ\s+lục|[Dd]anh\s+mục|[Bb]ảng))|yêu\s+cầu|đề\s+nghị))(?![\p{L}])/u

/** An item whose first sentence assesses (`… cơ bản thống nhất với báo cáo …`) and which assigns nothing. */
export function isAssessment(text: string): boolean {
  // `Đối với kiến nghị …: Phó Chủ tịch ghi nhận; …`: the topic before the colon is not the sentence.
  // `Sau khi nghe báo cáo của Sở …, Phó Chủ tịch ghi nhận …`: the conclusion's opening clause is no subject either.
  const first = (sentences(text.slice(0, 600))[0] ?? '').replace(/^(?:Đối\s+với|Về)\s[^:]{0,200}:\s*/u, '').replace(/^Sau\s+khi\s+(?:nghe|nghe\s+báo\s+cáo|xem\s+xét)\s[^,]{0,200},\s*/u, '')
  // The phrase is what the sentence does (`Ghi nhận …`, `Ban Chỉ đạo ghi nhận …`), not the object of
  // the work (`… định hướng tuyên truyền, biểu dương gương người tốt`).
  const at = first.search(assessmentRe)
  if (at < 0 || at > 160) return false
  const predicate = predicateOf(first)
  // Before the phrase: nothing, or the subject and an adverb (`Thường trực Tỉnh ủy cơ bản thống nhất với …`).
  const lead = predicate === null ? first.slice(0, at) : first.slice(first.length - predicate.length, at)
  const opens = at === 0 || (predicate === null ? startsWithAgencyHead(first) : /^\s*(?:(?:cơ\s+bản|rất|đã|đặc\s+biệt|hoan\s+nghênh,?)\s+)*$/iu.test(lead))
  return opens && !assignsRe.test(text)
}
