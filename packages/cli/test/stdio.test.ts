import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {afterEach, beforeEach, expect, test} from 'vitest'
import {finished, runVanban, spawnVanban} from './support.ts'

const notice = path.resolve(import.meta.dirname, '../../../fixtures/tb20-2026-notice.md')
let dir: string
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vanban-stdio-'))
})
afterEach(() => fs.rmSync(dir, {recursive: true, force: true}))

const records = (jsonl: string) => jsonl.split('\n').filter(Boolean).map((line) => JSON.parse(line) as {file: string})

test('cat notice.md | vanban tasks - --format jsonl --out - gives the same tasks as the file', async () => {
  const fromFile = await runVanban(['tasks', notice, '--format', 'jsonl', '--quiet'])
  const fromStdin = await runVanban(['tasks', '-', '--format', 'jsonl', '--out', '-', '--quiet'], {stdin: fs.readFileSync(notice)})
  expect(fromStdin.status).toBe(0)
  expect(records(fromFile.stdout).length).toBeGreaterThan(10)
  expect(records(fromStdin.stdout)).toEqual(records(fromFile.stdout).map((task) => ({...task, file: 'stdin'})))
  // --name gives standard input the file's name: then the records are equal byte for byte.
  const named = await runVanban(['tasks', '-', '--name', notice, '--format', 'jsonl', '--quiet'], {stdin: fs.readFileSync(notice)})
  expect(named.stdout).toBe(fromFile.stdout)
})

test('the real process: cat notice.md | vanban tasks - --format jsonl --out -', async () => {
  const child = spawnVanban(['tasks', '-', '--format', 'jsonl', '--out', '-', '--quiet'])
  child.stdin.end(fs.readFileSync(notice))
  const run = await finished(child)
  expect(run.status).toBe(0)
  const file = await runVanban(['tasks', notice, '--format', 'jsonl', '--quiet'])
  expect(records(run.stdout)).toEqual(records(file.stdout).map((task) => ({...task, file: 'stdin'})))
}, 60_000)

test('standard input is named stdin in records and messages, or what --name says', async () => {
  const cells = (csv: string) => [...new Set(csv.replace(/^\uFEFF/, '').split('\n').slice(1).filter(Boolean).map((line) => line.split(',')[0]))]
  // Not `-`: alone in a CSV cell the formula guard would show it as `'-`.
  const plain = await runVanban(['tasks', '-', '--quiet'], {stdin: fs.readFileSync(notice)})
  expect(plain.status).toBe(0)
  expect(cells(plain.stdout)).toEqual(['stdin'])
  const named = await runVanban(['tasks', '-', '--name', 'thong-bao-20.md', '--quiet'], {stdin: fs.readFileSync(notice)})
  expect(cells(named.stdout)).toEqual(['thong-bao-20.md'])
  const text = await runVanban(['text', '-'], {stdin: ''})
  expect(text).toEqual({status: 1, stdout: '', stderr: 'vanban: stdin: file is empty\n'})
})

test('standard input is sniffed: a PDF piped in is read as a PDF', async () => {
  const pdf = path.resolve(import.meta.dirname, '../../../fixtures/tb20-2026-notice.pdf')
  const run = await runVanban(['text', '-', '--ocr', 'never'], {stdin: fs.readFileSync(pdf)})
  expect(run.status).toBe(0)
  expect(run.stdout).toContain('Bộ Khoa học và Công nghệ')
})

test('--combine - writes the combined tasks to stdout beside the per-file outputs', async () => {
  const out = path.join(dir, 'out')
  const run = await runVanban(['tasks', notice, notice, '--out', out, '--combine', '-', '--format', 'jsonl', '--quiet'])
  expect(run.status).toBe(0)
  expect(fs.readdirSync(out).filter((name) => !name.startsWith('.'))).toHaveLength(2)
  const single = await runVanban(['tasks', notice, '--format', 'jsonl', '--quiet'])
  expect(run.stdout).toBe(single.stdout + single.stdout)
})

test('an empty standard input fails as an empty file', async () => {
  const run = await runVanban(['tasks', '-', '--format', 'jsonl', '--quiet'], {stdin: ''})
  expect(run).toEqual({status: 1, stdout: '', stderr: 'FAIL  stdin: the file is empty (0 bytes)\n'})
})

test('--format xlsx and --out x.xlsx write a workbook; --combine all.xlsx too', async () => {
  const run = await runVanban(['tasks', notice, notice, '--out', path.join(dir, 'out'), '--combine', path.join(dir, 'all.xlsx'), '--quiet'])
  expect(run.status).toBe(0)
  const outputs = fs.readdirSync(path.join(dir, 'out')).filter((name) => !name.startsWith('.'))
  expect(outputs).toEqual(['tb20-2026-notice.md.xlsx', 'tb20-2026-notice.md~2.xlsx'])
  for (const file of [path.join(dir, 'all.xlsx'), ...outputs.map((name) => path.join(dir, 'out', name))]) {
    // A ZIP (OOXML) holding the sheet.
    expect(fs.readFileSync(file).subarray(0, 2).toString('latin1')).toBe('PK')
  }
  const single = await runVanban(['tasks', notice, '--out', path.join(dir, 'one.xlsx'), '--quiet'])
  expect(single.status).toBe(0)
  expect(fs.readFileSync(path.join(dir, 'one.xlsx')).subarray(0, 2).toString('latin1')).toBe('PK')
})
