import {setPhraseSpans, splitAgencies, startsWithAgencyHead, toneKey} from './agencies.ts'
import {assignmentVerbs} from './data/directives.ts'
import {bodyKinds, headsThatAreVerbs, longNameHeads, nameClosingScopes, unitFieldWords, unitHeads} from './data/agencies.ts'
import {directiveOpeners, imperativeStarts, nounPhrasesWithPredicates, predicateWords} from './data/predicates.ts'

const alternation = (words: readonly string[]): string =>
  [...words]
    .sort((a, b) => b.length - a.length)
    .map((w) => w.replace(/\s+/g, '\\s+'))
    .join('|')

// `giao`, `đề nghị` open a directive (`Bộ Ngoại giao` ends in one): they are openers, not predicates.
const openerWords = new Set<string>(directiveOpeners)
// Lower-case only, no `i` flag: `Ban Chỉ đạo` is a name, `chỉ đạo` a verb. The imperative
// verbs end a subject too (`Sở Giáo dục và Đào tạo | đưa …`): names are capitalised, verbs are not.
const predicateRe = new RegExp(`(?<![\\p{L}])(?:${alternation([...new Set([...predicateWords, ...imperativeStarts.filter((w) => !openerWords.has(w))])])})(?![\\p{L}])`, 'u')
/** The same, anchored where `lastIndex` points. */
const predicateAt = new RegExp(predicateRe.source, 'uy')
/** Words that make a predicate word part of a noun: `chương trình`, `quy trình`, `các tổ chức`. */
const nounBefore = /(?:^|\s)(?:các|những|của|và|chương|quy|lộ|công|tờ|hành|đoàn|tổ|chủ|nhà)\s+$/u
const longNameRe = new RegExp(`^(?:${alternation(longNameHeads)})(?![\\p{L}])`, 'iu')
const openerRe = new RegExp(`^(?:${alternation(directiveOpeners)})\\s+`, 'iu')
/** Where the noun phrases of `nounPhrasesWithPredicates` lie in a text (a hot path: most texts hold none). */
function nounPhraseSpans(text: string): Array<readonly [number, number]> {
  nounPhraseRe.lastIndex = 0
  const any = nounPhraseRe.test(text)
  // `matchAll` starts where `test` left `lastIndex`.
  nounPhraseRe.lastIndex = 0
  const spans = any ? [...text.matchAll(nounPhraseRe)].map((m) => [m.index, m.index + m[0].length] as const) : []
  return text.includes('Ban Chỉ') ? [...spans, ...boardScopeSpans(text)] : spans
}

/**
 * `Ban Chỉ đạo phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số tỉnh`, `Ban Chỉ huy
 * phòng thủ dân sự tỉnh`: a steering board spells out its scope in lower case, up to the level it
 * sits at; the verbs in it (`phát triển`) are part of the name. Not when the "scope" is a directive
 * (`Ban Chỉ đạo chỉ đạo các xã …`) or a report (`… đã …`).
 */
const boardScope = /Ban\s+Chỉ\s+(?:đạo|huy)((?:\s+(?:Trung\s+ương\s+)?về)?(?:[\s,-]+\p{Ll}+){0,20}?)\s+(?:tỉnh|thành\s+phố|huyện|xã|phường|đặc\s+khu|Trung\s+ương|quốc\s+gia)(?![\p{L}])/gu
const notScope = /(?:^|\s)(?:chỉ\s+đạo|giao|yêu\s+cầu|đề\s+nghị|chủ\s+trì|phối\s+hợp|có|đã|đang|là|được|theo|tại|của|với|và\s+các|các)(?=\s|,|$)/u
function boardScopeSpans(text: string): Array<readonly [number, number]> {
  return [...text.matchAll(boardScope)].filter((m) => !notScope.test(m[1]!)).map((m) => [m.index, m.index + m[0].length] as const)
}
const nounPhraseRe = new RegExp(`(?<![\\p{L}])(?:${alternation(nounPhrasesWithPredicates)})(?![\\p{L}])`, 'giu')

/** Verbs that may follow a relative clause `có …` of a subject (`… có dự án đi qua | chịu trách nhiệm …`). */
// `Các đơn vị được giao chủ trì nhiệm vụ | định kỳ hằng quý báo cáo …`: a frequency before the verb ends the clause too.
const frequencies = String.raw`định\s+kỳ|h[ằà]ng\s+(?:năm|quý|tháng|tuần|ngày)|thường\s+xuyên`
const clauseVerbs = alternation(assignmentVerbs.filter((v) => !['cần', 'phải', 'căn cứ', 'trên cơ sở', 'theo chức năng', 'lập', 'sớm', 'có trách nhiệm'].includes(v)))
const relativeClause = new RegExp(`^(?:được\\s+giao(?:\\s+chủ\\s+trì)?(?=\\s+(?:các\\s+)?nhiệm\\s+vụ)|được\\s+phân\\s+công|có)(?!\\s+(?:trách\\s+nhiệm|ý\\s+kiến|văn\\s+bản|kế\\s+hoạch|liên\\s+quan)(?![\\p{L}]))(?:\\s+(?!(?:${clauseVerbs})(?![\\p{L}]))[^\\s,.;:()]+){1,16}?\\s+(?=(?:${clauseVerbs}|${frequencies})(?![\\p{L}]))`, 'u')

/**
 * `d) Ủy ban nhân dân các tỉnh, thành phố có Dự án đi qua: (1) …`: a short relative clause `có …` that
 * ends the name before its colon (no verb, no number: `Bộ Y tế có ý kiến như sau:` is none).
 */
function relativeBeforeColon(text: string): RegExpExecArray | null {
  const clause = /^có(?!\s+(?:trách\s+nhiệm|ý\s+kiến|văn\s+bản|kế\s+hoạch|liên\s+quan|công\s+văn|tờ\s+trình|báo\s+cáo)(?![\p{L}]))(?:\s+[^\s,.;:()\d]+){1,10}(?=\s*:)/u.exec(text)
  return clause && !predicateRe.test(clause[0].slice(3)) ? clause : null
}

/**
 * `Trung tâm Mua sắm tập trung thuốc Quốc gia`: a capitalised name whose lower-case middle (up to
 * four words) is closed by a scope word of `nameClosingScopes`; a verb in the middle belongs to it.
 */
const scopedNameRe = new RegExp(`(?<![\\p{L}])\\p{Lu}\\p{Ll}*(?:\\s+\\p{Ll}+){0,3}\\s+\\p{Lu}\\p{Ll}*(?:\\s+\\p{Ll}+){1,4}\\s+(?:${alternation(nameClosingScopes)})(?![\\p{L}])`, 'gu')
/** `Bộ Ngoại giao chỉ đạo Đại sứ quán Việt Nam …`: a directive verb before a capital opens the next body, no name's middle. */
const verbBeforeName = /(?:^|\s)(?:chỉ\s+đạo|chủ\s+trì|phối\s+hợp\s+với|giao|đề\s+nghị|yêu\s+cầu|hướng\s+dẫn)\s+\p{Lu}/u
function scopedNameSpans(text: string): Array<readonly [number, number]> {
  return nameClosingScopes.some((w) => text.includes(w)) ? [...text.matchAll(scopedNameRe)].filter((m) => !verbBeforeName.test(m[0])).map((m) => [m.index, m.index + m[0].length] as const) : []
}
/** `Thanh tra tỉnh thanh tra …`: an agency head that is a verb too, in lower case after a name opening with it. */
const headVerbAt = new RegExp(`(?:${alternation(headsThatAreVerbs)})(?![\\p{L}])`, 'uy')
function headVerbAfterItsName(text: string, i: number): boolean {
  headVerbAt.lastIndex = i
  const m = headVerbAt.exec(text)
  return m !== null && i > 0 && toneKey(text.slice(0, m[0].length)).toLowerCase() === toneKey(m[0]) && /^\p{Lu}/u.test(text)
}

