import type {Deadline, Task, TaskWarning, VanbanDocument} from '@vanban/core'
import {matchAgency} from '@vanban/normalize'
import type {ExtractOptions} from './extract-tasks.ts'
import {parseDeadline} from './deadline.ts'
import type {DeadlineContext} from './deadline.ts'
import {splitEnumeration} from './enumerations.ts'
import {approvesOnly, assignsLater, directivesOf, opensWithWork, withoutApprovals, workInAppendix} from './directives.ts'
import {fieldsOf, withoutFields} from './fields.ts'
import {agencyHeading, coordinatorsOf, leadInOwners, ownersOf, ownersWithPlace, predicateOf} from './owner.ts'
import {splitAgencies} from './agencies.ts'
import {addresseesOf, inFullFromAddressees} from './addressees.ts'
import {referenceDateOf} from './reference-date.ts'
import {notTaskRule, petitionAnswerAt} from './not-tasks.ts'
import {isReplyLetter, noTaskKindOf} from './document-kind.ts'
import {buildParts, isSentUp, titleOf, unitsOf} from './structure.ts'
import type {Node, Part, Unit} from './structure.ts'

/**
 * No date in the header (an appendix on its own, a cut page): a deadline without a year
 * takes the year of the first deadline that has one (flagged as guessed).
 */
function yearFromDeadlines(units: readonly Unit[]): DeadlineContext {
  for (const u of units) {
    const d = parseDeadline(u.text)
    if (d?.due && !d.yearGuessed) return {year: +d.due.slice(0, 4)}
  }
  return {}
}

/** Section (`1.`, `II.`) whose line is only a title with items under it. */
function isHeadingOnly(node: Node): boolean {
  if (node.kind !== 'number' && node.kind !== 'roman' && node.kind !== 'decimal') return false
  if (node.children.length === 0) return false
  // A Roman part is a chapter: its lead-in introduces the sections under it.
  if (node.kind === 'roman' && node.children.some((c) => c.kind !== 'enum')) return true
  if (node.body !== '') return false
  // `1. Bộ Y tế: (1) … (2) …` with lettered items after it: its enumeration holds tasks.
  if (/\(1\)[^]*\(2\)/u.test(node.text)) return false
  // A title has no sentence after it: `**3. Tiếp tục …** Cùng với …` is a section with a lead-in.
  // An agency over its items is one, places after a colon and all (`1. Chủ tịch Ủy ban nhân dân các tỉnh: Thanh Hóa, Nghệ An:`).
  return !/[.!?:]\s+\p{Lu}/u.test(node.text) || node.heading || (/:\s*$/u.test(node.text) && agencyHeading(node.text) !== null)
}

interface Inherited {
  owner: string | null
  coordinators: string[]
  deadline: Deadline | null
  /** How many levels up the owner came from (0 = own). */
  ownerDistance: number
}

const proper = (s: string): boolean => /^\p{Lu}/u.test(s)

/** An item that opens by approving or assessing (`Đồng ý với đề xuất …`, `Thống nhất với …`, `Ghi nhận …`). */
const approvalFirst = /^(?:Đồng\s+ý|Thống\s+nhất|Nhất\s+trí|Chấp\s+thuận|Ghi\s+nhận)(?![\p{L}])/u

/**
 * `6. Thủ trưởng các đơn vị thuộc Bộ chịu trách nhiệm trước Bộ trưởng về việc thực hiện Chỉ thị này. Văn phòng
 * Bộ theo dõi, tổng hợp …`: a first sentence that only says who answers for the whole, then a sentence that
 * gives work to a body of its own: that body owns the item. Null when the item is not so.
 */
function answeringThenWork(text: string): string[] | null {
  const split = /(?<=[.!?])\s+(?=\p{Lu})/u.exec(text)
  if (!split) return null
  const first = text.slice(0, split.index)
  if (!/^chịu\s+trách\s+nhiệm\s+trước\s/u.test(predicateOf(first) ?? '')) return null
  const next = ownersWithPlace(text.slice(split.index + split[0].length))
  return next.place === 'start' && next.owners.length > 0 ? next.owners : null
}

/**
 * A heading read by OCR that is a body's name and nothing else (`Sự Du lịch`, `S& Du lich` repaired):
 * the gazetteer's name when the match has no close rival. An owner's place lets an uncertain match
 * stand (see `matchAgency`'s `margin`).
 */
function ocrHeadingName(text: string): string | null {
  const name = text.replace(/[:.\s]+$/u, '')
  const words = name.split(/\s+/u)
  if (words.length < 2 || words.length > 10 || /[,;()]/u.test(name)) return null
  const match = matchAgency(name)
  return match !== null && (match.certain || (match.margin >= 2 && match.distance <= 4.5)) ? match.name : null
}

