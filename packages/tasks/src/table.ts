import type {Deadline, TableBlock, TableRow, Task, TaskWarning, VanbanDocument} from '@vanban/core'
import type {ExtractOptions} from './extract-tasks.ts'
import {splitAgencies} from './agencies.ts'
import {parseDeadlineCell} from './deadline.ts'
import {headerStrength, isTaskTable, matchColumns, type ColumnMap} from './table-columns.ts'
import {referenceDateOf} from './reference-date.ts'
import {cellText, isBlankCell, readRowNumber, type RowNumber} from './table-rows.ts'
import {appendixName, tableGroupRow} from './markers.ts'
import {opensWithWork} from './directives.ts'

/** `(chủ trì)`, `- chủ trì`, `(phối hợp)` after a body in a cell of bodies. */
// (`(chủ` alone: OCR cut the mark at the cell's edge.)
// (`Vụ Giáo dục phổ thông chủ trì; Cục …, Vụ … phối hợp`: the same marks without brackets.)
const LEAD_MARK = /\s*(?:\(\s*chủ(?:\s+trì)?\s*\)?|[-–]?\s*chủ\s+trì)\s*$/iu
/** `(chủ. trì)`, `(chủ Itrì)`: specks OCR read inside the mark (a bar as `I`), dropped before it is looked for. */
const specksInLeadMark = /\(\s*chủ(?:\s*[.,'`|!])+\s*(?=trì)|\(\s*chủ\s+I(?=trì)/giu
const PARTNER_MARK = /\s*(?:\(\s*phối\s+hợp\s*\)|[-–]?\s*phối\s+hợp)\s*$/iu

/**
 * One column for every body that works (`Đơn vị thực hiện`), the lead marked: `Phòng Văn hóa - Xã
 * hội (chủ trì); Trạm Y tế phường` → lead `Phòng Văn hóa - Xã hội`, partner `Trạm Y tế phường`.
 * Null when no body of the cell is marked, or more than one is.
 */
function markedLead(printed: string): {lead: string; partners: string[]} | null {
  if (!/chủ\s+trì|\(\s*chủ/iu.test(printed)) return null
  const cell = printed.replace(specksInLeadMark, '(chủ ')
  // (The cell's own lines first: a body a line.)
  const parts = cell.split(/\s*;\s*|\s*\n\s*|(?<=\)|chủ\s+trì)\s*,\s*/u).map(cellText).filter((p) => p !== '')
  const leads = parts.filter((p) => LEAD_MARK.test(p))
  if (leads.length !== 1) return null
  return {lead: leads[0]!.replace(LEAD_MARK, ''), partners: parts.filter((p) => p !== leads[0]).flatMap((p) => splitAgencies(p.replace(PARTNER_MARK, '')))}
}

/** A table row with its columns read by meaning, before the outline is rebuilt. */
interface LogicalRow {
  number: RowNumber
  /** First row of a table block that continues the table: a page that may start mid-row. */
  pageStart: boolean
  text: string
  owner: string
  coordinators: string
  result: string
  deadline: string
  page: number | null
}

/** The rows of one task table, gathered over the table blocks it was split into. */
interface TaskTable {
  columns: ColumnMap
  width: number
  rows: TableRow[]
  /** Indexes in `rows` of the first row of each later table block (a new page). */
  blockStarts: Set<number>
  /** The appendix the table is printed in, shortened (`PLII`), or null in the body. */
  part: string | null
  /** Index of its first block in the document. */
  block: number
  /** The header's cells as printed, to know it where a later page repeats it among the rows. */
  header: readonly string[]
}

/** The tasks of one task table, with the appendix it is printed in. */
export interface TableTaskGroup {
  part: string | null
  /** Index of the table's first block in the document. */
  block: number
  tasks: Task[]
  /**
   * The same rows with the table's group rows (`I`, `II`, `A` — headings that gather rows and
   * assign nothing) as records of kind `group`, each before its first row, in table order.
   */
  outline: Task[]
}

/**
 * Tasks from the rows of the task tables of a document, in document order.
 * A task table is found by its header (see `matchColumns`); other tables
 * (targets, budgets) give nothing. Ids come from the TT column: `32`,
 * `32.(4)` for a sub-row; Roman-numeral group rows are the parents of the
 * numbered rows, not tasks.
 */
export function tableTasks(doc: VanbanDocument, options: ExtractOptions = {}): Task[] {
  return tableTaskGroups(doc, options).flatMap((group) => group.tasks)
}

/** `tableTasks`, table by table, each with its appendix name (for ids that must stay unique). */
export function tableTaskGroups(doc: VanbanDocument, options: ExtractOptions = {}): TableTaskGroup[] {
  const documentDate = options.documentDate ?? referenceDateOf(doc).date
  return taskTables(doc).map((table) => {
    const outline = rowsToTasks(table, doc.file, documentDate)
    return {part: table.part, block: table.block, tasks: outline.filter((t) => t.kind === 'task'), outline}
  })
}

/**
 * The task tables of a document. A table block whose header does not name
 * task columns but is as wide as the task table right before it (no prose
 * between) is that table's next page, its "header" a data row.
 */
function taskTables(doc: VanbanDocument): TaskTable[] {
  const tables: TaskTable[] = []
  let open: TaskTable | null = null
  let part: string | null = null
  // Group rows a reader set apart between two pages of a table (`B CẢI CÁCH TỔ CHỨC BỘ MÁY` spanning the
  // row at the top of the next page, read as a heading): they go back in as rows when the table goes on.
  let groups: string[][] = []
  for (const [index, block] of doc.blocks.entries()) {
    if (block.kind !== 'table') {
      part = appendixName(block.text) ?? part
      const group = open ? groupRowOf(block.text, open.width) : null
      if (group) groups.push(group)
      else if (block.text.trim() !== '') {
        open = null
        groups = []
      }
      continue
    }
    const found = readTaskTable(block)
    // A page whose repeated header the reader dropped has none: its width is its rows'.
    const width = block.header.length || (block.rows[0]?.cells.length ?? 0)
    if (found) {
      open = {columns: found.columns, width: block.header.length, rows: [], blockStarts: new Set(), part, block: index, header: found.header}
      appendRows(open, found.rows)
      tables.push(open)
    } else if (open && open.width === width) {
      const page = block.rows[0]?.page ?? block.provenance.page
      open.blockStarts.add(open.rows.length)
      open.rows.push(...groups.map((cells) => ({cells, page})))
      if (block.header.length > 0 && !sameCells(block.header, open.header)) open.rows.push({cells: [...block.header], page})
      appendRows(open, block.rows)
    } else {
      open = null
    }
    groups = []
  }
  return tables
}

/**
 * Adds a block's rows to its table, less the header where a later page repeats it among them (a reader
 * that took the pages of a borderless table as one block): the row after it starts a page, so a row
 * whose first cell is empty there continues the row the page break cut.
 */
function appendRows(table: TaskTable, rows: readonly TableRow[]): void {
  for (const row of rows) {
    if (table.rows.length > 0 && sameCells(row.cells, table.header)) {
      table.blockStarts.add(table.rows.length)
      continue
    }
    table.rows.push(row)
  }
}

const cellKey = (cell: string): string => cell.replace(/\s+/gu, ' ').trim().toLowerCase()
/** The same cells, modulo spacing and case; an empty header matches nothing. */
const sameCells = (a: readonly string[], b: readonly string[]): boolean =>
  b.some((cell) => cell.trim() !== '') && a.length === b.length && a.every((cell, k) => cellKey(cell) === cellKey(b[k]!))

/** `B CẢI CÁCH TỔ CHỨC BỘ MÁY VÀ CÔNG VỤ`, `II. NHIỆM VỤ KHÁC`: a group row's label and title in capitals, as cells of a row this wide. */
function groupRowOf(text: string, width: number): string[] | null {
  const m = tableGroupRow.exec(text.trim())
  if (!m || width < 2) return null
  return [m[1]!, m[2]!.trim(), ...Array<string>(width - 2).fill('')]
}

/**
 * The columns and data rows of a task table. The header is the block's
 * header, else its first row, else the two read together (a header wrapped
 * over two rows).
 */
function readTaskTable(block: TableBlock): {columns: ColumnMap; rows: readonly TableRow[]; header: readonly string[]} | null {
  const first = block.rows[0]?.cells
  const candidates: Array<{header: readonly string[]; skip: number}> = [{header: block.header, skip: 0}]
  if (first) {
    candidates.push({header: first, skip: 1})
    candidates.push({header: block.header.map((h, k) => `${h} ${first[k] ?? ''}`), skip: 1})
  }
  let best: {columns: ColumnMap; rows: readonly TableRow[]; header: readonly string[]; count: number; strength: number} | null = null
  for (const c of candidates) {
    const columns = matchColumns(c.header)
    if (!isTaskTable(columns)) continue
    // More columns named wins, then surer names (`Cơ quan` / `chủ trì` read together over `Cơ quan` alone).
    const count = Object.keys(columns).length
    const strength = headerStrength(c.header, columns)
    if (best === null || count > best.count || (count === best.count && strength > best.strength)) best = {columns, rows: block.rows.slice(c.skip), header: c.header, count, strength}
  }
  return best && {columns: best.columns, rows: best.rows, header: best.header}
}

function logicalRow(row: TableRow, columns: ColumnMap, pageStart: boolean): LogicalRow {
  const at = (k: number | undefined): string => (k === undefined ? '' : (row.cells[k] ?? ''))
  return {
    pageStart,
    number: columns.id === undefined ? {kind: 'none'} : readRowNumber(at(columns.id)),
    text: at(columns.task),
    owner: at(columns.owner),
    coordinators: at(columns.coordinators),
    result: at(columns.result),
    deadline: at(columns.deadline),
    page: row.page
  }
}

const join = (a: string, b: string): string => (isBlankCell(b) ? a : isBlankCell(a) ? b : `${a.trimEnd()} ${b.trimStart()}`)

/**
 * Merges the rows that only continue the row above: no number, and either
 * the first row of a page, or no owner and deadline of their own with a task
 * text that starts in lower case or follows an unfinished sentence (a row cut
 * at a page end that the reader did not join).
 */
function mergeContinuations(rows: readonly LogicalRow[], hasIdColumn: boolean): LogicalRow[] {
  const out: LogicalRow[] = []
  for (const row of rows) {
    const last = out.at(-1)
    const unnumbered = row.number.kind === 'none'
    const onlyText = isBlankCell(row.owner) && isBlankCell(row.deadline)
    // A cut sentence: it goes on in lower case, or the row above has not ended its sentence.
    // So does one more dash item of a list the row above began (`…, gồm: - Rà soát …;` then `- Công bố …`).
    const continuesSentence =
      /^[\p{Ll}\d(,;]/u.test(cellText(row.text)) ||
      (last !== undefined && (!/[.;:!?…)"”]$/u.test(cellText(last.text)) || (/^[-–•+]\s/u.test(cellText(row.text)) && /:\s*[-–•+]\s/u.test(cellText(last.text)))))
    if (last && hasIdColumn && unnumbered && (row.pageStart || (onlyText && (continuesSentence || isBlankCell(row.text))))) {
      out[out.length - 1] = {
        ...last,
        text: join(last.text, row.text),
        owner: join(last.owner, row.owner),
        coordinators: join(last.coordinators, row.coordinators),
        result: join(last.result, row.result),
        deadline: join(last.deadline, row.deadline)
      }
      continue
    }
    // (A group row merged across the table keeps its title in the number cell: `I. CÔNG TÁC CHUẨN BỊ`.)
    if (row.number.kind !== 'group' && isBlankCell(row.text) && isBlankCell(row.owner) && isBlankCell(row.deadline) && isBlankCell(row.result)) continue
    out.push(row)
  }
  return out
}

/** A task as built, with the raw cells the children inherit from. */
interface Draft {
  task: Task
  ownerCell: string
  coordinatorsCell: string
  deadlineCell: string
}

/** The rows of a task table as tasks, with its group rows as `group` records before their first row. */
function rowsToTasks(table: TaskTable, file: string, documentDate: string | undefined): Task[] {
  const columns = table.columns
  const logical = mergeContinuations(
    table.rows.map((r, k) => logicalRow(r, columns, table.blockStarts.has(k))),
    columns.id !== undefined
  )
  const state: {group: string | null; lastItem: string | null} = {group: null, lastItem: null}
  const drafts: Draft[] = []
  // The last numbered row read: a merged unit cell above a row with none (see below).
  let previousItem: Draft | undefined
  /** Group rows, in order; each goes out before the first row under it. */
  const groups: Task[] = []
  const byId = new Map<string, Draft>()
  let autoNumber = 0
  let unnumbered = 0
  let contextYear = documentDate ? Number(documentDate.slice(0, 4)) : undefined
  const groupScoped = numberingRestartsPerGroup(logical)

  for (const row of logical) {
    const n = row.number
    if (n.kind === 'group') {
      state.group = n.label
      state.lastItem = null
      previousItem = undefined
      groups.push({file, id: n.label, kind: 'group', parent: null, text: isBlankCell(row.text) && n.title !== undefined ? n.title : cellText(row.text), owner: isBlankCell(row.owner) ? null : cellText(row.owner), coordinators: [], deadlineText: null, due: null, recurrence: null, result: null, page: row.page, warnings: []})
      continue
    }
    const warnings: TaskWarning[] = []
    let id: string
    let parent: string | null
    if (n.kind === 'item') {
      id = groupScoped && state.group !== null ? `${state.group}.${n.label}` : n.label
      const prefix = id.includes('.') ? id.slice(0, id.lastIndexOf('.')) : null
      parent = prefix !== null && byId.has(prefix) ? prefix : state.group
      state.lastItem = id
      unnumbered = 0
    } else if (n.kind === 'sub') {
      const under = state.lastItem ?? state.group
      const label = n.label ?? String(subCount(drafts, under) + 1)
      id = under ? `${under}.${label}` : label
      parent = under
    } else if (columns.id === undefined) {
      // A table without a TT column: rows are numbered in order.
      id = String(++autoNumber)
      parent = state.group
      state.lastItem = id
    } else {
      // A row with no number and nothing but a name is a heading inside the table (`Nhiệm vụ chung`), not a task.
      if (isBlankCell(row.owner) && isBlankCell(row.deadline) && isBlankCell(row.result)) continue
      // A row without a number (or with words in the TT column): a child of a
      // container item above (`… gồm:`), else a sibling numbered after it.
      const container = state.lastItem ? byId.get(state.lastItem) : undefined
      const base = state.lastItem ?? state.group ?? 'row'
      id = `${base}.${++unnumbered}`
      parent = container && container.task.owner === null ? container.task.id : (container?.task.parent ?? state.group)
      warnings.push({code: 'id-generated', message: n.kind === 'other' ? `TT column says "${n.label}": id ${id} generated` : `no number in the TT column: id ${id} generated`})
    }
    if (byId.has(id)) warnings.push({code: 'id-repeated', message: `id ${id} repeats an earlier row`})

    // Sub-rows print only what differs from their parent row.
    const parentDraft = parent !== null ? byId.get(parent) : undefined
    let ownerCell = row.owner
    let coordinatorsCell = row.coordinators
    let deadlineCell = row.deadline
    if (parentDraft && n.kind !== 'item' && isBlankCell(ownerCell) && !isBlankCell(parentDraft.ownerCell)) {
      ownerCell = parentDraft.ownerCell
      if (isBlankCell(coordinatorsCell)) coordinatorsCell = parentDraft.coordinatorsCell
      warnings.push({code: 'owner-inherited', message: `owner taken from row ${parentDraft.task.id}`})
    }
    // `| 2 |  | Chủ trì, phối hợp … |` under `| 1 | Sở Nông nghiệp và Môi trường | … |`: a unit's cell merged down
    // over its rows comes out of a Markdown, HTML or PDF reader once, on the first; the rows below are its too.
    // (Not a row that lists its parts, `… gồm:`: the parts name their own.)
    const above = n.kind === 'item' && isBlankCell(ownerCell) && !/:\s*$/u.test(cellText(row.text)) ? previousItem : undefined
    if (above && !isBlankCell(above.ownerCell) && above.task.parent === parent) {
      ownerCell = above.ownerCell
      warnings.push({code: 'owner-inherited', message: `owner taken from row ${above.task.id} (a cell merged over the rows below it)`})
    }
    if (parentDraft && n.kind !== 'item' && isBlankCell(deadlineCell) && !isBlankCell(parentDraft.deadlineCell)) {
      deadlineCell = parentDraft.deadlineCell
      warnings.push({code: 'deadline-inherited', message: `deadline taken from row ${parentDraft.task.id}`})
    }

    const deadline = readDeadline(deadlineCell, contextYear, documentDate, warnings)
    if (deadline?.due && !deadline.yearGuessed) contextYear = Number(deadline.due.slice(0, 4))

    const marked = isBlankCell(ownerCell) ? null : markedLead(ownerCell)
    // (A mark whose body OCR put in another column leaves no lead: no owner, rather than the mark.)
    const owner = marked ? marked.lead || null : isBlankCell(ownerCell) ? null : cellText(ownerCell)
    const task: Task = {
      file,
      id,
      kind: 'task',
      parent,
      text: cellText(row.text),
      owner,
      coordinators: [...(marked?.partners ?? []), ...(isBlankCell(coordinatorsCell) ? [] : splitAgencies(cellText(coordinatorsCell)))],
      deadlineText: deadline?.text ?? null,
      due: deadline?.due ?? null,
      recurrence: deadline?.recurrence ?? null,
      result: isBlankCell(row.result) ? null : cellText(row.result),
      page: row.page,
      warnings
    }
    if (task.text === '') warnings.push({code: 'text-missing', message: 'no task text'})
    const draft: Draft = {task, ownerCell, coordinatorsCell, deadlineCell}
    drafts.push(draft)
    if (n.kind === 'item') previousItem = draft
    byId.set(id, draft)
  }

  // A row without an owner is worth a reviewer's look unless its sub-rows name theirs.
  const parents = new Set(drafts.map((d) => d.task.parent))
  for (const {task} of drafts) {
    if (task.owner === null && !parents.has(task.id)) task.warnings.push({code: 'owner-missing', message: 'no owner'})
  }
  const out: Task[] = []
  const placed = new Set<string>()
  for (const {task} of drafts) {
    const group = task.parent === null || placed.has(task.parent) ? undefined : groups.find((g) => g.id === task.parent)
    if (group) {
      out.push(group)
      placed.add(group.id)
    }
    const items = cellItems(task.text)
    if (items === null) {
      out.push(task)
      continue
    }
    // `Xây dựng chính sách hỗ trợ …, gồm: - Xây dựng dự thảo Nghị quyết …; - Ban hành hướng dẫn …`: the
    // cell lists the row's work item by item; each is a task of the row's owner and deadline, under the row.
    out.push({...task, kind: 'group', text: items.lead, warnings: task.warnings.filter((w) => w.code !== 'owner-missing')})
    items.list.forEach((text, k) => out.push({...task, id: `${task.id}.${k + 1}`, parent: task.id, text, warnings: [...task.warnings]}))
  }
  return out
}

/**
 * Plans that number tasks afresh in each group (`I. 1, 2, 3 — II. 1, 2`) need
 * the group in the id (`II.1`); plans numbered straight through (`I. 1–15 —
 * II. 16–58`) keep the bare number.
 */
function numberingRestartsPerGroup(rows: readonly LogicalRow[]): boolean {
  const groupOf = new Map<string, string | null>()
  let group: string | null = null
  for (const {number: n} of rows) {
    if (n.kind === 'group') group = n.label
    if (n.kind !== 'item') continue
    const seen = groupOf.get(n.label)
    if (seen !== undefined && seen !== group) return true
    groupOf.set(n.label, group)
  }
  return false
}

function subCount(drafts: readonly Draft[], parent: string | null): number {
  return drafts.filter((d) => d.task.parent === parent).length
}

/** The time cell through the deadline parser in cell mode; a missing year comes from the rows above or the document. */
function readDeadline(cell: string, year: number | undefined, documentDate: string | undefined, warnings: TaskWarning[]): Deadline | null {
  if (isBlankCell(cell)) return null
  const context = {...(year !== undefined ? {year} : {}), ...(documentDate !== undefined ? {documentDate} : {})}
  // A narrow cell breaks a date's year over two lines (`15/11/202` / `7`): one date again.
  const deadline = parseDeadlineCell(cellText(cell.replace(/(\d{1,2}\/\d{1,2}\/\d{3})\s+(\d)(?!\d)/gu, '$1$2')), context)
  if (!deadline) return null
  if (deadline.yearGuessed && deadline.due) warnings.push({code: 'deadline-year-assumed', message: `deadline year not written: ${deadline.due.slice(0, 4)} assumed`})
  if (deadline.due === null && deadline.recurrence === null) warnings.push({code: 'deadline-unparsed', message: `deadline is not a date: "${deadline.text}"`})
  return deadline
}

/**
 * A cell that lists its work after a colon, one dash or bullet per item (`…, gồm: - Xây dựng …; - Ban
 * hành …`, lines joined): the lead and the items, or null. Items open with a capital verb, so a spaced
 * hyphen inside a phrase (`xanh - sạch - đẹp`) is none; one item alone is no list.
 */
export function cellItems(text: string): {lead: string; list: string[]} | null {
  const colon = /:\s*(?=[-–•+]\s+\p{Lu})/u.exec(text)
  if (!colon) return null
  const list = text
    .slice(colon.index + colon[0].length)
    .split(/(?:^|\s+)[-–•+]\s+(?=\p{Lu})/u)
    .map((item) => item.trim().replace(/[;,]$/u, '').trim())
    .filter((item) => item !== '')
  // Work items open with a verb (`Xây dựng …`, `Ban hành …`); `Chi trả … các khoản: - Trợ cấp xã hội …; - Lương
  // hưu …` lists what the one task covers.
  // A lead that states work of its own first (`Sửa đổi Luật Khoa học và Công nghệ … . Các Luật … bao gồm: - Sửa
  // đổi …`) is one task, its list what the task covers; a lead that only introduces the items (one sentence) is none.
  const lead = text.slice(0, colon.index + 1).trim()
  if (/[.;]\s+\p{Lu}/u.test(lead)) return null
  return list.length >= 2 && list.every(opensWithWork) ? {lead, list} : null
}