/** A unit's head and the capitalised opening of its name, right before: `Phòng Quản lý `, `Trung tâm Xúc tiến `, `Phòng Thanh tra, `. */
const unitNameBefore = new RegExp(`(?:^|[\\s(])(?:${alternation(unitHeads.map((h) => h.charAt(0).toUpperCase() + h.slice(1)))})\\s+\\p{Lu}\\p{Ll}*(?:\\s+\\p{Ll}+){0,2}(,?)\\s+$`, 'u')
const unitFieldAt = new RegExp(`(?:${alternation(unitFieldWords)})(?![\\p{L}])`, 'uy')
const whichOnesRe = new RegExp(`^là\\s+(?:${alternation(bodyKinds)})(?![\\p{L}])[^.;:]*$`, 'u')
/**
 * Where the field of work that goes on a unit's name ends, when one starts at `i`; -1 when none does.
 * `Phòng Quản lý đầu tư | rà soát …`, `Trung tâm Xúc tiến đầu tư và Hỗ trợ doanh nghiệp | tổ chức …`: right
 * after the capitalised opening, the field is the name's when the verb follows at once or the name goes
 * on with `và` and a capital. After a comma (`Phòng Thanh tra, giám sát | phối hợp …`, `Phòng Giám sát,
 * kiểm tra và xử lý sau thanh tra | theo dõi …`) the lower-case run is the name's up to the next verb
 * that is no field of work: a subject is not set off from its verb by a comma.
 */
function unitNameRun(text: string, i: number): number {
  unitFieldAt.lastIndex = i
  const field = unitFieldAt.exec(text)
  const before = field === null ? null : unitNameBefore.exec(text.slice(Math.max(0, i - 40), i))
  if (field === null || before === null) return -1
  let at = i + field[0].length
  if (before[1] === '') {
    if (/^\s+và\s+\p{Lu}/u.test(text.slice(at, at + 8))) return at
    const next = /^\s+/u.exec(text.slice(at, at + 4))
    if (next === null) return -1
    predicateAt.lastIndex = at + next[0].length
    return predicateAt.test(text) ? at + next[0].length : -1
  }
  for (let words = 0; words < 6; words++) {
    const gap = /^\s+(?=\p{Ll})/u.exec(text.slice(at, at + 4))
    if (gap === null) return -1
    at += gap[0].length
    unitFieldAt.lastIndex = at
    const more = unitFieldAt.exec(text)
    if (more !== null) {
      at += more[0].length
      continue
    }
    predicateAt.lastIndex = at
    if (predicateAt.test(text)) return at
    at += /^\p{Ll}+/u.exec(text.slice(at))![0].length
  }
  return -1
}

/**
 * `Ủy ban nhân dân các xã, phường | chưa hoàn thành cơ sở dữ liệu | phải rà soát …`: a clause `chưa …`
 * that picks out which of the bodies, closed by the modal of the real predicate (`phải`, `cần`).
 */
const unfinishedClause = /^chưa(?:\s+[^\s,.;:()]+){1,12}?\s+(?=(?:phải|cần)\s)/u

/**
 * `Các cục, vụ, đơn vị | chủ trì nhiệm vụ nêu tại Phụ lục | lập kế hoạch …`: after a plural, a clause that
 * picks out the bodies leading the listed tasks, closed by the verb of the real predicate.
 */
const leadingTasksClause = new RegExp(`^chủ\\s+trì\\s+(?:các\\s+)?nhiệm\\s+vụ\\s+(?:nêu|tại|ghi|được|quy\\s+định)(?:\\s+(?!(?:${clauseVerbs})(?![\\p{L}]))[^\\s,.;:()]+){0,10}?\\s+(?=(?:${clauseVerbs}|lập)(?![\\p{L}]))`, 'u')

/** Index where the first predicate starts, outside parentheses; -1 when none. */
const singlingOut = /^\s*(?:nhất\s+là|đặc\s+biệt\s+là|trước\s+hết\s+là|trong\s+đó\s+(?:có|nhất\s+là))\s/u

function predicateIndex(whole: string): number {
  // A subject is at most 40 words: the predicate, if any, is in the first few hundred characters.
  const text = whole.slice(0, 400)
  let depth = 0
  // Known names (`Bộ Ngoại giao`, `Bộ Kế hoạch và Đầu tư`) are never cut, nor noun phrases (`dự án đầu tư`).
  const names = [...setPhraseSpans(text), ...scopedNameSpans(text)]
  const nouns = nounPhraseSpans(text)
  for (let i = 0; i < text.length; i++) {
    if (names.some(([a, b]) => i > a && i < b) || nouns.some(([a, b]) => i >= a && i < b)) continue
    const c = text[i]!
    if (c === '(') depth++
    else if (c === ')' && depth > 0) depth--
    if (depth > 0) continue
    if (c === ':') return i
    // `Chủ tịch UBND các tỉnh, thành phố nêu trên, nhất là các địa phương ven biển`: what follows
    // singles some of the named out, it is no part of the name.
    if (c === ',' && singlingOut.test(text.slice(i + 1, i + 24))) return i
    // A sentence end before any predicate: what precedes is no subject (`Thủ tướng Chính phủ đồng ý về
    // chủ trương. Giao Bộ Xây dựng chủ trì …`). Not after an abbreviation (`UBND TP. Hồ Chí Minh`).
    if (c === '.' && /^\s+\p{Lu}/u.test(text.slice(i + 1, i + 4)) && /\p{Ll}{2}\p{L}*$/u.test(text.slice(Math.max(0, i - 12), i))) return -1
    if (i > 0 && !/\s/u.test(text[i - 1]!)) continue
    // `UBND các tỉnh có tên tại Phụ lục … báo cáo …`, `Chủ tịch UBND các xã có dự án đi qua chịu trách
    // nhiệm …`: a relative clause `có …` right before a verb of work belongs to the name.
    if (text.startsWith('có ', i) || text.startsWith('được ', i) || text.startsWith('chưa ', i) || text.startsWith('chủ trì ', i)) {
      const clause = text.startsWith('chủ trì ', i)
        ? (/^(?:(?:Thủ\s+trưởng|Lãnh\s+đạo)\s+)?(?:Các|các|Những)\s/u.test(text) ? leadingTasksClause.exec(text.slice(i)) : null)
        : (relativeClause.exec(text.slice(i)) ?? relativeBeforeColon(text.slice(i)) ?? unfinishedClause.exec(text.slice(i)))
      if (clause) {
        i += clause[0].length - 1
        continue
      }
    }
    if (headVerbAfterItsName(text, i)) return i
    // `Văn phòng Bộ năm tiến độ chung`: `nắm` (to keep track) that OCR and the repair made `năm` (a year)
    // before no number: a name holds a year only with its number (`… năm 2028`).
    if (/^năm\s+(?!học|tài\s+chính|nay|qua|trước|sau|tới)\p{Ll}/u.test(text.slice(i, i + 20)) && i > 0 && /\p{L}\s$/u.test(text.slice(i - 2, i))) return i
    const run = unitNameRun(text, i)
    if (run > i) {
      i = run - 1
      continue
    }
    predicateAt.lastIndex = i
    // `các tổ chức chính trị - xã hội`: after a plural or a preposition the word is a noun of the name;
    // so is `tổ chức` in a list (`các cấp uỷ, tổ chức đảng, cơ quan`).
    // `phối hợp`, `chủ trì` are never a noun's second word (`Cục … Khuyến công | phối hợp`).
    // (`Ban Tuyên giáo - Nữ công | tham mưu`: a noun-forming word inside a capitalised name forms nothing.)
    if (predicateAt.test(text) && (!nounBefore.test(text.slice(Math.max(0, i - 8), i)) || /(?:^|\s)\p{Lu}\p{Ll}*\s+công\s+$/u.test(text.slice(Math.max(0, i - 16), i)) || /^(?:phối\s+hợp|chủ\s+trì|làm\s+đầu\s+mối)(?![\p{L}])/u.test(text.slice(i, i + 14))) && !(/,\s*$/u.test(text.slice(0, i)) && /^tổ\s+chức\s+(?:đảng|chính\s+trị|xã\s+hội|đoàn\s+thể|quốc\s+tế|liên\s+quan|có\s+liên\s+quan)/u.test(text.slice(i)))) return i
  }
  return -1
}

