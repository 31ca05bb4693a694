/**
 * Issue 7: a folder of good and bad files in one batch. Every bad file gets
 * one line naming it and the reason, the good ones get complete, valid
 * outputs, the exit status says a file failed, and no temp file remains.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {afterAll, beforeAll, describe, expect, test} from 'vitest'
import {taskFields, taskSchema} from '../packages/core/src/index.ts'
import {manifestName, tempSuffix} from '../packages/batch/src/index.ts'
import {type CliRun, parseCsv, recordFromCsvRow, runVanban} from '../packages/cli/test/support.ts'

const root = path.resolve(import.meta.dirname, '..')
let tmp: string
let input: string
let out: string
let run: CliRun

/** Bad files and the reason their line must give. */
const failures: [string, RegExp][] = [
  ['empty.pdf', /the file is empty/],
  ['encrypted.pdf', /encrypted PDF: a password is needed \(--password\)/],
  // 2 KB that inflate to 1 GiB: refused at the stream limit, not decoded.
  ['flate-bomb.pdf', /decodes to more than 256 MB \(limit, --max-stream-mb\)/],
  // A 1.6-gigapixel header over a few bytes of data: refused before any decoding (sorted by name: the quiet run's lines are sorted).
  ['huge-image.png', /image too large \(40000×40000 pixels, limit/],
  ['many-pages.pdf', /2000 pages, more than the limit of 100/],
  ['notice.docx', /damaged or truncated Word file/],
  ['truncated.pdf', /not a readable PDF|truncated|damaged/]
]
/** Files read with a warning a reviewer must see. */
const warned: [string, RegExp][] = [
  ['blank.png', /no text/i],
  // A 200-inch page: refused for rendering, OCR'd at a capped resolution, or stopped by --page-timeout.
  ['huge-page.pdf', /render|too large|size|no text|time limit/i],
  ['legacy-latin1.txt', /not valid UTF-8/],
  // A web page saved under a .pdf name is read as what it is, and says so.
  ['not-a-pdf.pdf', /web page \(HTML\)/]
]
const good = ['good-notice.md', 'sub/tb20-2026-notice.pdf']

/** The per-file status lines (not the --verbose details under them) that mention `file`. */
const fileLines = (file: string) => run.stderr.split('\n').filter((line) => /^(ok  |warn|FAIL|skip)  /.test(line) && line.includes(file))
const allFiles = (dir: string) => fs.readdirSync(dir, {recursive: true}).map(String)

beforeAll(async () => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'vanban-bad-'))
  input = path.join(tmp, 'in')
  out = path.join(tmp, 'out')
  fs.cpSync(path.join(root, 'fixtures/bad'), input, {recursive: true})
  // A page drawing one line 290,000 times takes ~20 s (read to its item limit, or stopped by
  // the parse clock on a loaded machine): ingest's limit tests cover it; this folder stays quick.
  fs.rmSync(path.join(input, 'repeated-line.pdf'))
  fs.mkdirSync(path.join(input, 'sub'))
  fs.copyFileSync(path.join(root, 'fixtures/tb20-2026-notice.pdf'), path.join(input, 'sub/tb20-2026-notice.pdf'))
  // --page-timeout bounds the OCR of the 200-inch page; a blank PNG takes ~2 s.
  run = await runVanban(['tasks', input, '--out', out, '--max-pages', '100', '--page-timeout', '8', '--verbose'])
}, 120_000)
afterAll(() => fs.rmSync(tmp, {recursive: true, force: true}))