/**
 * A deadline field line (`Thời gian hoàn thành: Quý II/2026`) read as prose, its label the cue; a label the
 * deadline words do not hold (`Thời gian trình Bộ trưởng: tháng 12/2026`) still says its value is the
 * deadline, read as a table's deadline cell is.
 */
function fieldDeadline(field: string, context: DeadlineContext): Deadline | null {
  return parseDeadline(field, context) ?? parseDeadline(field.slice(field.indexOf(':') + 1), {...context, cell: true})
}

function ownersFromHeading(text: string): string[] {
  // `2. Đối với Ủy ban nhân dân các xã, phường, đặc khu` over its items: they are that agency's.
  const heading = agencyHeading(text.replace(/^Đối\s+với\s+(?=\p{L})/u, ''))
  if (heading === null) return []
  // `1. Chủ tịch Ủy ban nhân dân các tỉnh: Lào Cai, Tuyên Quang, …:` over its items: one collective owner
  // as printed, the way a telegram addresses the group (a sentence's subject `Ủy ban nhân dân các xã: A, B
  // tổ chức …` is distributed instead, by `ownersOf`).
  if (/^[^:]*\s(?:các|những)\s[^:]*:\s*\p{Lu}/u.test(heading)) return [heading]
  const parts = splitAgencies(heading)
  // (A plural group beside a body is one more: `Ủy ban MTTQ Việt Nam xã và các đoàn thể`.)
  return parts.length > 1 && parts.every((p) => proper(p) || /^(?:các|những)\s/u.test(p)) && proper(parts[0]!) && !/^(?:Đồng chí|Phó)/u.test(parts[1]!) ? parts : [heading]
}

/**
 * A predicate that joins the work of another (`phối hợp …`) or follows the item's up (`theo dõi, đôn đốc`,
 * `theo dõi, tổng hợp kết quả`, `chủ trì, phối hợp với … theo dõi, đánh giá, đôn đốc tiến độ …`), not one
 * that watches something of its own (`theo dõi, đánh giá tác động của bảng giá đất …`).
 */
function joinsOrFollowsUp(predicate: string): boolean {
  if (/^phối\s+hợp(?![\p{L}])/u.test(predicate)) return true
  const m = /^(?:chủ\s+trì,?\s+(?:phối\s+hợp\s+với\s+[^.;]{0,80}?\s)?)?(?:theo\s+dõi|đôn\s+đốc|giám\s+sát|tổng\s+hợp)(?![\p{L}])/u.exec(predicate)
  return m !== null && /đôn\s+đốc|kết\s+quả|việc\s+thực\s+hiện|tiến\s+độ/u.test(predicate.slice(0, m[0].length + 60))
}

/**
 * The clauses of an item that gives two or more bodies work of their own (`Sở Y tế kiểm tra …; Sở Nông
 * nghiệp và Môi trường chỉ đạo …`, or in sentences of their own: `Thanh tra Chính phủ chủ trì …, hoàn
 * thành trong năm 2026. Bộ Xây dựng theo dõi …`), each opening with its subject; null when it is not
 * (one subject, a coordinator's clause `…; Bộ Tư pháp phối hợp`, `. Ủy ban Kiểm tra phối hợp giám sát`).
 */
function sharedItem(text: string): string[] | null {
  const body = text.replace(/^\s*(?:\d+(?:\.\d+)*\.|[a-zđ]\)|\(\d+\)|[IVXLC]+\.)\s*/u, '').trim()
  const oneSentence = !/[.!?]\s+\p{Lu}/u.test(body.replace(/[.!?]\s*$/u, ''))
  if (oneSentence && !/;\s+\p{Lu}/u.test(body)) return null
  const found = directivesOf(body, {letter: false, afterTask: false})
  // (An approval before them (`Đồng ý về nguyên tắc … . Giao Bộ Xây dựng chủ trì … . Bộ Tư pháp thẩm định …`) is
  // no work: the assignments after it still split.)
  if (found.lead.some((piece) => piece.kind !== 'approval') || found.tasks.length < 2) return null
  const owners = found.tasks.map((t) => ownersWithPlace(t.text))
  if (owners.some((o) => o.place !== 'start' || o.owners.length === 0)) return null
  if (new Set(owners.map((o) => o.owners.join('; '))).size < owners.length) return null
  // In sentences of their own, a later body's work is no task of its own when it joins the item's as a
  // partner (`Ủy ban Kiểm tra Tỉnh ủy phối hợp giám sát …`) or follows it up (`Văn phòng Ủy ban nhân dân
  // tỉnh theo dõi, đôn đốc.`, `Giao Bộ X chủ trì, phối hợp với … theo dõi, đánh giá …; định kỳ hằng tháng báo cáo …`).
  if (!oneSentence && found.tasks.slice(1).some((t) => joinsOrFollowsUp(predicateOf(t.text) ?? ''))) return null
  return found.tasks.map((t) => t.text.trim().replace(/\s*[;,]$/u, ''))
}

