/**
 * The native OCR engine (the system `tesseract`) against the wasm one, on one scanned
 * page: with vanban's own model both must read the same text. Skipped where no
 * `tesseract` ≥ 4.1 is installed (`.ci/run` installs Debian's tesseract-ocr).
 */
import {readFileSync} from 'node:fs'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {getDocument} from 'pdfjs-dist/legacy/build/pdf.mjs'
import {createNativeWorker, findNativeTesseract} from '../src/ocr/native-engine.ts'
import {closeOcr, resolveEngine} from '../src/ocr/ocr-pool.ts'
import {ocrPdfPages} from '../src/ocr/ocr-pdf-pages.ts'
import {ocrPageText} from '../src/ocr/ocr-words.ts'
import {pdfjsDocumentParams} from '../src/ocr/pdfjs-params.ts'
import {syllableAccuracy} from '../../../test/support/metrics.ts'
import {pageAccuracy} from './ocr-align.ts'

const root = path.resolve(import.meta.dirname, '../../..')
const scanPage = path.join(root, 'fixtures/scan/tb20-2026-notice.scan.p2.pdf')
const reference = readFileSync(path.join(root, 'fixtures/tb20-2026-notice.md'), 'utf8')
const native = findNativeTesseract()

describe('choosing the engine', () => {
  it('finds no native engine where there is none, and says what to do when one is asked for', async () => {
    expect(findNativeTesseract('/nonexistent/tesseract')).toBeNull()
    await expect(createNativeWorker({binary: '/nonexistent/tesseract', version: '5.3'}).then((w) => w.recognize(Buffer.from('x'), {}, {text: false, tsv: true}))).rejects.toThrow()
    expect(resolveEngine('wasm')).toBe('wasm')
    expect(resolveEngine()).toBe('wasm')
    expect(resolveEngine('native')).toBe('native')
    expect(resolveEngine('auto')).toBe(native ? 'native' : 'wasm')
  })
})

describe.skipIf(native === null)('native engine', () => {
  it('reads a scanned page as the wasm engine does (same model, same settings)', async () => {
    const pdf = await getDocument({data: new Uint8Array(readFileSync(scanPage)), ...pdfjsDocumentParams()}).promise
    try {
      const read = async (ocrEngine: 'wasm' | 'native') => ocrPageText((await ocrPdfPages(pdf, [1], {file: scanPage, jobs: 1, ocrEngine}))[0]!)
      const nativeText = await read('native')
      const wasmText = await read('wasm')
      expect(pageAccuracy(nativeText, reference)).toBeGreaterThanOrEqual(0.99)
      expect(syllableAccuracy(nativeText, wasmText)).toBeGreaterThanOrEqual(0.999)
    } finally {
      await pdf.destroy()
      await closeOcr()
    }
  }, 120_000)
})