/** The text up to its first sentence end (no split of the whole paragraph: a hot path). */
function firstSentenceOf(text: string): string {
  const end = /(?<=[.!?])\s+(?=\p{Lu})/u.exec(text)
  return end ? text.slice(0, end.index) : text
}

const lowerFirst = (s: string): string => s.charAt(0).toLowerCase() + s.slice(1)
const stripParentheticals = (s: string): string => s.replace(/\s*\([^()]*\)/gu, '')
// (`Cục A và Cục B cùng nghiên cứu …`: `cùng`, `đều` say the bodies act together, no part of a name; so
// does `đồng` of `đồng chủ trì` (co-lead), which no name ends with but `Hội đồng`.)
const tidyName = (s: string): string => s.replace(/\s+/gu, ' ').trim().replace(/[\s,;:.-]+$/u, '').replace(/\s+(?:cùng|đều)$|(?<![Hh]ội)\s+đồng$/u, '')

/** The body before `yêu cầu`/`đề nghị` when what follows names no body (`… yêu cầu nhà trường …`); [] otherwise. */
function askerOf(text: string): string[] {
  const asker = /^(\p{Lu}[^,;:.]{2,80}?)\s(?:yêu\s+cầu|đề\s+nghị)\s+\p{Ll}/u.exec(text)
  if (asker === null || !startsWithAgencyHead(asker[1]!) || predicateIndex(asker[1]!) >= 0 || startsWithAgencyHead(text.slice(asker[0].length - 1))) return []
  return splitAgencies(tidyName(asker[1]!))
}

/**
 * The agencies that are the subject of a sentence: `Bộ Công an chủ trì …`,
 * `Giao Văn phòng Trung ương Đảng …`, `Các bộ, ngành, địa phương chủ động …`.
 * Several named agencies are all owners (`Bộ Khoa học và Công nghệ và Bộ Tài chính`);
 * a generic list (`Các bộ, cơ quan chủ quản các nền tảng số`) stays one owner.
 */
