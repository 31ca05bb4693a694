/**
 * The parse thread (started by `parse-thread.ts`): reads a PDF's text layer
 * with pdf.js, then, once the calling thread has OCR'd the pages that need it,
 * lays the document out. Heavy, synchronous work happens here so that the
 * calling thread can stop it (`worker.terminate()`) at its time budget or a
 * signal. One document at a time; the thread is reused for the next.
 */
import {parentPort} from 'node:worker_threads'
import {VanbanError} from '@vanban/core'
import {layoutPages, type PageInput} from '@vanban/layout'
import {emptyPage, parsePdfPages, type ParseRequest} from './parse-pages.ts'

/** Messages from the calling thread. */
export type ParseCommand = {type: 'parse'; request: ParseRequest} | {type: 'layout'; ocred: PageInput[]}

/** Messages to the calling thread. */
export type ParseEvent =
  | {type: 'opening'}
  | {type: 'opened'; pages: number}
  | {type: 'page'; number: number; pages: number; read: boolean}
  | {type: 'parsed'; toOcr: number[]; warnings: string[]; data: Uint8Array | null}
  | {type: 'done'; result: ReturnType<typeof layoutPages>; reusable: boolean}
  | {type: 'error'; error: SerializedError; reusable: boolean}

/** An error as it crosses threads: the class by name, a VanbanError's code and its reason without the file. */
export interface SerializedError {
  name: string
  code?: string
  reason: string
}

const port = parentPort!
let pending: (PageInput | null)[] | null = null
/** False once pdf.js holds a stalled task (a page past the item limit): the caller then ends this thread. */
let reusable = true

const send = (event: ParseEvent, transfer: ArrayBuffer[] = []): void => port.postMessage(event, transfer)

port.on('message', (command: ParseCommand) => {
  void handle(command).catch((error: unknown) => send({type: 'error', error: serialize(error), reusable}))
})

async function handle(command: ParseCommand): Promise<void> {
  if (command.type === 'parse') {
    pending = null
    const parsed = await parsePdfPages(command.request, {
      opening: () => send({type: 'opening'}),
      opened: (pages) => send({type: 'opened', pages}),
      page: (number, pages, read) => send({type: 'page', number, pages, read}),
      stalled: () => (reusable = false)
    })
    pending = parsed.pages
    const data = parsed.data
    send({type: 'parsed', toOcr: parsed.toOcr, warnings: parsed.warnings, data}, data ? [data.buffer as ArrayBuffer] : [])
    return
  }
  const pages = pending ?? []
  pending = null
  const byNumber = new Map(command.ocred.map((page) => [page.number, page]))
  const result = layoutPages(pages.map((page, k) => page ?? byNumber.get(k + 1) ?? emptyPage(k + 1)))
  send({type: 'done', result, reusable})
}

function serialize(error: unknown): SerializedError {
  if (error instanceof VanbanError) {
    const prefix = error.file === undefined ? '' : `${error.file}: `
    return {name: error.name, code: error.code, reason: error.message.startsWith(prefix) ? error.message.slice(prefix.length) : error.message}
  }
  return {name: (error as Error)?.name ?? 'Error', reason: (error as Error)?.message ?? String(error)}
}
