import {startsWithAgencyHead} from './agencies.ts'
import {parseDeadline} from './deadline.ts'
import {approvalOpeners, aspectWords, nonWorkPredicates, assignmentOpeners, assignmentVerbs, followUpOpeners, implementAdverbs, implementObjects, inlineLeadIns, issuerTitles, subjectlessVerbs, sufferingNouns} from './data/directives.ts'
import {imperativeStarts} from './data/predicates.ts'
import {agencyHeading, predicateOf} from './owner.ts'

/**
 * Directives written as plain paragraphs, with no list marker: the way most dispatches
 * (công văn) assign work. `Giao Bộ X chủ trì …`, `Yêu cầu Công an tỉnh …`, `Sở Tài chính có
 * trách nhiệm …`, `… có ý kiến như sau: Giao …`, `Đề nghị Quý cơ quan …`. A paragraph is cut
 * into sentences (and a sentence at `;` before another agency's assignment); each piece is
 * classified by the rules below, in order, and the assignments become tasks.
 */

/** How one sentence of a paragraph reads. */
export type PieceKind = 'assignment' | 'approval' | 'follow-up' | 'closing' | 'other'

export interface DirectivePiece {
  kind: PieceKind
  text: string
  /** No subject is written (`Đề nghị Quý cơ quan …`, `Khẩn trương báo cáo …`): the letter's addressee owns it. */
  addressee: boolean
  /** Id of the rule that classified the piece (see `directiveRules`). */
  rule: string
}

/** One task read from a paragraph: its text (assignment and the sentences that complete it). */
export interface DirectiveTask {
  text: string
  addressee: boolean
  rules: string[]
  /** A next step with no subject of its own (`directive-next-step`): the text whose subject owns it. */
  ownerText?: string
}

export interface DirectiveContext {
  /** The document names addressees (`Kính gửi: …`): a directive without a subject is theirs. */
  letter: boolean
  /** A directive task comes right before this paragraph (a deadline sentence may complete it). */
  afterTask: boolean
  /** A task of the same paragraph is open: a sentence without a subject goes on with it (`… Báo cáo … hằng ngày.`). */
  continuing?: boolean
  /** An agency line above (`**Sở Y tế:**`) owns the paragraphs after it: one opening with a verb is its task. */
  owned?: boolean
  /** The document carries an appendix: a sentence that sends its work there (`workInAppendix`) assigns none itself. */
  appendix?: boolean
}

/** Rule ids of the directive parser, in the order they are tried, with what each recognises. */
export const directiveRules = {
  'directive-inline-lead': 'the issuer\'s words before `… có ý kiến như sau:` are a preamble; the directive follows the colon',
  'directive-closing': 'a request to everyone to carry out the document itself (`UBND tỉnh yêu cầu các đơn vị nghiêm túc triển khai thực hiện./.`): a closing formula',
  'directive-accountability': '`… chịu trách nhiệm trước Chủ tịch UBND tỉnh nếu để chậm …`: a warning of accountability, not work (unless a clause after `;` gives work: `…; kiên quyết xử lý …`)',
  'directive-lead-in': 'a sentence that introduces the items after it (`… thực hiện một số nội dung sau đây.`): no task of its own',
  'directive-opener': '`Giao` / `Yêu cầu` / `Đề nghị` / `Kiến nghị` + an agency: an assignment to that agency',
  'directive-addressee': '`Đề nghị Quý cơ quan …` or a bare imperative (`Khẩn trương báo cáo …`) in a letter: an assignment to its addressee',
  'directive-approval': '`Đồng ý` / `Chấp thuận` / `Cho phép` …: an approval, not a task',
  'directive-issuer': '`Chủ tịch UBND tỉnh chỉ đạo Sở X …`: the one directed owns the task',
  'directive-follow-up': 'a sentence with no subject that dates the task before it (`Thời hạn hoàn thành: …`, `Báo cáo kết quả trước ngày …`)',
  'directive-subject': 'an agency as subject with a verb that takes on work (`Sở Tài chính có trách nhiệm …`)',
  'directive-passive': 'the work named first, then who does it (`Việc lựa chọn nhà đầu tư … do Sở Xây dựng chủ trì thực hiện …`): the agency after `do` owns it',
  'directive-topic': 'a topic then a colon before the directive (`Về giải phóng mặt bằng: UBND huyện … khẩn trương …`, `Về cơ chế …: giao Viện X …`), or a comma before its `đề nghị`/`giao` (`Về vốn đầu tư lưới điện trung áp, hạ áp …, đề nghị UBND tỉnh …`)',
  'directive-given-last': 'the work first and whom it is given to last (`Thủ tục giao khu vực biển … cần hoàn thành chậm nhất ngày 31/3/2028, giao Bộ Nông nghiệp và Môi trường.`)',
  'directive-adverbial': 'the same after an opening adverbial (`Trong tháng 6/2026, Bộ Nội vụ …`)',
  'directive-preamble': 'after a preamble (`Thực hiện …, Bộ Nội vụ đề nghị các bộ … xây dựng …`), the issuer passes work on: the task is what follows the preamble',
  'directive-agency-line': 'under an agency line (`**Sở Y tế:**` on a line of its own), a paragraph that opens with a verb (`Chủ trì, phối hợp …`) is that agency\'s task',
  'directive-split': 'a second agency\'s assignment after `;` in the same sentence, or after a deadline and `và` (`… trước ngày 15/10 và Sở B hướng dẫn …`), is a task of its own',
  'directive-next-step': 'a later sentence with no subject that opens with a verb of work and dates work of its own (`Yêu cầu UBND các xã … . Hoàn thành việc thu dọn … chậm nhất ngày 15/4/2027. Định kỳ hằng tháng, báo cáo …`): a task of its own, owned as the one before'
} as const satisfies Record<string, string>

