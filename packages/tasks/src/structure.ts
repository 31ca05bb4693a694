import type {Block, TaskWarning, VanbanDocument} from '@vanban/core'
import {addresseesOf, isGreeting} from './addressees.ts'
import {parseDeadline} from './deadline.ts'
import {classifySentence, directivesOf, isImplementRequest} from './directives.ts'
import {fieldScope, isFieldLine} from './fields.ts'
import {appendixName, letterAfter, markerOf, ocrUnitForm, rank, tableGroupRow} from './markers.ts'
import {readByOcr, repairOcrMarkers, specksBeforeBody} from './ocr-markers.ts'
import type {MarkerKind} from './markers.ts'
import {agencyHeading, leadInOwners, predicateOf} from './owner.ts'
import {startsWithAgencyHead} from './agencies.ts'
import {bareLetters} from './tone-key.ts'

export {markerOf}
export type {MarkerKind}

/** A paragraph of the notice after joining the pieces a page break or a blank line cut apart. */
export interface Unit {
  text: string
  page: number | null
  /** Set in bold or a Markdown heading: a section title rather than running text. */
  heading: boolean
  /** Index of the first block, for telling how far apart two units are. */
  index: number
  /** Read by OCR (`readByOcr`): its list markers get OCR's tolerance (`ocr-markers.ts`). */
  ocr: boolean
}

/** A numbered node before it becomes a task. */
export interface Node {
  kind: MarkerKind
  /** As printed: `1`, `II`, `a`, `đ`; the ordinal for bullets; `(2)` for enumerations. */
  label: string
  /** Text after the marker, with the unmarked paragraphs that follow it joined on. */
  text: string
  /** The marker's own line was a bold or Markdown heading. */
  heading: boolean
  /** Text after the heading line when the title is set apart (`**1. Title**` then a paragraph). */
  body: string
  /** The unmarked paragraphs joined on after the marker's own, each as printed. */
  paragraphs?: string[]
  /** The body began before any item under the node (a chapter's own statement, not a paragraph after its items). */
  bodyFirst?: boolean
  page: number | null
  index: number
  part: number
  children: Node[]
  parent: Node | null
  warnings: TaskWarning[]
  /** Written where the notice reports (results, assessment), not where it directs. */
  narrative: boolean
  /** An unnumbered agency line above this node (`**Bộ Y tế**` then bullets): its owner unless it names its own. */
  headingOwner: string | null
  /** Read by OCR (`readByOcr`): a heading that names a body may need the gazetteer's spelling. */
  ocr?: boolean
  /** The agency line most recently printed among this node's children. */
  groupOwner: string | null
  /** The addressees of the paragraph that introduced the list this root opens (`… yêu cầu các sở, ngành thực hiện các nhiệm vụ sau:`). */
  leadOwners: string[]
  /** A directive with no written subject (`Đề nghị Quý cơ quan …`): the letter's addressees own it. */
  addressee: boolean
  /** A next step split from the directive before it (`directive-next-step`): the text whose subject owns it. */
  ownerText?: string
  /** A bullet's glyph as printed (`-`, `–`, `•`): a second glyph under an item ending in a colon is a level in. */
  glyph?: string
  /** Ids of the rules that read this node (for the `explain` option). */
  rules: string[]
  /** A deadline the list gives all its items after the last (`Các nhiệm vụ trên hoàn thành trước ngày …`). */
  listDeadline?: string
}

/**
 * The title of a node whose title is set apart (`**2. Sở Tài chính**` then its paragraph, or `2. Sở Tài chính`
 * alone on its line): the text before the body, without its closing period; null when the node has no such title.
 */
export function titleOf(node: Node): string | null {
  if (node.bodyFirst !== true || node.body === '' || !node.text.endsWith(node.body)) return null
  const title = node.text.slice(0, node.text.length - node.body.length).replace(/[.\s]+$/u, '')
  // Without the bold (plain text, an OCR'd copy), a title that is only a body's name is set apart all the same.
  return node.heading || agencyHeading(title) !== null ? title : null
}

/** `III. KIẾN NGHỊ, ĐỀ XUẤT`, `4. Đề xuất, kiến nghị` (no `NHIỆM VỤ` in it): a report's requests to its superiors. */
const proposalsTitle = /^(?:[IVX]{1,5}|\d{1,2})?\s*[.\-–)]?\s*(?:KIẾN\s+NGHỊ|ĐỀ\s+XUẤT)(?:\s*(?:,|VÀ)\s*(?:KIẾN\s+NGHỊ|ĐỀ\s+XUẤT))?\s*[.:]?\s*$/u

/** `Các nhiệm vụ trên hoàn thành trước ngày 15/12/2026.`: one deadline for the items of the list above. */
const listDeadlineLine = /^(?:Các|Những|Toàn\s+bộ(?:\s+các)?)\s+(?:nhiệm\s+vụ|nội\s+dung|công\s+việc)\s+(?:nêu\s+)?trên(?:\s+đây)?\s+(?:phải\s+|cần\s+|được\s+)?(?:hoàn\s+thành|thực\s+hiện\s+xong|xong)(?![\p{L}])/iu

/** `Các nội dung tại điểm a và điểm b khoản này …`: the lettered points a later sentence speaks of. */
// (Or a deadline label naming them: `Thời gian hoàn thành các nhiệm vụ tại các điểm a, b và c khoản này: Trong năm 2026.`)
const namedPoints = /^(?:(?:Các|Những)\s+|Thời\s+(?:gian|hạn)(?:\s+(?:hoàn\s+thành|thực\s+hiện))?\s+(?:các\s+)?)(?:nhiệm\s+vụ|nội\s+dung|công\s+việc|việc)\s+(?:nêu\s+)?(?:tại|ở)\s+(?:các\s+)?(điểm\s+[a-zđ](?:\s*(?:,|và)\s*(?:điểm\s+)?[a-zđ])*)(?![\p{L}])/u

export interface Part {
  /** Shortened printed name (`PL`, `PLI`, `PLII`), or null for the notice itself. */
  name: string | null
  roots: Node[]
}

