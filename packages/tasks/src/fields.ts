/**
 * Plans often give a task's attributes as labelled lines under it instead of in
 * its sentence:
 *
 *   1.1. Xây dựng Thông tư quy định về quản lý dữ liệu.
 *   - Đơn vị chủ trì: Vụ Pháp chế.
 *   - Đơn vị phối hợp: Cục Thông tin, Thống kê; Văn phòng Bộ.
 *   - Thời gian hoàn thành: Tháng 6/2027.
 *   - Sản phẩm: Thông tư của Bộ trưởng.
 *
 * These lines are fields of the task above, not tasks of their own.
 */
import {splitAgencies, startsWithAgencyHead} from './agencies.ts'

type FieldKind = 'owner' | 'coordinators' | 'deadline' | 'result'

// Label → field. `Đơn vị thực hiện` names who does the task: its owner.
const labels: ReadonlyArray<readonly [RegExp, FieldKind]> = [
  // Bare `thực hiện:` ends many a lead-in (`… các bộ thực hiện:`), so it needs its noun.
  // `… chậm nhất ngày 15/01/2027. Trách nhiệm: Sở Y tế.`: who answers for it, after the work.
  // A Party plan's `Cơ quan chủ trì tham mưu:` (the body that prepares the work for the committee), or `Cơ quan tham mưu:`.
  [/(?:đơn\s+vị|cơ\s+quan|bộ\s+phận)\s+(?:chủ\s+trì|thực\s+hiện|chịu\s+trách\s+nhiệm|tham\s+mưu)(?:\s+(?:thực\s+hiện|tham\s+mưu))?|chủ\s+trì(?:\s+(?:thực\s+hiện|tham\s+mưu))?|(?<!chịu\s)trách\s+nhiệm(?:\s+(?:thực\s+hiện|chính))?/iu, 'owner'],
  [/(?:(?:đơn\s+vị|cơ\s+quan|bộ\s+phận)\s+)?phối\s+hợp(?:\s+thực\s+hiện)?/iu, 'coordinators'],
  // (`Thời gian trình Bộ trưởng:`, `Thời hạn trình Thủ tướng Chính phủ:`: when the draft goes to whom.)
  [/thời\s+(?:gian|hạn|điểm)(?:\s+(?:hoàn\s+thành|thực\s+hiện|trình(?:\s+\p{Lu}\p{L}*(?:\s+\p{L}+){0,4}?)?))?|tiến\s+độ(?:\s+(?:hoàn\s+thành|thực\s+hiện))?|hạn\s+hoàn\s+thành/iu, 'deadline'],
  [/(?:sản\s+phẩm|kết\s+quả)(?:\s+(?:đầu\s+ra|dự\s+kiến|cần\s+đạt))?|hình\s+thức\s+văn\s+bản/iu, 'result']
]

/** What a field line after several tasks says it covers: `Đơn vị chủ trì thực hiện các nhiệm vụ tại mục 4: …`. */
const scopeSource = String.raw`(?:\s+(?:thực\s+hiện\s+)?(?:các\s+)?(?:nhiệm\s+vụ|nội\s+dung)\s+(?:tại|ở|thuộc|nêu\s+tại)\s+(?:mục|điểm|khoản)\s+([\dIVX]{1,4}(?:\.\d{1,2})*))?`
const labelSource = labels.map(([re]) => `(?:${re.source})`).join('|')
/** A line that is one field: `Đơn vị chủ trì: …`, `- Thời gian hoàn thành: …`. */
const fieldLineRe = new RegExp(`^(?:${labelSource})${scopeSource}\\s*:`, 'iu')
/** Where a field starts inside a joined text: at its start or after a sentence end or `;`. */
const fieldStartRe = new RegExp(`(?:^|[.;]\\s+|\\s)((?:${labelSource})${scopeSource}\\s*:\\s*)`, 'giu')

/**
 * The item a field line says it covers (`Đơn vị chủ trì thực hiện các nhiệm vụ tại mục 4: …` → `4`), printed
 * after that item's last task: the fields are the item's, its tasks inherit them. Null for a plain field line.
 */
export function fieldScope(text: string): string | null {
  return fieldLineRe.exec(text.trim())?.[1] ?? null
}

/** Is this line (after its list marker) a field of the task above? */
export function isFieldLine(text: string): boolean {
  return fieldLineRe.test(text.trim())
}

export interface TaskFields {
  owner?: string[]
  coordinators?: string[]
  /** The labelled deadline as written (`Thời gian hoàn thành: Tháng 6/2027`), for parseDeadline. */
  deadline?: string
  result?: string
}

const kindOf = (label: string): FieldKind | undefined => labels.find(([re]) => new RegExp(`^(?:${re.source})${scopeSource}\\s*:`, 'iu').test(label))?.[1]
// (`Cục QLKCB. - Đơn vị phối hợp: …`: OCR ran the field lines together; the next one's dash is no part of the value.)
const tidy = (s: string): string => s.replace(/\s+/gu, ' ').trim().replace(/(?:[\s.;,]|\s[-–•+*])+$/u, '')

/** The task's text before its first field line (all of it when it has none). */
export function withoutFields(text: string): string {
  fieldStartRe.lastIndex = 0
  for (let m = fieldStartRe.exec(text); m !== null; m = fieldStartRe.exec(text)) {
    const at = m.index + m[0].length - m[1]!.length
    if (at > 0 && kindOf(m[1]!) !== undefined) return text.slice(0, at).trim()
  }
  return text
}

/** The labelled fields of a task's text; empty when it has none. */
export function fieldsOf(text: string): TaskFields {
  const starts: Array<{at: number; valueAt: number; kind: FieldKind; label: string}> = []
  fieldStartRe.lastIndex = 0
  for (let m = fieldStartRe.exec(text); m !== null; m = fieldStartRe.exec(text)) {
    const kind = kindOf(m[1]!)
    if (kind === undefined) continue
    const at = m.index + m[0].length - m[1]!.length
    starts.push({at, valueAt: m.index + m[0].length, kind, label: m[1]!})
  }
  const fields: TaskFields = {}
  for (const [k, start] of starts.entries()) {
    const next = starts[k + 1]?.at ?? text.length
    let value = text.slice(start.valueAt, next)
    // The value ends at its sentence: `… Vụ Pháp chế. Ghi chú …`.
    const end = /\.(?:\s+\p{Lu}|\s*$)/u.exec(value)
    if (end && start.kind !== 'result') value = value.slice(0, end.index)
    value = tidy(value)
    if (value === '') continue
    if (start.kind === 'owner' && startsWithAgencyHead(value)) fields.owner ??= splitAgencies(value)
    else if (start.kind === 'coordinators' && startsWithAgencyHead(value)) fields.coordinators ??= splitAgencies(value)
    else if (start.kind === 'deadline') fields.deadline ??= `${tidy(start.label).replace(/\s*:$/u, '')}: ${value}`
    else if (start.kind === 'result') fields.result ??= value
  }
  return fields
}
