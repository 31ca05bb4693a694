/**
 * The native engine hands tesseract a rendered page as an uncompressed TIFF instead of a
 * PGM on standard input (pgm-tiff.ts): the same pixels, so tesseract must read the same words.
 */
import {execFileSync} from 'node:child_process'
import {mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {getDocument} from 'pdfjs-dist/legacy/build/pdf.mjs'
import {imageFormat, imagePages} from '../src/ocr/image-files.ts'
import {findNativeTesseract, nativeTessdataDir} from '../src/ocr/native-engine.ts'
import {pdfjsDocumentParams} from '../src/ocr/pdfjs-params.ts'
import {pgmAsTiff} from '../src/ocr/pgm-tiff.ts'
import {renderPageGrey} from '../src/ocr/render-page.ts'

const root = path.resolve(import.meta.dirname, '../../..')
const pgm = (header: string, pixels: number) => Buffer.concat([Buffer.from(header, 'latin1'), Buffer.alloc(pixels, 200)])

describe('pgmAsTiff', () => {
  it.each([
    ['P5\n3 2\n255\n', 6, {width: 3, height: 2}],
    ['P5 3 2 255 ', 6, {width: 3, height: 2}],
    ['P5\n# made by a scanner\n3 2\n255\r', 6, {width: 3, height: 2}],
    // Bytes past the image (another PGM's, a trailing newline) are not pixels.
    ['P5\n3 2\n255\n', 7, {width: 3, height: 2}],
    ['P2\n3 2\n255\n', 6, null], // plain (ASCII) PGM
    ['P5\n3 2\n65535\n', 12, null], // 16 bits a pixel
    ['P5\n3 2\n255\n', 5, null], // cut short
    ['P5\n3 2\n255', 0, null], // no whitespace before the pixels
    ['P5\n0 2\n255\n', 0, null],
    ['P6\n3 2\n255\n', 18, null], // colour
    ['\x89PNG\r\n', 0, null]
  ])('%j with %i pixel bytes → %j', (header, pixels, expected) => {
    const parts = pgmAsTiff(pgm(header, pixels))
    if (expected === null) return expect(parts).toBeNull()
    const tiff = Buffer.concat(parts!)
    expect(imageFormat(tiff)).toBe('tiff')
    expect(imagePages(tiff, 'tiff')?.map(({width, height}) => ({width, height}))).toEqual([expected])
  })

  it('puts the PGM\'s own pixel bytes, unchanged, in the one strip the header points at', () => {
    const pixels = Uint8Array.from({length: 12}, (_, i) => i * 20)
    const parts = pgmAsTiff(Buffer.concat([Buffer.from('P5\n4 3\n255\n'), pixels]))!
    expect(Buffer.from(parts[1])).toEqual(Buffer.from(pixels))
    const tiff = Buffer.concat(parts)
    const entries = new Map<number, number>()
    for (let i = 0; i < tiff.readUInt16LE(8); i++) {
      const at = 10 + i * 12
      entries.set(tiff.readUInt16LE(at), tiff.readUInt16LE(at + 2) === 3 ? tiff.readUInt16LE(at + 8) : tiff.readUInt32LE(at + 8))
    }
    // 8 bits, one sample, uncompressed, 0 is black: what a PGM is.
    expect([258, 259, 262, 277].map((tag) => entries.get(tag))).toEqual([8, 1, 1, 1])
    expect(tiff.subarray(entries.get(273)!, entries.get(273)! + entries.get(279)!)).toEqual(Buffer.from(pixels))
  })
})

describe.skipIf(findNativeTesseract() === null)('the tesseract CLI', () => {
  it('reads the same words, boxes and confidences from the TIFF as from the PGM on standard input', async () => {
    const file = path.join(root, 'fixtures/scan/tb20-2026-notice.scan.p2.pdf')
    const pdf = await getDocument({data: new Uint8Array(readFileSync(file)), ...pdfjsDocumentParams()}).promise
    const page = await renderPageGrey(pdf, 1, 300)
    await pdf.destroy()
    // The page's first 700 rows (heading, title and a paragraph) keep the test fast.
    const height = Math.min(700, page.height)
    const band = Buffer.concat([Buffer.from(`P5\n${page.width} ${height}\n255\n`), page.pixels.subarray(0, page.width * height)])
    const dir = mkdtempSync(path.join(os.tmpdir(), 'vanban-pgm-tiff-'))
    try {
      const tiff = path.join(dir, 'band.tif')
      writeFileSync(tiff, Buffer.concat(pgmAsTiff(band)!))
      const args = ['stdout', '-l', 'vie', '--tessdata-dir', nativeTessdataDir(), '--oem', '1', '--psm', '3', '--dpi', String(Math.round(page.dpi)), '-c', 'tessedit_create_tsv=1', '-c', 'tessedit_create_txt=0']
      const run = (input: string, stdin?: Buffer) => execFileSync('tesseract', [input, ...args], {input: stdin, env: {...process.env, OMP_THREAD_LIMIT: '1'}, stdio: ['pipe', 'pipe', 'ignore']}).toString('utf8')
      const fromTiff = run(tiff)
      expect(fromTiff.split('\n').length).toBeGreaterThan(30)
      expect(fromTiff).toBe(run('stdin', band))
    } finally {
      rmSync(dir, {recursive: true, force: true})
    }
  }, 60_000)
})
