import type {Task, VanbanDocument} from '@vanban/core'
import {noTaskKindOf} from './document-kind.ts'
import {placedProseTasks} from './prose.ts'
import {readByOcr} from './ocr-markers.ts'
import {withCheckedNames} from './ocr-names.ts'
import {sourceWarnings} from './source-warnings.ts'
import {tableTaskGroups} from './table.ts'
import {withLocalAgencies} from './local-agencies.ts'
import {withOcrTables} from './ocr-table.ts'

export interface ExtractOptions {
  /** Fallback date (`YYYY-MM-DD`) for deadlines without a year when the document has none. */
  readonly documentDate?: string
  /**
   * Record on each task the ids of the rules that produced it (`rules`: how it was found, where its
   * owner and deadline came from), for checking a surprising result. Default false.
   * @example extractTasks(doc, {explain: true})[0].rules //=> ['directive-paragraph', 'directive-opener', 'owner-subject', 'deadline-own']
   */
  readonly explain?: boolean
  /**
   * A province's or ministry's own names of departments, boards and units, as written (one per
   * entry): recognised as owners and coordinators and never cut, like the built-in names. Default none.
   * @example extractTasks(doc, {agencies: ['Cảng hàng không Vân Đồn']}) // `Cảng hàng không Vân Đồn tăng cường …` → owner `Cảng hàng không Vân Đồn`
   */
  readonly agencies?: readonly string[]
}

/**
 * Document → tasks: numbered prose items and task-table rows, in document
 * order. `file` of each task is the document's `file`.
 *
 * Ids stay unique in a file: a task table whose row numbers (`1`, `32.(4)`)
 * are already taken — by the prose of the body, or by an earlier table — gets
 * the name of the appendix it is printed in as a prefix (`PLII.1`, parent
 * `PLII.I`), as prose appendices do. When only its group headings repeat the
 * body's chapters, only they take it (`32` under `PLII.II`). A table alone keeps
 * its numbers as printed.
 */
export function extractTasks(doc: VanbanDocument, options: ExtractOptions = {}): Task[] {
  // A task table OCR read line by line, columns interleaved, is rebuilt as a table first (`ocr-table.ts`).
  return withLocalAgencies(options.agencies, () => tasksOf(withOcrTables(doc), options))
}

/**
 * A table whose rows name no owner, right after the prose item that introduces it (`- Chủ trì, đôn đốc
 * các đơn vị liên quan hoàn thành các công việc … theo danh mục sau:` under `**Phòng Kinh tế …:**`): the
 * rows are that item's work, led by the owner it names or inherits (warning `owner-inherited`), and hang
 * under it, which goes out as their group. A table with owners of its own leaves its lead-in out.
 */
function underLeadIn(rows: Task[], leads: ReadonlyArray<{task: Task; block: number}>, block: number): {rows: Task[]; lead: {task: Task; block: number} | null} {
  const before = leads.filter((p) => p.block < block).at(-1)
  const lead = before && block - before.block <= 1 && before.task.owner !== null ? before : null
  if (!lead || rows.some((t) => t.owner !== null)) return {rows, lead: null}
  const {id, owner} = lead.task
  return {
    lead,
    rows: rows.map((t) => ({
      ...t,
      parent: t.parent ?? id,
      ...(t.kind === 'task' && {owner, warnings: [...t.warnings.filter((w) => w.code !== 'owner-missing'), {code: 'owner-inherited' as const, message: `owner taken from ${id}, which introduces the table`}]})
    }))
  }
}

/**
 * `… chủ trì thực hiện các nội dung cải cách tài chính công tại mục 6 Phần II …`, `… tại mục 1 và mục 9 Phần
 * II`, `… tại các mục 2, 3 Phần II`, `… tại điểm a mục 7 Phần II`: the items a body leads, by their numbers.
 */
const leadsItems = /[Cc]hủ\s+trì[^.;]{0,160}?(?:tại|ở)\s+((?:các\s+)?(?:mục|điểm|khoản)\s+[^.;:]{0,60}?)\s+(?:Ph[ầa]n|ph[ầa]n)\s+([IVX][IVXl]{0,3})(?![\p{L}\d])/gu

