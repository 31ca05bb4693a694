import {PassThrough} from 'node:stream'
import type {BatchFileResult} from '@vanban/batch'
import {expect, test} from 'vitest'
import {createReporter, fileLine} from '../src/progress.ts'

const result = (over: Partial<BatchFileResult>): BatchFileResult => ({
  file: 'in/a.pdf', ok: true, tasks: [], warnings: [], error: null, pages: 13,
  timing: {readMs: 1, normalizeMs: 1, extractMs: 1, totalMs: 1234}, output: null, resumed: false, taskCount: 7, ...over
}) as BatchFileResult

test.each([
  [result({}), 'ok    in/a.pdf: 7 tasks, 13 pages, 1.2 s'],
  [result({taskCount: 1, pages: 1, warnings: ['page 2: low OCR confidence']}), 'warn  in/a.pdf: 1 task, 1 page, 1 warning, 1.2 s'],
  [result({ok: false, error: {code: 'password', message: 'in/a.pdf: encrypted PDF: a password is needed'}}), 'FAIL  in/a.pdf: encrypted PDF: a password is needed'],
  [result({resumed: true}), 'skip  in/a.pdf: output already complete (7 tasks)']
])('fileLine %#', (input, line) => {
  expect(fileLine(input)).toBe(line)
})

test('on a terminal: a bar with files, pages, pages/s and ETA; failures printed above it', async () => {
  const stream = Object.assign(new PassThrough(), {isTTY: true, columns: 120, cursorTo() {}, clearLine() {}, moveCursor() {}})
  let text = ''
  stream.on('data', (chunk: Buffer) => (text += chunk.toString('utf8')))
  const reporter = createReporter(stream, 'bar', false)
  reporter.onProgress({type: 'file-start', file: 'in/a.pdf', index: 0, total: 2})
  for (let page = 1; page <= 3; page++) reporter.onProgress({type: 'page', file: 'in/a.pdf', page, pages: 3})
  reporter.onProgress({type: 'file-done', result: result({pages: 3}), index: 0, total: 2})
  reporter.onProgress({type: 'file-start', file: 'in/b.pdf', index: 1, total: 2})
  reporter.onProgress({type: 'file-done', result: result({file: 'in/b.pdf', ok: false, error: {code: 'x', message: 'in/b.pdf: broken'}}), index: 1, total: 2})
  reporter.stop()
  await new Promise((resolve) => setImmediate(resolve))
  expect(text).toMatch(/\d\/2 files \| \d+ pages \| [\d.]+ pages\/s \| ETA /)
  expect(text).toContain('FAIL  in/b.pdf: broken')
  expect(text).not.toContain('ok    in/a.pdf')
})
