/**
 * Issue 16: a PDF stream that inflates past `maxStreamBytes` (a decompression
 * bomb) is refused with a clear error, before pdf.js holds gigabytes.
 */
import {readFileSync} from 'node:fs'
import {createRequire} from 'node:module'
import {expect, test} from 'vitest'
import {InputError} from '@vanban/core'
import {readPdf} from '../src/pdf.ts'
import {patchWorkerSource, streamLimit} from '../src/pdf/stream-limit.ts'
import {fixture} from './pdf.support.ts'

const isStreamError = (file: string, limit: string) => (e: unknown) =>
  e instanceof InputError && e.code === 'stream-too-large' && e.message === `${file}: a compressed stream decodes to more than ${limit} (limit, --max-stream-mb)`

test('the flate bomb (1 GiB of content in 2 KB) → InputError stream-too-large at the default 256 MB', async () => {
  const file = fixture('bad/flate-bomb.pdf')
  await expect(readPdf(file, {})).rejects.toSatisfy(isStreamError(file, '256 MB'))
})

test('at a limit below the inner stream of the twice-filtered bomb: refused too, not stuck', async () => {
  const file = fixture('bad/flate-bomb.pdf')
  await expect(readPdf(file, {maxStreamBytes: 1e6, parseTimeout: 10_000})).rejects.toSatisfy(isStreamError(file, '1 MB'))
})

test('a lower maxStreamBytes refuses a real notice; the default reads it', async () => {
  const file = fixture('tb20-2026-notice.pdf')
  await expect(readPdf(file, {maxStreamBytes: 20_000})).rejects.toSatisfy(isStreamError(file, '0.02 MB'))
  const doc = await readPdf(file, {})
  expect(doc.pages).toHaveLength(13)
})

test("the patch fits this pdfjs-dist's worker, and refuses code it does not know", () => {
  const workerFile = createRequire(import.meta.url).resolve('pdfjs-dist/legacy/build/pdf.worker.min.mjs')
  const patched = patchWorkerSource(readFileSync(workerFile, 'utf8'))
  expect(patched.split('Symbol.for("vanban.pdfjs.streamLimit")]?.check(')).toHaveLength(3)
  expect(patched).toContain('this.stream.isAsync&&await this.stream.asyncGetBytes()||this.stream.getBytes()')
  expect(() => patchWorkerSource('class DecodeStream { ensureBuffer(n) { return n } }')).toThrow(/pdfjs-dist changed/)
})

test('the limit: growth past max throws and is recorded; sticky after an overflow only when asked', () => {
  const limit = streamLimit()
  const before = {max: limit.max, sticky: limit.sticky}
  try {
    limit.reset(1000, true)
    expect(limit.over(1000)).toBe(false)
    expect(() => limit.check(1000)).not.toThrow()
    expect(() => limit.check(1001)).toThrow(/larger than 1000 bytes/)
    expect(limit.exceeded).toBe(1001)
    expect(() => limit.check(10)).toThrow()
    limit.reset(1000, false)
    expect(() => limit.check(5000)).toThrow()
    expect(() => limit.check(10)).not.toThrow()
  } finally {
    limit.reset(before.max, before.sticky)
  }
})
