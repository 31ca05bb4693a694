import type {Worker} from 'node:worker_threads'
import {expect, test, vi} from 'vitest'
import {readDocument, startPdfReader} from '../src/index.ts'
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
