/**
 * Issue 16: files of a batch read in worker threads (--jobs across files) give exactly the
 * output of one file at a time: outputs, combined file, report and failure lines.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {afterAll, beforeAll, expect, test} from 'vitest'
import {runVanban} from '../packages/cli/test/support.ts'

const root = path.resolve(import.meta.dirname, '..')
let tmp: string
let input: string

beforeAll(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'vanban-threads-'))
  input = path.join(tmp, 'in')
  fs.mkdirSync(input)
  // Text files of several kinds, a Word file and a bad file among them. (PDFs are read in
  // threads of their own by @vanban/ingest, which from the sources are not started inside
  // another thread; the compiled CLI reads them in file threads too.)
  const notices = ['fixtures/bad/good-notice.md', 'fixtures/tb20-2026-notice.md', 'fixtures/bad/legacy-latin1.txt', 'fixtures/formats/government-resolution.docx', 'fixtures/formats/bad-truncated.docx']
  for (let k = 0; k < 10; k++) {
    const source = notices[k % notices.length]!
    fs.copyFileSync(path.join(root, source), path.join(input, `n${String(k).padStart(2, '0')}${path.extname(source)}`))
  }
})
afterAll(() => fs.rmSync(tmp, {recursive: true, force: true}))

test('--jobs 3 (worker threads) and --jobs 1 (one file at a time) give the same outputs, report and exit status', async () => {
  const run = (jobs: string, name: string) =>
    runVanban(['tasks', input, '--jobs', jobs, '--ocr', 'never', '--out', path.join(tmp, name), '--combine', path.join(tmp, `${name}.jsonl`), '--report', path.join(tmp, `${name}-report.jsonl`)])
  const one = await run('1', 'one')
  const three = await run('3', 'three')
  expect(one.status).toBe(1) // the truncated Word files
  expect(three.status).toBe(1)
  expect(fs.readFileSync(path.join(tmp, 'three.jsonl'), 'utf8')).toBe(fs.readFileSync(path.join(tmp, 'one.jsonl'), 'utf8'))
  const outputs = (dir: string) => fs.readdirSync(path.join(tmp, dir)).filter((name) => !name.startsWith('.')).sort()
  expect(outputs('three')).toEqual(outputs('one'))
  for (const name of outputs('one')) expect(fs.readFileSync(path.join(tmp, 'three', name), 'utf8')).toBe(fs.readFileSync(path.join(tmp, 'one', name), 'utf8'))
  const report = (file: string) => fs.readFileSync(path.join(tmp, file), 'utf8').trim().split('\n').map((line) => {
    const {seconds: _seconds, output, ...rest} = JSON.parse(line) as {seconds: number; output: string | null}
    return {...rest, output: output && path.basename(output)}
  })
  expect(report('three-report.jsonl')).toEqual(report('one-report.jsonl'))
  // The same failure lines, in the same order.
  const fails = (stderr: string) => stderr.split('\n').filter((line) => line.startsWith('FAIL'))
  expect(fails(three.stderr)).toEqual(fails(one.stderr))
  expect(fails(one.stderr)).toHaveLength(2)
}, 180_000)
