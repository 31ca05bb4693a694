import type {IncomingMessage, ServerResponse} from 'node:http'
import path from 'node:path'
import {formatNames} from '@vanban/export'
import {supportedExtensions} from '@vanban/ingest'
import {messages} from './data/messages.ts'
import type {DocumentStore} from './document-store.ts'
import type {EventHub} from './event-stream.ts'
import {HttpError, sendJson} from './http-io.ts'
import {isDocumentId} from './ids.ts'
import {sendExport} from './routes/send-export.ts'
import {sendSource, sendText} from './routes/send-source.ts'
import {editTask, reviewedTasks, revertTask} from './routes/task-edits.ts'
import {uploadDocument} from './routes/upload-document.ts'
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
  if (parts[0] === 'info' && parts.length === 1 && method === 'GET') {
    // What the page offers: the file types vanban reads (the picker's filter) and the upload limit.
    sendJson(response, 200, {readable: [...supportedExtensions], exports: [...formatNames], maxUploadBytes: context.maxUploadBytes})
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
      await uploadDocument(request, response, context)
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
    await editTask(request, response, store, info, parts[3]!)
    return true
  }
  if (sub === 'tasks' && parts.length === 5 && parts[4] === 'edits') {
    if (method !== 'DELETE') throw new HttpError(405, 'use DELETE')
    await revertTask(response, store, info, parts[3]!, url.searchParams.getAll('field'))
    return true
  }
  if (sub === 'source' && parts.length === 3 && method === 'GET') {
    await sendSource(response, store, info)
    return true
  }
  if (sub === 'text' && parts.length === 3 && method === 'GET') {
    await sendText(response, store, info)
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