/** `Đồng thời, chỉ đạo …`, `Ngoài ra, …`: a connective before a next step's verb. */
const connective = /^(?:Đồng\s+thời|Ngoài\s+ra|Bên\s+cạnh\s+đó|Mặt\s+khác)\s*,\s*/u

/**
 * The paragraphs of an item whose later paragraphs each give work of their own (`1. Giao Sở Nông nghiệp
 * và Môi trường chủ trì … hằng tuần.` then `Đồng thời, chỉ đạo Chi cục … trước ngày 10/3/2026.`, or `2.
 * Giao Sở Công Thương chủ trì …` then `Sở Công Thương tăng cường …`): a body's assignment, or a step with no
 * subject that opens with a verb of work and dates it apart from the item; null when one does not.
 */
function paragraphItem(node: Node): string[] | null {
  const later = node.paragraphs ?? []
  // (Only when the body is those paragraphs alone: a marker's rest joined on some other way is not split.)
  if (later.length === 0 || node.children.length > 0 || node.heading || node.body !== later.join(' ')) return null
  const first = node.text.slice(0, node.text.length - node.body.length).trim()
  // (A first line that ends no sentence is a title over its paragraph: `2. Sở Y tế chủ trì rà soát …` read by OCR.)
  if (first === '' || !node.text.endsWith(node.body) || !/[.;!?]$/u.test(first)) return null
  const opening = directivesOf(first, {letter: false, afterTask: false})
  if (opening.tasks.length !== 1 || opening.lead.length > 0 || ownersWithPlace(first).place !== 'start') return null
  const firstDue = parseDeadline(first)
  for (const paragraph of later) {
    // (Nor is a warning of accountability (`Bộ trưởng, … chịu trách nhiệm trước Thủ tướng …`) work of its own.)
    if (/:\s*$/u.test(paragraph) || joinsOrFollowsUp(predicateOf(paragraph) ?? '') || /chịu\s+trách\s+nhiệm\s+trước/u.test(paragraph)) return null
    const own = directivesOf(paragraph, {letter: false, afterTask: true})
    const assigns = own.lead.length === 0 && own.tasks.length > 0 && ownersWithPlace(paragraph).place === 'start'
    const due = parseDeadline(paragraph)
    const step = opensWithWork(paragraph.replace(connective, '')) && due !== null && (firstDue === null || due.due !== firstDue.due || due.recurrence !== firstDue.recurrence)
    if (!assigns && !step) return null
  }
  return [first, ...later]
}

/**
 * An item that is a body's name on a line of its own (`6. UBND các xã, phường:`) over one paragraph whose
 * sentences are each a step of work with no subject (`Khẩn trương rà soát …. Huy động lực lượng …. Báo cáo
 * … hằng tuần.`): the sentences, each a task of that body as its bullets would be. Null otherwise.
 */
function headedSteps(node: Node): {heading: string; sentences: string[]} | null {
  if (node.body === '' || node.children.length > 0 || (node.paragraphs ?? []).length > 1 || !node.text.endsWith(node.body)) return null
  const heading = node.text.slice(0, node.text.length - node.body.length).trim()
  if (!/:$/u.test(heading) || agencyHeading(heading) === null) return null
  const sentences = node.body.trim().split(/(?<=[.!?])\s+(?=\p{Lu})/u)
  if (sentences.length < 2) return null
  return sentences.every((s) => opensWithWork(s) && ownersOf(s).length === 0 && s.split(/\s+/u).length >= 6) ? {heading, sentences} : null
}

/** The text without a first sentence that sends the work to the appendix the document carries (when more follows). */
function withoutPointer(text: string, appendix: boolean): string {
  if (!appendix) return text
  const cut = /^[^.;]*?[.;]\s+(?=\p{Lu})/u.exec(text)
  return cut !== null && workInAppendix.test(cut[0].trim()) ? text.slice(cut[0].length) : text
}