describe('a folder of good and bad files', () => {
  test('exit status 1: a file failed', () => {
    expect(run.status).toBe(1)
    expect(run.stdout).toBe('')
  })

  test.each(failures)('%s: one FAIL line naming the file and the reason', (name, reason) => {
    const lines = fileLines(path.join(input, name))
    expect(lines).toHaveLength(1)
    expect(lines[0]!.startsWith(`FAIL  ${path.join(input, name)}: `)).toBe(true)
    expect(lines[0]).toMatch(reason)
    expect(fs.existsSync(path.join(out, name.replace(/\.[^.]+$/, '.csv')))).toBe(false)
  })

  test.each(warned)('%s: read, with its warning listed', (name, warning) => {
    const lines = fileLines(path.join(input, name))
    expect(lines).toHaveLength(1)
    // --verbose lists the warnings under the file's line.
    const below = run.stderr.split('\n').slice(run.stderr.split('\n').indexOf(lines[0]!) + 1)
    const warnings = below.slice(0, below.findIndex((line) => !line.startsWith('      warning: ')))
    expect(warnings.join('\n')).toMatch(warning)
    expect(lines[0]).toMatch(new RegExp(`^warn  ${path.join(input, name).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: \\d+ tasks?, \\d+ pages?, \\d+ warnings?`))
  })

  test('every failure is one line (no stack trace) without --verbose', async () => {
    const quiet = await runVanban(['tasks', ...failures.map(([name]) => path.join(input, name)), '--max-pages', '100', '--quiet'])
    expect(quiet.status).toBe(1)
    expect(quiet.stderr.trimEnd().split('\n').sort()).toEqual(failures.map(([name]) => expect.stringMatching(new RegExp(`^FAIL  ${path.join(input, name).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: [^\n]+$`))))
    expect(quiet.stderr).not.toMatch(/^\s+at /m)
  })

  test('the summary counts files ok / with warnings / failed and tasks', () => {
    const summary = run.stderr.trimEnd().split('\n').at(-1)
    expect(summary).toMatch(/^vanban: 13 files: 6 ok \(4 with warnings\), 7 failed; \d+ tasks?, \d+ pages? in \d+\.\d s$/)
  })

  test('good and warned files have complete, schema-valid CSV outputs at their relative paths', async () => {
    const manifest = JSON.parse(fs.readFileSync(path.join(out, manifestName), 'utf8')) as {entries: Record<string, {input: string; tasks: number}>}
    const expected = [...good, ...warned.map(([name]) => name)].map((name) => name.replace(/\.[^.]+$/, '.csv')).sort()
    expect(Object.keys(manifest.entries).sort()).toEqual(expected)
    for (const name of expected) {
      const text = fs.readFileSync(path.join(out, name), 'utf8')
      expect(text.startsWith('\uFEFF' + taskFields.join(',') + '\r\n')).toBe(true)
      expect(text.endsWith('\r\n')).toBe(true)
      const records = (await parseCsv(text.slice(1))).map(recordFromCsvRow)
      expect(records).toHaveLength(manifest.entries[name]!.tasks)
      for (const record of records) {
        // CSV carries a warning's message only; the rest of the record is checked against the schema.
        expect(taskSchema.safeParse({...record, warnings: []}).success).toBe(true)
        expect(record.file).toBe(manifest.entries[name]!.input)
      }
    }
    // The good notice has numbered tasks; they must come through.
    expect(manifest.entries['good-notice.csv']!.tasks).toBeGreaterThan(0)
  })

  test('no temporary file remains', () => {
    expect(allFiles(tmp).filter((name) => name.endsWith(tempSuffix) || name.endsWith('.tmp'))).toEqual([])
  })
})

test('--allow-failures: failures still reported, exit 0', async () => {
  const again = await runVanban(['tasks', path.join(root, 'fixtures/bad/empty.pdf'), path.join(root, 'fixtures/bad/good-notice.md'), '--allow-failures'])
  expect(again.status).toBe(0)
  expect(again.stderr).toContain(`FAIL  ${path.join(root, 'fixtures/bad/empty.pdf')}: the file is empty`)
  expect(again.stderr).toMatch(/1 failed \(allowed\)/)
  expect(again.stdout.split('\r\n').length).toBeGreaterThan(2)
})

test('--password opens the encrypted PDF', async () => {
  const file = path.join(root, 'fixtures/bad/encrypted.pdf')
  const opened = await runVanban(['tasks', file, '--password', 'vanban', '--ocr', 'never', '--format', 'jsonl'])
  expect(opened.status).toBe(0)
  expect(opened.stderr).toMatch(/^ok {4}/m)
  const wrong = await runVanban(['tasks', file, '--password', 'nope', '--quiet'])
  expect(wrong.status).toBe(1)
  expect(wrong.stderr).toBe(`FAIL  ${file}: wrong password for this encrypted PDF\n`)
})

test('vanban text on a bad file: one line, exit 1; the stack only with --verbose', async () => {
  const file = path.join(root, 'fixtures/bad/truncated.pdf')
  const plain = await runVanban(['text', file])
  expect(plain.status).toBe(1)
  expect(plain.stderr).toMatch(new RegExp(`^vanban: ${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: not a readable PDF[^\\n]*\\n$`))
  const verbose = await runVanban(['text', file, '--verbose'])
  expect(verbose.stderr).toMatch(/\n\s+at /)
})

test('--page-timeout: a page whose OCR runs over the limit comes back empty with a warning, the file still succeeds', async () => {
  const file = path.join(root, 'fixtures/bad/encrypted.pdf')
  const run = await runVanban(['tasks', file, '--password', 'vanban', '--ocr', 'always', '--page-timeout', '0.01', '--verbose'])
  expect(run.status).toBe(0)
  expect(run.stderr).toMatch(/^warn {2}.*encrypted\.pdf: \d+ tasks?, 1 page, 1 warning/m)
  expect(run.stderr).toMatch(/warning: page 1: .*time limit/)
})
