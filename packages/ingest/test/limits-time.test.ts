/**
 * Issue 16: a page drawing one line 290,000 times ends within bounds; text
 * layers and layout run in a thread that is stopped at `parseTimeout` or when
 * the signal aborts, however busy it is.
 */
import {mkdtempSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import zlib from 'node:zlib'
import {afterAll, expect, test} from 'vitest'
import {InputError} from '@vanban/core'
import {readPdf} from '../src/pdf.ts'
import {makePdf} from '../../../test/support/pdf.ts'
import {fixture} from './pdf.support.ts'

/** One line drawn `count` times, each 0.02 pt to the right of the last (wrapping after 25,000): all on one line, little to merge. */
function shiftedLines(count: number): {content: Buffer; filter: string} {
  let ops = ''
  for (let i = 0; i < count; i++) ops += `BT /F1 12 Tf ${(72 + (i % 25_000) * 0.02).toFixed(2)} 400 Td (THONG BAO KET LUAN) Tj ET\n`
  return {content: zlib.deflateSync(Buffer.from(ops, 'latin1')), filter: '/FlateDecode'}
}

const scratches: string[] = []
afterAll(() => {
  for (const dir of scratches) rmSync(dir, {recursive: true, force: true})
})

function writePdf(name: string, pages: Parameters<typeof makePdf>[0]): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'vanban-limits-'))
  scratches.push(dir)
  const file = path.join(dir, name)
  writeFileSync(file, makePdf(pages))
  return file
}

test('the line drawn 290,000 times at one place: read once, from its first 100,000 items, with a warning', async () => {
  const doc = await readPdf(fixture('bad/repeated-line.pdf'), {})
  expect(doc.blocks.map((block) => (block.kind === 'table' ? '' : block.text))).toEqual(['THONG BAO KET LUAN CUOC HOP'])
  expect(doc.pages[0]!.warnings).toEqual(['page 1: more than 100,000 text items; the rest of the page is not read'])
})

test('a page past parseTimeout is left out with a warning; the pages around it are read', async () => {
  const file = writePdf('slow-page.pdf', [['1. Bo Tai chinh chu tri tong hop bao cao.'], shiftedLines(40_000), ['2. Bo Noi vu ra soat chuc nang, nhiem vu.']])
  const doc = await readPdf(file, {parseTimeout: 200})
  expect(doc.pages.map((page) => page.warnings ?? [])).toEqual([[], ['page 2: reading its text layer took longer than 0.2 s (limit, --parse-timeout); the page is left out'], []])
  const text = doc.blocks.map((block) => (block.kind === 'table' ? '' : block.text)).join('\n')
  expect(text).toContain('1. Bo Tai chinh chu tri tong hop bao cao.')
  expect(text).toContain('2. Bo Noi vu ra soat chuc nang, nhiem vu.')
  expect(text).not.toContain('THONG BAO')
})

test('past a fourth slow page the read fails with InputError parse-timeout, naming the file and the page', async () => {
  const file = writePdf('slow-pages.pdf', [shiftedLines(40_000), shiftedLines(40_000), shiftedLines(40_000), shiftedLines(40_000)])
  await expect(readPdf(file, {parseTimeout: 200})).rejects.toSatisfy(
    (e: unknown) => e instanceof InputError && e.code === 'parse-timeout' && e.message === `${file}: page 4: reading its text layer took longer than 0.2 s (limit, --parse-timeout)`
  )
})

test('an abort stops a busy parse thread at once', async () => {
  const file = writePdf('busy.pdf', [shiftedLines(60_000)])
  const controller = new AbortController()
  const read = readPdf(file, {signal: controller.signal})
  setTimeout(() => controller.abort(), 1000)
  const started = Date.now()
  await expect(read).rejects.toMatchObject({name: 'AbortError'})
  expect(Date.now() - started).toBeLessThan(2500)
})

test('after a stopped thread the next read works', async () => {
  const doc = await readPdf(fixture('tb20-2026-notice.pdf'), {})
  expect(doc.pages).toHaveLength(13)
})