export type DirectiveRule = keyof typeof directiveRules

const words = (list: readonly string[]): string =>
  [...list]
    .sort((a, b) => b.length - a.length)
    .map((w) => w.replace(/\s+/g, '\\s+'))
    .join('|')

const openerRe = new RegExp(`^(?:${words(assignmentOpeners)})\\s+`, 'iu')
// (`Thủ tướng Chính phủ đồng ý …`, `Phó Thủ tướng Chính phủ Trần Hồng Hà không chấp thuận …`: the one who grants is named first.)
const approvalRe = new RegExp(`^(?:(?:Thủ\\s+tướng|Phó\\s+Thủ\\s+tướng)(?:\\s+Chính\\s+phủ)?(?:\\s+\\p{Lu}\\p{Ll}*){0,3}\\s+)?(?:${words(approvalOpeners)})(?![\\p{L}])`, 'iu')
const verbRe = new RegExp(`^(?:${words(assignmentVerbs)})(?![\\p{L}])`, 'u')
const subjectlessRe = new RegExp(`^(?:${words(subjectlessVerbs)})(?![\\p{L}])`, 'iu')
const followUpRe = new RegExp(`^(?:${words(followUpOpeners)})(?![\\p{L}])`, 'iu')
const inlineLeadRe = new RegExp(`(?:${words(inlineLeadIns)})\\s*:\\s+(?=\\p{Lu})`, 'u')
// The issuer's own head (`Chủ tịch UBND tỉnh`, `Phó Thủ tướng Chính phủ …`), not the heads of many (`Chủ tịch UBND các xã`).
const issuerRe = new RegExp(`^(?:Đồng\\s+chí\\s+)?(?:${words(issuerTitles)})(?![\\p{L}])(?:(?!\\s(?:các|những)\\s)[^.;:]){0,120}?\\s(?:chỉ\\s+đạo|giao|yêu\\s+cầu|đề\\s+nghị)\\s+(?=\\p{Lu}|(?:các|những)\\s)`, 'iu')
/**
 * `Trong tháng 6/2026, Bộ Nội vụ …`, `Về việc này, UBND tỉnh yêu cầu …`, `Đồng thời, đề nghị Quý Sở …`:
 * the directive follows the comma.
 */
const adverbialRe = /^(?:Trong|Trước|Chậm\s+nhất|Ngay|Đối\s+với|Về|Trên\s+cơ\s+sở|Sau|Căn\s+cứ|Để|Nhằm|Đồng\s+thời|Bên\s+cạnh\s+đó|Ngoài\s+ra|Riêng|Mặt\s+khác)(?![\p{L}])[^,;:]{0,120},\s*/u
const nonWorkRe = new RegExp(`^(?:${words(nonWorkPredicates)})(?![\\p{L}])`, 'u')
const implementRe = new RegExp(`(?:(?:${words(implementAdverbs)})[\\s,]+)*(?:(?:triển\\s+khai\\s+)?thực\\s+hiện|triển\\s+khai)(?:\\s+(?:nghiêm\\s+túc|tốt))?(?:\\s+(?:${words(implementObjects)}))?\\s*[./]*\\s*$`, 'iu')
const imperativeRe = new RegExp(`^(?:${words(imperativeStarts)})(?![\\p{L}])`, 'iu')

