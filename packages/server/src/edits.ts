import type {Task} from '@vanban/core'

/** The fields a clerk may correct; everything else comes from the document. */
export const editableFields = ['text', 'owner', 'coordinators', 'due', 'recurrence'] as const
export type EditableField = (typeof editableFields)[number]

/** A correction of one task: only the fields given change. */
export type TaskEdit = Partial<Pick<Task, EditableField>>

/** The corrections of one document, by task id. */
export type DocumentEdits = Record<string, TaskEdit>

export type EditResult = {readonly ok: true; readonly edit: TaskEdit} | {readonly ok: false; readonly message: string}

/** `YYYY-MM-DD` naming a day that exists (no 2026-02-30). */
export function isRealDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value)
  if (!match) return false
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])]
  const date = new Date(Date.UTC(year, month - 1, day))
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
}

/** Text of one line or paragraph: NFC, outer spaces trimmed; empty means "none" where the field allows it. */
const cleanText = (value: string): string => value.normalize('NFC').trim()

/**
 * Checks a PATCH body: an object with some of the editable fields and
 * nothing else. `owner`, `due`, `recurrence` take a string or null (an empty
 * string is null); `coordinators` a list of names, or one string separated by
 * `;` as the CSV writes it; `due` must be a real date; `text` must not be empty.
 *
 * @example
 * parseEdit({due: '2026-02-30'}) //=> {ok: false, message: 'due: 2026-02-30 is not a real date (YYYY-MM-DD)'}
 * parseEdit({coordinators: 'Bộ Tư pháp; Bộ Công an'}) //=> {ok: true, edit: {coordinators: ['Bộ Tư pháp', 'Bộ Công an']}}
 */
export function parseEdit(body: unknown): EditResult {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return {ok: false, message: 'send a JSON object of fields to change'}
  const edit: Record<string, unknown> = {}
  const entries = Object.entries(body as Record<string, unknown>)
  if (entries.length === 0) return {ok: false, message: `nothing to change: send any of ${editableFields.join(', ')}`}
  for (const [field, value] of entries) {
    switch (field) {
      case 'text': {
        if (typeof value !== 'string' || cleanText(value) === '') return {ok: false, message: 'text: must be a non-empty string'}
        edit.text = cleanText(value)
        break
      }
      case 'owner':
      case 'recurrence': {
        if (value !== null && typeof value !== 'string') return {ok: false, message: `${field}: must be a string or null`}
        edit[field] = value === null || cleanText(value) === '' ? null : cleanText(value)
        break
      }
      case 'coordinators': {
        const list = typeof value === 'string' ? value.split(';') : value
        if (!Array.isArray(list) || !list.every((item) => typeof item === 'string')) {
          return {ok: false, message: 'coordinators: must be a list of names (or one string separated by ";")'}
        }
        edit.coordinators = list.map(cleanText).filter((item) => item !== '')
        break
      }
      case 'due': {
        if (value === null || value === '') {
          edit.due = null
          break
        }
        if (typeof value !== 'string' || !isRealDate(value.trim())) {
          return {ok: false, message: `due: ${JSON.stringify(value)} is not a real date (YYYY-MM-DD)`}
        }
        edit.due = value.trim()
        break
      }
      default:
        return {ok: false, message: `${field}: not an editable field (use ${editableFields.join(', ')})`}
    }
  }
  return {ok: true, edit: edit as TaskEdit}
}

/** The records with the clerk's corrections applied, in document order. */
export function applyEdits(tasks: readonly Task[], edits: DocumentEdits): Task[] {
  return tasks.map((task) => {
    const edit = Object.hasOwn(edits, task.id) ? edits[task.id] : undefined
    return edit ? {...task, ...edit} : task
  })
}
