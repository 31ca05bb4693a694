/**
 * Issue 16: files of a batch read in worker threads (--jobs across files) give exactly the
 * output of one file at a time. Worker threads run compiled code (the TypeScript loaders of
 * the test runner do not reach them), so this test builds and runs `dist`.
 */
import {spawnSync} from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {afterAll, beforeAll, expect, test} from 'vitest'

const root = path.resolve(import.meta.dirname, '..')
let tmp: string

beforeAll(() => {
  const build = spawnSync(process.execPath, [path.join(root, 'node_modules/typescript/bin/tsc'), '-b', path.join(root, 'tsconfig.build.json')], {encoding: 'utf8'})
  expect(build.status, build.stdout + build.stderr).toBe(0)
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'vanban-threads-'))
  const input = path.join(tmp, 'in')
  fs.mkdirSync(input)
  // Text files of several kinds, a text-layer PDF and a bad file among them.
  const notices = ['fixtures/bad/good-notice.md', 'fixtures/tb20-2026-notice.md', 'fixtures/bad/legacy-latin1.txt', 'fixtures/tb20-2026-notice.pdf', 'fixtures/bad/truncated.pdf']
  for (let k = 0; k < 12; k++) {
    const source = notices[k % notices.length]!
    fs.copyFileSync(path.join(root, source), path.join(input, `n${String(k).padStart(2, '0')}${path.extname(source)}`))
  }
}, 180_000)
afterAll(() => fs.rmSync(tmp, {recursive: true, force: true}))

const vanban = (...argv: string[]) => spawnSync(process.execPath, [path.join(root, 'packages/cli/dist/bin.js'), ...argv], {cwd: tmp, encoding: 'utf8'})

test('--jobs 3 (threads) and --jobs 1 (one file at a time) give the same outputs, report and exit status', () => {
  const one = vanban('tasks', 'in', '--jobs', '1', '--ocr', 'never', '--out', 'one', '--combine', 'one.jsonl', '--report', 'one-report.jsonl')
  const three = vanban('tasks', 'in', '--jobs', '3', '--ocr', 'never', '--out', 'three', '--combine', 'three.jsonl', '--report', 'three-report.jsonl')
  expect(one.status).toBe(1) // the truncated PDFs
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
  // The failure lines are the same, in the same order.
  const fails = (stderr: string) => stderr.split('\n').filter((line) => line.startsWith('FAIL'))
  expect(fails(three.stderr)).toEqual(fails(one.stderr))
  expect(fails(one.stderr)).toHaveLength(2)
}, 180_000)