/** Do the section numbers under a part's Roman chapters repeat from one chapter to the next? */
function romanNeeded(part: Part): boolean {
  const seen = new Set<string>()
  for (const root of part.roots) {
    if (root.kind !== 'roman') continue
    for (const child of root.children) {
      if (child.kind === 'enum' || child.kind === 'dash' || child.kind === 'plus') continue
      if (seen.has(child.label)) return true
      seen.add(child.label)
    }
  }
  return false
}

/**
 * A node's owner and coordinators: its own when it names an agency, else its
 * parent's, `step` headings further from where the owner was named.
 */
function ownOrInherited(owners: readonly string[], coordinators: string[], parent: Inherited, step: number): Inherited {
  if (owners.length > 0) return {owner: owners.join('; '), coordinators, deadline: null, ownerDistance: 0}
  return {
    owner: parent.owner,
    coordinators: coordinators.length > 0 ? coordinators : parent.coordinators,
    deadline: null,
    ownerDistance: parent.owner === null ? 0 : parent.ownerDistance + step
  }
}

/**
 * Tasks from the numbered prose of a notice: sections, lettered items, bullets
 * and inline enumerations, with owner, coordinators and deadline (see the
 * package README for the rules).
 */
export function proseTasks(doc: VanbanDocument, options: ExtractOptions): Task[] {
  return placedProseTasks(doc, options).tasks
}

/** A chapter of the body (`II. NHIỆM VỤ CỤ THỂ`): its id and the block it starts at. */
export interface Chapter {
  id: string
  block: number
  /** Its title as printed (`NHIỆM VỤ CỤ THỂ`), for the group record a table under it needs. */
  text: string
  page: number | null
}

/**
 * `proseTasks`, with the block each task was read from (`blocks[k]` for
 * `tasks[k]`) and the body's Roman chapters, so task tables can be put in
 * document order and hung under the chapter they are printed in.
 */
