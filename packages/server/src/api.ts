import type {IncomingMessage, ServerResponse} from 'node:http'
import {createReadStream} from 'node:fs'
import fs from 'node:fs/promises'
import path from 'node:path'
import type {Task} from '@vanban/core'
import {getFormat, isFormatName, writeTasks} from '@vanban/export'
import {messages} from './data/messages.ts'
import type {DocumentInfo} from './document-record.ts'
import type {DocumentStore} from './document-store.ts'
import {documentText} from './document-text.ts'
import {applyEdits, editableFields, parseEdit} from './edits.ts'
import type {EventHub} from './event-stream.ts'
import {HttpError, readJsonBody, sendDownload, sendJson} from './http-io.ts'
import {displayName, isDocumentId, newDocumentId, storedExtension} from './ids.ts'
import {sourceTypeOfFile, sourceTypes} from './source-type.ts'
import {receiveUpload, UploadError} from './upload.ts'
import type {WorkQueue} from './work-queue.ts'

export interface ApiContext {
  readonly store: DocumentStore
  readonly queue: WorkQueue
  readonly events: EventHub
  readonly maxUploadBytes: number
}


/**
 * The HTTP API under `/api/`. Returns false for a path it does not know.
 * Errors are thrown as `HttpError` and answered `{error}` by the caller.
 */
export async function handleApi(request: IncomingMessage, response: ServerResponse, url: URL, context: ApiContext): Promise<boolean> {
  const parts = url.pathname.split('/').slice(2).map(decodeSegment)
  const method = request.method ?? 'GET'
  const {store} = context

  if (parts[0] === 'events' && parts.length === 1 && method === 'GET') {
    context.events.attach(response, store.list().map((info) => ({event: 'document', data: info})))
    return true
  }
  const exportMatch = parts.length === 1 ? /^export\.(\w+)$/.exec(parts[0]!) : null
  if (exportMatch && method === 'GET') {
    const done = store.list().filter((info) => info.status === 'done')
    await sendExport(response, exportMatch[1]!, done.flatMap((info) => reviewedTasks(store, info.id)), 'vanban-nhiem-vu')
    return true
  }
  if (parts[0] !== 'documents') return false

  if (parts.length === 1) {
    if (method === 'GET') {
      sendJson(response, 200, store.list())
      return true
    }
    if (method === 'POST') {
      await upload(request, response, context)
      return true
    }
    throw new HttpError(405, 'use GET or POST')
  }

  const id = parts[1]!
  const info = isDocumentId(id) ? store.get(id) : undefined
  if (!info) throw new HttpError(404, messages.notFound)

  if (parts.length === 2) {
    if (method === 'GET') sendJson(response, 200, info)
    else if (method === 'DELETE') {
      context.queue.cancel(id)
      await store.remove(id)
      context.events.publish('removed', {id})
      response.writeHead(204).end()
    } else throw new HttpError(405, 'use GET or DELETE')
    return true
  }

  const sub = parts[2]!
  if (sub === 'tasks' && parts.length === 3 && method === 'GET') {
    sendJson(response, 200, reviewedTasks(store, id))
    return true
  }
  if (sub === 'edits' && parts.length === 3 && method === 'GET') {
    sendJson(response, 200, store.edits(id))
    return true
  }
  if (sub === 'tasks' && parts.length === 4) {
    if (method !== 'PATCH') throw new HttpError(405, 'use PATCH')
    await editTask(request, response, context, info, parts[3]!)
    return true
  }
  if (sub === 'tasks' && parts.length === 5 && parts[4] === 'edits') {
    if (method !== 'DELETE') throw new HttpError(405, 'use DELETE')
    await revertTask(response, context, info, parts[3]!, url.searchParams.getAll('field'))
    return true
  }
  if (sub === 'source' && parts.length === 3 && method === 'GET') {
    const file = store.sourcePath(id, info.extension)
    const stat = await fs.stat(file).catch(() => null)
    if (!stat) throw new HttpError(404, 'the uploaded file is gone')
    // Shown inline only as what its bytes are (never as HTML or script); anything else downloads.
    const inline = info.sourceType !== 'other'
    response.writeHead(200, {
      'content-type': sourceTypes[info.sourceType],
      'content-length': stat.size,
      'x-content-type-options': 'nosniff',
      'content-disposition': inline ? 'inline' : 'attachment',
      'cache-control': 'no-store'
    })
    await new Promise<void>((resolve) => createReadStream(file).on('close', resolve).pipe(response))
    return true
  }
  if (sub === 'text' && parts.length === 3 && method === 'GET') {
    if (info.status !== 'done') throw new HttpError(409, messages.notDone)
    // Reading a scan again would mean OCR again: the page shows PDFs and images as pages instead.
    if (info.sourceType !== 'other') throw new HttpError(409, 'a PDF or an image: see its pages (GET …/source)')
    const text = await documentText(store.folder(id), store.sourcePath(id, info.extension))
    response.writeHead(200, {'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store'}).end(text)
    return true
  }
  const documentExport = parts.length === 3 ? /^export\.(\w+)$/.exec(sub) : null
  if (documentExport && method === 'GET') {
    if (info.status !== 'done') throw new HttpError(409, messages.notDone)
    await sendExport(response, documentExport[1]!, reviewedTasks(store, id), `${path.parse(info.name).name}.nhiem-vu`)
    return true
  }
  return false
}

