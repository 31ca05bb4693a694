import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {afterEach, beforeEach, expect, test} from 'vitest'
import {type FileResult, processFile, processFiles, type ProgressEvent} from '../src/index.ts'

let dir: string
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vanban-process-'))
})
afterEach(() => fs.rmSync(dir, {recursive: true, force: true}))

const notice = '1. Bộ Tài chính chủ trì, hoàn thành trước ngày 30/6/2026.\n'

test('a good file: ok, schema-valid tasks, timing', async () => {
  fs.writeFileSync(path.join(dir, 'a.md'), notice)
  const result = await processFile(path.join(dir, 'a.md'))
  expect(result).toMatchObject({file: path.join(dir, 'a.md'), ok: true, error: null})
  expect(result.timing.totalMs).toBeGreaterThan(0)
  for (const task of result.tasks) expect(task.file).toBe(path.join(dir, 'a.md'))
})

test.each([
  ['missing.md', null, 'not-found', /missing\.md: file not found/],
  ['empty.md', '', 'empty-file', /empty\.md: the file is empty/],
  ['folder.md', 'dir', 'not-a-file', /folder\.md: is a folder/]
])('%s fails with %s, naming the file', async (name, content, code, message) => {
  const file = path.join(dir, name)
  if (content === 'dir') fs.mkdirSync(file)
  else if (content !== null) fs.writeFileSync(file, content)
  const result = await processFile(file)
  expect(result.ok).toBe(false)
  expect(result.tasks).toEqual([])
  expect(result.error).toMatchObject({code})
  expect(result.error!.message).toMatch(message)
  expect(result.error!.message.startsWith(file)).toBe(true)
})

test.skipIf(process.getuid?.() === 0)('an unreadable file says permission denied', async () => {
  const file = path.join(dir, 'locked.md')
  fs.writeFileSync(file, notice)
  fs.chmodSync(file, 0)
  const result = await processFile(file)
  expect(result.error).toMatchObject({code: 'unreadable'})
})

test('processFiles: a file that disappears mid-run fails alone, the rest carries on, events in order', async () => {
  for (const name of ['a.md', 'b.md', 'c.md']) fs.writeFileSync(path.join(dir, name), notice)
  const events: string[] = []
  const onProgress = (event: ProgressEvent) => {
    if (event.type === 'file-start') {
      events.push(`start ${path.basename(event.file)} ${event.index}/${event.total}`)
      // While a.md is being read, b.md is deleted by someone else.
      if (event.index === 0) fs.rmSync(path.join(dir, 'b.md'))
    }
    if (event.type === 'file-done') events.push(`done ${path.basename(event.result.file)} ${event.result.ok}`)
  }
  const results: FileResult[] = []
  for await (const result of processFiles([dir], {onProgress})) results.push(result)
  expect(events).toEqual(['start a.md 0/3', 'done a.md true', 'start b.md 1/3', 'done b.md false', 'start c.md 2/3', 'done c.md true'])
  expect(results[1]!.error).toMatchObject({code: 'not-found', message: `${path.join(dir, 'b.md')}: file not found (moved or deleted before or during the run?)`})
})

test('an aborted signal rejects: the file in flight is discarded, not reported as failed', async () => {
  fs.writeFileSync(path.join(dir, 'a.md'), notice)
  const controller = new AbortController()
  controller.abort(new Error('stop'))
  await expect(processFile(path.join(dir, 'a.md'), {signal: controller.signal})).rejects.toThrow('stop')
  const seen: FileResult[] = []
  await expect(async () => {
    for await (const result of processFiles([dir], {signal: controller.signal})) seen.push(result)
  }).rejects.toThrow('stop')
  expect(seen).toEqual([])
})

test('runBatch: an output that cannot be written fails its file with a clear line; the batch goes on', async () => {
  const {runBatch} = await import('../src/index.ts')
  fs.writeFileSync(path.join(dir, 'a.md'), notice)
  fs.writeFileSync(path.join(dir, 'b.md'), notice)
  const out = path.join(dir, 'out')
  // A folder where a.md's output should go: the rename onto it fails.
  fs.mkdirSync(path.join(out, 'a.csv', 'blocker'), {recursive: true})
  const summary = await runBatch([path.join(dir, 'a.md'), path.join(dir, 'b.md')], {outDir: out})
  expect(summary.filesFailed).toBe(1)
  expect(summary.results[0]!.error).toMatchObject({code: 'write-failed'})
  expect(summary.results[0]!.error!.message).toMatch(new RegExp(`^${path.join(dir, 'a.md')}: cannot write its output ${path.join(out, 'a.csv')} \\(E[A-Z]+: `))
  expect(summary.results[1]!.ok).toBe(true)
  expect(fs.existsSync(path.join(out, 'b.csv'))).toBe(true)
})