/** Does the text open with a verb of work (`Xây dựng …`, `Ban hành …`, `Rà soát …`)? */
export const opensWithWork = (text: string): boolean => imperativeRe.test(text)
const aspectRe = new RegExp(`(?<![\\p{L}])(?:${words(aspectWords)})(?![\\p{L}])`, 'u')

/** `căn cứ (chức năng,) nhiệm vụ được phân công`, `theo chức năng, nhiệm vụ được giao` closing an addressee: its own remit. */
const ownRemitRe = /\s+(?:căn\s+cứ|theo)\s+(?:chức\s+năng,?\s+)?nhiệm\s+vụ(?:\s+được\s+(?:giao|phân\s+công))?\s*,?\s*$/iu

/** `UBND tỉnh yêu cầu các đơn vị nghiêm túc triển khai thực hiện./.`: the addressees, then only "carry this out". */
export function isImplementRequest(sentence: string): boolean {
  const tail = implementRe.exec(sentence)
  if (!tail || tail.index === 0) return false
  // `Các cơ quan, đơn vị căn cứ nhiệm vụ được phân công chủ động triển khai thực hiện.`: the basis named is no work either.
  const head = sentence.slice(0, tail.index).replace(/^.*(?:yêu\s+cầu|đề\s+nghị)\s+/iu, '').replace(ownRemitRe, '').trim()
  return agencyHeading(head) !== null
}

/** A sentence that introduces the items after it (`… thực hiện một số nội dung sau đây.`, `… như sau:`). */
export const introducesItems = /(?:sau\s+đây|như\s+sau|(?:nội\s+dung|nhiệm\s+vụ|việc|biện\s+pháp|giải\s+pháp)\s+sau)\s*[.:]?\s*$/u

/** A preamble that opens a sentence: `Thực hiện …,`, `Xét đề nghị …,`, `Căn cứ …,`, `Theo …,`. */
const preambleRe = /^(?:Thực\s+hiện|Triển\s+khai|Xét|Căn\s+cứ|Theo|Tiếp\s+theo|Phúc\s+đáp|Trả\s+lời|Nhằm|Để)(?![\p{L}])/u

/** `Việc lựa chọn nhà đầu tư … do | Sở Xây dựng chủ trì thực hiện`: the work, then `do` and who does it. */
export const passiveRe = /^Việc\s[^.;:]{3,300}?\sdo\s+(?=\p{Lu})/u

/** A subject's predicate that passes the work on: `UBND tỉnh yêu cầu | các sở …`. */
const passesOn = /^(?:yêu\s+cầu|giao|đề\s+nghị|chỉ\s+đạo)\s+/u

/** A sentence that opens with an agency as subject and a verb of work (or passes work on to another agency). */
function subjectAssignment(sentence: string): boolean {
  const stated = predicateOf(sentence)
  if (stated === null) return false
  // `Sở Khoa học và Công nghệ là cơ quan thường trực, có trách nhiệm theo dõi …`: the role named, then the work;
  // so `Ban Quản lý … là đầu mối điều hành chung, hằng tuần cập nhật …`, a lead's role then its work.
  const predicate = stated.replace(/^là\s[^,;.]{1,80},\s*(?=(?:có|chịu)\s+trách\s+nhiệm(?![\p{L}]))|^là\s+(?:cơ\s+quan\s+|đơn\s+vị\s+)?(?:đầu\s+mối|thường\s+trực|chủ\s+trì)(?![\p{L}])[^,;.]{0,80},\s*/u, '')
  // A verb that reports, approves, promises, thanks or chairs a meeting takes on no work; any other does.
  // The longer reading wins: `có trách nhiệm` is work, `có` alone is not; `chủ trì cuộc họp` is not, `chủ trì` is.
  const work = verbRe.exec(predicate)?.[0].length ?? 0
  const none = nonWorkRe.exec(predicate)?.[0].length ?? 0
  // `… làm việc với từng doanh nghiệp để chốt cam kết …`: a meeting held for an end is work.
  if (none > work && !(/^làm\s+việc\s+với\s[^.;]*\sđể\s/u.test(predicate))) return false
  if (work > 0 || !passesOn.test(predicate)) return true
  const passed = passesOn.exec(predicate)
  return passed !== null && startsWithAgencyHead(predicate.slice(passed[0].length))
}

