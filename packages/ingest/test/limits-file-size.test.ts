/**
 * Issue 16: a file over `maxFileBytes` is refused before it is read, with its
 * size and the limit (defaults: 50 MB for text, 500 MB for anything else).
 */
import {closeSync, mkdtempSync, openSync, ftruncateSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {afterAll, expect, test} from 'vitest'
import {InputError} from '@vanban/core'
import {readDocument} from '../src/read-document.ts'
import {readTextFile} from '../src/text.ts'
import {readPdf} from '../src/pdf.ts'
import {checkFileSize} from '../src/limits.ts'

const dir = mkdtempSync(path.join(tmpdir(), 'vanban-size-'))
afterAll(() => rmSync(dir, {recursive: true, force: true}))
/** A sparse file of `bytes` (no disk used, nothing to read before the check). */
function sparse(name: string, bytes: number, head = ''): string {
  const file = path.join(dir, name)
  writeFileSync(file, head)
  const fd = openSync(file, 'r+')
  ftruncateSync(fd, bytes)
  closeSync(fd)
  return file
}
const isSizeError = (file: string, message: string) => (e: unknown) => e instanceof InputError && e.code === 'file-too-large' && e.message === `${file}: ${message}`

test('a 200 MB .txt is refused at the 50 MB default, at once', async () => {
  const file = sparse('big.txt', 200e6, 'THÔNG BÁO\n')
  const started = Date.now()
  await expect(readTextFile(file)).rejects.toSatisfy(isSizeError(file, 'file too large (200.00 MB, limit 50 MB, --max-file-mb)'))
  await expect(readDocument(file)).rejects.toSatisfy(isSizeError(file, 'file too large (200.00 MB, limit 50 MB, --max-file-mb)'))
  expect(Date.now() - started).toBeLessThan(1000)
})

test('a 600 MB PDF is refused at the 500 MB default', async () => {
  const file = sparse('big.pdf', 600e6, '%PDF-1.4\n')
  await expect(readPdf(file, {})).rejects.toSatisfy(isSizeError(file, 'file too large (600.00 MB, limit 500 MB, --max-file-mb)'))
  await expect(readDocument(file)).rejects.toSatisfy(isSizeError(file, 'file too large (600.00 MB, limit 500 MB, --max-file-mb)'))
})

test('maxFileBytes applies to every kind', async () => {
  const file = sparse('notice.md', 2000, '# THÔNG BÁO\n')
  await expect(readDocument(file, {maxFileBytes: 1000})).rejects.toSatisfy(isSizeError(file, 'file too large (0.00 MB, limit 0 MB, --max-file-mb)'))
})

test.each([
  [49_999_999, 'text', undefined, true],
  [50_000_001, 'text', undefined, false],
  [50_000_001, 'binary', undefined, true],
  [500_000_001, 'binary', undefined, false],
  [500_000_001, 'binary', 1e9, true],
  [1_001, 'text', 1_000, false]
] as const)('checkFileSize(%d bytes, %s, limit %s) passes: %s', (bytes, kind, maxFileBytes, passes) => {
  const check = () => checkFileSize('f', bytes, kind, maxFileBytes === undefined ? {} : {maxFileBytes})
  if (passes) expect(check).not.toThrow()
  else expect(check).toThrow(InputError)
})
