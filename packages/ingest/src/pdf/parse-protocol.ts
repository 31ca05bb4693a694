/** The messages between the calling thread (`parse-thread.ts`) and the parse thread (`parse-worker.ts`). */
import type {LayoutResult, PageInput} from '@vanban/layout'
import type {ParseRequest} from './parse-pages.ts'

/**
 * Where the thread is, in a shared cell the caller's watchdog reads without a
 * message: `starting` until pdf.js is loaded, `opening` the document, a page
 * number while that page is read, `layout`.
 */
export const stage = {starting: -2, layout: -1, opening: 0} as const

/** Messages from the calling thread. */
export type ParseCommand = {type: 'parse'; request: ParseRequest; stage: Int32Array} | {type: 'layout'; ocred: PageInput[]}

/** Messages to the calling thread. */
export type ParseEvent =
  | {type: 'pages'; read: number[]; pages: number}
  /** The pages read since the last preview, on a long document, when the request asked for it (`preview`). */
  | {type: 'preview'; pages: PageInput[]}
  /**
   * The text layers are read; the pages to OCR, if any, are the caller's to read. With previews
   * and nothing to OCR, `rest` holds the pages it was not shown, and the thread waits to be told
   * whether to lay the document out (the caller may do it from the pages it holds).
   */
  | {type: 'parsed'; pages: number; toOcr: number[]; warnings: string[]; data: Uint8Array | null; rest?: PageInput[]}
  /** No page to OCR: the thread laid the document out at once, without waiting to be asked. */
  | {type: 'laid-out'; pages: number; warnings: string[]; result: LayoutResult; reusable: boolean}
  | {type: 'done'; result: LayoutResult; reusable: boolean}
  | {type: 'error'; error: SerializedError; reusable: boolean}

/** An error as it crosses threads: a `ReadFailure` (kind, code, reason) or any other error by name and message. */
export interface SerializedError {
  name: string
  kind?: 'input' | 'password'
  code?: string
  reason: string
}
