import type {DeadlineContext} from './deadline.ts'
import {parseDeadline} from './deadline.ts'
import {accountableIf, approvesOnly, assignsLater, directivesOf, introducesItems, reportsOnly, workInAppendix} from './directives.ts'
import {isAssessment, isNarrative} from './enumerations.ts'
import {agencyHeading, ownersOf, ownersWithPlace, predicateOf} from './owner.ts'
import {replyClosing} from './document-kind.ts'
import {startsWithAgencyHead} from './agencies.ts'
import type {Node} from './structure.ts'
import {titleOf} from './structure.ts'

/**
 * What is not a task, as an ordered list of named rules over a node of the outline (a refiner in
 * chrono-node's sense): the first that applies drops the node and, with it, its items. The package
 * README lists them (generated from `notTaskRules`).
 */

/** Sections that report or set goals, not tasks: their items are not tasks either. */
const nonTaskSection = /^(?:về\s+)?(?:đánh\s+giá|kết\s+quả|tình\s+hình|bối\s+cảnh|mục\s+tiêu|chỉ\s+tiêu|quan\s+điểm|nguyên\s+nhân|hạn\s+chế|tồn\s+tại|bài\s+học|căn\s+cứ|sự\s+cần\s+thiết)/iu
/** `1. Mục đích`, `2. Yêu cầu`, `I. MỤC ĐÍCH, YÊU CẦU` of a plan: titles of its aims, not tasks (but `7. Yêu cầu Thủ trưởng … thực hiện` is one). */
const aimsTitle = /^(?:mục\s+đích|yêu\s+cầu)(?:\s*(?:,|và)\s*(?:mục\s+đích|yêu\s+cầu))?\s*(?:[.:]|$)/iu
/** A body that only sends the reader to an appendix or another document: `(Chi tiết tại Phụ lục kèm theo)`. */
const pointsToAppendix = /^\(?\s*(?:chi\s+tiết|nội\s+dung(?:\s+cụ\s+thể)?|danh\s+mục(?:\s+nhiệm\s+vụ)?)\s+(?:tại|theo|như|ở)\s+(?:các\s+)?phụ\s+lục[^()]{0,80}\)?\s*[.;]?$/iu
/** A clause that ends by pointing to an appendix: `Các chỉ tiêu chủ yếu tại Phụ lục I`, `… tại Phụ lục II kèm theo Kế hoạch này`, `…: xem Phụ lục`. */
const clauseAtAppendix = /(?:tại|theo|ở|như|trong|xem)\s+(?:các\s+)?phụ\s+lục(?:\s+(?:số\s+)?[IVX\d]+)?(?:\s*(?:,|và)\s*(?:phụ\s+lục\s+)?[IVX\d]+)*(?:\s+(?:kèm|ban\s+hành\s+kèm)\s+theo[^.;]{0,60})?\s*\)?$/iu

