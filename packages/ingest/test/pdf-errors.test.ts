import {mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {afterAll, expect, test} from 'vitest'
import {InputError, PasswordError} from '@vanban/core'
import {readPdf} from '../src/pdf.ts'
import {fixture} from './pdf.support.ts'

const dir = mkdtempSync(path.join(tmpdir(), 'vanban-pdf-'))
afterAll(() => rmSync(dir, {recursive: true, force: true}))
const write = (name: string, data: string | Uint8Array): string => {
  const file = path.join(dir, name)
  writeFileSync(file, data)
  return file
}

test('not a PDF → InputError invalid-pdf naming the file', async () => {
  const file = write('note.pdf', 'Thông báo kết luận, không phải PDF\n')
  await expect(readPdf(file, {})).rejects.toSatisfy((e: unknown) => e instanceof InputError && e.code === 'invalid-pdf' && e.message.startsWith(file))
})

test('truncated PDF → InputError invalid-pdf', async () => {
  const file = write('cut.pdf', readFileSync(fixture('tb20-2026-notice.pdf')).subarray(0, 3000))
  await expect(readPdf(file, {})).rejects.toSatisfy((e: unknown) => e instanceof InputError && e.code === 'invalid-pdf')
})

test('missing file → InputError', async () => {
  await expect(readPdf(path.join(dir, 'none.pdf'), {})).rejects.toBeInstanceOf(InputError)
})

test('encrypted: no password, wrong password → PasswordError; right password reads', async () => {
  const file = fixture('tb20-p13.encrypted.pdf')
  await expect(readPdf(file, {})).rejects.toSatisfy((e: unknown) => e instanceof PasswordError && /password/.test((e as Error).message))
  await expect(readPdf(file, {password: 'wrong'})).rejects.toSatisfy((e: unknown) => e instanceof PasswordError && /wrong/.test((e as Error).message))
  const doc = await readPdf(file, {password: 'secret'})
  expect(doc.blocks.some((b) => b.kind !== 'table' && b.text.startsWith('k) Bộ Giáo dục và Đào tạo'))).toBe(true)
})

test('more pages than maxPages → InputError too-many-pages', async () => {
  await expect(readPdf(fixture('tb20-2026-notice.pdf'), {maxPages: 5})).rejects.toSatisfy((e: unknown) => e instanceof InputError && e.code === 'too-many-pages')
})

test('an aborted signal stops the read', async () => {
  const controller = new AbortController()
  const read = readPdf(fixture('tb20-2026-notice.pdf'), {signal: controller.signal, onPage: ({page}) => page === 2 && controller.abort()})
  await expect(read).rejects.toMatchObject({name: 'AbortError'})
})

test("ocr: 'never' keeps every page on its text layer", async () => {
  const doc = await readPdf(fixture('tb20-p13.encrypted.pdf'), {password: 'secret', ocr: 'never'})
  expect(doc.pages.map((p) => p.source)).toEqual(['text-layer'])
})