/** Classifies one sentence (or clause) of a paragraph. */
export function classifySentence(sentence: string, context: DirectiveContext): DirectivePiece {
  const text = sentence.trim()
  const piece = (kind: PieceKind, rule: DirectiveRule, addressee = false, body = text): DirectivePiece => ({kind, text: body, addressee, rule})
  if (isImplementRequest(text)) return piece('closing', 'directive-closing')
  // `… đề nghị các sở quan tâm thực hiện một số nội dung sau đây.`: it introduces the items that follow.
  if (introducesItems.test(text) || (context.appendix === true && workInAppendix.test(text))) return piece('other', 'directive-lead-in')
  if (accountableIf.test(predicateOf(text) ?? '')) return piece('other', 'directive-accountability')
  const opener = openerRe.exec(text)
  if (opener) {
    const rest = text.slice(opener[0].length)
    if (/^Quý\s+\p{L}/u.test(rest)) return piece('assignment', 'directive-addressee', true)
    // `Đồng ý giao UBND tỉnh làm cơ quan chủ quản`: a status granted, not work; `Đồng ý giao Bộ X chủ trì …` is work.
    if (/^(?:đồng\s+ý|thống\s+nhất|nhất\s+trí)/iu.test(opener[0])) return subjectAssignment(rest) ? piece('assignment', 'directive-opener') : piece('approval', 'directive-approval')
    if (startsWithAgencyHead(rest)) return piece('assignment', 'directive-opener')
    if (context.letter && subjectlessRe.test(rest)) return piece('assignment', 'directive-addressee', true)
    return piece('other', 'directive-opener')
  }
  if (approvalRe.test(text)) return piece('approval', 'directive-approval')
  const issuer = issuerRe.exec(text)
  if (issuer && startsWithAgencyHead(text.slice(issuer[0].length))) return piece('assignment', 'directive-issuer', false, text.slice(issuer[0].length))
  // (`Hoàn thành việc thu dọn … chậm nhất ngày 15/4` names work of its own: no mere date of the task before.)
  if (context.afterTask && followUpRe.test(text) && !ownWork.test(text) && parseDeadline(text) !== null && predicateOf(text) === null) return piece('follow-up', 'directive-follow-up')
  if (subjectAssignment(text)) return piece('assignment', 'directive-subject')
  const passive = passiveRe.exec(text)
  if (passive && subjectAssignment(text.slice(passive[0].length))) return piece('assignment', 'directive-passive')
  // After `;` the adverbial opens in lower case (`…; trước mắt, Sở giao Phòng …`).
  const adverbial = adverbialRe.exec(text.charAt(0).toUpperCase() + text.slice(1))
  if (adverbial) {
    const rest = classifySentence(text.slice(adverbial[0].length), {...context, afterTask: false})
    if (rest.kind === 'assignment') return piece('assignment', 'directive-adverbial', rest.addressee)
  }
  // `Về giải phóng mặt bằng: UBND huyện Cẩm Xuyên khẩn trương …`: a topic, then the directive.
  const topic = /^(?:Về|Đối\s+với)\s[^:.;]{0,150}:\s+(?=\p{Lu}|(?:giao|đề\s+nghị|yêu\s+cầu)\s+\p{Lu})/u.exec(text)
  if (topic) {
    const rest = classifySentence(text.slice(topic[0].length), {...context, afterTask: false})
    if (rest.kind === 'assignment') return piece('assignment', 'directive-topic', rest.addressee)
  }
  // `Về vốn đầu tư lưới điện trung áp, hạ áp …, đề nghị Ủy ban nhân dân tỉnh … cân đối …`: a topic that
  // holds commas of its own, then the request.
  const longTopic = /^(?:Về|Đối\s+với)\s[^.;:]{0,200}?,\s*(?=(?:giao|đề\s+nghị|yêu\s+cầu)\s+\p{Lu})/u.exec(text)
  if (longTopic) {
    const rest = classifySentence(text.slice(longTopic[0].length), {...context, afterTask: false})
    if (rest.kind === 'assignment') return piece('assignment', 'directive-topic', rest.addressee)
  }
  // `Thủ tục giao khu vực biển … cần hoàn thành chậm nhất ngày 31/3/2028, giao Bộ Nông nghiệp và Môi
  // trường.`: the work first, whom it is given to last.
  const givenLast = /,\s*giao\s+(\p{Lu}[^,;.:]{2,120}?)\s*\.?\s*$/u.exec(text)
  if (givenLast && startsWithAgencyHead(givenLast[1]!) && predicateOf(givenLast[1]!) === null) return piece('assignment', 'directive-given-last')
  // `Đối với các bộ, ngành có …, đề nghị thực hiện …`: the request is to those named after `Đối với`.
  const regarding = /^Đối\s+với\s+([^;:.]{3,250}?),\s*(?:đề\s+nghị|yêu\s+cầu|giao)\s+\p{Ll}/u.exec(text)
  if (regarding && startsWithAgencyHead(regarding[1]!)) return piece('assignment', 'directive-adverbial')
  // `Thực hiện Nghị quyết số 18-NQ/TW …, Bộ Nội vụ đề nghị các bộ, ngành … xây dựng …`: after the preamble,
  // the issuer passes the work on; the task is what follows the preamble.
  if (preambleRe.test(text)) {
    for (const comma of text.slice(0, 400).matchAll(/,\s+(?=\p{Lu})/gu)) {
      const rest = text.slice(comma.index + comma[0].length)
      // The issuer asks another (`Bộ Nội vụ đề nghị các bộ …`), and the one asked has work to do.
      const asks = /^[^,.;:]{0,80}?\s(?:đề\s+nghị|yêu\s+cầu|giao|chỉ\s+đạo)\s+/u.exec(rest)
      if (asks && startsWithAgencyHead(rest) && startsWithAgencyHead(rest.slice(asks[0].length)) && subjectAssignment(rest)) return piece('assignment', 'directive-preamble', false, rest)
    }
  }
  if (context.owned === true && context.continuing !== true && imperativeRe.test(text)) return piece('assignment', 'directive-agency-line')
  if (context.letter && context.continuing !== true && subjectlessRe.test(text)) return piece('assignment', 'directive-addressee', true)
  return piece('other', 'directive-subject')
}