/** A section body that only says where its content is: every clause points to an appendix. */
function onlyPointsToAppendices(body: string): boolean {
  if (body === '' || body.length > 400) return false
  if (pointsToAppendix.test(body)) return true
  const clauses = body.replace(/[.;\s]+$/u, '').split(/\s*[;.]\s+/u)
  return clauses.every((clause) => clauseAtAppendix.test(clause.replace(/^\(\s*/u, '')))
}

/**
 * A label of the plan's particulars (`Thời gian ra quân:`, `Thời gian tổ chức:`, `Địa điểm:`, `Đối tượng:`):
 * when, where and for whom, not work. `Thời gian hoàn thành:` and `Thời hạn:` date a task. So are the
 * particulars of a scheme a decision approves (`3. Lộ trình: …`, `4. Kinh phí: Tổng kinh phí dự kiến …`,
 * `Quy mô:`, `Tổng mức đầu tư:`, `Nguồn vốn:`).
 */
const particulars = /^(?:Thời\s+gian(?!\s+(?:hoàn\s+thành|thực\s+hiện|báo\s+cáo|gửi|nộp))(?:\s+\p{Ll}+){1,3}|Địa\s+điểm(?:\s+\p{Ll}+){0,3}|Đối\s+tượng(?:\s+\p{Ll}+){0,3}|Phạm\s+vi(?:\s+\p{Ll}+){0,3}|Lộ\s+trình(?:\s+\p{Ll}+){0,3}|(?:Tổng\s+kinh|Nguồn\s+kinh|Kinh)\s+phí(?:\s+\p{Ll}+){0,3}|Quy\s+mô(?:\s+\p{Ll}+){0,3}|Tổng\s+mức\s+đầu\s+tư|Nguồn\s+vốn(?:\s+\p{Ll}+){0,3}|Cơ\s+cấu(?:\s+\p{Ll}+){0,3})\s*:/u

/**
 * The terms of a policy a resolution or decision sets (`3. Nội dung và mức hỗ trợ:` over `a) Hỗ trợ
 * 40% chi phí mua giống …`, `Điều kiện hỗ trợ:`, `Mức chi:`): what the policy gives, not work.
 */
const policyTerms = /^(?:Nội\s+dung(?:\s*(?:,|và)\s*mức)?\s+hỗ\s+trợ|Mức\s+(?:hỗ\s+trợ|chi|thu|phụ\s+cấp|trợ\s+cấp)|Điều\s+kiện(?:\s+\p{Ll}+){0,3}|(?:Hình|Phương)\s+thức\s+hỗ\s+trợ|Chính\s+sách\s+hỗ\s+trợ)\s*:/u

/** `giao`, `yêu cầu`, `đề nghị` anywhere: the item asks for work, whatever its label says. */
const asksWork = /(?<![\p{L}])(?:giao|yêu\s+cầu|đề\s+nghị)\s/iu

/** The node and every item under it. */
const subtree = (node: Node): Node[] => [node, ...node.children.flatMap(subtree)]

/**
 * An event a plan describes (`1. Lễ khai mạc và Hội sách … diễn ra tại …, gồm …`, `2. Cuộc thi … dành
 * cho học sinh …`, `3. Hoạt động tại cơ sở: …`): what will happen, the work being assigned elsewhere.
 */
const eventDescribed = /^(?:Lễ|Hội\s+sách|Hội\s+thi|Hội\s+diễn|Hội\s+chợ|Cuộc\s+thi|Giải|Liên\s+hoan|Triển\s+lãm|Tuần\s+lễ|Ngày\s+hội|Chương\s+trình|Hoạt\s+động)(?:\s[^.;:]{0,100}?\s(?:diễn\s+ra|dành\s+cho|gồm|bao\s+gồm|kéo\s+dài)\s|[^.;:]{0,60}:\s)/u

/** A principle: `X phải gắn (liền) với Y`. */
const principle = /^\p{Lu}[^.;:]{3,120}?\sphải\s+gắn\s+(?:liền\s+|chặt\s+chẽ\s+)?với\s/u

/** Does the sentence only say who answers for a failure? (A subject no agency head opens, `Người đứng đầu …`, ends where `chịu trách nhiệm` starts.) */
const accountable = (text: string): boolean => accountableIf.test(predicateOf(text) ?? text.replace(/^[^,;.]{0,100}?\s(?=(?:trực\s+tiếp\s+)?chịu\s+trách\s+nhiệm)/u, ''))

/** Nouns that name content rather than work (`Nhiệm vụ năm 2026 tại Phụ lục …`, `Các chỉ tiêu …`). */
const contentNoun = /^(?:các\s+|những\s+)?(?:nhiệm\s+vụ|chỉ\s+tiêu|danh\s+mục|nội\s+dung|giải\s+pháp|kế\s+hoạch|chương\s+trình|phần\s+việc|công\s+việc)(?![\p{L}])/iu

/** A funding section's title: `III. KINH PHÍ THỰC HIỆN`, `4. Nguồn kinh phí`. */
const fundingTitle = /^(?:về\s+)?(?:nguồn\s+)?kinh\s+phí/iu

/**
 * A funding section that only says where the money comes from (`Kinh phí thực hiện Kế hoạch được
 * bảo đảm từ dự toán ngân sách …`): no sentence of its body opens with who acts or a directive.
 * `Sở Tài chính tham mưu bố trí kinh phí …` under the same title is a task.
 */
function fundingStatement(node: Node): boolean {
  if (!fundingTitle.test(node.text) || node.body === '') return false
  return node.body.split(/(?<=[.;!?])\s+/u).every((sentence) => !/^(?:Giao|Đề\s+nghị|Yêu\s+cầu)\s/u.test(sentence) && ownersOf(sentence).length === 0 && !/chủ\s+trì|tham\s+mưu/u.test(sentence))
}

/** Every clause a body's report of what it did or promised (`Công ty Điện lực … đã cam kết …`), none a bare verb. */
function bodiesReportOnly(text: string): boolean {
  return text.replace(/[.;\s]+$/u, '').split(/\s*;\s*|(?<=\.)\s+(?=\p{Lu})/u).every((clause) => /^đã\s/u.test(predicateOf(clause) ?? ''))
}

/** `Sở Y tế đã được giao chủ trì …, hoàn thành trước ngày …`: work assigned before, recalled with its deadline. */
const recallsAssignment = /(?<![\p{L}])đã\s+(?:được\s+)?(?:giao|phân\s+công|yêu\s+cầu|chỉ\s+đạo)(?![\p{L}])/u

/** Every clause past (`Bộ Xây dựng đã có Văn bản … trả lời tỉnh; nội dung kiến nghị đã được giải quyết`), after a topic `Về …:`. */
function alreadyDone(text: string): boolean {
  // Every clause past: no `đã`, no such item (most leaves stop here; the clauses' subjects are a hot path).
  if (!/(?<![\p{L}])đã(?![\p{L}])/u.test(text)) return false
  const clauses = text.replace(/^Về\s[^:]{3,200}:\s*/u, '').replace(/[.;\s]+$/u, '').split(/\s*;\s*|(?<=\.)\s+(?=\p{Lu})/u)
  return clauses.every((clause) => /^đã\s/u.test(predicateOf(clause) ?? '') || (!startsWithAgencyHead(clause) && isNarrative(clause, {strict: true})))
}

/** `Trong quá trình (tổ chức) thực hiện, trường hợp cần … / nếu có …`: what to do should the need arise. */
const contingency = /^Trong\s+quá\s+trình\s+(?:tổ\s+chức\s+)?(?:triển\s+khai\s+)?(?:thực\s+hiện|triển\s+khai)[^,.;]{0,80},\s*(?:trường\s+hợp|nếu|khi)\s/iu
/** `… thực hiện các nhiệm vụ theo bảng dưới đây:`: the work is in the table that follows. */
const tableBelow = /(?:theo|tại|trong|như)\s+(?:bảng|danh\s+mục)\s+(?:dưới\s+đây|sau(?:\s+đây)?|kèm\s+theo)\s*[:.]?\s*$/iu

/** Clauses of form, not tasks: `Nghị quyết này có hiệu lực thi hành kể từ ngày ký.` */
const isFormula = (text: string): boolean =>
  /^(?:Nghị\s+quyết|Quyết\s+định|Chỉ\s+thị|Thông\s+báo|Kế\s+hoạch|Thông\s+tư|Nghị\s+định|Chương\s+trình|Văn\s+bản)\s+này\s+có\s+hiệu\s+lực/iu.test(text) ||
  // `Các Bộ trưởng, …, Chủ tịch Ủy ban nhân dân các tỉnh … chịu trách nhiệm thi hành Nghị quyết này.`
  /chịu\s+trách\s+nhiệm\s+(?:tổ\s+chức\s+)?thi\s+hành\s+(?:Nghị\s+quyết|Quyết\s+định|Chỉ\s+thị|Thông\s+tư|Nghị\s+định)\s+này\s*[./]*$/iu.test(text)

const leaf = (node: Node): boolean => node.children.length === 0

/** `Các nhiệm vụ cụ thể được phân công cho từng cơ quan, đơn vị tại Mục IV Kế hoạch này`: the work is in another part. */
// (Or to the appendix: `Nội dung nhiệm vụ cụ thể, đơn vị chủ trì, đơn vị phối hợp và thời gian thực hiện được giao tại Phụ lục kèm theo Kế hoạch này.`)
const partPointer = /(?:các\s+)?(?:nhiệm\s+vụ|nội\s+dung|giải\s+pháp)(?:\s+cụ\s+thể)?\s+(?:được\s+)?(?:phân\s+công|giao|nêu|quy\s+định)[^.;]{0,60}?\s(?:tại|ở)\s+(?:Mục|Phần|mục|phần)\s+[IVX]{1,4}(?![\p{L}])|(?:nhiệm\s+vụ|nội\s+dung)[^.;]{0,120}?\s(?:được\s+)?(?:phân\s+công|giao|nêu|ghi|quy\s+định)(?:\s+cụ\s+thể)?\s+(?:tại|ở|trong)\s+(?:các\s+)?[Pp]hụ\s+lục(?![\p{L}])/u

/** `**4. Công an tỉnh**` set apart over its paragraph: the item names its agency in the title. */
function namedByTitle(node: Node): boolean {
  const title = titleOf(node)
  return title !== null && agencyHeading(title) !== null
}

/** What the rules read besides the node: the deadline context, and the document's kind when it assigns no tasks. */
export interface NotTaskContext extends DeadlineContext {
  /** A title of `data/document-kinds.ts` (`GIẤY MỜI`) the document is printed under, when it has one. */
  readonly noTaskKind?: string | null
  /** The document answers a question or request (`V/v trả lời …`, `… trả lời để … được biết`). */
  readonly reply?: boolean
  /** The document carries an appendix (a `PHỤ LỤC` part): a sentence that sends its work there duplicates it. */
  readonly appendix?: boolean
}

/**
 * An item that informs the asker: it cites its source (`Theo quy định …`, `Theo Giấy chứng nhận …`),
 * and each later sentence names and asks nobody or says what a body is doing already (`Hiện nay, Sở
 * Tài chính đang phối hợp …`).
 */
function informs(node: Node): boolean {
  if (/(?<![\p{L}])(?:giao|yêu\s+cầu|đề\s+nghị)\s+\p{Lu}/u.test(node.text)) return false
  const sentences = node.text.split(/(?<=[.!?])\s+(?=\p{Lu})/u)
  return sentences.every((sentence, k) => {
    if (k === 0 && /^(?:Theo|Căn\s+cứ)\s[^,]{3,160},/u.test(sentence)) return true
    // `Trường hợp ông chưa đồng ý …, ông có thể nộp đơn …; Hội đồng … xem xét …`: what happens if the asker acts.
    if (/^Trường\s+hợp\s[^,]{3,200},/u.test(sentence)) return true
    if (/^(?:đang|đã)\s/u.test(predicateOf(sentence) ?? '') || replyClosing.test(sentence)) return true
    return ownersOf(sentence).length === 0 && directivesOf(sentence, {letter: false, afterTask: false}).tasks.length === 0
  }) || /^(?:Theo|Căn\s+cứ)\s[^,]{3,160},/u.test(node.text)
}

/**
 * Where the answer to a voters' petition starts inside its item (`1. Cử tri xã A kiến nghị: … Trả lời: …`),
 * or -1. Every item is asked (a hot path): most hold no `Trả lời` and stop at the first test.
 */
export function petitionAnswerAt(text: string): number {
  if (!text.includes('Trả lời')) return -1
  const asked = /kiến\s+nghị\s*:/u.exec(text)
  if (!asked) return -1
  const answer = /(?:^|\s)Trả\s+lời\s*:\s*/u.exec(text.slice(asked.index))
  return answer ? asked.index + answer.index + answer[0].length : -1
}

/** An answer to a petition that names no body acting (`Trả lời: Mức hỗ trợ thực hiện theo Nghị quyết số …`): it explains. */
function explainsOnly(node: Node): boolean {
  const at = petitionAnswerAt(node.text)
  return at >= 0 && ownersWithPlace(node.text.slice(at)).owners.length === 0
}

/** Sentences that report (`đã`, `còn`, `chưa` in the first), then a last one that introduces and dates nothing. */
function reportsThenIntroduces(text: string, context: NotTaskContext): boolean {
  const sentences = text.trim().split(/(?<=[.!?])\s+(?=\p{Lu})/u)
  return sentences.length >= 2 && /(?<![\p{L}])(?:đã|còn|vẫn|chưa)(?![\p{L}])/u.test(sentences[0]!) && parseDeadline(sentences.at(-1)!, context) === null
}

/** The rules, in the order they are tried. */
export const notTaskRules: ReadonlyArray<{id: string; what: string; applies: (node: Node, context: NotTaskContext) => boolean}> = [
  {id: 'not-invitation', what: 'anything in a meeting invitation (a document titled `GIẤY MỜI`) or a schedule (subject line `Lịch công tác …`), tables included: its `đề nghị … chuẩn bị …` lines are logistics', applies: (_node, context) => context.noTaskKind != null},
  {id: 'not-formula', what: 'a clause of form (`Nghị quyết này có hiệu lực …`)', applies: (node) => isFormula(node.text)},
  {
    id: 'not-aims-or-report-section',
    what: 'a section that reports or sets aims (`TÌNH HÌNH`, `KẾT QUẢ`, `MỤC TIÊU`, `CHỈ TIÊU`, `1. Mục đích`, `2. Yêu cầu`), with its items',
    // (`2. Đánh giá việc thực hiện …; gửi báo cáo về Bộ … trước ngày 10/7/2026.` is a request, not a section.)
    applies: (node, context) => (node.kind === 'roman' || node.kind === 'number' || node.kind === 'decimal') && (nonTaskSection.test(node.text) || aimsTitle.test(node.text)) && !(leaf(node) && /;\s*(?:gửi|báo\s+cáo|hoàn\s+thành)\s/u.test(node.text) && parseDeadline(node.text, context)?.due != null)
  },
  {id: 'not-narrative-zone', what: 'an item of a part that reports (`BÁO CÁO`, a list introduced as results)', applies: (node) => node.narrative},
  // `II. TỔ CHỨC THỰC HIỆN` before the closing formula.
  {id: 'not-bare-title', what: 'a title in capitals with nothing under it', applies: (node) => leaf(node) && node.body === '' && !/\p{Ll}/u.test(node.text)},
  {id: 'not-funding-source', what: 'a funding section that only says where the money comes from', applies: (node) => leaf(node) && fundingStatement(node)},
  // A plain directive was read as an assignment already: the tests of numbered items below are not for it.
  // `3. Đồng ý với đề xuất của Sở X … Sở X hoàn thiện đề án, trình …`: a later sentence gives the work.
  {id: 'not-assessment', what: 'an item that assesses (`Ghi nhận …`, `Thường trực … cơ bản thống nhất với báo cáo …`) and assigns nothing', applies: (node) => leaf(node) && node.kind !== 'directive' && isAssessment(node.text) && !assignsLater(node.text)},
  {id: 'not-approval', what: 'an item that only approves (`Đồng ý để Bộ X tổ chức …`)', applies: (node) => leaf(node) && node.kind !== 'directive' && approvesOnly(node.text)},
  {
    id: 'not-report',
    what: 'an item whose every sentence reports or states the law (`Thời gian qua, … đã …; tuy nhiên … còn chậm.`, `… có thẩm quyền quyết định …`) and that sets no completion date',
    // A title set apart (`**1. Về thẩm quyền …**` then its paragraph): the paragraph says whether it reports.
    applies: (node, context) => leaf(node) && node.kind !== 'directive' && reportsOnly(node.heading && node.body !== '' ? node.body : node.text) && !parseDeadline(node.text, context)?.due
  },
  {
    id: 'not-appendix-pointer',
    what: 'a section or item that only points to an appendix (`(Chi tiết tại Phụ lục kèm theo)`, `2. Nhiệm vụ năm 2026 tại Phụ lục kèm theo.`, `2. Phần việc của từng bộ, cơ quan được giao cụ thể tại Phụ lục kèm theo Chỉ thị này.`, `Danh mục công việc …: xem Phụ lục.`, `… đề nghị các cấp ủy … thực hiện các việc ghi trong Phụ lục kèm theo Kết luận này.` when the document carries the appendix)',
    applies: (node, context) => leaf(node) && (onlyPointsToAppendices(node.body === '' && contentNoun.test(node.text) ? node.text : node.body) || (context.appendix === true && !/[.;]\s+\S/u.test(node.text.trim()) && workInAppendix.test(node.text)))
  },
  {
    id: 'not-particulars',
    what: 'an item that states when or where the plan runs (`1. Thời gian tổ chức: từ ngày 10/6 đến hết ngày 30/6/2026 …`, `Địa điểm: …`) and names no agency',
    applies: (node) => leaf(node) && (node.kind === 'number' || node.kind === 'letter') && particulars.test(node.text) && ownersOf(node.text).length === 0 && !asksWork.test(node.text)
  },
  {
    id: 'not-reply-information',
    what: 'an item of a letter that answers (`V/v trả lời kiến nghị …`, `… trả lời để Công ty được biết`) that cites the law or a licence (`Theo quy định …, nhà đầu tư được …`) or names and asks nobody: information for the asker',
    applies: (node, context) => context.reply === true && leaf(node) && node.kind !== 'directive' && informs(node)
  },
  {
    id: 'not-petition-explained',
    what: 'an answer to a voters\' petition (`1. Cử tri xã A kiến nghị: … Trả lời: …`) in which no body is named to act: it explains',
    applies: (node) => leaf(node) && explainsOnly(node)
  },
  {
    id: 'not-policy-terms',
    what: 'the terms of a policy (`3. Nội dung và mức hỗ trợ:` and its items `a) Hỗ trợ 40% chi phí …`, `Điều kiện hỗ trợ:`), where no item names an agency or assigns',
    applies: (node) => (node.kind === 'number' || node.kind === 'letter' || node.kind === 'decimal') && policyTerms.test(node.text) && subtree(node).every((n) => ownersOf(n.text).length === 0 && !asksWork.test(n.text))
  },
  {
    id: 'not-event-description',
    what: 'an item that describes an event of the plan (`Lễ khai mạc … diễn ra tại …`, `Cuộc thi … dành cho …`, `Hoạt động tại cơ sở: …`) and names no agency: the work is assigned where the plan says who does it',
    applies: (node, context) => leaf(node) && node.kind !== 'directive' && eventDescribed.test(node.text) && !startsWithAgencyHead(node.text) && parseDeadline(node.text, context)?.due == null && !/(?<![\p{L}])(?:giao(?!\s+(?:lưu|thông|dịch|nhận|đất)(?![\p{L}]))|yêu\s+cầu|đề\s+nghị|chủ\s+trì)(?![\p{L}])/iu.test(node.text)
  },
  {
    id: 'not-principle',
    what: 'an item that states a principle and names no body (`2. Phát triển sâm Lai Châu phải gắn với giữ rừng, bảo đảm người dân được hưởng lợi …`)',
    applies: (node) => leaf(node) && node.kind !== 'directive' && principle.test(node.text) && !startsWithAgencyHead(node.text)
  },
  {
    id: 'not-accountability',
    what: 'an item that only says who answers for a failure (`a) Giám đốc các sở, … chịu trách nhiệm trước Chủ tịch Ủy ban nhân dân tỉnh nếu để xảy ra …`, `… chịu trách nhiệm cá nhân về mọi vụ việc lãng phí …`), or a titled item whose body says only that and what to do if a need arises',
    // Under a title (`III. TỔ CHỨC THỰC HIỆN`), every sentence of the body such a one, or what to do if a need arises.
    applies: (node) => leaf(node) && node.kind !== 'directive' && (node.body !== '' && titleOf(node) !== null ? node.body.split(/(?<=[.;])\s+(?=\p{Lu})/u).every((s) => accountable(s) || contingency.test(s)) && accountable(node.body) : !/[.;]\s+\S/u.test(node.text.trim()) && accountable(node.text))
  },
  {
    id: 'not-contingency',
    what: 'an item that says what to do if the need arises (`Trong quá trình thực hiện, trường hợp cần sửa đổi, bổ sung …, các bộ … chủ động báo cáo …`)',
    applies: (node) => leaf(node) && contingency.test(node.text)
  },
  {
    id: 'not-table-pointer',
    what: 'a lead-in that sends the reader to the table below (`Các bộ, cơ quan, địa phương thực hiện các nhiệm vụ theo bảng dưới đây:`)',
    applies: (node) => leaf(node) && tableBelow.test(node.body === '' ? node.text : node.body)
  },
  {
    id: 'not-part-pointer',
    what: 'a chapter whose work is given out in another part (`III. NHIỆM VỤ VÀ GIẢI PHÁP` in prose, then `Các nhiệm vụ cụ thể được phân công cho từng cơ quan, đơn vị tại Mục IV Kế hoạch này.`), naming no owner and no deadline of its own',
    applies: (node, context) => leaf(node) && node.kind === 'roman' && partPointer.test(node.text) && ownersOf(node.body === '' ? node.text : node.body).length === 0 && parseDeadline(node.text, context) === null
  },
  {
    id: 'not-already-done',
    what: 'an item whose every clause reports what a body has done (`Về đề nghị của tỉnh …: Bộ Xây dựng đã có Văn bản số … trả lời tỉnh; nội dung kiến nghị đã được giải quyết.`) or promised (`Công ty Điện lực … đã cam kết hoàn thành … trong thời hạn 10 ngày làm việc …`), with no deadline unless none recalls an assignment (`đã được giao …, hoàn thành trước ngày …`)',
    applies: (node, context) => leaf(node) && node.body === '' && alreadyDone(node.text) && (parseDeadline(node.text, context) === null || (bodiesReportOnly(node.text) && !recallsAssignment.test(node.text)))
  },
  {
    id: 'not-report-lead-in',
    what: 'an item that reports and then introduces the items after it (`1. Trong 9 tháng đầu năm 2026, các cơ quan … đã … Tuy nhiên, … Chủ tịch UBND xã yêu cầu các cơ quan, đơn vị tập trung thực hiện tốt các nội dung sau:`): the work is in those items',
    applies: (node, context) => leaf(node) && node.kind !== 'directive' && /:\s*$/u.test(node.text) && introducesItems.test(node.text.trim()) && reportsThenIntroduces(node.text, context)
  },
  {
    id: 'not-narrative-item',
    what: 'a lone item that reports (`đã`/`còn`/`chưa` early) and names no agency and no deadline',
    applies: (node, context) => leaf(node) && node.kind !== 'directive' && isNarrative(node.text, {strict: true}) && ownersOf(node.text).length === 0 && !namedByTitle(node) && parseDeadline(node.text, context) === null
  }
]

/** The id of the first rule by which `node` is not a task, or null when it may be one. */
export function notTaskRule(node: Node, context: NotTaskContext): string | null {
  return notTaskRules.find((rule) => rule.applies(node, context))?.id ?? null
}