/** `mục 1 và mục 9`, `các mục 2, 3`, `điểm a, b mục 7` → `1`, `9`; `2`, `3`; `7.a`, `7.b` (ids under the part). */
function referencedItems(list: string): string[] {
  const ids: string[] = []
  for (const m of list.matchAll(/(?:điểm\s+((?:[a-zđ](?:\s*,\s*|\s+và\s+))*[a-zđ])\s+(?:mục|khoản)\s+(\d{1,2}))|(\d{1,2})(?![\d/])/gu)) {
    if (m[2] !== undefined) for (const letter of m[1]!.split(/\s*,\s*|\s+và\s+/u)) ids.push(`${m[2]}.${letter}`)
    else ids.push(m[3]!)
  }
  return ids
}

/** A record that only points to the items it leads (`Cục X chủ trì thực hiện nhiệm vụ tại mục 1 và mục 9 Phần II.`). */
const pointerOnly = /^[^.;:]*?\s(?:chủ\s+trì)(?:,?\s+phối\s+hợp\s+với\s+[^.;:]{1,120}?)?\s+(?:thực\s+hiện|triển\s+khai)\s+(?:các\s+)?(?:nhiệm\s+vụ|nội\s+dung)\s+(?:tại|ở)\s+[^.;:]{1,80}?\s+Ph[ầa]n\s+[IVX][IVXl]{0,3}(?:\s+(?:Kế\s+hoạch|Chương\s+trình)\s+này)?\s*[.;]?$/u

/**
 * A plan that names who leads an item only in a later part (`II.6. Thực hiện có hiệu quả cải cách tài chính
 * công …`, no body; `III.2. Sở Tài chính: … chủ trì thực hiện các nội dung … tại mục 6 Phần II`): the item
 * takes that body as owner (warning `owner-inherited`), and its partners when it names none. Only an item
 * with no owner of its own, named with its part, so the number cannot point elsewhere. A record that did
 * nothing but point there (`Cục X chủ trì thực hiện nhiệm vụ tại mục 1 Phần II.`) is no task of its own:
 * it is dropped. In place, on the document's records.
 */
function ownersByReference(tasks: Task[], explain: boolean): void {
  const byId = new Map(tasks.map((t, k) => [t.id, k]))
  const pointers = new Set<Task>()
  for (const from of [...tasks]) {
    if (from.owner === null) continue
    leadsItems.lastIndex = 0
    for (const m of from.text.matchAll(leadsItems)) {
      for (const item of referencedItems(m[1]!)) {
        // (`Phan Il`: the part's numeral as OCR read it, its marks and capitals lost.)
        const k = byId.get(`${m[2]!.replace(/l/gu, 'I')}.${item}`)
        const named = k === undefined ? undefined : tasks[k]!
        if (!named || named === from) continue
        // (An item that heads points, `4. …` over `a)`, `b)`: its points with no owner of their own.)
        const targets = named.kind === 'task' ? [k!] : tasks.flatMap((t, j) => (t.parent === named.id && t.kind === 'task' ? [j] : []))
        for (const j of targets) {
          const target = tasks[j]!
          if (target.owner !== null) continue
          tasks[j] = {
            ...target,
            owner: from.owner,
            coordinators: target.coordinators.length > 0 ? target.coordinators : from.coordinators,
            warnings: [...target.warnings.filter((w) => w.code !== 'owner-missing'), {code: 'owner-inherited', message: `owner named in ${from.id} (${m[0].slice(-40).trim()})`}],
            ...(explain && target.rules && {rules: target.rules.map((r) => (r === 'owner-missing' ? 'owner-inherited' : r))})
          }
          if (from.kind === 'task' && pointerOnly.test(from.text.trim())) pointers.add(from)
        }
      }
    }
  }
  if (pointers.size === 0) return
  // (A group left with no records under it, `1. Phân công thực hiện` over the pointers, goes with them, and so on up.)
  let kept = tasks.filter((t) => !pointers.has(t))
  let emptied = new Set([...pointers].map((t) => t.parent))
  while (emptied.size > 0) {
    const parents = new Set(kept.map((t) => t.parent))
    const gone = kept.filter((t) => t.kind === 'group' && emptied.has(t.id) && !parents.has(t.id))
    kept = kept.filter((t) => !gone.includes(t))
    emptied = new Set(gone.map((t) => t.parent))
  }
  tasks.splice(0, tasks.length, ...kept)
}