/** A sentence whose work is all in the appendix: `… thực hiện các việc ghi trong Phụ lục kèm theo Kết luận này.` */
export const workInAppendix = /(?:(?:các|những)\s+(?:việc|công\s+việc|nhiệm\s+vụ|nội\s+dung)|phần\s+việc)(?:\s+cụ\s+thể)?\s+(?:được\s+(?:phân\s+công|giao)|ghi|nêu|quy\s+định)\s+(?:tại|trong|ở|theo)\s+(?:các\s+)?phụ\s+lục[^.;]{0,80}[.;]?\s*$/iu

/**
 * Whom the blame falls on, no work: `… chịu trách nhiệm trước Chủ tịch UBND tỉnh nếu để chậm …` (`khi … xảy ra`),
 * `… chịu trách nhiệm về kết quả …`, `… chịu trách nhiệm cá nhân về mọi vụ việc lãng phí phát sinh …`.
 */
export const accountableIf = /^(?:phải\s+)?(?:trực\s+tiếp\s+)?chịu\s+trách\s+nhiệm\s+(?:cá\s+nhân\s+)?(?:(?:trước\s[^.;]*\s)?(?:nếu|khi)\s|(?:trước\s[^.;]{2,80}\s)?về\s+(?:(?:kết\s+quả|tiến\s+độ|chất\s+lượng)|(?:mọi\s+|các\s+|những\s+)?(?:vụ\s+việc|sai\s+phạm|vi\s+phạm|hậu\s+quả))(?![\p{L}]))/u

const sentencesOf = (text: string): string[] => text.split(/(?<=[.!?])\s+(?=\p{Lu})/u).filter((s) => s.trim() !== '')

/**
 * `Giao Sở Tài chính thẩm định dự toán … trước ngày 15/10 và Sở Khoa học và Công nghệ hướng dẫn …`: two
 * tasks joined by `và`, the first closed by its deadline, the second with an agency and a verb of its own.
 * The first keeps no `và`; only a deadline right before the `và` cuts (`Sở A và Sở B chủ trì …` is one task).
 */
function atDatedAnd(clause: string): string[] {
  for (const m of clause.matchAll(/\s+và\s+(?=\p{Lu})/gu)) {
    const first = clause.slice(0, m.index)
    const rest = clause.slice(m.index + m[0].length)
    const due = parseDeadline(first)
    if (due === null || due.recurrence !== null || !first.trimEnd().endsWith(due.text) || !startsWithAgencyHead(rest) || !subjectAssignment(rest)) continue
    return [first, ...atDatedAnd(rest)]
  }
  return [clause]
}

/**
 * A clause's predicate that only names a partner of the task before it: `phối hợp.`, `phối hợp với
 * Sở Y thực hiện.` `Công an tỉnh phối hợp với Bộ Chỉ huy … điều tra, xử lý …` goes on with work of its
 * own after the partner: the police lead it.
 */
