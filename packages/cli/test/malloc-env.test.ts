import {afterAll, expect, test} from 'vitest'
import {mkdtempSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {looksLikeTextPdf, mallocTuning, mayRunOcr, tunedEnvironment} from '../src/malloc-env.ts'

const glibc = () => true
const other = () => false

test.each([
  // env, runs on glibc, restarts with
  [{PATH: '/bin'}, glibc, {PATH: '/bin', ...mallocTuning}],
  [{PATH: '/bin', MALLOC_MMAP_THRESHOLD_: '1048576'}, glibc, null], // the restarted process itself
  [{MALLOC_MMAP_THRESHOLD_: '65536'}, glibc, null], // the user's own choice stands
  [{PATH: '/bin'}, other, null] // musl, macOS, Windows: the variable means nothing
] as const)('tunedEnvironment(%o)', (env, isGlibc, expected) => {
  expect(tunedEnvironment(env, isGlibc)).toEqual(expected)
})

test('the restart keeps every variable of the caller', () => {
  const env = {HOME: '/home/a', LANG: 'vi_VN.UTF-8', VANBAN_X: '1'}
  expect(tunedEnvironment(env, glibc)).toMatchObject(env)
})

test('the threshold is a whole number of bytes glibc accepts (at most 32 MB)', () => {
  const value = Number(mallocTuning.MALLOC_MMAP_THRESHOLD_)
  expect(Number.isInteger(value) && value > 0 && value <= 32 * 2 ** 20).toBe(true)
})

const kinds: Record<string, 'file' | 'folder'> = {inbox: 'folder', 'scan-without-extension': 'file', 'notes.md': 'file'}
const textPdfs = new Set(['born-digital.pdf'])
test.each([
  [['tasks', 'a.pdf'], true],
  [['tasks', 'born-digital.pdf'], false],
  [['tasks', 'born-digital.pdf', 'a.pdf'], true],
  [['tasks', 'scan.TIFF'], true],
  [['tasks', 'inbox'], true], // a folder may hold scans
  [['tasks', '-'], true], // standard input is sniffed: it may be a PDF
  [['tasks', 'scan-without-extension'], true],
  [['text', 'a.pdf'], true],
  [['tasks', 'notes.md', 'b.docx', 'c.html'], false],
  [['tasks', 'a.pdf', '--ocr', 'never'], false],
  [['tasks', 'inbox', '--ocr=never'], false],
  [['tasks', '--help'], false],
  [['schema'], false],
  [['train', 'inbox'], false],
  [['--version'], false]
] as const)('mayRunOcr(%j) → %s', (argv, expected) => {
  expect(mayRunOcr(argv, (file) => kinds[file] ?? null, (file) => textPdfs.has(file))).toBe(expected)
})

const fixtures = path.resolve(import.meta.dirname, '../../../fixtures')
test.each([
  ['tb20-2026-notice.pdf', true],
  ['nq71-2025-action-program.pdf', true],
  ['scan/nq71-2025-tables.scan.p1.pdf', false],
  // A scan with a stamp drawn in a font: its image makes it a scan.
  ['scan/stamped-scan.pdf', false],
  // Cut before its fonts: nothing tells, so a possible scan.
  ['bad/truncated.pdf', false],
  ['missing.pdf', false]
])('looksLikeTextPdf(%s) → %s', (name, expected) => {
  expect(looksLikeTextPdf(path.join(fixtures, name))).toBe(expected)
})

const scratch = mkdtempSync(path.join(tmpdir(), 'vanban-malloc-env-'))
afterAll(() => rmSync(scratch, {recursive: true, force: true}))

test.each([
  ['/Font', true],
  ['/Font /Subtype /Image', false],
  ['/Subtype/ImageMask /Font', false],
  ['/Font /Subtype\r\n\t/Image', false],
  ['/Font /Subtype\u00a0/Image', false],
  // An image's name, not its type; a form's type.
  ['/Font /Image1 5 0 R /Subtype /Form', true],
  ['/Font /Subtype /Type1 /Image', true],
  ['/Subtype /Image', false]
])('looksLikeTextPdf with %j → %s', (body, expected) => {
  const file = path.join(scratch, 'a.pdf')
  writeFileSync(file, Buffer.from(`%PDF-1.4\n${body}\n%%EOF\n`, 'latin1'))
  expect(looksLikeTextPdf(file)).toBe(expected)
})

