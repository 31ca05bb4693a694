/**
 * Issue 16: blank pages are found without OCR — a page with no text that
 * draws nothing, or one whose render is white — and say so in a warning.
 */
import {mkdtempSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {afterAll, expect, test} from 'vitest'
import {readPdf} from '../src/pdf.ts'
import {isBlankImage} from '../src/ocr/blank-image.ts'
import {mayHoldImages} from '../src/pdf/blank-page.ts'
import {makePdf} from '../../../test/support/pdf.ts'
import {fixture} from './pdf.support.ts'

const scratches: string[] = []
const scratch = (): string => {
  const dir = mkdtempSync(path.join(tmpdir(), 'vanban-blank-'))
  scratches.push(dir)
  return dir
}
afterAll(() => {
  for (const dir of scratches) rmSync(dir, {recursive: true, force: true})
})

test('2,000 empty pages: each a blank-page warning, none OCR\'d', async () => {
  const doc = await readPdf(fixture('bad/many-pages.pdf'), {})
  expect(doc.pages).toHaveLength(2000)
  expect(doc.pages.every((page) => page.source === 'text-layer')).toBe(true)
  expect(doc.pages[1999]!.warnings).toEqual(["page 2000: blank page (no text, nothing drawn); not OCR'd"])
  expect(doc.blocks).toEqual([])
})

test('a page that paints only white is rendered once and not OCR\'d', async () => {
  const file = path.join(scratch(), 'white.pdf')
  writeFileSync(file, makePdf([{content: Buffer.from('1 1 1 rg 50 50 400 600 re f 1 1 1 RG 60 60 m 500 60 l S', 'latin1')}]))
  const doc = await readPdf(file, {})
  expect(doc.pages[0]!.source).toBe('ocr')
  expect(doc.pages[0]!.warnings).toEqual(["page 1: blank page (no text, nothing printed); not OCR'd"])
})

test.each([
  ['white', new Uint8Array(10_000).fill(255), true],
  ['light grey paper', new Uint8Array(10_000).fill(200), true],
  ['one dark pixel in 10,000', Uint8Array.from({length: 10_000}, (_, i) => (i === 5 ? 0 : 255)), true],
  ['two dark pixels in 10,000', Uint8Array.from({length: 10_000}, (_, i) => (i === 5 || i === 9 ? 0 : 255)), false],
  ['a line of text', Uint8Array.from({length: 10_000}, (_, i) => (i % 100 < 30 && i < 1000 ? 20 : 255)), false]
])('isBlankImage: %s → %s', (_name, pixels, blank) => {
  expect(isBlankImage(pixels)).toBe(blank)
})

test('a page without text drawing 120,000 paths is not rendered for OCR', async () => {
  const file = path.join(scratch(), 'paths.pdf')
  writeFileSync(file, makePdf([{content: Buffer.from('72 400 m 520 400 l S\n'.repeat(120_000), 'latin1')}]))
  const doc = await readPdf(file, {})
  expect(doc.pages[0]!.warnings).toEqual(["page 1: no text and more than 100,000 drawing operations; not OCR'd"])
})

test.each([
  ['<< /Type /XObject /Subtype /Image /Width 10 >>', true],
  ['<</Type/XObject/Subtype/Image/Width 10>>', true],
  ['<< /Type /XObject /Subtype /Form >>', false],
  ['<< /Subtype /Type1 /BaseFont /Helvetica >>', false],
  ['<< /Subtype /ImageMask >>', false]
])('mayHoldImages(%s) → %s', (text, expected) => {
  expect(mayHoldImages(Buffer.from(`%PDF-1.4\n1 0 obj\n${text}\nstream\n`, 'latin1'))).toBe(expected)
})
