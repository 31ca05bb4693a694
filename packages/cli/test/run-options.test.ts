import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {afterEach, beforeEach, expect, test} from 'vitest'
import {exitStatus} from '../src/exit-status.ts'
import {lockName} from '@vanban/batch'
import {runVanban} from './support.ts'

const good = path.resolve(import.meta.dirname, '../../../fixtures/bad/good-notice.md')
let dir: string
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vanban-options-'))
})
afterEach(() => fs.rmSync(dir, {recursive: true, force: true}))

test.each([
  ['--out onto the input', (input: string) => ['--out', input]],
  ['--combine onto the input', (input: string) => {
    fs.mkdirSync(path.join(path.dirname(input), 'out'))
    return ['--out', path.join(path.dirname(input), 'out'), '--combine', input]
  }],
  ['--report onto the input', (input: string) => ['--report', input]]
])('%s: refused before any work in one line, exit 3, the input unchanged', async (_, options) => {
  const input = path.join(dir, 'victim.md')
  fs.copyFileSync(good, input)
  const run = await runVanban(['tasks', input, ...options(input)])
  expect(run).toEqual({status: exitStatus.outputRefused, stdout: '', stderr: `vanban: refusing to write ${input}: it is the input ${input} (choose another output path)\n`})
  expect(fs.readFileSync(input)).toEqual(fs.readFileSync(good))
})

test('an --out folder another run is writing to: exit 3, naming the folder and the pid', async () => {
  const out = path.join(dir, 'out')
  fs.mkdirSync(out)
  // A live process that is not this one (this one's own stale lock would be taken over).
  fs.writeFileSync(path.join(out, lockName), JSON.stringify({pid: process.ppid, host: os.hostname()}))
  const run = await runVanban(['tasks', good, good, '--out', out])
  expect(run).toEqual({status: 3, stdout: '', stderr: `vanban: another vanban run is writing to ${out} (pid ${process.ppid})\n`})
})

test('an --out that is a file where a folder is needed: exit 3 before any work', async () => {
  const file = path.join(dir, 'taken')
  fs.writeFileSync(file, 'x')
  const run = await runVanban(['tasks', good, good, '--out', file])
  expect(run).toEqual({status: 3, stdout: '', stderr: `vanban: cannot write to ${file}: it is a file, not a folder\n`})
})

test('--report: one JSON object per input; failures carry their code', async () => {
  const report = path.join(dir, 'report.jsonl')
  const run = await runVanban(['tasks', good, path.join(dir, 'missing.md'), '--report', report, '--quiet', '--format', 'jsonl'])
  expect(run.status).toBe(1)
  const lines = fs.readFileSync(report, 'utf8').trim().split('\n').map((line) => JSON.parse(line))
  expect(lines).toEqual([
    {file: good, status: 'ok', code: null, message: null, tasks: 3, pages: 0, seconds: expect.any(Number), output: null},
    {file: path.join(dir, 'missing.md'), status: 'failed', code: 'not-found', message: `${path.join(dir, 'missing.md')}: file not found (moved or deleted before or during the run?)`, tasks: 0, pages: 0, seconds: expect.any(Number), output: null}
  ])
})

test('--agencies FILE: a province\'s own names become owners', async () => {
  const notice = path.join(dir, 'notice.md')
  fs.writeFileSync(notice, 'Kính gửi: Các cơ quan, đơn vị.\n\nCảng hàng không Vân Đồn tăng cường kiểm tra an ninh, hoàn thành trong tháng 7/2026.\n')
  const agencies = path.join(dir, 'agencies.txt')
  fs.writeFileSync(agencies, '\uFEFF# tên đơn vị của tỉnh\nCảng hàng không Vân Đồn\n\n')
  const owners = async (extra: string[]) =>
    (await runVanban(['tasks', notice, '--format', 'jsonl', '--quiet', ...extra])).stdout.split('\n').filter(Boolean).map((line) => (JSON.parse(line) as {owner: string | null}).owner)
  expect(await owners(['--agencies', agencies])).toEqual(['Cảng hàng không Vân Đồn'])
  expect(await owners([])).not.toContain('Cảng hàng không Vân Đồn')
})

test('--help lists the exit statuses', async () => {
  for (const argv of [['--help'], ['tasks', '--help']]) {
    const run = await runVanban(argv)
    expect(run.stdout).toContain('Exit status:\n  0        success')
    expect(run.stdout).toMatch(/^ {2}3 {8}refused before any work/m)
    expect(run.stdout).toMatch(/^ {2}130\/143 {2}interrupted by SIGINT\/SIGTERM/m)
  }
})
