import type {IncomingMessage, ServerResponse} from 'node:http'
import type {ApiContext} from '../api.ts'
import {messages} from '../data/messages.ts'
import type {DocumentInfo} from '../document-record.ts'
import {HttpError, sendJson} from '../http-io.ts'
import {displayName, newDocumentId, storedExtension} from '../ids.ts'
import {sourceTypeOfFile} from '../source-type.ts'
import {receiveUpload, UploadError} from '../upload.ts'

/**
 * POST /api/documents: the `file` field streamed to `<data>/<new id>/source<.ext>`,
 * recorded as queued and handed to the queue; 201 with `{id, name, status}`.
 */
export async function uploadDocument(request: IncomingMessage, response: ServerResponse, context: ApiContext): Promise<void> {
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