function tasksOf(doc: VanbanDocument, options: ExtractOptions): Task[] {
  const prose = placedProseTasks(doc, options)
  const placed = prose.tasks.map((task, k) => ({task, block: prose.blocks[k]!}))
  const used = new Set(prose.tasks.map((t) => t.id))
  // An invitation or a schedule (`document-kind.ts`): its tables list meetings, not tasks.
  const noTaskKind = noTaskKindOf(doc)
  for (const group of noTaskKind === null ? tableTaskGroups(doc, options) : []) {
    let rows = group.outline
    // Which of the table's ids take the prefix: all of them when a row's number is taken; only
    // its group headings when just those repeat the body's chapters (`I`, `II`): the rows keep
    // the numbers the table prints (`32`, `32.(4)`, what a reader cites), under `PLII.II`.
    const clash = rows.filter((t) => used.has(t.id))
    const renamed = clash.some((t) => t.kind === 'task') ? rows : clash.length > 0 ? rows.filter((t) => t.kind === 'group') : []
    if (renamed.length > 0) {
      let prefix = group.part ?? 'PL'
      for (let n = 2; renamed.some((t) => used.has(`${prefix}.${t.id}`)); n++) prefix = `${group.part ?? 'PL'}#${n}`
      const to = new Map(renamed.map((t) => [t.id, `${prefix}.${t.id}`]))
      rows = rows.map((t) => ({...t, id: to.get(t.id) ?? t.id, parent: t.parent === null ? null : to.get(t.parent) ?? t.parent}))
    }
    const led = underLeadIn(rows, prose.tableLeads, group.block)
    rows = led.rows
    if (led.lead && !used.has(led.lead.task.id)) {
      placed.push(led.lead)
      used.add(led.lead.task.id)
    }
    // A table printed in a chapter of the body (`II. NHIỆM VỤ CỤ THỂ` then the table), without
    // group rows of its own: its rows hang under that chapter, as the chapter's prose items do.
    const chapter = group.part === null ? prose.chapters.filter((c) => c.block < group.block).at(-1) : undefined
    if (chapter) rows = rows.map((t) => (t.parent === null ? {...t, parent: chapter.id} : t))
    for (const t of rows) used.add(t.id)
    placed.push(...rows.map((task) => ({task, block: group.block})))
  }
  // A chapter that holds only a table (`II. NHIỆM VỤ` then the table) has no record of its own yet:
  // its rows name it as parent, so it goes out as a group, as any heading that gathers tasks.
  const ids = new Set(placed.map((p) => p.task.id))
  for (const chapter of prose.chapters) {
    if (ids.has(chapter.id) || !placed.some((p) => p.task.parent === chapter.id)) continue
    placed.push({task: {file: doc.file, id: chapter.id, kind: 'group', parent: null, text: chapter.text, owner: null, coordinators: [], deadlineText: null, due: null, recurrence: null, result: null, page: chapter.page, warnings: [], ...(options.explain === true ? {rules: ['marker-roman', 'group-heading']} : {})}, block: chapter.block - 0.5})
    ids.add(chapter.id)
  }
  // Document order: a table between two chapters lists its rows between theirs (the sort is stable).
  const ordered = placed.sort((a, b) => a.block - b.block).map(({task, block}) => {
    const source = doc.blocks[Math.floor(block)]
    // Names read from OCR'd text are checked against the agency gazetteer; clean text stands as written.
    const checked = source !== undefined && readByOcr(source) ? withCheckedNames(task) : task
    const extra = sourceWarnings(checked, source)
    return extra.length === 0 ? checked : {...checked, warnings: [...checked.warnings, ...extra]}
  })
  ownersByReference(ordered, options.explain === true)
  // An owner read mid-sentence (`… đề nghị các bộ, cơ quan ngang bộ … thực hiện các nội dung sau:`) is a record's
  // first field: capitalised, as a clerk's list writes it (`Các bộ, cơ quan ngang bộ …`).
  for (const [k, t] of ordered.entries()) if (t.owner !== null && /^\p{Ll}/u.test(t.owner)) ordered[k] = {...t, owner: t.owner.charAt(0).toUpperCase() + t.owner.slice(1)}
  if (options.explain !== true) return ordered
  return ordered.map((t) => (t.rules ? t : {...t, rules: [t.kind === 'group' ? 'table-group' : 'table-row']}))
}