export function placedProseTasks(doc: VanbanDocument, options: ExtractOptions): {tasks: Task[]; blocks: number[]; chapters: Chapter[]; tableLeads: Array<{task: Task; block: number}>} {
  const blocks: number[] = []
  const chapters: Chapter[] = []
  // Items that only introduce the table below them, as group records with the owner they name: not output
  // unless the table names no owner of its own (`extractTasks`: its rows are then the item's work).
  const tableLeads: Array<{task: Task; block: number}> = []
  const units = unitsOf(doc)
  /** The next block after the node's own is a table (the node introduces it). */
  const tableFollows = (node: Node): boolean => {
    for (let k = node.index + 1; k < doc.blocks.length; k++) {
      const block = doc.blocks[k]!
      if (block.kind === 'table') return true
      if (block.text.trim() !== '') return false
    }
    return false
  }
  // One reference date per document: the caller's, else the header's; with neither, the year of the first dated deadline.
  const header = referenceDateOf(doc)
  const documentDate = options.documentDate ?? (header.fromHeader ? header.date : undefined)
  const context: DeadlineContext = documentDate ? {documentDate} : yearFromDeadlines(units)
  const parts = buildParts(units)
  const appendix = parts.some((p) => p.name !== null)
  // A meeting invitation (`GIẤY MỜI`) assigns nothing: every node falls to `not-invitation`.
  const noTaskKind = noTaskKindOf(doc)
  const reply = isReplyLetter(doc)
  const addressees = addresseesOf(units)
  // A report or a submission goes up to its addressee: its own work items are the sender's.
  const sentUp = isSentUp(units)
  const tasks: Task[] = []
  const firstWithNodes = parts.findIndex((p) => p.roots.some((r) => r.kind !== 'dash' && r.kind !== 'plus' && r.kind !== 'enum'))

  const ids = new Map<Node, string>()
  const used = new Set<string>()
  parts.forEach((part, partIndex) => {
    const prefix = partIndex > firstWithNodes && firstWithNodes >= 0 ? `${part.name ?? `P${partIndex}`}.` : ''
    // The id is the marker path. A Roman part (`II. NHIỆM VỤ`) is a chapter heading over
    // sections numbered on from one another, and drops out of its sections' ids (`1.a`, its
    // parent `II`), as task tables print `32` under group `II`; it stays in the path only when
    // the numbers restart in each part (`II.1.a`, `III.1`), where it is needed to tell them apart.
    const keepRoman = romanNeeded(part)
    const idOf = (node: Node): string => {
      const known = ids.get(node)
      if (known !== undefined) return known
      const parent = node.parent
      // Unmarked directives under a chapter are numbered inside it (`II.1`): the chapter is their only number.
      const base = parent === null ? prefix : parent.kind === 'roman' && !keepRoman && node.kind !== 'enum' && node.kind !== 'directive' ? prefix : `${idOf(parent)}.`
      let id = base + node.label
      // Numbering that restarts under unnumbered headings (`Điều 1.` … `Điều 2.` each with `1.`): ids stay unique.
      if (used.has(id)) {
        let n = 2
        while (used.has(`${id}#${n}`)) n++
        id = `${id}#${n}`
      }
      used.add(id)
      ids.set(node, id)
      return id
    }
    // A body made only of bullets (`- Giao Bộ Xây dựng …`): its bullets are the tasks.
    const bulletBody = !part.roots.some((r) => r.kind === 'roman' || r.kind === 'number' || r.kind === 'decimal' || r.kind === 'letter')
    // A body made only of a lead-in's inline lists (`… thực hiện: (1) …; (2) …`): their items are the tasks.
    const inlineBody = part.roots.every((r) => r.kind === 'enum')

    const emit = (
      id: string,
      parent: string | null,
      text: string,
      owner: Inherited,
      deadline: Deadline | null,
      page: number | null,
      warnings: TaskWarning[],
      result: string | null,
      rules: readonly string[]
    ): void => {
      const w = [...warnings]
      if (owner.owner === null) w.push({code: 'owner-missing', message: 'no owner found'})
      else if (owner.ownerDistance >= 2) w.push({code: 'owner-inherited', message: `owner taken from a heading ${owner.ownerDistance} levels up`})
      if (deadline?.yearGuessed) w.push({code: 'deadline-year-assumed', message: `year of deadline "${deadline.text}" taken from context`})
      if (deadline && deadline.due === null && deadline.recurrence === null) w.push({code: 'deadline-unparsed', message: `deadline not understood: "${deadline.text}"`})
      tasks.push({
        file: doc.file,
        id,
        kind: 'task',
        parent,
        text: text.trim(),
        owner: owner.owner === null ? null : inFullFromAddressees(owner.owner, addressees),
        coordinators: owner.coordinators,
        deadlineText: deadline?.text ?? null,
        due: deadline?.due ?? null,
        recurrence: deadline?.recurrence ?? null,
        result,
        page,
        warnings: w,
        ...(options.explain === true ? {rules: [...rules]} : {})
      })
    }

    const visit = (node: Node, inherited: Inherited): void => {
      if (node.parent === null && node.kind === 'roman' && part.name === null) chapters.push({id: idOf(node), block: node.index, text: node.text.trim(), page: node.page})
      // Bullets and enumerations outside any numbered item are lists in running text (a distribution list, a recital).
      if (node.parent === null && (node.kind === 'enum' ? !inlineBody : (node.kind === 'dash' || node.kind === 'plus') && !bulletBody)) return
      // Not a task (`not-tasks.ts`: reports, aims, formulas, approvals, pointers to an appendix …): neither its items.
      // `2. Nội dung công việc, thời gian và phân công thực hiện:` with nothing under it but a table: a lead-in
      // to the table's rows (which are the tasks), no task of its own (`tableLeads`).
      const tableLead = node.children.length === 0 && node.body === '' && /:\s*$/u.test(node.text) && tableFollows(node)
      const notTask = notTaskRule(node, {...context, noTaskKind, reply, appendix})
      if (notTask !== null && !(tableLead && notTask === 'not-table-pointer')) return
      const id = idOf(node)
      const parentId = node.parent ? idOf(node.parent) : null
      const headingOnly = isHeadingOnly(node)
      const enumeration = headingOnly ? null : splitEnumeration(node.text, context)
      // `2. … Ban Thường vụ xác định ba khâu cần tập trung: (1) …; (2) …. Để thực hiện, … yêu cầu:` over
      // `a) Sở X …`: the inline list names the priorities and the lettered items assign them; a list that
      // assigns nothing itself (no body named, no request in its lead) is no tasks of its own then, and the item heads its letters as a group.
      const prioritiesOnly = enumeration !== null && node.children.length > 0 && !/(?<![\p{L}])(?:giao|yêu\s+cầu|đề\s+nghị|chủ\s+trì)(?![\p{L}])/iu.test(enumeration.lead) && enumeration.items.every((item) => ownersOf(item.text).length === 0)
      // Labelled lines under the task (`Đơn vị chủ trì: …`, `Thời gian hoàn thành: …`) say it outright.
      const fields = fieldsOf(node.text)
      // `2. Các đơn vị thực hiện phần việc được giao tại Phụ lục …. Văn phòng Bộ theo dõi, đôn đốc …`: where the
      // document carries the appendix, a first sentence that sends the work there names no owner of the item.
      const ownText = withoutPointer(enumeration ? enumeration.lead : withoutFields(node.text), appendix)

      // `**2. Sở Tài chính**` (or `2. Sở Tài chính` alone on its line) set apart, then its paragraph (`Tham mưu
      // bổ sung kinh phí …`): the title is the agency. Read apart from the paragraph, whose first word an OCR
      // may have spoilt (`Pua nội dung …` for `Đưa`) so that title and paragraph read as one long name.
      const title = titleOf(node)
      let owners = ownersFromHeading(title ?? node.text)
      // `1. Sự Du lịch` over its lettered items, read by OCR: the heading is a body's name the repair got wrong.
      const snapped = owners.length === 0 && headingOnly && node.ocr === true ? ocrHeadingName(node.text) : null
      if (snapped) {
        owners = [snapped]
        // Its items take the name: each says it was guessed, for the clerk to check.
        const warning: TaskWarning = {code: 'owner-repaired', message: `heading "${node.text.trim()}" read as ${snapped}`}
        const mark = (n: Node): void => {
          for (const child of n.children) {
            child.warnings.push(warning)
            mark(child)
          }
        }
        mark(node)
      }
      // Under an agency, `Lãnh đạo UBND tỉnh ban hành …` is the verb "lead", not "the leadership of".
      // So is `Chỉ đạo Sở Y tế tăng cường …` under a lead-in: the addressee directs, the agency named does the work for it.
      const leadVerb = inherited.owner !== null && /^(?:Lãnh\s+đạo[\s,]|Chỉ\s+đạo\s+(?!như\s+sau))/u.test(ownText)
      // The subject of a later sentence (`… Các đoàn kiểm tra cần chú ý …`) does one part of
      // the task: it owns the task only when nothing above names an owner.
      // After an approval that gives the work in its next sentence (`Thống nhất với đề xuất của Sở Y tế … Sở Y tế
      // hoàn chỉnh hồ sơ …`), that sentence's subject is the owner.
      // A letter's addressees are above too: `4. Báo cáo kết quả về Bộ Nội vụ (qua Cục Công chức, viên chức) …`
      // in a letter to the provinces is the provinces' report, not the department's.
      // A directive with no written subject, or (outside a report going up) any item with none, may be the addressees'.
      const addresseesMayOwn = addressees.length > 0 && (node.addressee || (!headingOnly && !sentUp))
      const addresseesAbove = addresseesMayOwn && node.headingOwner === null
      const named = (text: string): string[] => {
        const found = ownersWithPlace(text)
        return found.place === 'later' && (inherited.owner !== null || addresseesAbove) && !(approvalFirst.test(text) && assignsLater(text)) ? [] : found.owners
      }
      // `**3. Các phòng chuyên môn thuộc Sở**` over `Phòng Kế hoạch - Tài chính chủ trì …`: the paragraph names
      // which of the bodies the heading groups does the work.
      // So does the lead-in of its inline list (`**2. Đối với tỉnh**` then `Đề nghị UBND tỉnh Gia Lai …: (1) …; (2) …`).
      if (owners.length > 0 && node.body !== '' && node.children.every((c) => c.kind === 'enum')) {
        const own = ownersWithPlace(node.body)
        if (own.place === 'start' && own.owners.length > 0) owners = own.owners
      }
      // A title set apart over a paragraph that opens with its body (`**2. Khôi phục sản xuất**`, `Phòng Kinh tế …
      // thống kê …`): the paragraph's subject, before any owner from above.
      if (owners.length === 0 && title !== null && !headingOnly) {
        const own = ownersWithPlace(withoutFields(node.body))
        if (own.place === 'start') owners = own.owners
      }
      if (owners.length === 0 && fields.owner) owners = fields.owner
      // `1. Cử tri xã A kiến nghị: … Trả lời: … Ủy ban nhân dân tỉnh giao Sở X …`: an answer to a petition names
      // who acts in its answer, as the subject of any of its sentences; the petitioners and the addressee do nothing.
      const answerAt = owners.length === 0 ? petitionAnswerAt(ownText) : -1
      if (answerAt >= 0) owners = ownersWithPlace(ownText.slice(answerAt)).owners
      if (owners.length === 0 && !leadVerb) owners = answeringThenWork(ownText) ?? named(ownText)
      // `4. Đối với Sở Y tế các tỉnh, thành phố: (1) Chỉ đạo …; (2) …`: the lead names whose the inline items are.
      if (owners.length === 0 && enumeration) owners = leadInOwners(enumeration.lead)
      if (owners.length === 0 && !leadVerb && node.body !== '') owners = named(node.body)
      // `… . Hoàn thành việc thu dọn … chậm nhất ngày 15/4/2027.` split from `Yêu cầu UBND các xã …`: theirs.
      if (owners.length === 0 && node.ownerText !== undefined && !node.addressee) owners = named(node.ownerText)
      const fromGroup = owners.length === 0 && node.headingOwner !== null
      if (fromGroup) owners = ownersFromHeading(node.headingOwner!)
      // Under a title set apart (`7. Sở Văn hóa, Thể thao và Du lịch` then `Chủ trì, phối hợp với …`), the paragraph names them.
      const ownCoordinators = fields.coordinators ?? coordinatorsOf(title !== null && node.body !== '' && !enumeration ? withoutFields(node.body) : ownText)
      // `Đề nghị Quý cơ quan …`, `Khẩn trương báo cáo …`: no subject written, the letter's addressees do it.
      // A lead-in's addressees (`… đề nghị UBND các xã thực hiện một số nội dung sau:`) come first.
      // So does a numbered item with no subject in a letter: `Kính gửi: Sở Nông nghiệp và Môi trường.` then
      // `1. Khẩn trương hoàn thiện phương án …` (the lead-in names no one).
      const toAddressee = owners.length === 0 && !fromGroup && addresseesMayOwn && inherited.owner === null
      if (toAddressee) owners = [addressees.join('; ')]
      const here = ownOrInherited(owners, ownCoordinators, inherited, 1)
      const deadlineText = enumeration ? `${enumeration.lead} ${enumeration.closing}` : withoutApprovals(node.text)
      // A heading's own deadline (`2. Phát triển hạ tầng số, hoàn thành trong quý III/2026:`) closes the group: its items inherit it.
      const own = (fields.deadline === undefined ? null : fieldDeadline(fields.deadline, context)) ?? parseDeadline(deadlineText, context)
      // `Các nhiệm vụ trên hoàn thành trước ngày …` after the list this item belongs to.
      const fromList = own === null && node.listDeadline !== undefined ? parseDeadline(node.listDeadline, context) : null
      here.deadline = own ?? fromList ?? inherited.deadline

      const warnings: TaskWarning[] = [...node.warnings]
      if (toAddressee) warnings.push({code: 'owner-addressee', message: `no subject written: owner taken from the addressees ("Kính gửi", or the list under a telegram's "điện:")`})
      // As a table's sub-row that takes its row's deadline: the task states none, the heading above does.
      if (own === null && here.deadline !== null) warnings.push({code: 'deadline-inherited', message: `deadline "${here.deadline.text}" taken from ${fromList ? 'the sentence after the list' : 'the heading above'}`})
      // Which rules produced the record (the `explain` option): how the item was found, where its owner and deadline came from.
      const ownerRule = toAddressee ? 'owner-addressee' : fromGroup ? 'owner-agency-line' : owners.length > 0 ? (fields.owner && owners === fields.owner ? 'owner-field-line' : 'owner-subject') : here.owner !== null ? 'owner-inherited' : 'owner-missing'
      const deadlineRule = own !== null ? (fields.deadline !== undefined && own.text !== null && fields.deadline.includes(own.text) ? 'deadline-field-line' : 'deadline-own') : here.deadline !== null ? 'deadline-inherited' : null
      const rules = [node.kind === 'directive' ? 'directive-paragraph' : `marker-${node.kind}`, ...node.rules, ownerRule, ...(deadlineRule ? [deadlineRule] : [])]
      const start = tasks.length
      // `4. Sở Y tế kiểm tra …; Sở Nông nghiệp và Môi trường chỉ đạo …`: one sentence that gives two bodies
      // work of their own is two tasks, `4.1` and `4.2`, under a group record for the item.
      const shared = headingOnly || enumeration || fields.owner || fields.deadline !== undefined ? null : node.children.length > 0 ? null : node.body !== '' ? paragraphItem(node) : sharedItem(node.text)
      const steps = shared === null && !headingOnly && !enumeration && !fields.owner && fields.deadline === undefined ? headedSteps(node) : null
      if (steps) {
        // `6. UBND các xã, phường:` over a paragraph of steps: the body's tasks, one a sentence, as bullets would be.
        tasks.push({...groupRecord(id, parentId, node, here.owner, null, options.explain === true ? [`marker-${node.kind}`, 'owner-agency-line', 'split-sentences'] : null), text: steps.heading})
        for (const [k, step] of steps.sentences.entries()) {
          const ownDeadline = parseDeadline(step, context)
          const stepDeadline = ownDeadline ?? inherited.deadline
          emit(`${id}.${k + 1}`, id, step, {...here, coordinators: coordinatorsOf(step)}, stepDeadline, node.page, [...node.warnings], null, [`marker-${node.kind}`, 'split-sentences', 'owner-inherited', ...(ownDeadline ? ['deadline-own'] : stepDeadline ? ['deadline-inherited'] : [])])
        }
      } else if (shared) {
        tasks.push(groupRecord(id, parentId, node, null, null, options.explain === true ? [`marker-${node.kind}`, 'split-subjects'] : null))
        for (const [k, piece] of shared.entries()) {
          // `Thủ tướng Chính phủ đồng ý …; Bộ Tài chính …`: a grant among the pieces is none of their work.
          if (approvesOnly(piece)) continue
          // (A step with no subject of its own is the item's: `Đồng thời, chỉ đạo Chi cục …`.)
          const pieceOwners = ownersOf(piece)
          const pieceHere = pieceOwners.length === 0 && k > 0 ? {...here, coordinators: coordinatorsOf(piece)} : ownOrInherited(pieceOwners, coordinatorsOf(piece), inherited, 0)
          const pieceDeadline = parseDeadline(piece, context) ?? inherited.deadline
          emit(`${id}.${k + 1}`, id, piece, pieceHere, pieceDeadline, node.page, [...node.warnings], null, [`marker-${node.kind}`, 'split-subjects', 'owner-subject', ...(pieceDeadline ? ['deadline-own'] : [])])
        }
      } else if (tableLead) {
        tableLeads.push({task: groupRecord(id, parentId, node, here.owner, here.deadline, options.explain === true ? [`marker-${node.kind}`, 'table-lead-in', ownerRule] : null), block: node.index})
        return
      } else if (!headingOnly && !prioritiesOnly) emit(id, parentId, enumeration ? enumeration.lead : withoutFields(node.text), here, here.deadline, node.page, warnings, fields.result ?? null, rules)

      if (enumeration && !prioritiesOnly) {
        const closing = enumeration.closing === '' ? null : parseDeadline(enumeration.closing, context)
        for (const item of enumeration.items) {
          const itemOwners = ownersOf(item.text)
          const itemCoordinators = coordinatorsOf(item.text)
          // An enumeration is part of its item's own text: no step further from the owner.
          const itemInherited = ownOrInherited(itemOwners, itemCoordinators, here, 0)
          const itemDeadline = parseDeadline(item.text, context) ?? closing ?? here.deadline
          const itemRules = ['marker-inline-enum', itemOwners.length > 0 ? 'owner-subject' : itemInherited.owner !== null ? 'owner-inherited' : 'owner-missing', parseDeadline(item.text, context) ? 'deadline-own' : closing ? 'deadline-list-closing' : itemDeadline ? 'deadline-inherited' : null].filter((r): r is string => r !== null)
          emit(`${id}.${item.label}`, id, item.text, itemInherited, itemDeadline, node.page, [], null, itemRules)
        }
      }
      // The block each task was read from, for `extractTasks` to put task tables in document order.
      while (blocks.length < tasks.length) blocks.push(node.index)
      for (const child of node.children) visit(child, here)
      // A heading that groups tasks without assigning one (`2. Chỉ đạo, điều hành …`): a record of kind
      // `group`, in its place before its items, so that every `parent` names a record of the output.
      if ((headingOnly || prioritiesOnly) && tasks.slice(start).some((t) => t.parent === id)) {
        tasks.splice(start, 0, groupRecord(id, parentId, node, owners.length > 0 ? owners.join('; ') : null, own, options.explain === true ? [`marker-${node.kind}`, 'group-heading'] : null))
        blocks.splice(start, 0, node.index)
      }
    }
    const groupRecord = (id: string, parent: string | null, node: Node, owner: string | null, deadline: Deadline | null, rules: string[] | null): Task => ({
      file: doc.file,
      id,
      kind: 'group',
      parent,
      text: node.text.trim(),
      owner: owner === null ? null : inFullFromAddressees(owner, addressees),
      coordinators: [],
      deadlineText: deadline?.text ?? null,
      due: deadline?.due ?? null,
      recurrence: deadline?.recurrence ?? null,
      result: null,
      page: node.page,
      warnings: [],
      ...(rules ? {rules} : {})
    })

    for (const root of part.roots) visit(root, {owner: root.leadOwners.length > 0 ? root.leadOwners.join('; ') : null, coordinators: [], deadline: null, ownerDistance: 0})
  })
  return {tasks, blocks, chapters, tableLeads}
}