const decodeSegment = (segment: string): string => {
  try {
    return decodeURIComponent(segment)
  } catch {
    throw new HttpError(400, 'bad URL encoding')
  }
}

/** A document's records with the clerk's corrections applied. */
const reviewedTasks = (store: DocumentStore, id: string): Task[] => applyEdits(store.tasks(id), store.edits(id))

async function sendExport(response: ServerResponse, name: string, tasks: readonly Task[], stem: string): Promise<void> {
  if (!isFormatName(name)) throw new HttpError(404, `no export format "${name}" (use xlsx, csv, json or jsonl)`)
  const format = getFormat(name)
  sendDownload(response, await writeTasks(tasks, {format: format.name}), format.mediaType, stem + format.extension)
}

async function upload(request: IncomingMessage, response: ServerResponse, context: ApiContext): Promise<void> {
  const {store, maxUploadBytes} = context
  const tooLarge = messages.tooLarge(Math.round(maxUploadBytes / 2 ** 20))
  // A declared size far over the limit is refused before a byte is stored (multipart adds a few hundred bytes).
  const declared = Number(request.headers['content-length'] ?? NaN)
  if (declared > maxUploadBytes + 64 * 1024) {
    response.setHeader('connection', 'close')
    request.resume()
    throw new HttpError(413, tooLarge)
  }
  const id = newDocumentId()
  let extension = ''
  let file
  try {
    file = await receiveUpload(request, {
      maxBytes: maxUploadBytes,
      tooLarge,
      noFile: messages.noFile,
      destination: async (name) => {
        extension = storedExtension(name)
        await store.prepare(id)
        return store.sourcePath(id, extension)
      }
    })
  } catch (error) {
    await store.remove(id)
    if (error instanceof UploadError) throw new HttpError(error.status, error.message)
    throw error
  }
  const info: DocumentInfo = {id, name: displayName(file.name), status: 'queued', pages: 0, pagesDone: 0, tasks: 0, tasksToCheck: 0,
    extension, sourceType: await sourceTypeOfFile(file.path), size: file.size, uploadedAt: new Date().toISOString()}
  await store.put(info)
  context.events.publish('document', info)
  context.queue.add(id)
  sendJson(response, 201, {id: info.id, name: info.name, status: info.status})
}

/** Undoes a clerk's corrections of one task: the fields named by `?field=` (repeatable), or all. */
async function revertTask(response: ServerResponse, context: ApiContext, info: DocumentInfo, taskId: string, fields: readonly string[]): Promise<void> {
  const {store} = context
  if (!store.tasks(info.id).some((task) => task.id === taskId)) throw new HttpError(404, messages.taskNotFound)
  const unknown = fields.find((field) => !(editableFields as readonly string[]).includes(field))
  if (unknown !== undefined) throw new HttpError(400, `${unknown}: not an editable field (use ${editableFields.join(', ')})`)
  const {[taskId]: edit, ...others} = store.edits(info.id)
  const kept = Object.fromEntries(Object.entries(edit ?? {}).filter(([field]) => fields.length > 0 && !fields.includes(field)))
  await store.setEdits(info.id, Object.keys(kept).length > 0 ? {...others, [taskId]: kept} : others)
  sendJson(response, 200, reviewedTasks(store, info.id).find((record) => record.id === taskId))
}

async function editTask(request: IncomingMessage, response: ServerResponse, context: ApiContext, info: DocumentInfo, taskId: string): Promise<void> {
  const {store} = context
  if (info.status !== 'done') throw new HttpError(409, messages.notDone)
  if (!store.tasks(info.id).some((task) => task.id === taskId)) throw new HttpError(404, messages.taskNotFound)
  const parsed = parseEdit(await readJsonBody(request))
  if (!parsed.ok) throw new HttpError(400, parsed.message)
  const edits = store.edits(info.id)
  await store.setEdits(info.id, {...edits, [taskId]: {...edits[taskId], ...parsed.edit}})
  const task = reviewedTasks(store, info.id).find((record) => record.id === taskId)
  sendJson(response, 200, task)
}
