import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {supportedExtensions} from '@vanban/ingest'
import {afterEach, beforeEach, expect, test} from 'vitest'
import {runVanban} from './support.ts'

const good = path.resolve(import.meta.dirname, '../../../fixtures/bad/good-notice.md')
let dir: string
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vanban-out-'))
})
afterEach(() => fs.rmSync(dir, {recursive: true, force: true}))

test('one input file and --out without extension: that path is the output file (CSV)', async () => {
  const run = await runVanban(['tasks', good, '--out', path.join(dir, 'result'), '--quiet'])
  expect(run).toMatchObject({status: 0, stdout: ''})
  expect(fs.readFileSync(path.join(dir, 'result'), 'utf8').startsWith('\uFEFFfile,id,')).toBe(true)
})

test('a folder and --out x.jsonl: one JSON Lines file, format from the extension', async () => {
  const input = path.join(dir, 'in')
  fs.mkdirSync(input)
  fs.copyFileSync(good, path.join(input, 'a.md'))
  fs.copyFileSync(good, path.join(input, 'b.md'))
  expect((await runVanban(['tasks', input, '--out', path.join(dir, 'all.jsonl'), '--quiet'])).status).toBe(0)
  const lines = fs.readFileSync(path.join(dir, 'all.jsonl'), 'utf8').trimEnd().split('\n').map((line) => JSON.parse(line) as {file: string})
  expect(lines.length).toBeGreaterThan(1)
  expect(lines[0]!.file).toBe(path.join(input, 'a.md'))
  expect(lines.at(-1)!.file).toBe(path.join(input, 'b.md'))
})

test('--out an existing folder with one file: one output inside it, plus the manifest', async () => {
  const out = path.join(dir, 'out')
  fs.mkdirSync(out)
  expect((await runVanban(['tasks', good, '--out', out, '--format', 'json', '--quiet'])).status).toBe(0)
  expect(fs.readdirSync(out).sort()).toEqual(['.vanban-manifest.json', '.vanban-tasks.jsonl', 'good-notice.json'])
  expect(JSON.parse(fs.readFileSync(path.join(out, 'good-notice.json'), 'utf8'))).toHaveProperty('tasks')
})

test('--combine alone writes the combined file and nothing on stdout', async () => {
  const run = await runVanban(['tasks', good, good, '--combine', path.join(dir, 'all.csv'), '--quiet'])
  expect(run).toMatchObject({status: 0, stdout: ''})
  const text = fs.readFileSync(path.join(dir, 'all.csv'), 'utf8')
  expect(text.match(/^\uFEFF?file,id,/gm)).toHaveLength(1)
})

test('non-terminal progress: one line per finished file, then the summary', async () => {
  const run = await runVanban(['tasks', good, path.join(dir, 'missing.md')])
  const lines = run.stderr.trimEnd().split('\n')
  expect(lines).toHaveLength(3)
  expect(lines[0]).toMatch(new RegExp(`^ok {4}.*good-notice\\.md: \\d+ tasks?, 0 pages, \\d+\\.\\d s$`))
  expect(lines[1]).toBe(`FAIL  ${path.join(dir, 'missing.md')}: file not found (moved or deleted before or during the run?)`)
  expect(lines[2]).toMatch(/^vanban: 2 files: 1 ok \(0 with warnings\), 1 failed; \d+ tasks?, 0 pages in \d+\.\d s$/)
  expect(run.status).toBe(1)
})

test('a folder with nothing to read: one line, exit 1', async () => {
  fs.writeFileSync(path.join(dir, 'notes.csv'), 'x')
  const run = await runVanban(['tasks', dir])
  expect(run).toEqual({status: 1, stdout: '', stderr: `vanban: no file to read in ${dir} (vanban reads ${supportedExtensions.join(' ')})\n`})
})