function partnerOnly(predicate: string): boolean {
  const m = /^phối\s+hợp(?![\p{L}])(?:\s+chặt\s+chẽ)?(?:\s+(?:với|cùng)(?=\s+\p{L}))?/u.exec(predicate)
  if (!m) return false
  const partners = predicate.slice(m[0].length).trim()
  const work = predicateOf(partners)
  return work === null || /^(?:thực\s+hiện|triển\s+khai)(?![\p{L}])[^,;]{0,60}[.;]?\s*$/u.test(work)
}

/** A sentence cut at `;` where another agency's assignment begins (`Sở A chủ trì …; Sở B có trách nhiệm …`). */
function clausesOf(sentence: string, context: DirectiveContext): DirectivePiece[] {
  const clauses = sentence.split(/(?<=;)\s+/u).flatMap(atDatedAnd)
  const first = classifySentence(clauses[0]!, context)
  // `Yêu cầu Chủ tịch UBND các tỉnh … chịu trách nhiệm trước Thủ tướng … nếu để …; kiên quyết xử lý …`:
  // a warning followed by work of its own is an assignment to the one warned.
  const warnedThenWork = first.rule === 'directive-accountability' && clauses.slice(1).some((c) => verbRe.test(c) || imperativeRe.test(c))
  const pieces: DirectivePiece[] = [warnedThenWork ? {...first, kind: 'assignment', rule: openerRe.test(clauses[0]!) ? 'directive-opener' : 'directive-subject'} : first]
  for (const clause of clauses.slice(1)) {
    // A later clause goes on with the first unless it names an agency of its own.
    const read = classifySentence(clause, {...context, letter: false, continuing: true})
    // `…; Bộ Tư pháp phối hợp.` names a coordinator of the same task, not a task of its own.
    if (read.kind === 'assignment' && !read.addressee && !partnerOnly(predicateOf(clause) ?? '')) pieces.push({...read, rule: 'directive-split'})
    else pieces.at(-1)!.text += ` ${clause}`
  }
  return pieces
}

const ownWork = /^Hoàn\s+thành\s+(?:việc|các|công\s+tác|dứt\s+điểm)\s/u

/** `Định kỳ hằng tháng (trước ngày 25), báo cáo …`, `Thường xuyên tuyên truyền …`: a frequency before the verb. */
const frequencyFirst = /^(?:(?:Định\s+kỳ\s+)?(?:h[ằà]ng|mỗi)\s+(?:năm|quý|tháng|tuần|ngày)|Định\s+kỳ(?:\s+\d+\s+tháng)?|Thường\s+xuyên)(?:\s*\([^)]{0,40}\))?\s*,?\s+/u

/**
 * A sentence with no subject after a directive in the same paragraph that is a step of its own: it opens with
 * a verb of work (after a frequency, maybe), and dates its work differently from the task so far — a
 * deadline where that has none or another one, or a recurrence. One that only dates the task before
 * (`Báo cáo kết quả trước ngày …`) is a follow-up instead (`classifySentence`).
 */
function isNextStep(sentence: string, before: string): boolean {
  const work = sentence.replace(frequencyFirst, '')
  if (!(subjectlessRe.test(work) || imperativeRe.test(work))) return false
  const own = parseDeadline(sentence)
  if (own === null) return false
  const earlier = parseDeadline(before)
  return earlier === null ? own.recurrence !== null || own.due !== null : own.due !== earlier.due || own.recurrence !== earlier.recurrence
}

/**
 * A paragraph → the tasks it assigns, and what comes before the first of them (`lead`: preamble,
 * approvals, or a sentence that completes the task of the paragraph before). Sentences after an
 * assignment belong to it until an approval or the next assignment.
 */
