import type {IncomingMessage, ServerResponse} from 'node:http'
import type {Task} from '@vanban/core'
import {messages} from '../data/messages.ts'
import type {DocumentInfo} from '../document-record.ts'
import type {DocumentStore} from '../document-store.ts'
import {applyEdits, editableFields, parseEdit} from '../edits.ts'
import {HttpError, readJsonBody, sendJson} from '../http-io.ts'

/** A document's records with the clerk's corrections applied. */
export const reviewedTasks = (store: DocumentStore, id: string): Task[] => applyEdits(store.tasks(id), store.edits(id))

/** PATCH a task: validated corrections, kept beside the extracted records; answers the record as now reviewed. */
export async function editTask(request: IncomingMessage, response: ServerResponse, store: DocumentStore, info: DocumentInfo, taskId: string): Promise<void> {
  if (info.status !== 'done') throw new HttpError(409, messages.notDone)
  if (!store.tasks(info.id).some((task) => task.id === taskId)) throw new HttpError(404, messages.taskNotFound)
  const parsed = parseEdit(await readJsonBody(request))
  if (!parsed.ok) throw new HttpError(400, parsed.message)
  const edits = store.edits(info.id)
  await store.setEdits(info.id, {...edits, [taskId]: {...edits[taskId], ...parsed.edit}})
  const task = reviewedTasks(store, info.id).find((record) => record.id === taskId)
  sendJson(response, 200, task)
}

/** Undoes a clerk's corrections of one task: the fields named by `?field=` (repeatable), or all. */
export async function revertTask(response: ServerResponse, store: DocumentStore, info: DocumentInfo, taskId: string, fields: readonly string[]): Promise<void> {
  if (!store.tasks(info.id).some((task) => task.id === taskId)) throw new HttpError(404, messages.taskNotFound)
  const unknown = fields.find((field) => !(editableFields as readonly string[]).includes(field))
  if (unknown !== undefined) throw new HttpError(400, `${unknown}: not an editable field (use ${editableFields.join(', ')})`)
  const {[taskId]: edit, ...others} = store.edits(info.id)
  const kept = Object.fromEntries(Object.entries(edit ?? {}).filter(([field]) => fields.length > 0 && !fields.includes(field)))
  await store.setEdits(info.id, Object.keys(kept).length > 0 ? {...others, [taskId]: kept} : others)
  sendJson(response, 200, reviewedTasks(store, info.id).find((record) => record.id === taskId))
}
