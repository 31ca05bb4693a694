import {readFileSync} from 'node:fs'
import type {Worker} from 'node:worker_threads'
import {expect, test, vi} from 'vitest'
import {layoutPages} from '@vanban/layout'
import {readDocument, readPdfAhead, startPdfReader} from '../src/index.ts'
import {fixture} from './pdf.support.ts'

// Every parse thread started, to see when each ends.
const started = vi.hoisted(() => [] as Worker[])
vi.mock('node:worker_threads', async (load) => {
  const real = await load<typeof import('node:worker_threads')>()
  class Recorded extends real.Worker {
    constructor(...args: ConstructorParameters<typeof real.Worker>) {
      super(...args)
      started.push(this)
    }
  }
  return {...real, Worker: Recorded}
})

const ended = (worker: Worker, withinMs: number) =>
  new Promise<boolean>((resolve) => {
    const timer = setTimeout(() => resolve(false), withinMs)
    worker.once('exit', () => {
      clearTimeout(timer)
      resolve(true)
    })
  })

test('a reader started ahead for one PDF ends once it is read; without a count it waits for the next', async () => {
  startPdfReader({documents: 1})
  const once = started.at(-1)!
  const doc = await readDocument(fixture('tb20-2026-notice.pdf'))
  expect(doc.pages.length).toBeGreaterThan(10)
  // Ended while the caller goes on with the document, not when the process exits.
  expect(await ended(once, 1000)).toBe(true)

  startPdfReader()
  const kept = started.at(-1)!
  expect(kept).not.toBe(once)
  await readDocument(fixture('tb20-2026-notice.pdf'))
  // Idle for the next PDF (2 s), then ended.
  expect(await ended(kept, 500)).toBe(false)
  expect(await ended(kept, 5000)).toBe(true)
}, 60_000)

/** A PDF read without a read ahead, in a thread that ends after it (none is left idle for the next test). */
async function readAfresh(file: string) {
  startPdfReader({documents: 1})
  return readDocument(file)
}

test('a PDF read ahead is taken over by its reader: the same document, its pages reported, one thread', async () => {
  const file = fixture('tb20-2026-notice.pdf')
  const fresh = await readAfresh(file)
  startPdfReader({documents: 1})
  const before = started.length
  await readPdfAhead(file)
  const pages: number[] = []
  const doc = await readDocument(file, {onPage: ({page}) => pages.push(page)})
  expect(doc).toEqual(fresh)
  expect(started.length).toBe(before)
  expect(pages).toEqual(doc.pages.map((page) => page.number))
}, 60_000)

test('a PDF read ahead with other options, or other bytes, is ended and the file read afresh', async () => {
  const file = fixture('tb20-2026-notice.pdf')
  const fresh = await readAfresh(file)
  startPdfReader({documents: 1})
  const ahead = started.at(-1)!
  const aheadEnds = ended(ahead, 10_000)
  let reads = 0
  await readPdfAhead(file, {maxPages: 5, onRead: () => reads++})
  // With the ahead's options the read would fail (13 pages > 5); the reader's own options hold.
  expect(await readDocument(file)).toEqual(fresh)
  expect(await aheadEnds).toBe(true)
  // Its caller hears the end of that reading once (the CLI sets its priority back then).
  expect(reads).toBe(1)

  startPdfReader({documents: 1})
  const other = started.at(-1)!
  const otherEnds = ended(other, 10_000)
  await readPdfAhead(file)
  const bytes = new Uint8Array(readFileSync(file))
  bytes[bytes.length - 2] = 0x20
  const changed = await readDocument(bytes, {name: file})
  expect(changed.pages.length).toBe(fresh.pages.length)
  expect(await otherEnds).toBe(true)
}, 60_000)

test('a read ahead of a missing file or not a PDF starts nothing, and the reader says why', async () => {
  expect(await readPdfAhead(fixture('no-such-file.pdf'))).toBe(false)
  await expect(readDocument(fixture('no-such-file.pdf'))).rejects.toThrow(/no-such-file\.pdf/)
  expect(await readPdfAhead(fixture('tb20-2026-notice.md'), {onRead: () => expect.unreachable('nothing is read')})).toBe(false)
  await expect(readDocument(fixture('tb20-2026-notice.md'), {type: 'pdf'})).rejects.toThrow(/not a PDF/)
})

test('the caller of a read ahead is told once when the text layers are read, before the document is its reader\'s', async () => {
  const file = fixture('tb20-2026-notice.pdf')
  const events: string[] = []
  startPdfReader({documents: 1})
  expect(await readPdfAhead(file, {onRead: () => events.push('read')})).toBe(true)
  expect(events).toEqual([])
  const doc = await readDocument(file)
  events.push('document')
  expect(doc.pages.length).toBe(13)
  expect(events).toEqual(['read', 'document'])
}, 60_000)

test('a long PDF read ahead shows its pages while it is read, five then ten at a time but the last ones, for a warm-up', async () => {
  const file = fixture('nq71-2025-action-program.pdf')
  const previews: {pages: number[]; read: boolean}[] = []
  startPdfReader({documents: 1})
  await readPdfAhead(file, {
    onPreview: (pages, isRead) => {
      previews.push({pages: pages.map((page) => page.number), read: isRead()})
      // As the CLI's warm-up does: the document is then laid out here from these analyses.
      layoutPages(pages, {reuse: true})
    }
  })
  const doc = await readDocument(file)
  expect(doc.pages.length).toBe(83)
  // The same document as one read alone, laid out in its thread (its tables cross pages: a row
  // cut by a page break is merged, which must not change the parts' analyses kept for reuse).
  expect(doc).toEqual(await readDocument(file))
  // 83 pages: 1–5, 6–15, …, 66–75; pages 76–83 are the document's own (a preview after page 80 would come too late).
  const part = (from: number, to: number) => ({pages: Array.from({length: to - from + 1}, (_, k) => from + k), read: false})
  expect(previews).toEqual([part(1, 5), ...Array.from({length: 7}, (_, k) => part(10 * k + 6, 10 * k + 15))])
  // A short one (tb20, 13 pages) shows none: its parse would be over before a warm-up was.
  const short: number[][] = []
  startPdfReader({documents: 1})
  await readPdfAhead(fixture('tb20-2026-notice.pdf'), {onPreview: (pages) => short.push(pages.map((page) => page.number))})
  await readDocument(fixture('tb20-2026-notice.pdf'))
  expect(short).toEqual([])
}, 60_000)