export function directivesOf(paragraph: string, context: DirectiveContext): {lead: DirectivePiece[]; tasks: DirectiveTask[]} {
  const lead: DirectivePiece[] = []
  const tasks: DirectiveTask[] = []
  let text = paragraph.trim()
  const inline = inlineLeadRe.exec(text)
  const leadRules: string[] = []
  if (inline && !/:\s*$/u.test(text)) {
    lead.push({kind: 'other', text: text.slice(0, inline.index + inline[0].length).trim(), addressee: false, rule: 'directive-inline-lead'})
    leadRules.push('directive-inline-lead')
    text = text.slice(inline.index + inline[0].length)
  }
  let open: DirectiveTask | null = null
  for (const sentence of sentencesOf(text)) {
    for (const [k, piece] of clausesOf(sentence, {...context, afterTask: context.afterTask || tasks.length > 0, continuing: open !== null}).entries()) {
      if (piece.kind === 'assignment') {
        open = {text: piece.text, addressee: piece.addressee, rules: [...leadRules, piece.rule]}
        tasks.push(open)
      } else if (k === 0 && open !== null && piece.kind === 'other' && isNextStep(piece.text, open.text)) {
        open = {text: piece.text, addressee: open.addressee, rules: [...leadRules, 'directive-next-step'], ownerText: open.ownerText ?? open.text}
        tasks.push(open)
      } else if (open !== null && piece.kind !== 'approval' && piece.kind !== 'closing') {
        open.text = `${open.text} ${piece.text}`
        if (piece.kind === 'follow-up') open.rules.push(piece.rule)
      } else {
        // An approval closes the task before it: what follows it is the approval's.
        open = null
        if (tasks.length === 0) lead.push(piece)
      }
    }
  }
  return {lead, tasks}
}

/**
 * An item that only reports (`1. Thời gian qua, các cấp ủy … đã nghiêm túc quán triệt …; Tuy nhiên,
 * … còn chậm.`): its first sentence has an aspect word of what has been, and no sentence directs —
 * none assigns, opens with a verb of work or says what must be done (`cần`, `phải`).
 */
/** A concession that reports what people have to bear: `Tuy nhiên, … người bệnh phải tự mua thuốc …`. */
const sufferedRe = new RegExp(`^(?:Tuy\\s+nhiên|Song|Nhưng|Mặc\\s+dù)(?![\\p{L}])(?:(?!(?:cần|phải)(?![\\p{L}])).)*(?<![\\p{L}])(?:${words(sufferingNouns)})\\s+(?:vẫn\\s+|còn\\s+|thường\\s+)?phải(?![\\p{L}])(?:(?!(?:cần|phải)(?![\\p{L}])).)*$`, 'u')

export function reportsOnly(text: string): boolean {
  const sentences = sentencesOf(text.slice(0, 2000))
  // `còn lại` is "remaining", not "still".
  // `được giao (chủ trì) nhiệm vụ` names who, it reports nothing (`Thủ trưởng các đơn vị được giao chủ trì nhiệm vụ chịu trách nhiệm …`).
  if (sentences.length === 0 || !aspectRe.test(sentences[0]!.split(/[;:]/u)[0]!.replace(/còn\s+lại|được\s+(?:giao|phân\s+công)(?:\s+chủ\s+trì)?/gu, ''))) return false
  return sentences.every((s) => {
    // What must be done (`cần`, `phải`); `giao`, `yêu cầu`, `nghiên cứu` are as often nouns (`thẩm quyền giao đất`, `chưa đạt yêu cầu`).
    // Not `Tuy nhiên, … người bệnh phải tự mua thuốc …`: a shortcoming that people suffer, reported.
    if (/(?<![\p{L}])(?:cần|phải)(?![\p{L}])/iu.test(s) && !sufferedRe.test(s)) return false
    // `Phân bổ …`, `Hướng dẫn …`: a sentence that opens with a verb directs, after a time if any (`Dịp Tết năm nay, tăng cường …`).
    if (imperativeRe.test(s) || imperativeRe.test(s.replace(/^(?:Dịp|Trong|Thời\s+gian\s+tới|Từ\s+nay|Sắp\s+tới|Năm\s+\d{4})[^,.;]{0,60},\s*/u, ''))) return false
    // `UBND các xã quản lý, sử dụng …`: an agency as subject of anything but what has been.
    const predicate = predicateOf(s)
    if (predicate !== null && !/^(?:đã|còn|chưa|vẫn|được|đang|là|có)(?![\p{L}])/u.test(predicate)) return false
    return classifySentence(s, {letter: false, afterTask: false}).kind !== 'assignment'
  })
}

/** Verbs of work that only ever assign (not the adverbs `tiếp tục`, `kịp thời` of a report: `Các khu du lịch tiếp tục khẳng định …`). */
const plainWorkRe = new RegExp(`^(?:${words(assignmentVerbs.filter((v) => !['tiếp tục', 'kịp thời', 'sớm', 'thường xuyên', 'tích cực', 'quyết liệt', 'kiên quyết', 'ngay', 'khẩn cấp', 'nghiêm túc', 'theo chức năng', 'căn cứ', 'trên cơ sở', 'cần', 'phải'].includes(v)))})(?![\\p{L}])`, 'u')

