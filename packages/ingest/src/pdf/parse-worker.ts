/**
 * The parse thread (started by `parse-thread.ts`): reads a PDF's text layer
 * with pdf.js, then, once the calling thread has OCR'd the pages that need it,
 * lays the document out. Heavy, synchronous work happens here so that the
 * calling thread can stop it (`worker.terminate()`) at its time budget or a
 * signal. One document at a time; the thread is reused for the next.
 */
import {parentPort} from 'node:worker_threads'
import {layoutPages, type PageInput} from '@vanban/layout'
import {emptyPage, parsePdfPages} from './parse-pages.ts'
import {ReadFailure} from './read-failure.ts'
import {stage, type ParseCommand, type ParseEvent, type SerializedError} from './parse-protocol.ts'
import {withoutCanvas} from './no-canvas.ts'
import {loadPdfjs} from './pdfjs.ts'
import {previewAfter, previewPages} from './preview.ts'

// pdf.js loads as the thread starts, not when the first document arrives: a thread started
// ahead (startParseThread) is then ready when the caller has loaded its own modules.
withoutCanvas()
loadPdfjs().catch(() => {
  // Failing here fails the first document again, with its file named.
})

/**
 * Pages read are reported at most this often: a message a page cost 1–2 ms
 * each on a busy machine (each wakes the other thread), ~0.1 s for 83 pages.
 */
const reportMs = 200

const port = parentPort!
let pending: (PageInput | null)[] | null = null
let cell: Int32Array | null = null
/** False once pdf.js holds a stalled task (a page past the item limit): the caller then ends this thread. */
let reusable = true

const send = (event: ParseEvent, transfer: ArrayBuffer[] = []): void => port.postMessage(event, transfer)

port.on('message', (command: ParseCommand) => {
  void handle(command).catch((error: unknown) => send({type: 'error', error: serialize(error), reusable}))
})

async function handle(command: ParseCommand): Promise<void> {
  if (command.type === 'parse') {
    pending = null
    cell = command.stage
    let read: number[] = []
    let total = 0
    let previews: number[] = []
    /** Where the pages not yet sent in a preview start. */
    let previewed = 0
    /** The pages the caller was shown, by number (with previews only). */
    const shown = command.request.preview ? new Set<number>() : null
    // The first page is reported at once: the caller learns the page count with it, and a
    // long document has it build what its stages will need (normalize's repair model, ~0.15 s)
    // while it would otherwise wait for the next report (nq71: idle ~0.15 s).
    let reported = -Infinity
    const report = (): void => {
      if (read.length > 0) send({type: 'pages', read, pages: total})
      read = []
      reported = performance.now()
    }
    const parsed = await parsePdfPages(command.request, {
      opening: () => Atomics.store(cell!, 0, stage.opening),
      opened: (pages) => {
        total = pages
        if (command.request.preview) previews = previewAfter(pages)
      },
      reading: (number) => Atomics.store(cell!, 0, number),
      page: (number, _pages, wasRead, sofar) => {
        if (wasRead) read.push(number)
        if (performance.now() - reported >= reportMs) report()
        if (previews.includes(number)) {
          const pages = previewPages(sofar.slice(previewed))
          previewed = sofar.length
          if (pages.length > 0) send({type: 'preview', pages})
          for (const page of pages) shown?.add(page.number)
        }
      },
      stalled: () => (reusable = false)
    })
    report()
    if (parsed.toOcr.length === 0 && shown !== null && shown.size > 0) {
      // The caller holds most pages already, and has laid them out in parts (its warm-up):
      // it gets the others and lays the document out itself where it may, or asks (`layout`).
      Atomics.store(cell, 0, stage.layout)
      pending = parsed.pages
      const rest = parsed.pages.filter((page): page is PageInput => page !== null && !shown.has(page.number))
      send({type: 'parsed', pages: parsed.pages.length, toOcr: [], warnings: parsed.warnings, data: null, rest})
      return
    }
    if (parsed.toOcr.length === 0) {
      // Nothing for the caller to OCR: lay out now rather than wait for it to ask (one message
      // each way, and a wake-up of each thread, less).
      Atomics.store(cell, 0, stage.layout)
      const result = layoutPages(parsed.pages.map((page, k) => page ?? emptyPage(k + 1)))
      send({type: 'laid-out', pages: parsed.pages.length, warnings: parsed.warnings, result, reusable})
      return
    }
    pending = parsed.pages
    const data = parsed.data
    send({type: 'parsed', pages: parsed.pages.length, toOcr: parsed.toOcr, warnings: parsed.warnings, data}, data ? [data.buffer as ArrayBuffer] : [])
    return
  }
  if (cell) Atomics.store(cell, 0, stage.layout)
  const pages = pending ?? []
  pending = null
  const byNumber = new Map(command.ocred.map((page) => [page.number, page]))
  const result = layoutPages(pages.map((page, k) => page ?? byNumber.get(k + 1) ?? emptyPage(k + 1)))
  send({type: 'done', result, reusable})
}

function serialize(error: unknown): SerializedError {
  if (error instanceof ReadFailure) return {name: error.name, kind: error.kind, code: error.code, reason: error.message}
  return {name: (error as Error)?.name ?? 'Error', reason: (error as Error)?.message ?? String(error)}
}