/** Markdown marks a converter left in the text; most blocks have none and skip the regular expressions (a hot path). */
function stripMarkup(s: string): string {
  const text = s.normalize('NFC')
  if (!/[*_#\\\n]/u.test(text)) return text.trim()
  return text
    .replace(/\*\*|__/g, '')
    .replace(/(?<!\w)[*_](?=\S)|(?<=\S)[*_](?!\w)/gu, '')
    .replace(/^#{1,6}\s*/u, '')
    .replace(/\\([*_#\-.])/g, '$1')
    .replace(/[ \t]*\n[ \t]*/g, '\n')
    .trim()
}

const isText = (b: Block): b is Extract<Block, {text: string}> => b.kind !== 'table'

/** The nearest blocks with text on either side of a block are tables. */
function betweenTables(blocks: readonly Block[], index: number): boolean {
  const nearest = (step: 1 | -1): Block | undefined => {
    for (let k = index + step; k >= 0 && k < blocks.length; k += step) {
      const b = blocks[k]!
      if (b.kind === 'table' || b.text.trim() !== '') return b
    }
    return undefined
  }
  return nearest(-1)?.kind === 'table' && nearest(1)?.kind === 'table'
}

/**
 * Blocks → units: drop tables (another module reads them) and table rows that
 * reached us as text (tab-separated), strip leftover Markdown, and join a block
 * that starts in lower case onto the one before — a sentence cut by a page
 * break or a stray blank line.
 */
export function unitsOf(doc: VanbanDocument): Unit[] {
  const units: Unit[] = []
  // Where most of a document came through OCR, so did the rest: a paragraph the repair left as it was
  // (`1. Sô Xây dung`, marks a French-model engine gave) needs the same tolerance as its neighbours.
  const texts = doc.blocks.filter(isText)
  const ocrDocument = texts.length > 0 && texts.filter(readByOcr).length >= 0.5 * texts.length
  doc.blocks.forEach((block, index) => {
    if (!isText(block)) {
      units.push({text: '', page: null, heading: false, index, ocr: false})
      return
    }
    // A rule drawn under the issuer's name comes back from OCR as a line of dashes (`—`) glued to the next line;
    // a Party document prints a star (`*`) there.
    const raw = block.text.replace(/^\s*(?:[-–—_=]+|\*{1,3})\s*\n/u, '').replace(/^\s*\*{1,3}\s+(?=Số\s*:?\s*\d)/u, '')
    if (raw.includes('\t')) return
    const ocr = ocrDocument || readByOcr(block)
    let text = ocr ? ocrUnitForm(stripMarkup(raw)) : stripMarkup(raw)
    // Rules, and a page number left in the text (`- 2 -`) when the document was not normalized:
    // the sentence the page break cut joins across it.
    if (text === '' || /^[-_=*\\\s]{3,}$/u.test(text) || /^\*{1,3}$/u.test(text) || /^\s*[–—]+\s*$/u.test(text) || pageNumberLine.test(text)) return
    // The national motto and what the header set before it on the line (`THÀNH PHỐ CẦN THƠ Độc lập - Tự do -
    // Hạnh phúc`, as OCR or a PDF joins the two columns): header, no task. What follows it stays (`Số: …, Kính gửi:`).
    if (motto.test(text)) {
      const rest = text.replace(mottoThrough, '')
      if (rest.trim() === '') return
      text = rest
    }
    // A table's group row a reader set apart between two pages of the table: a row of the table (`table.ts`), no heading here.
    if (tableGroupRow.test(text) && betweenTables(doc.blocks, index)) {
      units.push({text: '', page: null, heading: false, index, ocr: false})
      return
    }
    const heading = block.kind === 'heading' || block.bold === true || /^\s*#{1,6}\s/u.test(raw) || /^\s*\*\*[^*]+\*\*\s*$/u.test(raw.replace(/\n/g, ' '))
    const prev = units.at(-1)
    // `… giai đoạn 2026` / `- 2030, trình …`: a line wrapped inside a range of years, not a bullet.
    const wrappedRange = prev !== undefined && /\d{4}\s*$/u.test(prev.text) && /^[-–]\s*\d{4}(?!\d)/u.test(text)
    // `… ngành cơ khí` / `- điện tử đến năm 2035, …`: a hyphenated phrase wrapped at its hyphen, not a bullet
    // (the line before ends inside a sentence, the next goes on in lower case).
    const wrappedHyphen = prev !== undefined && /\p{Ll}$/u.test(prev.text) && /^[-–]\s+\p{Ll}/u.test(text)
    // (Not, in OCR'd text after a finished sentence, specks in a lost number's place before a body's name:
    // `ở Ba Ủy ban nhân dân các xã …` is the next item, `ocr-number-period`.)
    const nextItem = ocr && /\.\s*$/u.test(prev?.text ?? '') && specksBeforeBody(text) > 0
    if (prev && prev.text !== '' && ((/^\p{Ll}/u.test(text) && !markerOf(text) && !nextItem) || wrappedRange || wrappedHyphen)) {
      prev.text = `${prev.text} ${text}`.replace(/\s+/gu, ' ')
      return
    }
    const flat = text.includes('\n') ? text.replace(/\s*\n\s*/gu, ' ') : text
    // `Bộ Tài chính đề nghị các bộ thực hiện: (1) rà soát …; (2) tổng hợp …`: a paragraph that assigns an
    // inline list is its lead-in and its items, as if each item stood on its own line.
    // A PDF line may join the header and `Kính gửi:` (`… Hà Nội, ngày 05 tháng 3 năm 2026 Kính gửi:`): the greeting starts a unit.
    for (const line of flat.split(/\s+(?=Kính\s+gửi\s*:)/u)) {
      for (const piece of inlineList(line)) units.push({text: piece, page: block.provenance.page, heading, index, ocr})
    }
  })
  return repairOcrMarkers(inlineListGoesOn(units.filter((u) => u.text !== '')))
}

/**
 * `đ) Đề nghị … chỉ đạo: (1) Rà soát …` then a paragraph `(2) Chỉ đạo …` (`; (3) …`): the item's inline
 * list goes on, and the paragraph joins the item — else `(1)` stays inside the item's text and only
 * `(2)` becomes its child. A line break a converter or OCR made, or the writer's own. Not after a unit
 * that is itself an item `(k)`: that list stands on its lines already.
 */
function inlineListGoesOn(units: Unit[]): Unit[] {
  const out: Unit[] = []
  for (const unit of units) {
    const prev = out.at(-1)
    const m = /^\((\d{1,2})\)\s/u.exec(unit.text)
    const n = m ? Number(m[1]) : 0
    if (prev && n > 1 && !prev.heading && markerOf(prev.text)?.kind !== 'enum' && inlineEnum(1, prev.text) && inlineEnum(n - 1, prev.text)) {
      prev.text = `${prev.text} ${unit.text}`
      continue
    }
    out.push(unit)
  }
  return out
}

/** `(k)` inside a paragraph, as a list item: after a sign or a space, before a space. */
const inlineEnum = (k: number, text: string): boolean => new RegExp(`(?:^|[\\s:;.])\\(0?${k}\\)\\s`, 'u').test(text)

/**
 * An unmarked paragraph of a directive lead-in ending in a colon and an inline numbered list
 * (`… đề nghị các bộ thực hiện: (1) …; (2) …`, `Đối với UBND các tỉnh: (1) …`) → the lead-in and
 * one piece per item; any other text → itself. Inside a numbered item the list stays in the
 * item's text (its enumeration).
 */
function inlineList(text: string): string[] {
  if (markerOf(text) !== null) return [text]
  const first = /:\s*\(1\)\s+/u.exec(text)
  if (!first || !/;\s*\(2\)\s+/u.test(text)) return [text]
  const lead = text.slice(0, first.index + 1)
  if (!/(?:đề\s+nghị|yêu\s+cầu|giao|chỉ\s+đạo)\s|^Đối\s+với\s/iu.test(lead)) return [text]
  const items = text.slice(first.index + 1).trim().split(/(?<=;)\s*(?=\(\d{1,2}\)\s)/u)
  return [lead, ...items.map((item) => item.trim())]
}


/** `2`, `- 2 -`, `Trang 2`, `2/5` alone: a page number. */
const motto = /Độc\s+lập\s*[-–]\s*Tự\s+do\s*[-–]\s*Hạnh\s+phúc|CỘNG\s+HÒA\s+XÃ\s+HỘI\s+CHỦ\s+NGHĨA/iu
const mottoThrough = /^[\s\S]*(?:Độc\s+lập\s*[-–]\s*Tự\s+do\s*[-–]\s*Hạnh\s+phúc|CỘNG\s+HÒA\s+XÃ\s+HỘI\s+CHỦ\s+NGHĨA\s+VIỆT\s+NAM)[\s.,;:*-]*/iu
const pageNumberLine = /^\s*(?:[-–]\s*\d{1,3}\s*[-–]|(?:trang\s+)?\d{1,3}(?:\s*\/\s*\d{1,3})?)\s*$/iu

/**
 * A last paragraph (`./.`) that opens by asking everyone to carry the plan out (`Các cơ quan, đơn vị căn cứ
 * nhiệm vụ được phân công chủ động triển khai thực hiện. Kinh phí … ./.`, `… yêu cầu Thủ trưởng các đơn vị
 * nghiêm túc thực hiện; trong quá trình triển khai nếu có khó khăn …./.`): closing as a whole, not cut.
 */
const closingParagraph = (text: string): boolean =>
  /\.\/\.\s*$/u.test(text) && markerOf(text) === null && isImplementRequest(text.split(/(?<=\.)\s+(?=\p{Lu})|;\s+/u)[0]!) && parseDeadline(text) === null

/**
 * The distribution list and the closing formula read by OCR with their marks wrong (`Nọi nhân: :`,
 * `thông báo để … biết, thực hiên./.`), told by their bare letters. Most units start with neither
 * and skip the decomposition (`isClosing` is asked of every unit).
 */
function closingReadByOcr(text: string): boolean {
  const list = /^n/iu.test(text)
  const formula = /\.\/\.\s*$/u.test(text)
  if (!list && !formula) return false
  const bare = bareLetters(text)
  // (`Nọ nhân:`: OCR lost the `i` too.)
  return (list && /^no[a-z]?\s+nh[a-z]n\s*:/iu.test(bare)) || (formula && /thong\s+bao\s+(?:de|cho|den)\s.*(?:biet|thuc\s+hien)\s*\.\/\.\s*$/iu.test(bare))
}

/** Signature, distribution list and the closing formula: no task is taken until numbering starts again. */
export function isClosing(text: string): boolean {
  return (
    // (Also as the first cell of a signature table a Markdown reader keeps as text: `| **Nơi nhận:**<br>…`.)
    /^(?:[|*]\s*)*nơi\s+nhận\s*:?/iu.test(text) ||
    closingReadByOcr(text) ||
    /^(?:KT|TM|TL|TUQ)\.\s/u.test(text) ||
    // A Party body signs `T/M BAN THƯỜNG VỤ`, `T/M TỈNH ỦY` (and some offices `TM ỦY BAN …` without the period).
    /^(?:T\/M|K\/T|T\/L|TM|KT|TL)\.?\s+\p{Lu}{2,}(?:\s+\p{Lu}+)*\s*$/u.test(text) ||
    // (`… xin thông báo đến các sở, ngành … để biết và tổ chức thực hiện./.`)
    /thông\s+báo\s+(?:để|cho|đến)\s.*(?:biết|thực\s+hiện)[./]*$/iu.test(text) ||
    // `Ủy ban nhân dân tỉnh trân trọng báo cáo Thường trực Hội đồng nhân dân tỉnh để thông tin đến cử tri./.`
    (/(?:^|\s)trân\s+trọng\s+(?:báo\s+cáo|thông\s+báo|cảm\s+ơn|đề\s+nghị)[^]*\.\/\.\s*$/u.test(text) && markerOf(text) === null && parseDeadline(text) === null) ||
    // A reply's last line: `Sở Công Thương trả lời để Công ty được biết./.`, `… phúc đáp để Quý cơ quan biết./.`
    /(?:trả\s+lời|phúc\s+đáp|thông\s+tin\s+để)\s.*biết(?:\s+và\s+thực\s+hiện)?\s*\.\/\.\s*$/iu.test(text) ||
    // The invitation to ask: `Trường hợp còn vướng mắc, Công ty có thể liên hệ Phòng … (điện thoại: …) để được hướng dẫn.`
    (/^(?:Trường\s+hợp|Nếu)\s+(?:còn\s+|có\s+)?(?:vướng\s+mắc|khó\s+khăn|chưa\s+rõ|cần\s+trao\s+đổi)[^.;]*\sliên\s+hệ(?![\p{L}])/iu.test(text) && markerOf(text) === null) ||
    // A PDF line may join the closing formula and the distribution list's title: `… thực hiện./. Nơi nhận:`
    /(?:^|[.!?/]\s*)Nơi\s+nhận\s*:?\s*$/u.test(text) ||
    /^(?:SAO\s+Y|SAO\s+LỤC|TRÍCH\s+SAO)\b/u.test(text) ||
    // `Các Bộ trưởng có tên tại Phụ lục chịu trách nhiệm trước Chính phủ về kết quả phần việc của bộ mình./.`
    /chịu\s+trách\s+nhiệm\s+trước\s[^.;]{2,80}\svề\s+kết\s+quả[^.;]*\.\/\.\s*$/u.test(text) ||
    // `Kế hoạch này là căn cứ để đánh giá, xếp loại …`: what the act counts for, before the invitation to ask.
    (/^(?:Nghị\s+quyết|Quyết\s+định|Chỉ\s+thị|Kế\s+hoạch|Chương\s+trình|Thông\s+báo|Công\s+văn)\s+này\s+là\s+căn\s+cứ\s/u.test(text) && markerOf(text) === null) ||
    // `Nghị quyết này … có hiệu lực từ ngày 01/01/2027./.`: the act's own entry into force.
    /^(?:Nghị\s+quyết|Quyết\s+định|Chỉ\s+thị|Kế\s+hoạch|Thông\s+tư|Quy\s+chế)\s+này\s[^]*(?:có\s+hiệu\s+lực|được\s[^]*thông\s+qua)/iu.test(text) ||
    // The last sentence of the body (`./.`) addressed to everyone: `Yêu cầu các cơ quan … thực hiện./.`
    // (One that dates its work, `Đề nghị UBND phường … báo cáo … hằng tuần./.`, is the letter's last task.)
    (/^(?:Yêu\s+cầu|Đề\s+nghị|Trong\s+quá\s+trình)\s/u.test(text) && /\.\/\.\s*$/u.test(text) && markerOf(text) === null && parseDeadline(text) === null) ||
    closingParagraph(text) ||
    // The standard invitation to ask (`Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, đề nghị liên hệ …:`
    // and the contact lines under it), with or without the closing `./.`.
    (/^Trong\s+quá\s+trình\s+(?:tổ\s+chức\s+)?(?:triển\s+khai|thực\s+hiện)[^,.;]*,\s*nếu\s+(?:có|cần|phát\s+sinh)\s/iu.test(text) && markerOf(text) === null) ||
    // A request to every addressee about the tasks as a whole (`Đề nghị Thủ trưởng các cơ quan, đơn vị …
    // thực hiện dứt điểm các nhiệm vụ nêu trên.`): it ends the list, and what follows it is no task's.
    (/^(?:Đề\s+nghị|Yêu\s+cầu)\s+(?:Thủ\s+trưởng\s+|lãnh\s+đạo\s+)?(?:các|những)\s/iu.test(text) &&
      /(?:nhiệm\s+vụ|nội\s+dung|yêu\s+cầu)\s+(?:nêu\s+)?trên(?:\s+đây)?(?![\p{L}])|(?:Văn\s+bản|Công\s+văn|Chỉ\s+thị|Kế\s+hoạch|Thông\s+báo)\s+này/u.test(text) &&
      !/:\s*$/u.test(text) &&
      markerOf(text) === null) ||
    isHonorificRequest(text)
  )
}

/**
 * A letter's closing request to its addressee, by the honorific (`Bộ Công Thương đề nghị Quý Ủy ban
 * quan tâm, chỉ đạo thực hiện.`); the same words ending in a colon are the lead-in of the list, not
 * its end. Before any task it is the letter's one directive (`Đề nghị Quý cơ quan kiểm tra …`).
 */
export function isHonorificRequest(text: string): boolean {
  return /(?:^|\s)đề\s+nghị\s+Quý\s+\p{Lu}/iu.test(text) && !/:\s*$/u.test(text) && text.length < 400 && markerOf(text) === null
}

/**
 * A unit whose last sentences are the closing formula (`… quý I/2027. Văn phòng Chính phủ thông báo
 * để các cơ quan biết, thực hiện./.`, a PDF line or a reflowed paragraph): the body before it and
 * the formula, as two units, so the formula neither swallows the last task nor joins it.
 */
function splitClosing(unit: Unit): Unit[] {
  if (!isClosing(unit.text) || closingParagraph(unit.text)) return [unit]
  const sentences = unit.text.split(/(?<=[.!?])\s+(?=\p{Lu})/u)
  for (let k = 1; k < sentences.length; k++) {
    const body = sentences.slice(0, k).join(' ')
    const rest = sentences.slice(k).join(' ')
    // The formula opens a sentence of its own (`2. Sở Nội vụ …` is cut after `2.` too, and that is no formula).
    if (isClosing(sentences[k]!) && isClosing(rest) && !isClosing(body)) return [{...unit, text: body}, {...unit, text: rest}]
  }
  return [unit]
}

/** A node read from `unit`, with no body, children or group owner yet. */
function newNode(unit: Unit, part: number, fields: Pick<Node, 'kind' | 'label' | 'text' | 'parent' | 'warnings' | 'narrative' | 'headingOwner' | 'leadOwners'> & Partial<Pick<Node, 'addressee' | 'rules' | 'ownerText'>>): Node {
  return {addressee: false, rules: [], ...fields, heading: unit.heading, body: '', page: unit.page, index: unit.index, part, children: [], groupOwner: null, ocr: unit.ocr}
}

/** A letter that repeats the previous sibling's is an OCR'd or mistyped `đ` after `d` (`d) … d) …`). */
function letterLabel(label: string, siblings: readonly Node[], warnings: TaskWarning[]): string {
  // Letters rarely repeat: look at the whole list only when the label is taken (keeps long runs linear).
  if (!siblings.some((s) => s.kind === 'letter' && s.label === label)) return label
  const used = new Set(siblings.filter((s) => s.kind === 'letter').map((s) => s.label))
  if (!used.has(label)) return label
  if (label === 'd' && !used.has('đ')) {
    warnings.push({code: 'marker-ambiguous', message: 'letter "d)" printed twice: read the second as "đ)"'})
    return 'đ'
  }
  let n = siblings.filter((s) => s.kind === 'letter' && s.label.startsWith(label)).length + 1
  while (used.has(`${label}${n}`)) n++
  warnings.push({code: 'marker-ambiguous', message: `letter "${label})" printed twice: numbered "${label}${n}"`})
  return `${label}${n}`
}

/** `1.2` under section `1` (or `1.2.3` under `1.2`) is its item `2` (`3`); elsewhere the number stays whole. */
function decimalLabel(printed: string, parent: Node | null): string {
  const path: string[] = []
  for (let n = parent; n && (n.kind === 'number' || n.kind === 'decimal'); n = n.parent) path.unshift(n.label)
  const components = printed.split('.')
  const prefix = components.slice(0, -1).join('.')
  return prefix !== '' && path.join('.').endsWith(prefix) ? components.at(-1)! : printed
}

/** A section's topic as its title: `Về công tác tôn giáo`, `Đối với các dự án chậm tiến độ` (no verb, no sentence). */
const topicTitle = /^(?:(?:Về|Đối\s+với)\s[^.;:!?]{3,160}|(?:Tổ\s+chức|Trách\s+nhiệm)\s+thực\s+hiện|Phân\s+công\s+(?:nhiệm\s+vụ|thực\s+hiện|trách\s+nhiệm)|(?:Các\s+)?nhiệm\s+vụ(?:,\s*giải\s+pháp)?(?:\s+(?:trọng\s+tâm|cụ\s+thể|chủ\s+yếu|thời\s+gian\s+tới|trong\s+thời\s+gian\s+tới))?)\s*\.?$/iu

/**
 * A numbered title in bold of no sentence (`**1. Bảo đảm an toàn tính mạng và ổn định đời sống Nhân dân**`): the
 * paragraphs under it that each give a body work (`Sở Y tế chủ trì …`, `Công an tỉnh, Bộ Chỉ huy Quân sự tỉnh bố
 * trí …`) are its tasks, as under a topic (`1.1`, `1.2`; one alone is the item's own). Not a body's name as
 * title (`**2. Sở Xây dựng**`): its paragraphs are that body's item.
 */
const boldTitle = /^[^.;:!?]{3,160}$/u

/**
 * The same title where the bold is lost (plain text, OCR): a line of its own, at most 20 words, no end mark, no
 * clause (`1. Về công tác theo dõi, ứng phó hạn hán …`, `3. Khôi phục hạ tầng giao thông, thủy lợi và điện`).
 */
const plainTitle = (text: string): boolean => text.split(/\s+/u).length <= 20 && !/[.;:!?]\s*$/u.test(text) && predicateOf(text) === null

/**
 * In a document whose list numbers were read apart (`markerColumn`), a paragraph that opens with a body's own
 * assignment (`Bộ Tài chính chủ trì, phối hợp …`) after an item's complete paragraph is the next item of its
 * kind, its number lost; it had joined the item before as one more paragraph.
 */
/**
 * List markers with no item after them: a unit of markers only (`1.`, `a)`), or two in a row inside a unit (`…
 * 2027. a) b)`, lines of bare markers joined to the unit before). Numbers read apart from their items.
 */
const markerSource = String.raw`(?:\d{1,2}(?:\.\d{1,2})*\.|\p{L}{1,3}\))`
const onlyMarkers = new RegExp(`^${markerSource}(?:\\s+${markerSource})*$`, 'u')
const markerPair = new RegExp(`(?:^|\\s)${markerSource}\\s+${markerSource}(?=\\s|$)`, 'u')

function lostItem(open: Node | undefined, text: string): {kind: MarkerKind; label: string; rest: string} | null {
  if (!open || (open.kind !== 'number' && open.kind !== 'decimal' && open.kind !== 'letter') || open.children.length > 0) return null
  // (Bare markers joined after the item's sentence, `… quý III/2027. a) b)`, do not open it again.)
  const own = open.text.replace(/(?:\s+(?:\d{1,2}(?:\.\d{1,2})*\.|\p{L}{1,3}\)))+\s*$/u, '')
  if (!/[.;]\s*$/u.test(own) || own.trim() === '' || !startsWithAgencyHead(text)) return null
  const first = text.split(/(?<=[.!?])\s+(?=\p{Lu})/u)[0]!
  const read = classifySentence(first, {letter: false, afterTask: false})
  if (read.kind !== 'assignment' || read.addressee) return null
  const label = open.kind === 'letter' ? (letterAfter(open.label) ?? `${open.label}#`) : /^\d+$/u.test(open.label) ? String(Number(open.label) + 1) : `${open.label}#`
  return {kind: open.kind, label, rest: text}
}

/** `Giao Sở X …`, `Bộ Nội vụ giao Cục Y …`: a paragraph that gives work to a body it names. */
const ownAssignment = /^(?:Giao|\p{Lu}[\p{L}\d\s,-]{2,80}?\sgiao)\s+(?:cho\s+)?\p{Lu}/u

/** A report or a submission (`BÁO CÁO`, `TỜ TRÌNH` as the title): it goes up to its addressee, who gives it no work. */
export function isSentUp(units: readonly Unit[]): boolean {
  return units.slice(0, 30).some((u) => /^(?:BÁO\s+CÁO|TỜ\s+TRÌNH)(?:\s|$)/u.test(u.text.replace(/[*_#\\]/gu, '').trim()))
}

/**
 * Units → parts of nested nodes. A new part starts at an appendix title; a
 * marker nests inside the nearest open node of an outer kind; an unmarked
 * paragraph joins the open node (its body); after the closing formula or a
 * "Nơi nhận" list nothing joins until a numbered or lettered marker.
 */
export function buildParts(read: readonly Unit[]): Part[] {
  const units = read.flatMap(splitClosing)
  // A letter (`Kính gửi: …`): a directive with no written subject is its addressees'.
  const sentTo = addresseesOf(units)
  const letter = sentTo.length > 0
  // The document carries an appendix: a sentence that sends its work there assigns none itself.
  const carriesAppendix = units.some((u) => appendixName(u.text) !== null)
  const {room, listedPart} = directiveRoom(units)
  // List numbers OCR read as a column of their own (Word's automatic numbering, printed with a hanging indent):
  // two or more bare markers (`1.`, `a)` on lines apart), and most numbers lost (`lostItem`).
  const markerColumn = units.reduce((n, u) => n + (onlyMarkers.test(u.text.trim()) ? 1 : markerPair.test(u.text) ? 2 : 0), 0) >= 2
  const parts: Part[] = [{name: null, roots: []}]
  let stack: Node[] = []
  let closed = false
  // A report (`BÁO CÁO`) reports until a part on tasks or proposals begins.
  // A Word file or web page gives the header table's cells one unit each: the title alone on its line
  // (`BÁO CÁO`) may come a few units later.
  const reportBody = units.slice(0, 5).some((u) => /^BÁO\s+CÁO\b/u.test(u.text)) || units.slice(0, 14).some((u) => /^BÁO\s+CÁO$/u.test(u.text.replace(/[*_#\\]/gu, '').trim()))
  const sentUp = reportBody || isSentUp(units)
  let narrative = reportBody
  // `narrative` was set by a section title that reports or sets aims (`I. MỤC TIÊU`).
  let aimsChapter = false
  let rootGroupOwner: string | null = null
  // Addressees of a lead-in paragraph outside any list: the owners of the roots that follow.
  let rootLeadOwners: string[] = []
  // `narrative` was set by a paragraph introducing results, not by a section title.
  let resultsList = false
  let addressees = false
  let greeted = false
  for (const [i, unit] of units.entries()) {
    const appendix = appendixName(unit.text)
    if (appendix !== null) {
      parts.push({name: appendix, roots: []})
      stack = []
      rootGroupOwner = null
      rootLeadOwners = []
      closed = false
      narrative = false
      aimsChapter = false
      continue
    }
    const zone = zoneOf(unit.text, unit.ocr)
    if (zone !== null) {
      // A report's `KIẾN NGHỊ, ĐỀ XUẤT` asks its superiors (`Đề nghị UBND thành phố ban hành …`): requests
      // sent up, not work assigned. Its own `NHIỆM VỤ` chapter still assigns.
      narrative = zone === 'narrative' || (sentUp && proposalsTitle.test(unit.text))
      resultsList = false
      aimsChapter = narrative
    } else if (aimsChapter && markerOf(unit.text)?.kind === 'roman') {
      // `I. MỤC TIÊU` then `II. NÂNG CAO SỨC KHỎE …`: a chapter of its own title ends the one that set aims.
      narrative = reportBody
      aimsChapter = false
    }
    // `Đề nghị Quý cơ quan kiểm tra …` before any task is the letter's directive, not its closing request.
    // In a letter without numbered items, so is one that sets a deadline (`… đề nghị Quý Sở khẩn trương báo cáo … chậm nhất ngày 20/12/2024.`).
    // So is one followed by more of the body (`Đề nghị Quý Ủy ban bảo đảm kinh phí …` then `Sở Y tế … có trách
    // nhiệm …`): the closing request is the body's last paragraph, or ends in `./.`. A paragraph that opens
    // with the request (`Đồng thời, đề nghị Quý Ủy ban chỉ đạo …`) and asks for more than attention is one
    // even as the last.
    const next = units[i + 1]
    const ownRequest = /^(?:(?:Đồng\s+thời|Ngoài\s+ra|Bên\s+cạnh\s+đó|Mặt\s+khác|Đối\s+với\s[^,;.]{1,150}),\s*)?đề\s+nghị\s+Quý\s/iu.test(unit.text) && !/quan\s+tâm/iu.test(unit.text)
    const midBody = !listedPart[parts.length - 1] && !/\.\/\.\s*$/u.test(unit.text) && ((next !== undefined && !isClosing(next.text)) || ownRequest)
    const firstRequest =
      (parts.at(-1)!.roots.length === 0 || (!listedPart[parts.length - 1] && parseDeadline(unit.text) !== null) || midBody) &&
      isHonorificRequest(unit.text) &&
      !isClosing(unit.text.replace(/(?:^|\s)đề\s+nghị\s+Quý\s/iu, ' '))
    if (isClosing(unit.text) && !firstRequest) {
      closed = true
      stack = []
      rootLeadOwners = []
      continue
    }
    // `Điều 2. Tổ chức thực hiện`: an article of a resolution or decision closes the lists before it;
    // its title says whether what follows directs (`Tổ chức thực hiện`) or states targets (`Các chỉ tiêu …`).
    const article = /^Điều\s+\d{1,2}\s*[.:]\s*/u.exec(unit.text)
    if (article) {
      stack = []
      rootLeadOwners = []
      resultsList = false
      const title = unit.text.slice(article[0].length)
      if (/có\s+hiệu\s+lực|chịu\s+trách\s+nhiệm\s+thi\s+hành/iu.test(title)) {
        closed = true
        continue
      }
      closed = false
      // So do the articles of a policy resolution that set its terms (`Điều 1. Phạm vi điều chỉnh và đối tượng áp
      // dụng`, `Điều 2. Mức hỗ trợ và nguồn kinh phí`): what the policy is, not who does what.
      narrative = /^(?:các\s+|những\s+)?(?:chỉ\s+tiêu|mục\s+tiêu|quan\s+điểm|kết\s+quả|tình\s+hình|đánh\s+giá|phạm\s+vi(?:\s+điều\s+chỉnh)?|đối\s+tượng|mức\s+(?:hỗ\s+trợ|chi|thu|phụ\s+cấp|trợ\s+cấp)|nguồn\s+kinh\s+phí|kinh\s+phí|điều\s+kiện|nguyên\s+tắc|giải\s+thích\s+từ\s+ngữ|nội\s+dung(?:\s+và\s+mức)?\s+hỗ\s+trợ|chính\s+sách\s+hỗ\s+trợ|hiệu\s+lực)(?![\p{L}])/iu.test(title)
      const lead = leadInOwners(title)
      if (lead.length > 0) rootLeadOwners = lead
      // `Điều 3. Giao Sở Nội vụ là cơ quan thường trực …; ban hành Quy chế … trước ngày 31/12/2026.`:
      // an article that assigns work in its own words (not a lead-in to a list) is a task, `Điều 3`.
      // So does one whose subject is a body and whose verb gives it work (`Điều 2. Sở Giáo dục và Đào tạo là cơ
      // quan thường trực, chủ trì, phối hợp … tổ chức thực hiện Kế hoạch`).
      // Or whose body, as subject, takes on work of its own (`Điều 2. Văn phòng Bộ theo dõi, nhắc việc …`,
      // `Điều 2. Bộ Công an là cơ quan thường trực, theo dõi …; sơ kết … báo cáo …`).
      const assigns =
        /^(?:Giao|Đề\s+nghị|Yêu\s+cầu)\s+\p{Lu}/u.test(title) ||
        (startsWithAgencyHead(title) &&
          (/(?<![\p{L}])(?:chủ\s+trì|có\s+trách\s+nhiệm|tổ\s+chức\s+thực\s+hiện|triển\s+khai\s+thực\s+hiện)(?![\p{L}])/u.test(title) ||
            classifySentence(title.split(/(?<=[.!?])\s+(?=\p{Lu})/u)[0]!, {letter: false, afterTask: false}).rule === 'directive-subject'))
      if (!narrative && lead.length === 0 && !/:\s*$/u.test(title) && assigns) {
        const node = newNode(unit, parts.length - 1, {kind: 'number', label: article[0].replace(/[.:\s]+$/u, '').replace(/\s+/gu, ' '), text: title, parent: null, warnings: [], narrative: false, headingOwner: rootGroupOwner, leadOwners: []})
        parts.at(-1)!.roots.push(node)
        stack.push(node)
      }
      continue
    }
    const marker = markerOf(unit.text) ?? (markerColumn && !closed && !narrative ? lostItem(stack.at(-1), unit.text) : null)
    // `Kính gửi: - Các sở …; - UBND các xã …`: the addressees, up to the first unmarked paragraph.
    if (isGreeting(unit.text)) {
      addressees = true
      greeted = true
      continue
    }
    if (addressees && (marker === null || marker.kind === 'dash' || marker.kind === 'plus')) {
      addressees = marker !== null
      if (addressees) continue
    }
    if (marker === null && !closed && isGroupHeading(unit, units[i + 1])) {
      // `**Bộ Y tế**` between bullets: it closes the open bullets and owns the ones that follow.
      while (stack.length > 0 && rank[stack.at(-1)!.kind] >= rank.dash) stack.pop()
      const container = stack.at(-1)
      if (container) container.groupOwner = agencyHeading(unit.text)
      else rootGroupOwner = agencyHeading(unit.text)
      continue
    }
    // `Đơn vị chủ trì thực hiện các nhiệm vụ tại mục 4: Văn phòng Bộ; …` after 4.1 and 4.2: fields of item 4,
    // which its tasks inherit.
    const scope = !closed && stack.length > 0 && (marker === null || marker.kind === 'dash') ? fieldScope(marker === null ? unit.text : marker.rest) : null
    const scoped = scope === null ? undefined : stack.find((node) => node.label === scope && node !== stack.at(-1))
    if (scoped) {
      const rest = marker === null ? unit.text : marker.rest
      scoped.body = scoped.body === '' ? rest : `${scoped.body} ${rest}`
      scoped.text = `${scoped.text}${/[.!?:;]$/u.test(scoped.text) ? '' : '.'} ${rest}`
      continue
    }
    // `- Đơn vị chủ trì: Vụ Pháp chế.` under a task: a field of that task, joined to its text.
    const field = marker !== null && (marker.kind === 'dash' || marker.kind === 'plus') && !closed && stack.length > 0 && isFieldLine(marker.rest)
    if (field) {
      const open = stack.at(-1)!
      open.body = open.body === '' ? marker.rest : `${open.body} ${marker.rest}`
      open.text = `${open.text}${/[.!?:;]$/u.test(open.text) ? '' : '.'} ${marker.rest}`
      continue
    }
    // `Giao Sở Tài chính chủ trì …`, `Yêu cầu Công an tỉnh …` as plain paragraphs, at the top of the body
    // or of a chapter: each assignment is a task of its own, numbered in document order.
    // In a letter, what comes before `Kính gửi:` is its header (or, on a portal, the question it answers).
    // So do the plain paragraphs under a numbered item that ends with a colon (`2. Về nhiệm vụ thời gian tới:`
    // then `Bộ Công Thương …`, `Bộ Tài chính …`: `2.1`, `2.2`).
    // So do those under a numbered topic in bold (`**3. Về công tác tôn giáo**`, `**3. Tổ chức thực hiện**`), a conclusion's sections.
    const underColon = (node: Node | undefined): boolean =>
      node !== undefined && (node.kind === 'number' || node.kind === 'decimal' || node.kind === 'letter') && (/:\s*$/u.test(node.text) || (node.body === '' && (topicTitle.test(node.text) || (boldTitle.test(node.text) && agencyHeading(node.text) === null)) && (node.heading || plainTitle(node.text)))) && node.children.every((c) => c.kind === 'directive')
    const top = stack.at(-1)
    const colonItem = underColon(top) || (top?.kind === 'directive' && underColon(top.parent ?? undefined))
    const endsInColon = /:\s*$/u.test(unit.text)
    // `… đề nghị Ủy ban nhân dân các tỉnh thực hiện một số nội dung sau:` (or a letter's addressees) then `1.` …
    // `4.`, then `Bộ Nội vụ giao Cục Công chức, viên chức theo dõi …`: the issuer gives work of its own to another
    // body, no part of item 4. So is the last paragraph (`./.`) when a body of its own opens it (`Văn phòng
    // UBND tỉnh theo dõi, đôn đốc …./.`). (In a list nobody owns, `Giao Sở X …` after the last item names that item's owner.)
    // The last paragraph (`./.`) opened by a body of its own after the items under agency headings
    // (`5. Ủy ban nhân dân các xã` then bullets, then `Văn phòng UBND tỉnh có trách nhiệm đôn đốc …./.`)
    // is no bullet's: it goes to the top of the body.
    const finalOwn = marker === null && !closed && !narrative && stack.length > 1 && stack[0]!.kind === 'number' && /\.\/\.\s*$/u.test(unit.text) && startsWithAgencyHead(unit.text) && !isClosing(unit.text)
    if (finalOwn) stack = stack.slice(0, 1)
    const last = stack.at(-1)
    const afterLeadList = marker === null && last !== undefined && last.parent === null && (last.kind === 'number' || last.kind === 'letter') && (finalOwn || (last.children.length === 0 && (last.leadOwners.length > 0 || (letter && !reportBody)) && (ownAssignment.test(unit.text) || (/\.\/\.\s*$/u.test(unit.text) && startsWithAgencyHead(unit.text)))))
    if (marker === null && !closed && !narrative && (room[i]! || colonItem || afterLeadList) && (greeted || !letter) && (!endsInColon || agencyHeading(unit.text) !== null)) {
      const open = stack.at(-1)
      // Where a directive may go: the top of the body, after another directive, a chapter or colon item holding only directives.
      // So does the end of a lead-in's bullets: `Sở Y tế giao Trung tâm … bảo đảm …` after them assigns work of its own.
      // So does a body of its own after the bullets under an agency line (`**Văn phòng UBND phường:**` `- Theo dõi …`,
      // then `Ban điều hành các tổ dân phố có trách nhiệm …`): no bullet's continuation, a task beside the agencies' lists.
      const otherBody = open !== undefined && (open.kind === 'dash' || open.kind === 'plus') && open.headingOwner !== null && startsWithAgencyHead(unit.text) && !unit.text.startsWith(open.headingOwner)
      const afterBullets = afterLeadList || otherBody || (open !== undefined && open.parent === null && (open.kind === 'dash' || open.kind === 'plus'))
      const fits = open === undefined || open.kind === 'directive' || colonItem || afterBullets || (open.kind === 'roman' && open.parent === null && open.children.every((c) => c.kind === 'directive'))
      // `**Sở Y tế:**` on a line of its own, then plain paragraphs: the agency owns them (as it owns the bullets after it).
      const container = open?.kind === 'directive' || afterBullets ? (open?.parent ?? undefined) : open
      // (Not the issuer's name in capitals at the head of the document.)
      const agencyLine = fits && unit.text.split(/\s+/u).length <= 15 && (endsInColon || (unit.heading && /\p{Ll}/u.test(unit.text))) ? agencyHeading(unit.text) : null
      if (agencyLine !== null) {
        if (open?.kind === 'directive') stack.pop()
        if (container) container.groupOwner = agencyLine
        else rootGroupOwner = agencyLine
        continue
      }
      const owned = (container ? container.groupOwner : rootGroupOwner) !== null
      if (fits && !endsInColon) {
        const found = directivesOf(unit.text, {letter, afterTask: open?.kind === 'directive', owned, appendix: carriesAppendix})
        const followUps = found.lead.filter((p) => p.kind === 'follow-up')
        if (open?.kind === 'directive') {
          // `Thời hạn hoàn thành: …` in a paragraph of its own dates the task before it.
          for (const p of followUps) {
            open.text = `${open.text} ${p.text}`
            open.rules.push(p.rule)
          }
          if (found.tasks.length > 0 || followUps.length === 0) stack.pop()
        }
        if (found.tasks.length > 0) {
          if (afterBullets) stack.pop()
          const container = stack.at(-1) ?? null
          const siblings = container ? container.children : parts.at(-1)!.roots
          for (const task of found.tasks) {
            // Numbered on from the bullets before it (`- …` 1–4, then `5`).
            // After a numbered list, on from its numbers (`1.` … `4.`, then `5`).
            const label = String(siblings.filter((s) => s.kind === 'directive' || (container === null && (s.kind === 'dash' || s.kind === 'plus' || (afterLeadList && s.kind === 'number' && !s.narrative)))).length + 1)
            siblings.push(newNode(unit, parts.length - 1, {kind: 'directive', label, text: task.text, parent: container, warnings: [], narrative: false, headingOwner: container ? container.groupOwner : rootGroupOwner, leadOwners: container ? [] : rootLeadOwners, addressee: task.addressee, rules: task.rules, ...(task.ownerText !== undefined && {ownerText: task.ownerText})}))
          }
          // The last one stays open: a deadline paragraph after it completes it.
          stack.push(siblings.at(-1)!)
          continue
        }
        if (followUps.length > 0 && open?.kind === 'directive') continue
      }
    }
    // `Các nhiệm vụ trên hoàn thành trước ngày …` after a list: every item of the list has that deadline
    // unless it gives its own; the paragraph is no item's text.
    if (marker === null && !closed && stack.length > 0 && listDeadlineLine.test(unit.text) && parseDeadline(unit.text) !== null) {
      const list = stack[0]!
      const siblings = list.parent ? list.parent.children : parts.at(-1)!.roots
      for (const node of siblings) if (node.kind === list.kind) node.listDeadline = unit.text
      continue
    }
    // `Các nội dung tại điểm a và điểm b khoản này phải hoàn thành trước ngày …` after lettered items: those it
    // names have that deadline unless they give their own; the paragraph is no item's text.
    const named = marker === null && !closed ? namedPoints.exec(unit.text) : null
    const lettered = named ? [...stack].reverse().find((node) => node.kind === 'letter') : undefined
    if (named && lettered && parseDeadline(unit.text) !== null) {
      const labels = new Set(named[1]!.match(/(?<![\p{L}])[a-zđ](?![\p{L}])/gu))
      const siblings = lettered.parent ? lettered.parent.children : parts.at(-1)!.roots
      for (const node of siblings) if (node.kind === 'letter' && labels.has(node.label)) node.listDeadline = unit.text
      continue
    }
    if (marker === null || (closed && (marker.kind === 'dash' || marker.kind === 'plus'))) {
      const open = stack.at(-1)
      if (!closed && marker === null) {
        // `Bộ Y tế đề nghị Quý Ủy ban … thực hiện một số nội dung sau:`: the honorific names the letter's addressees.
        const lead = leadInOwners(unit.text).length > 0 || !honorificLeadIn.test(unit.text) || sentTo.length === 0 ? leadInOwners(unit.text) : [sentTo.join('; ')]
        // A bullet or inline item outside any numbered list (a header line, a recital, the last item of
        // a lead-in's inline list) is no list for a new lead-in to join.
        const looseBullet = open !== undefined && open.parent === null && (open.kind === 'dash' || open.kind === 'plus' || open.kind === 'enum')
        if ((!open || looseBullet) && lead.length > 0) rootLeadOwners = lead
        // `II. NHIỆM VỤ …` then `… yêu cầu Ủy ban nhân dân tỉnh Gia Lai tập trung … sau:`: the chapter's
        // own lead-in names who does the items under it.
        if (open && open.parent === null && open.kind === 'roman' && open.children.length === 0 && open.leadOwners.length === 0 && lead.length > 0) open.leadOwners = lead
        // `… đã đạt được những kết quả sau:` introduces results, not tasks; `… giao các nhiệm vụ sau:`
        // tasks again, and so does the next lead-in after a list of results (`… có ý kiến như sau:`).
        if (introducesResults(unit.text)) {
          narrative = true
          resultsList = true
        } else if (lead.length > 0 || introducesTasks.test(unit.text) || (resultsList && /:$/u.test(unit.text.trim()))) {
          narrative = false
          resultsList = false
        }
      }
      if (!closed && open) {
        // A title set apart (`**1. Title**` then its paragraph) ends like a sentence.
        const joiner = open.body === '' && open.heading && !/[.!?:;]$/u.test(open.text) ? '. ' : ' '
        if (open.body === '' && open.children.length === 0) open.bodyFirst = true
        open.body = open.body === '' ? unit.text : `${open.body} ${unit.text}`
        open.text = `${open.text}${joiner}${unit.text}`
        ;(open.paragraphs ??= []).push(unit.text)
      }
      continue
    }
    closed = false
    const part = parts.at(-1)!
    // A Word or ODF list prints each level with its own glyph (`• Giao Phòng X chủ trì …:` then `– Nắm tình hình …`):
    // a second glyph under a bullet that introduces a list is its inner level, as `+` under `-`; the outer glyph goes back out.
    const glyph = marker.kind === 'dash' ? unit.text.trimStart().charAt(0) : undefined
    const above = stack.at(-1)
    const inner = glyph !== undefined && above?.glyph !== undefined && ((above.kind === 'dash' && above.glyph !== glyph && /:\s*$/u.test(above.text)) || (above.kind === 'plus' && above.glyph === glyph))
    const kind: MarkerKind = inner ? 'plus' : marker.kind
    while (stack.length > 0 && rank[stack.at(-1)!.kind] >= rank[kind]) stack.pop()
    const parent = stack.at(-1) ?? null
    const siblings = parent ? parent.children : part.roots
    const warnings: TaskWarning[] = []
    let label = marker.label
    if (kind === 'dash' || kind === 'plus') label = String(siblings.filter((s) => s.kind === kind).length + 1)
    else if (marker.kind === 'enum') label = `(${marker.label})`
    else if (marker.kind === 'letter') label = letterLabel(marker.label, siblings, warnings)
    else if (marker.kind === 'decimal') label = decimalLabel(marker.label, parent)
    const node = newNode(unit, parts.length - 1, {
      kind,
      label,
      text: marker.rest,
      parent,
      warnings,
      narrative: narrative || (parent?.narrative ?? false),
      headingOwner: parent ? parent.groupOwner : rootGroupOwner,
      leadOwners: parent || marker.kind === 'roman' ? [] : rootLeadOwners
    })
    if (glyph !== undefined) node.glyph = glyph
    // A Roman chapter opens a new context: a lead-in above it introduced what came before.
    if (!parent && marker.kind === 'roman') rootLeadOwners = []
    siblings.push(node)
    stack.push(node)
  }
  parts.forEach((p, k) => {
    if (listedPart[k]) foldSingleDirectives(p.roots)
  })
  return parts
}

/**
 * Where plain paragraphs are read as directives, unit by unit. A part (the body, an appendix) that
 * numbers its items (`1.`, `1.2.`, `a)`, `Thứ nhất,`, `Điều 1.`) keeps its paragraphs with the items
 * they follow, as printed; there only a Roman chapter with no numbered item of its own reads its
 * paragraphs as directives (`II. NHIỆM VỤ` then `Sở A chủ trì …`, `Sở B …`). A part without
 * numbered items reads them everywhere.
 */
function directiveRoom(units: readonly Unit[]): {room: boolean[]; listedPart: boolean[]} {
  const part: number[] = []
  const chapter: number[] = []
  const listedPart = [false]
  const listedChapter: boolean[] = [true]
  for (const unit of units) {
    const marker = markerOf(unit.text)
    if (appendixName(unit.text) !== null) {
      listedPart.push(false)
      listedChapter.push(true)
    } else if (marker?.kind === 'roman') listedChapter.push(false)
    else if (/^Điều\s+\d{1,2}\s*[.:]/u.test(unit.text) || marker?.kind === 'number' || marker?.kind === 'decimal' || marker?.kind === 'letter') {
      listedPart[listedPart.length - 1] = true
      listedChapter[listedChapter.length - 1] = true
    }
    part.push(listedPart.length - 1)
    chapter.push(listedChapter.length - 1)
  }
  return {room: units.map((_, i) => !listedPart[part[i]!] || !listedChapter[chapter[i]!]), listedPart}
}

/**
 * In a part that numbers its items, a chapter (or an item ending with a colon) whose paragraphs
 * hold a single directive is that task itself (`III. TỔ CHỨC THỰC HIỆN` + `Giao Văn phòng … theo dõi, đôn đốc …` → task `III`), as
 * it always was; two or more stay its items (`II.1`, `II.2`).
 */
function foldSingleDirectives(nodes: readonly Node[]): void {
  for (const node of nodes) {
    // A chapter that states something of its own first (`IV. KINH PHÍ` then where the money comes from,
    // then `Sở Tài chính có trách nhiệm …`) keeps its one directive as an item (`IV.1`).
    if (node.children.length !== 1 || node.children[0]!.kind !== 'directive' || node.bodyFirst === true) {
      foldSingleDirectives(node.children)
      continue
    }
    const only = node.children[0]!
    node.children = []
    if (node.body !== '' && node.heading && node.text.endsWith(node.body)) {
      // `**2. Khôi phục sản xuất**`, `Phòng Kinh tế … thống kê …`, then `Mức hỗ trợ …` that joined the item: the
      // title, then the paragraphs in their printed order, the title set apart.
      const title = node.text.slice(0, node.text.length - node.body.length).replace(/[.\s]+$/u, '')
      node.body = `${only.text} ${node.body}`
      node.text = `${title}. ${node.body}`
      node.bodyFirst = true
      continue
    }
    // A title then its one paragraph: set apart, as printed.
    if (node.body === '' && node.heading) node.bodyFirst = true
    node.body = node.body === '' ? only.text : `${node.body} ${only.text}`
    node.text = `${node.text}${node.heading && !/[.!?:;]$/u.test(node.text) ? '.' : ''} ${only.text}`
  }
}

/** A lead-in that asks the addressee by the honorific (`… đề nghị Quý Ủy ban quan tâm chỉ đạo thực hiện một số nội dung sau:`). */
const honorificLeadIn = /(?:đề\s+nghị|yêu\s+cầu)\s+Quý\s+\p{Lu}[^:]*:\s*$/u

// `… còn 46 nhiệm vụ quá hạn chưa hoàn thành, trong đó có các nhiệm vụ quan trọng sau:` lists work given before
// (an urging dispatch's overdue list), not new tasks.
const resultsWords = /(?<![\p{L}])(?:đã\s+đạt\s+được|đạt\s+được|kết\s+quả|tình\s+hình|đã\s+triển\s+khai|đã\s+thực\s+hiện|đã\s+hoàn\s+thành|đã\s+ban\s+hành)(?![\p{L}])/iu
const directiveWords = /(?<![\p{L}])(?:yêu\s+cầu|giao|đề\s+nghị|kết\s+luận|có\s+ý\s+kiến|chỉ\s+đạo|nhiệm\s+vụ\s+(?:trọng\s+tâm|cụ\s+thể|sau)|cần\s+(?:tập\s+trung|thực\s+hiện))(?![\p{L}])/iu
/** A paragraph that introduces a list of tasks (`… thực hiện các nhiệm vụ sau:`). */
const introducesTasks = /nhiệm\s+vụ[^.:]{0,120}(?:sau|như\s+sau)\s*:$/iu

/** A paragraph that introduces a list of results (`Năm 2025, … đã đạt được những kết quả sau:`). */
function introducesResults(text: string): boolean {
  const t = text.trim()
  if (!/:$/u.test(t) || t.length > 600) return false
  // Only the sentence that ends with the colon: `Ngày …, … làm việc về tình hình …. Sau khi nghe …, Chủ tịch kết luận:`.
  const last = t.slice(t.search(/[^.!?]*$/u))
  // `… còn 21 nhiệm vụ quá hạn, trong đó có các nhiệm vụ sau:` names work, but overdue work: only a verb that
  // asks (`yêu cầu`, `giao` …) makes it a list of tasks.
  if (overdueWords.test(last)) return !/(?<![\p{L}])(?:yêu\s+cầu|giao|đề\s+nghị|chỉ\s+đạo|kết\s+luận)(?![\p{L}])/iu.test(last)
  return resultsWords.test(last) && !directiveWords.test(last)
}
const overdueWords = /(?<![\p{L}])(?:quá\s+hạn|chậm\s+(?:tiến\s+độ|thực\s+hiện|triển\s+khai))(?![\p{L}])/iu

/**
 * An unnumbered line that is only an agency (`**Sở Y tế**`, `Bộ Tài chính:`) right
 * before a list item: a heading over the items that follow, not a sentence.
 */
function isGroupHeading(unit: Unit, next: Unit | undefined): boolean {
  const below = next === undefined ? null : markerOf(next.text)
  if (below === null || below.kind === 'roman') return false
  if (unit.text.split(/\s+/u).length > 15 || /[.;,]$/u.test(unit.text)) return false
  return agencyHeading(unit.text) !== null
}

// Titles are compared by their letters without marks (`bareLetters`): OCR gets the marks of a title in capitals wrong more than its letters.

const taskZone = /NHIỆM\s+VỤ|GIẢI\s+PHÁP|KIẾN\s+NGHỊ|ĐỀ\s+XUẤT|TỔ\s+CHỨC\s+THỰC\s+HIỆN|PHƯƠNG\s+HƯỚNG|KẾT\s+LUẬN/u
const narrativeZone = /MỤC\s+ĐÍCH|TÌNH\s+HÌNH|KẾT\s+QUẢ|ĐÁNH\s+GIÁ|NHẬN\s+XÉT|BỐI\s+CẢNH|MỤC\s+TIÊU|QUAN\s+ĐIỂM|HẠN\s+CHẾ|NGUYÊN\s+NHÂN|BÀI\s+HỌC/u

const bareTaskZone = new RegExp(bareLetters(taskZone.source), 'u')
const bareNarrativeZone = new RegExp(bareLetters(narrativeZone.source), 'u')

/**
 * A title in capitals (`TÌNH HÌNH, KẾT QUẢ THỰC HIỆN`, `II- VỀ NHIỆM VỤ …`) opens a
 * part that reports or one that directs; null for any other unit. Read by OCR (`ocr`), its
 * words are compared without their marks (`MỤC TIỂU` for `MỤC TIÊU`).
 */
export function zoneOf(text: string, ocr = false): 'narrative' | 'task' | null {
  // A title in capitals: the first letters tell at once (most units are sentences).
  if (!/^[^\p{Ll}]{0,8}\p{Lu}[^\p{Ll}]/u.test(text)) return null
  const title = text.slice(0, 130).replace(/^(?:[IVX]{1,5}|\d{1,2})\s*[.\-–)]\s*/u, '').slice(0, 120)
  const letters = title.replace(/[^\p{L}]/gu, '')
  if (letters.length < 6 || letters !== letters.toUpperCase()) return null
  if (taskZone.test(title)) return 'task'
  if (narrativeZone.test(title)) return 'narrative'
  if (!ocr) return null
  if (bareTaskZone.test(bareLetters(title))) return 'task'
  if (bareNarrativeZone.test(bareLetters(title))) return 'narrative'
  return null
}