export function subjectOf(sentence: string): string[] {
  const text = sentence.normalize('NFC').replace(/\*+/g, '').trim().replace(openerRe, '')
  if (!startsWithAgencyHead(text)) return []
  // `Các Bộ: Tài chính, Tư pháp theo chức năng …`: the colon introduces the names, it does not end the subject.
  // `Bộ trưởng các Bộ: Xây dựng, Công Thương …`: the same, each under its head's title.
  // `Ủy ban nhân dân các xã: Ia Grai, Chư Păh tổ chức …`: the same for local bodies of one level.
  const listed = /^(?:(?:Bộ\s+trưởng|Thủ\s+trưởng|Giám\s+đốc|Lãnh\s+đạo)\s+)?(?:các|những)\s+(?:bộ|sở)\s*:\s*/iu.exec(text) ?? /^(?:Chủ\s+tịch\s+)?(?:Ủy|Uỷ)\s+ban\s+nhân\s+dân\s+các\s+(?:xã|phường|đặc\s+khu|huyện|quận|tỉnh,\s*thành\s+phố|tỉnh|thành\s+phố)\s*:\s*(?=\p{Lu})/u.exec(text)
  const after = listed ? predicateIndex(text.slice(listed[0].length)) : -1
  // `Chủ tịch Ủy ban nhân dân các tỉnh, thành phố: Tiếp tục tập trung …`: work after the colon, no names;
  // the colon ends the subject.
  const workAfter = listed !== null && predicateIndex(lowerFirst(text.slice(listed[0].length))) === 0
  const end = workAfter ? listed[0].lastIndexOf(':') : listed ? (after > 0 ? listed[0].length + after : -1) : predicateIndex(text)
  if (end <= 0) return askerOf(text)
  // `Ủy ban nhân dân tỉnh giao: Sở Tài chính chủ trì …`: the one asked, after the colon.
  if (text[end] === ':' && /\s(?:yêu\s+cầu|giao|đề\s+nghị|chỉ\s+đạo)$/u.test(text.slice(0, end).trimEnd())) return subjectOf(text.slice(end + 1))
  // `UBND tỉnh yêu cầu Thủ trưởng các chủ đầu tư tập trung …`, `UBND tỉnh giao Sở Nội vụ chủ trì …`:
  // the issuing body asks another to act, and that one owns the task.
  // `Giám đốc Sở … yêu cầu các chủ hồ …`: the office-holder passes the work to its own people and keeps it.
  // `Bộ trưởng Bộ Công Thương yêu cầu Tập đoàn Điện lực Việt Nam …`: the same, of a body under the ministry.
  const passedOn = passedDown(text.slice(0, end))
  if (passedOn) return [tidyName(text.slice(0, passedOn.index))]
  const inner = innerDirective(text.slice(0, end))
  if (inner >= 0) {
    const addressed = subjectOf(text.slice(inner))
    if (addressed.length > 0) return addressed
  }
  // `Sở Xây dựng yêu cầu chủ đầu tư cho công nhân ngừng …`, `Sở Giáo dục và Đào tạo yêu cầu nhà trường dời …`:
  // the ones asked name no body that acts; the body that asks keeps the work.
  const asked = askerOf(text.slice(0, end))
  if (asked.length > 0) return asked
  const subject = tidyName(stripParentheticals(text.slice(0, end)))
  if (subject === '' || subject.split(/\s+/u).length > 40 || /[?!]/u.test(subject)) return []
  // Letters glued to digits, slashes or quotes inside words (`Các b5, ngành`, `ct/a phương`) are OCR debris, not a name.
  // An apostrophe after a capital is part of a name (`M'Drắk`, `Ea H'leo`).
  if (/\p{L}\d|\d\p{L}|\p{L}[/'^`]|[/'^`]\p{L}/u.test(subject.replace(/(?<=\p{Lu})'(?=\p{L})/gu, ''))) return []
  const parts = splitAgencies(subject)
  // A name is a dozen words at most: a longer "subject" is a sentence whose verb was not recognised (or OCR-damaged).
  // A relative clause of the name (`… có tên tại Phụ lục kèm theo Công văn này`) is not counted.
  // A board that spells out its scope (`Ban Quản lý dự án đầu tư xây dựng các công trình dân dụng và công nghiệp …`) runs longer.
  // The places listed after a colon (`… các tỉnh, thành phố: Hà Tĩnh, Quảng Trị, …`) are not counted either.
  // Nor the units named after a plural level (`Ủy ban nhân dân các phường Hải Châu, Thanh Khê, Sơn Trà, …`).
  if (parts.some((p) => withoutNamedUnits(p.replace(/\s+có\s.*$/u, '').replace(/:\s.*$/u, '')).split(/\s+/u).length > (longNameRe.test(p) ? 24 : 16))) return []
  // Joint subjects (`Tòa án nhân dân tối cao, Viện kiểm sát nhân dân tối cao`) are all owners;
  // a generic list is one part already (`Các bộ, cơ quan chủ quản …`, set phrases).
  // `Các đoàn kiểm tra của Bộ Chính trị, Ban Bí thư`: the list after `của` names the possessors, not joint owners;
  // a `của` inside a later part (`Thường trực HĐND tỉnh, các Ban của HĐND tỉnh, …`) is that part's own.
  // `Đồng chí Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh`: one person's titles, unless each part is a `đồng chí` of its own.
  const onePerson = /^Đồng\s+chí\s/u.test(subject) && !parts.slice(1).every((p) => /^đồng\s+chí\s/iu.test(p))
  if (parts.length > 1 && parts.every((p) => startsWithAgencyHead(p)) && !/\scủa\s/u.test(parts[0]!) && !onePerson) return withSharedHead(parts)
  return [subject]
}

/**
 * `Ủy ban nhân dân Thành phố Hồ Chí Minh, thành phố Cần Thơ và tỉnh Tây Ninh`: the bodies after the first
 * are named by their level and place only; each is the same kind of body (`Ủy ban nhân dân thành phố Cần Thơ`).
 */
function withSharedHead(parts: string[]): string[] {
  const head = /^((?:Chủ\s+tịch\s+)?(?:Ủy|Uỷ)\s+ban\s+nhân\s+dân|Hội\s+đồng\s+nhân\s+dân|Công\s+an)\s+(?:tỉnh|thành\s+phố|Thành\s+phố|xã|phường|đặc\s+khu)\s+\p{Lu}/u.exec(parts[0]!)
  if (!head) return parts
  return parts.map((p, k) => (k > 0 && /^(?:tỉnh|thành\s+phố|xã|phường|đặc\s+khu)\s+\p{Lu}/u.test(p) ? `${head[1]} ${p}` : p))
}

/**
 * What follows the subject of a sentence that opens with an agency (`Sở Tài chính | có trách
 * nhiệm …`), from its first predicate word; null when the sentence does not open with one.
 */
export function predicateOf(sentence: string): string | null {
  const text = sentence.normalize('NFC').replace(/\*+/g, '').trim().replace(openerRe, '')
  if (!startsWithAgencyHead(text)) return null
  const end = predicateIndex(text)
  return end <= 0 ? null : text.slice(end)
}

/**
 * The head of one body named by office (`Giám đốc Sở Nông nghiệp và Môi trường yêu cầu các chủ hồ …`): the
 * issuer writes so of an addressee, who then passes the work on to its own people and keeps the task.
 */
const officeHolder = /^(?:Giám\s+đốc|Phó\s+Giám\s+đốc|Thủ\s+trưởng|Chỉ\s+huy\s+trưởng|Hiệu\s+trưởng|Cục\s+trưởng|Vụ\s+trưởng|Chánh\s+Văn\s+phòng|Trưởng\s+phòng)\s+(?!các\s|những\s)/u

/**
 * A minister named with the ministry (`Bộ trưởng Bộ Công Thương yêu cầu Tập đoàn Điện lực Việt Nam …`)
 * passing the work to a body under the ministry: the Prime Minister writes so of an addressee, who
 * keeps the task. A minister asking other bodies (`… yêu cầu Chủ tịch Ủy ban nhân dân các tỉnh …`)
 * writes as the issuer, and they own it.
 */
const namedMinister = /^Bộ\s+trưởng\s+Bộ\s+\p{Lu}/u
const underMinistry = /^(?:Cục|Tổng\s+cục|Vụ|Viện|Tập\s+đoàn|Tổng\s+công\s+ty|Trung\s+tâm|Văn\s+phòng\s+Bộ|Thanh\s+tra\s+Bộ|Học\s+viện|Trường)\s/u

/**
 * The verb by which an office-holder or a minister named with the ministry passes the work down and
 * keeps it (see `officeHolder`, `namedMinister`); null when the subject is no such holder.
 */
function passedDown(subject: string): RegExpExecArray | null {
  if (officeHolder.test(subject)) return /\s(?:yêu\s+cầu|giao|đề\s+nghị)\s/u.exec(subject)
  if (!namedMinister.test(subject)) return null
  const verb = /\s(?:yêu\s+cầu|giao|chỉ\s+đạo)\s+/u.exec(subject)
  return verb && underMinistry.test(subject.slice(verb.index + verb[0].length)) ? verb : null
}

/** Where a directive verb inside a would-be subject starts its addressee (`UBND tỉnh giao | Sở Nội vụ`); -1 when none. */
function innerDirective(subject: string): number {
  if (officeHolder.test(subject) || passedDown(subject)) return -1
  const names = setPhraseSpans(subject)
  const re = /\s(?:yêu\s+cầu|giao|đề\s+nghị)\s+(?=\p{L})/gu
  for (let m = re.exec(subject); m !== null; m = re.exec(subject)) {
    // `Bộ Ngoại giao` is a name, not `giao`.
    if (names.some(([a, b]) => m!.index + 1 > a && m!.index + 1 < b)) continue
    if (startsWithAgencyHead(subject.slice(0, m.index)) && startsWithAgencyHead(subject.slice(m.index + m[0].length))) return m.index + m[0].length
  }
  return -1
}

/** `Bộ Quốc phòng chỉ đạo Ban Cơ yếu Chính phủ chủ trì` has a subject; `Trên cơ sở …, Bộ Công an chủ trì` names the agency before `chủ trì`. */
function agencyBeforeLead(sentence: string): string[] {
  const m = /(?<![\p{L}])chủ\s+trì(?![\p{L}])/u.exec(sentence)
  if (!m) return []
  const before = sentence.slice(0, m.index)
  const clauseStart = Math.max(before.lastIndexOf(';'), before.lastIndexOf(':'), before.lastIndexOf('.'), before.lastIndexOf('(')) + 1
  // The clause's last comma-separated piece, and the pieces before it that are bare agency names too
  // (`(Bộ Công Thương, Bộ Xây dựng chủ trì …)`); `Trên cơ sở kết quả rà soát, Bộ Công an chủ trì` keeps only the last.
  const pieces = before.slice(clauseStart).split(',')
  let first = pieces.length - 1
  while (first > 0 && startsWithAgencyHead(pieces[first - 1]!.trim()) && predicateIndex(pieces[first - 1]!) < 0) first--
  let candidate = tidyName(pieces.slice(first).join(','))
  if (!startsWithAgencyHead(candidate)) return []
  // `…, UBND tỉnh giao Sở Nội vụ chủ trì`: the one asked leads.
  const inner = innerDirective(candidate)
  if (inner >= 0) candidate = candidate.slice(inner)
  return jointOrWhole(tidyName(stripParentheticals(candidate.replace(openerRe, ''))))
}

/**
 * Who a plan names after the work, at the end of its sentence: `…, do Phòng
 * Văn hóa - Xã hội thực hiện.`, `…, do Đoàn Thanh niên phường chủ trì, phối
 * hợp với … thực hiện.`, `…, do Công an phường phối hợp với … thực hiện.` The
 * name holds no predicate: `…, do Bộ Tài chính chưa thực hiện` gives a reason.
 * Only after a comma: `rà soát các dự án do Sở Xây dựng thực hiện` names who
 * did the projects, not who reviews them.
 */
const doneByRe = /[,;]\s*do\s+(\p{Lu}.*?)(?:\s+chủ\s+trì(?:,?\s+phối\s+hợp\s+với\s+.+?)?|\s+phối\s+hợp\s+với\s+.+?)?\s+(?:chủ\s+trì\s+)?(?:thực\s+hiện|triển\s+khai(?:\s+thực\s+hiện)?|đảm\s+nhiệm|phụ\s+trách)\s*[.;]?\s*$/u

// `do Bộ Tài chính chưa thực hiện`: an adverb before the verb says it is a reason, not an assignment.
const notYet = /\s(?:chưa|đã|sẽ|không|đang|vẫn|cũng|mới|chậm)$/u

function doneBy(sentence: string): string[] {
  // Cheapest test first: few sentences have a `do` at all.
  if (!/,\s*do\s/u.test(sentence)) return []
  const m = doneByRe.exec(sentence)
  if (!m) return []
  const name = tidyName(m[1]!)
  if (!startsWithAgencyHead(name) || predicateIndex(name) >= 0 || notYet.test(name)) return []
  return jointOrWhole(name)
}

/** A list of agencies (`Bộ Công Thương, Bộ Xây dựng`) as joint owners; anything else as one name. */
function jointOrWhole(name: string): string[] {
  const parts = splitAgencies(name)
  return parts.length > 1 && parts.every((p) => startsWithAgencyHead(p)) ? parts : [name]
}

/**
 * Where a text names its owner: as the subject it opens with (`start`), in an
 * explicit assignment further in (`assigned`: `(Bộ Tài chính chủ trì)`,
 * `…; giao Bộ Công an …`, `Đối với …, Bộ Y tế …`, a later `Giao …` sentence), or
 * only as the subject of a later sentence (`later`: `Các đoàn kiểm tra … cần
 * chú ý …`), which says who does one part of the task rather than who owns it.
 */
export type OwnerPlace = 'start' | 'assigned' | 'later'

/**
 * `Bộ Ngoại giao, cơ quan thường trực Ủy ban Quốc gia APEC 2027, chủ trì …` (or `Sở Giáo dục và Đào tạo
 * là cơ quan thường trực, chủ trì …`): the role says what the body is, it names no second owner. Only a role in lower case right after a capitalised
 * subject and closed by a comma. After a plural (`Các bộ phận, đơn vị được giao nhiệm vụ …, báo cáo …`)
 * the comma lists one more kind of body: no apposition renames a plural.
 */
const apposition = /^((?:Giao\s+|Đề\s+nghị\s+|Yêu\s+cầu\s+)?(?!(?:Các|Những)\s)\p{Lu}[^;.:]{2,120}?)(?:,\s+(?:là\s+)?|\s+là\s+)(?:cơ\s+quan|đơn\s+vị)\s+(?:thường\s+trực|đầu\s+mối|chủ\s+trì|chuyên\s+môn|tham\s+mưu|chủ\s+quản|được\s+giao)(?![\p{L}])[^,;.:]{0,120},\s+/u
// Most subjects have no role word: they skip the regular expression (`ownersWithPlace` is a hot path).
const withoutApposition = (text: string): string => (/cơ\s+quan|đơn\s+vị/u.test(text.slice(0, 260)) ? text.replace(apposition, '$1 ') : text)

/** The units listed by name after a plural level word: `(các phường) Hải Châu, Thanh Khê, Ngũ Hành Sơn`. */
const namedUnits = /(?<=\s(?:các|những)\s+(?:xã|phường|đặc\s+khu|thị\s+trấn|huyện|quận|tỉnh|thành\s+phố)(?:\s*,\s*(?:xã|phường|đặc\s+khu|thị\s+trấn))*)\s+\p{Lu}\p{Ll}*(?:\s+\p{Lu}\p{Ll}*)*(?:\s*(?:,|và)\s*\p{Lu}\p{Ll}*(?:\s+\p{Lu}\p{Ll}*)*)*$/u

/** A name with the units listed after its plural level left out; only a plural can list them (a hot path). */
const withoutNamedUnits = (name: string): string => (/\s(?:các|những)\s/u.test(name) ? name.replace(namedUnits, '') : name)

/** Owners of a task text and where it names them; `owners` is empty when it names none. */
export function ownersWithPlace(text: string): {owners: string[]; place: OwnerPlace} {
  const clean = withoutApposition(text.normalize('NFC').replace(/\*+/g, '').trim())
  const subject = subjectOf(clean)
  if (subject.length > 0) return {owners: subject, place: 'start'}
  const firstSentence = firstSentenceOf(clean)
  // `Việc lựa chọn nhà đầu tư … do Sở Xây dựng chủ trì thực hiện`: the agency after `do`.
  const passive = /^Việc\s[^.;:]{3,300}?\sdo\s+(?=\p{Lu})/u.exec(firstSentence)
  const doer = passive ? subjectOf(firstSentence.slice(passive[0].length)) : []
  if (doer.length > 0) return {owners: doer, place: 'assigned'}
  const after = doneBy(firstSentence)
  if (after.length > 0) return {owners: after, place: 'assigned'}
  const lead = agencyBeforeLead(firstSentence)
  if (lead.length > 0) return {owners: lead, place: 'assigned'}
  // `Đối với các bộ, ngành có đơn vị sự nghiệp …, đề nghị thực hiện …`: the request is to those named.
  const addressed = /^Đối\s+với\s+([^,;:]+(?:,\s*[^,;:]+)*?),\s*(?:đề\s+nghị|yêu\s+cầu|giao)\s+(?=\p{Ll})/u.exec(firstSentence)
  if (addressed && startsWithAgencyHead(addressed[1]!)) return {owners: jointOrWhole(tidyName(addressed[1]!)), place: 'assigned'}
  // `Đối với các bộ, cơ quan ngang bộ: rà soát, hoàn thiện …`: the work after the colon is theirs.
  const colonAddressed = /^Đối\s+với\s+([^;:.]{3,200}?):\s+(?=\p{Ll})/u.exec(firstSentence)
  if (colonAddressed && startsWithAgencyHead(colonAddressed[1]!)) return {owners: jointOrWhole(tidyName(regardingWhom(colonAddressed[1]!))), place: 'assigned'}
  return clauseSubject(clean.slice(0, 1500))
}

/** Owners of a task text: its subject, else the agency before `chủ trì` in its first sentence, else a clause's subject further in. Empty when it names none. */
export function ownersOf(text: string): string[] {
  return ownersWithPlace(text).owners
}

/**
 * A directive verb before the addressees of a lead-in (`…, yêu cầu các sở, ngành thực hiện
 * các nhiệm vụ sau:`). Lower-case `chỉ đạo` only: `Ban Chỉ đạo` is a name.
 */
// (`cuộc họp giao ban`, a briefing, `giao lưu`, `giao thông`: nouns, no `giao` that assigns.)
const leadInVerb = /(?<![\p{L}])(?:[Yy]êu\s+cầu|[Gg]iao(?!\s+(?:ban|lưu|thông|dịch|nhận|thoa|tiếp|hữu)(?![\p{L}]))|[Đđ]ề\s+nghị|chỉ\s+đạo)\s+(?=\p{L})/gu

/**
 * The addressees of a paragraph that introduces a list (it ends with a colon):
 * `Về nhiệm vụ trong thời gian tới, yêu cầu các cấp uỷ, tổ chức đảng, cơ quan,
 * đơn vị tập trung thực hiện … sau:` → the agencies after the directive verb.
 * They own the list's items that do not open with an owner of their own.
 */
export function leadInOwners(text: string): string[] {
  const clean = text.normalize('NFC').replace(/\*+/g, '').trim()
  if (!/:$/u.test(clean) || clean.length > 600) return []
  // `Đối với Ủy ban nhân dân các tỉnh, thành phố:`: the items after it are theirs.
  const addressed = /^Đối\s+với\s+(.+?)\s*:$/u.exec(clean)
  if (addressed && startsWithAgencyHead(addressed[1]!)) return jointOrWhole(tidyName(regardingWhom(addressed[1]!)))
  leadInVerb.lastIndex = 0
  for (let m = leadInVerb.exec(clean); m !== null; m = leadInVerb.exec(clean)) {
    // `Sau khi chỉ đạo các sở, ngành rà soát, Ủy ban nhân dân tỉnh trả lời như sau:`: a verb in a clause of
    // what was done before names no one the items are for.
    if (/(?:^|[.;]\s*)(?:Sau\s+khi|Trên\s+cơ\s+sở|Qua)\s[^.;:]*$/u.test(clean.slice(0, m.index))) continue
    const found = subjectOf(clean.slice(m.index + m[0].length))
    if (found.length > 0) return found
  }
  return []
}

/**
 * Whom `Đối với …` names, without what the lead-in adds after them: `Ủy ban nhân dân các tỉnh, thành phố trực thuộc
 * Trung ương, ngoài các nội dung nêu trên, đề nghị` → the provinces' committees.
 */
function regardingWhom(text: string): string {
  return text.replace(/,?\s*(?:đề\s+nghị|yêu\s+cầu|giao)\s*$/u, '').replace(/,\s*(?:ngoài(?:\s+ra)?|bên\s+cạnh|cùng\s+với|trong\s+đó)(?![\p{L}]).*$/u, '')
}

/** Clause starts where an agency may be the subject further into the text, and what a subject there means. */
const clauseStarts: ReadonlyArray<readonly [RegExp, OwnerPlace]> = [
  // `… (Bộ Tài chính chủ trì, …)`, `(Giao Bộ Công an chủ trì)`: the owner in brackets after the task.
  [/\(\s*(?=(?:Giao|Đề\s+nghị|Yêu\s+cầu)?\s*\p{Lu})/gu, 'assigned'],
  // `…: giao Cục Đổi mới sáng tạo nghiên cứu`, `Đối với kiến nghị …, giao Bộ Tài chính xem xét`
  [/[:;,]\s*(?=(?:giao|đề\s+nghị|yêu\s+cầu)\s+\p{Lu})/gu, 'assigned'],
  // `Về kiến nghị bổ sung vốn: Bộ Tài chính nghiên cứu …`
  [/:\s+(?=\p{Lu})/gu, 'assigned'],
  // A later sentence: `… Giao Bộ Khoa học và Công nghệ chủ trì …` (assigned), `… Các địa phương cần …` (later).
  [/[.!?]\s+(?=\p{Lu})/gu, 'later']
]
/** An opening adverbial (`Trong tháng 6/2026, Bộ Nội vụ …`, `Trên cơ sở …, Bộ Y tế …`): the subject follows its comma. */
// `Định kỳ 6 tháng, hằng năm, Ban Chỉ đạo tổng hợp …`: a frequency may list several periods before its comma.
const adverbial = /^(?:(?:Trong|Đối\s+với|Về|Trên\s+cơ\s+sở|Căn\s+cứ|Sau|Để|Từ|Đến|Tại|Qua|Theo|Trước|Chậm\s+nhất|Ngay|Riêng|Bên\s+cạnh|Đồng\s+thời)\s[^,;]{0,120}|(?:Định\s+kỳ|H[ằà]ng)\s[^;]{0,60}?),\s*(?=\p{Lu}|(?:các|những)\s)/u

/** The clause's predicate is a report (`đã`, `đang`, `còn` …) or a definition (`là`), not a directive. */
function reportsAfterSubject(clause: string): boolean {
  const at = predicateIndex(clause.replace(openerRe, ''))
  // (`có trách nhiệm …`, `có văn bản hướng dẫn …` take work on: `có` there is no report of what there is.)
  return at >= 0 && /^(?:đã|đang|còn|vẫn|chưa|được|là|có(?!\s+(?:trách\s+nhiệm|văn\s+bản|ý\s+kiến|kế\s+hoạch|phương\s+án)))(?![\p{L}])/u.test(clause.replace(openerRe, '').slice(at))
}

/** The clause's subject only takes note or agrees (`Bộ ghi nhận; giao Vụ Kế hoạch - Tài chính tổng hợp …`): no owner. */
function acknowledgesOnly(clause: string): boolean {
  const at = predicateIndex(clause.replace(openerRe, ''))
  return at >= 0 && /^(?:ghi\s+nhận|đồng\s+ý|thống\s+nhất|nhất\s+trí|chấp\s+thuận|hoan\s+nghênh|đánh\s+giá\s+cao)(?![\p{L}])[^.;]{0,80}(?:[.;]|$)/u.test(clause.replace(openerRe, '').slice(at))
}

/** A later sentence that assigns (`Giao Bộ Tư pháp …`, `Bộ Công an chủ trì, …`, `Bộ X có trách nhiệm chủ trì …`) rather than only has a subject. */
function assigns(clause: string): boolean {
  if (openerRe.test(clause)) return true
  const at = predicateIndex(clause)
  return at >= 0 && /^(?:(?:có|chịu)\s+trách\s+nhiệm\s+)?chủ\s+trì(?![\p{L}])/u.test(clause.slice(at))
}

/**
 * An agency that is the subject of a clause further into the text, when the text
 * does not open with one: brackets, a clause after `giao`, a colon, an opening
 * adverbial or a later sentence. The first clause that has a subject wins.
 */
function clauseSubject(text: string): {owners: string[]; place: OwnerPlace} {
  const starts = new Map<number, OwnerPlace>()
  const lead = adverbial.exec(text)
  if (lead) starts.set(lead[0].length, 'assigned')
  for (const [re, place] of clauseStarts) {
    re.lastIndex = 0
    for (let m = re.exec(text); m !== null; m = re.exec(text)) {
      const at = m.index + m[0].length
      if (!starts.has(at)) starts.set(at, place)
    }
  }
  for (const [at, place] of [...starts].sort((a, b) => a[0] - b[0])) {
    const clause = text.slice(at)
    // A list of coordinators (`phối hợp với Bộ Tư pháp, Bộ Công an triển khai`) is not a subject.
    if (/phối\s+hợp(?:\s+với)?\s*[^.;:()]*$/iu.test(text.slice(Math.max(0, at - 200), at))) continue
    const found = subjectOf(clause)
    // `… Bộ Công an đã có nhiều đóng góp.`: a later clause that reports names no owner.
    if (found.length > 0 && !reportsAfterSubject(clause) && !acknowledgesOnly(clause)) return {owners: found, place: place === 'later' && assigns(clause) ? 'assigned' : place}
    // `… cần hoàn thành chậm nhất ngày 31/3/2028, giao Bộ Nông nghiệp và Môi trường.`: given last, no verb after.
    const givenLast = /^giao\s+(\p{Lu}[^,;.:()]{2,120}?)\s*\.?\s*$/u.exec(clause)
    if (givenLast && startsWithAgencyHead(givenLast[1]!) && predicateIndex(givenLast[1]!) < 0 && givenLast[1]!.split(/\s+/u).length <= 16) {
      return {owners: splitAgencies(tidyName(givenLast[1]!)), place: 'assigned'}
    }
  }
  return {owners: [], place: 'later'}
}

/**
 * A heading that is an agency (`c) Bộ Khoa học và Công nghệ`, `g) Bộ Ngoại giao`,
 * `c) Đồng chí Thủ tướng Chính phủ, Phó Trưởng Ban Chỉ đạo`): an agency head
 * and no predicate. A topic heading (`c) Về các nền tảng số`) is not.
 */
/** ` Thanh Hóa, Nghệ An và Đà Nẵng`: place names only, each word capitalised, split on commas and `và`. */
const namesOnly = /^\s*\p{Lu}[\p{L}'-]*(?:\s+\p{Lu}[\p{L}'-]*)*(?:\s*(?:,|\s+và)\s*\p{Lu}[\p{L}'-]*(?:\s+\p{Lu}[\p{L}'-]*)*)*\s*$/u

export function agencyHeading(text: string): string | null {
  if (text.length > 300) return null
  // `**5. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh**` over its items: the request names the body.
  // `3. Nhiệm vụ của Cục Chuyển đổi số` over its items: the same, by the items' name.
  const t = tidyName(text.normalize('NFC').replace(/\*+/g, '')).replace(/^(?:Đề\s+nghị|Giao|Yêu\s+cầu|(?:Các\s+)?[Nn]hiệm\s+vụ(?:\s+cụ\s+thể)?\s+(?:của|giao)|Trách\s+nhiệm\s+của)\s+(?=\p{Lu})/u, '')
  // Long only by a list of places after a colon (`… các tỉnh: Lào Cai, Tuyên Quang, …, Sơn La:`, nine of them) is still a heading.
  const colon = t.indexOf(':')
  const counted = colon > 0 && namesOnly.test(t.slice(colon + 1).replace(/:\s*$/u, '')) ? t.slice(0, colon) : t
  if (t === '' || counted.split(/\s+/u).length > 25 || t.length > 300 || /[.;]\s/u.test(t)) return null
  if (!startsWithAgencyHead(t)) return null
  // `Chủ tịch Ủy ban nhân dân tỉnh yêu cầu:` introduces the items that follow; it names no body over them.
  // (`Bộ Ngoại giao` is a name.)
  if (/(?<![\p{L}])(?<!(?:Ngoại|ngoại|bàn|chuyển)\s+)(?:yêu\s+cầu|giao|đề\s+nghị|chỉ\s+đạo|kết\s+luận|như\s+sau)\s*:?\s*$/u.test(t)) return null
  const at = predicateIndex(t)
  // `Chủ tịch Ủy ban nhân dân các tỉnh, thành phố: Thanh Hóa, Nghệ An, Đà Nẵng:`: the colon names which ones.
  // `8. Các chủ rừng là tổ chức trên địa bàn tỉnh:` over items: `là` + a kind of body says which ones.
  const whichOnes = /:\s*$/u.test(text) && whichOnesRe.test(t.slice(at))
  if (at >= 0 && !whichOnes && !(t[at] === ':' && namesOnly.test(t.slice(at + 1)) && !startsWithAgencyHead(t.slice(at + 1).trim()))) return null
  // `Phòng Kinh tế xã (cơ quan thường trực Ban Chỉ huy …):` — the bracket describes the agency.
  return tidyName(stripParentheticals(t)) || t
}

const coordinatorStop = /(?<![\p{L}])(?:nghiên cứu|triển khai|xây dựng|ban hành|rà soát|thực hiện|tổ chức thực hiện|tổ chức triển khai|theo dõi|hướng dẫn|để|nhằm|trong|theo|tại|về|tiếp tục|đưa|hoàn thành|bảo đảm|đảm bảo|xem xét|đề xuất|trình|báo cáo|hình thành|tháo gỡ|giải quyết|kiểm tra|đánh giá|thẩm định|cho|khi|từ|đến|sửa đổi|bổ sung|công bố|làm|giám sát|đôn đốc|chuẩn hoá|chuẩn hóa|tham mưu|xử lý|quản lý|vận hành|tổng hợp|tổ chức|nhân rộng|thí điểm|cung cấp|thu hút|chia sẻ|kết nối|nâng cao|tăng cường|đẩy mạnh|đẩy nhanh|hoàn thiện|thúc đẩy|tập huấn|lựa chọn|khảo sát|phổ biến|tuyên truyền|nâng cấp|phủ sóng|liên thông|cân đối|bố trí|cập nhật|căn cứ|lập|kiện toàn|hỗ trợ|chuẩn bị|làm sạch|số hóa|số hoá|khai thác|tiến hành|phê duyệt|trả lời|vận động|thành lập|chỉ đạo|bảo vệ|phát triển|chủ trì|đấu tranh|ứng dụng|áp dụng|điều chỉnh|cải cách|đầu tư|giữ gìn|duy trì|tăng cường)(?![\p{L}])/uy

/**
 * Agencies after `phối hợp với` / `phối hợp`, as written, split on commas and `và`;
 * set phrases stay whole and `các Bộ: Nội vụ, Tài chính` is distributed.
 */
export function coordinatorsOf(text: string): string[] {
  const clean = text.normalize('NFC').replace(/\*+/g, '')
  // `phối hợp với …` in the first sentence: a later one belongs to another subject
  // (`Giao … cho các tập đoàn phối hợp với trường/viện`).
  const first = firstSentenceOf(clean)
  const found = coordinatorsAfterPhoiHop(first)
  // `Về đề nghị …: Thủ tướng Chính phủ đồng ý về chủ trương. Giao Bộ Xây dựng chủ trì, phối hợp với …`:
  // when the first sentence names no one, the sentence naming the lead (`chủ trì, phối hợp với`) names
  // the coordinators. Under an owner of its own, a later `Giao Bộ X chủ trì, phối hợp với …` is another
  // agency's part of the task, and `… cho các tập đoàn phối hợp với trường/viện` another subject's.
  // Cheapest test first: most tasks have no later `chủ trì, phối hợp` at all.
  const later = clean.slice(first.length, 2000)
  if (found.length === 0 && /chủ\s+trì,?\s+phối\s+hợp/u.test(later) && !/phối\s+hợp|chủ\s+trì/iu.test(first) && ownersOf(first).length === 0) {
    const assigning = later.split(/(?<=[.!?])\s+(?=\p{Lu})/u).find((sentence) => /chủ\s+trì,?\s+phối\s+hợp/u.test(sentence))
    if (assigning) found.push(...coordinatorsAfterPhoiHop(assigning))
  }
  // `Chỉ đạo các cơ sở giáo dục … . Phối hợp với UBND các xã, phường kiểm tra …`: a later sentence with no subject
  // that opens with `Phối hợp với` names the task's partners.
  if (found.length === 0) {
    const partnered = clean.slice(first.length, 2000).split(/(?<=[.!?])\s+(?=\p{Lu})/u).find((sentence) => /^Phối\s+hợp\s+(?:với|cùng)\s/u.test(sentence.trim()))
    if (partnered) found.push(...coordinatorsAfterPhoiHop(partnered.trim()))
  }
  // `… Ban Chính sách, chiến lược Tỉnh ủy phối hợp thẩm định.`, `Sở A chủ trì; Sở B phối hợp.`:
  // a clause whose subject is followed by `phối hợp` names a coordinator.
  // Not the first clause: `Đề nghị Ủy ban MTTQ tỉnh phối hợp tuyên truyền` names its owner so.
  for (const clause of clean.slice(0, 2000).split(/(?<=[.;!?])\s+(?=\p{Lu})|;\s*/u).slice(1)) {
    const at = predicateIndex(clause.replace(openerRe, ''))
    if (at <= 0 || !/^phối\s+hợp(?![\p{L}])(?!\s+(?:với|cùng)\s)/u.test(clause.replace(openerRe, '').slice(at))) continue
    for (const agency of subjectOf(clause)) if (!found.includes(agency)) found.push(agency)
  }
  return found
}

const shortFormDefined = /\s*\((?:sau\s+đây\s+)?(?:viết|gọi)\s+tắt\s+là[^()]*\)/giu

function coordinatorsAfterPhoiHop(first: string): string[] {
  const m = /[pP]hối\s+hợp(?:\s+chặt\s+chẽ)?(?:\s+(?:với|cùng))?\s+/u.exec(first)
  if (!m) return []
  let rest = first.slice(m.index + m[0].length)
  // Up to the end of the clause, outside parentheses.
  let depth = 0
  let end = rest.length
  for (let i = 0; i < rest.length; i++) {
    const c = rest[i]!
    if (c === '(') depth++
    else if (c === ')' && depth > 0) depth--
    // `(… phối hợp với Bộ Khoa học và Công nghệ)`: the bracket that holds the clause closes it.
    else if (depth === 0 && (c === ')' || (/[;.!?\n]/u.test(c) && !/\d/u.test(rest[i + 1] ?? '')))) {
      end = i
      break
    }
  }
  rest = rest.slice(0, end)
  const stop = firstStopOutsideNames(rest)
  if (stop >= 0) rest = rest.slice(0, stop)
  if (!startsWithAgencyHead(rest)) return []
  // (`Cục Quản lý Khám, chữa bệnh (sau đây viết tắt là Cục QLKCB)`: the short form defined is no part of the name.)
  return splitAgencies(rest.replace(shortFormDefined, '')).filter((a) => startsWithAgencyHead(a) || /^\p{Lu}/u.test(a))
}

/** First lower-case predicate that is not inside a parenthesis. */
function firstStopOutsideNames(text: string): number {
  let depth = 0
  const nouns = nounPhraseSpans(text)
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!
    if (c === '(') depth++
    else if (c === ')' && depth > 0) depth--
    if (depth > 0 || (i > 0 && !/\s/u.test(text[i - 1]!))) continue
    // `Ban Quản lý dự án đầu tư xây dựng …`: a verb inside a noun phrase of the name.
    if (nouns.some(([a, b]) => i >= a && i < b)) continue
    // `Phòng Tổng hợp, kiểm soát nội bộ | kiểm tra …`: a unit's field of work.
    const run = unitNameRun(text, i)
    if (run > i) {
      i = run - 1
      continue
    }
    coordinatorStop.lastIndex = i
    predicateAt.lastIndex = i
    // The coordinator list's own verbs, or any predicate word (`quyết liệt`, `hạch toán`) after a name.
    // `các công trình giao thông`, `chương trình`: after a noun-forming word the verb is part of a noun.
    const m =
      (nounBefore.test(text.slice(Math.max(0, i - 8), i)) && /^(?:trình|tổ\s+chức|đầu\s+tư)(?![\p{L}])/u.test(text.slice(i)) ? null : coordinatorStop.exec(text)) ??
      (i > 0 && predicateAt.test(text) && !nounBefore.test(text.slice(Math.max(0, i - 8), i)) && !/^(?:có\s+)?liên\s+quan/u.test(text.slice(i)) ? [text.slice(i, predicateAt.lastIndex)] : null)
    if (m) {
      // `các cơ quan liên quan`, `Viện nghiên cứu`: a stop word right after a head word belongs to the name.
      // Only as the head of a name (`Viện …`, `các trường …`), not inside one (`Bộ … và Môi trường | hoàn thiện`).
      const before = text.slice(Math.max(0, i - 16), i).trimEnd()
      if (/(?:^|\s)(?:Viện|Trường|Trung\s+tâm|Cơ\s+sở|Tổ\s+chức|(?:các|những)\s+(?:viện|trường|trung\s+tâm|cơ\s+sở|tổ\s+chức))$/u.test(before)) continue
      // `các tổ chức chính trị - xã hội`: right after a plural the word is the noun it counts.
      if (/(?:^|\s)(?:các|những)$/u.test(before)) continue
      const prev = toneKey(text.slice(Math.max(0, i - 12), i)).trim()
      // `các cơ quan, tổ chức liên quan`: a noun after a comma in a list of agencies.
      if (m[0] === 'tổ chức' && /,$/u.test(prev)) continue
      return i
    }
  }
  return -1
}