/**
 * `3. Đồng ý với đề xuất của Sở X về … Sở X hoàn thiện đề án, trình …`: after the first sentence, one that
 * opens with a named agency and a verb of work gives that agency the work.
 */
export function assignsLater(text: string): boolean {
  return sentencesOf(text.slice(0, 2000))
    .slice(1)
    .some((sentence) => {
      const predicate = predicateOf(sentence)
      return predicate !== null && !/^(?:Các|Những)\s/u.test(sentence) && plainWorkRe.test(predicate)
    })
}

/** An item that only approves (`3. Đồng ý để Bộ X tổ chức Hội nghị …`) and assigns nothing after it. */
/** A request granted or refused: `(không) đồng ý`, `chấp thuận`, `cho phép`, `thống nhất chủ trương/nguyên tắc`. */
const grantVerb = String.raw`(?:(?:không\s+)?(?:đồng\s+ý|chấp\s+thuận|cho\s+phép)|thống\s+nhất\s+(?:chủ\s+trương|nguyên\s+tắc))(?![\p{L}])`
const grantsRe = new RegExp(`^${grantVerb}`, 'iu')
/** The body that grants, named before the verb (`Bộ Nông nghiệp và Môi trường | đồng ý chủ trương`). */
const grantedBy = new RegExp(`^(\\p{Lu}[^;:.]{2,120}?)\\s+(?=${grantVerb})`, 'u')

export function approvesOnly(text: string): boolean {
  // `Thống nhất phương châm … phải …`: agreeing on a course is how a conclusion directs; only a
  // request granted (`Đồng ý`, `Chấp thuận`, `Cho phép`, `Thống nhất chủ trương cho phép …`) or
  // refused (`Về kiến nghị …: Chủ tịch Ủy ban nhân dân tỉnh không chấp thuận …`) with nothing to be
  // done after it is no task.
  const t = text.trim()
  // (`Về đề nghị …: Thủ tướng Chính phủ đồng ý …`: the one who grants is named too.)
  let answer = t.replace(/^(?:Về|Đối\s+với)\s[^:]{3,300}:\s*/u, '').replace(/^(?:Thủ\s+tướng(?:\s+Chính\s+phủ)?|Phó\s+Thủ\s+tướng(?:\s+Chính\s+phủ)?(?:\s+\p{Lu}\p{Ll}*){0,3}|Chủ\s+tịch\s+Ủy\s+ban\s+nhân\s+dân\s+(?:tỉnh|thành\s+phố|xã|phường)(?:\s+\p{Lu}\p{Ll}*){0,3})\s+(?=đồng|chấp|cho|thống|không)/u, '')
  // Any body as the one who grants (`Bộ Nông nghiệp và Môi trường đồng ý chủ trương; …`).
  const granted = grantedBy.exec(answer)
  if (granted && startsWithAgencyHead(granted[1]!)) answer = answer.slice(granted[0].length)
  const grants = (verb: string): boolean => grantsRe.test(verb)
  // (`Cho phép dùng giấy khám sức khỏe điện tử …, hoàn thành trước ngày …` under a ministry: its work, dated.)
  // (`phải`/`cần` in the request answered, `Về đề nghị bổ sung … danh mục dự án cần chuyển mục đích …:`, asks nothing.)
  return (grants(answer) || grants(predicateOf(answer) ?? '')) && !/(?<![\p{L}])(?:phải|cần)(?![\p{L}])/u.test(answer) && !/hoàn\s+thành\s+(?:trước|trong|chậm)/u.test(t) && directivesOf(t, {letter: false, afterTask: false}).tasks.length === 0
}

/**
 * An item's text without its approvals (`3. Cho phép điều chỉnh thời gian thực hiện dự án đến hết năm
 * 2026. Giao Sở Tài chính tham mưu …`): the date granted is the approval's, not the deadline of the
 * work assigned after it. Sentences after an approval are the approval's until the next assignment.
 * Unchanged when no sentence assigns work.
 */
export function withoutApprovals(text: string): string {
  const kept: string[] = []
  let approving = false
  let assigns = false
  let dropped = false
  for (const sentence of sentencesOf(text)) {
    const kind = classifySentence(sentence, {letter: false, afterTask: false}).kind
    if (kind === 'approval') approving = true
    else if (kind === 'assignment') {
      approving = false
      assigns = true
    }
    if (approving) dropped = true
    else kept.push(sentence)
  }
  return assigns && dropped ? kept.join(' ') : text
}
