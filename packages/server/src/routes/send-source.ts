import {createReadStream} from 'node:fs'
import fs from 'node:fs/promises'
import type {ServerResponse} from 'node:http'
import {messages} from '../data/messages.ts'
import type {DocumentInfo} from '../document-record.ts'
import type {DocumentStore} from '../document-store.ts'
import {documentText} from '../document-text.ts'
import {HttpError} from '../http-io.ts'
import {sourceTypes} from '../source-type.ts'

/** The uploaded bytes, for the page's source pane. */
export async function sendSource(response: ServerResponse, store: DocumentStore, info: DocumentInfo): Promise<void> {
  const file = store.sourcePath(info.id, info.extension)
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
}

/** The normalized text of a text document, one paragraph a line (its paragraphs in the source pane). */
export async function sendText(response: ServerResponse, store: DocumentStore, info: DocumentInfo): Promise<void> {
  if (info.status !== 'done') throw new HttpError(409, messages.notDone)
  // Reading a scan again would mean OCR again: the page shows PDFs and images as pages instead.
  if (info.sourceType !== 'other') throw new HttpError(409, 'a PDF or an image: see its pages (GET …/source)')
  const text = await documentText(store.folder(info.id), store.sourcePath(info.id, info.extension))
  response.writeHead(200, {'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store'}).end(text)
}
