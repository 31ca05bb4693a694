/**
 * The native OCR engine (the system `tesseract`) against the wasm one, on one scanned
 * page: with vanban's own model both must read the same text. Skipped where no
 * `tesseract` ≥ 4.1 is installed (`.ci/run` installs Debian's tesseract-ocr).
 */
import {readdirSync, readFileSync} from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {getDocument} from 'pdfjs-dist/legacy/build/pdf.mjs'
import {createNativeWorker, findNativeTesseract, nativeWorkers, type OcrEngineWorker} from '../src/ocr/native-engine.ts'
import {closeOcr, resolveEngine} from '../src/ocr/ocr-pool.ts'
import {ocrPdfPages} from '../src/ocr/ocr-pdf-pages.ts'
import {ocrPageText} from '../src/ocr/ocr-words.ts'
import {pdfjsDocumentParams} from '../src/ocr/pdfjs-params.ts'
import {renderPageGrey} from '../src/ocr/render-page.ts'
import {syllableAccuracy, syllables} from '../../../test/support/metrics.ts'
import {pageAccuracy} from './ocr-align.ts'

const root = path.resolve(import.meta.dirname, '../../..')
const scanPage = path.join(root, 'fixtures/scan/tb20-2026-notice.scan.p2.pdf')
const tablePage = path.join(root, 'fixtures/scan/nq71-2025-tables.scan.p1.pdf')
const reference = readFileSync(path.join(root, 'fixtures/tb20-2026-notice.md'), 'utf8')
const native = findNativeTesseract()

/** Share of syllables two readings have in common, in any order (Dice over the multisets). */
function sameSyllables(a: string, b: string): number {
  const left = syllables(a)
  const right = syllables(b)
  const counts = new Map<string, number>()
  for (const syllable of right) counts.set(syllable, (counts.get(syllable) ?? 0) + 1)
  let common = 0
  for (const syllable of left) {
    const n = counts.get(syllable) ?? 0
    if (n > 0) (common++, counts.set(syllable, n - 1))
  }
  return (2 * common) / (left.length + right.length)
}

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

describe('cell re-reads of a native pool', () => {
  /** A stand-in for the wasm worker that counts its starts and terminations. */
  const counting = () => {
    const counts = {started: 0, terminated: 0, read: 0}
    const start = async (): Promise<OcrEngineWorker> => {
      counts.started++
      return {
        recognize: async () => (counts.read++, {data: {tsv: ''}}),
        terminate: async () => counts.terminated++
      }
    }
    return {counts, start}
  }
  const crop = Buffer.from('P5\n8 8\n255\n' + '\xff'.repeat(64), 'latin1')
  const psm = {tessedit_pageseg_mode: '7'}

  it('go to one wasm worker for the whole pool, started with the first crop and closed with the pool', async () => {
    const {counts, start} = counting()
    const engine = nativeWorkers({binary: 'tesseract', version: '5.3'}, start)
    const slots = [await engine.create(), await engine.create()]
    expect(counts.started).toBe(0)
    await Promise.all(slots.flatMap((slot) => [slot.recognize(crop, psm, {text: false, tsv: true}), slot.recognize(crop, psm, {text: false, tsv: true})]))
    expect(counts).toEqual({started: 1, terminated: 0, read: 4})
    // A slot replaced after a page timeout leaves the shared worker alone.
    await slots[0]!.terminate()
    expect(counts.terminated).toBe(0)
    await engine.close()
    expect(counts).toEqual({started: 1, terminated: 1, read: 4})
  })

  it('start again after a failed start', async () => {
    let attempts = 0
    const engine = nativeWorkers({binary: 'tesseract', version: '5.3'}, async () => {
      if (++attempts === 1) throw new Error('no model')
      return {recognize: async () => ({data: {tsv: ''}}), terminate: async () => {}}
    })
    const slot = await engine.create()
    await expect(slot.recognize(crop, psm, {text: false, tsv: true})).rejects.toThrow(/no model/)
    await expect(slot.recognize(crop, psm, {text: false, tsv: true})).resolves.toEqual({data: {tsv: ''}})
    expect(attempts).toBe(2)
    await engine.close()
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

  it('hands the page over in a temp file it removes, or on standard input when the temp folder cannot be written', async () => {
    const pdf = await getDocument({data: new Uint8Array(readFileSync(scanPage)), ...pdfjsDocumentParams()}).promise
    const page = await renderPageGrey(pdf, 1, 300)
    await pdf.destroy()
    // The page's first 700 rows keep it fast.
    const rows = Math.min(700, page.height)
    const band = Buffer.concat([Buffer.from(`P5\n${page.width} ${rows}\n255\n`), page.pixels.subarray(0, page.width * rows)])
    const worker = await createNativeWorker(native!)
    const ours = () => readdirSync(os.tmpdir()).filter((name) => name.startsWith(`vanban-ocr-${process.pid}-`))
    const before = ours()
    const read = async () => (await worker.recognize(band, {user_defined_dpi: String(Math.round(page.dpi))}, {text: false, tsv: true})).data.tsv
    const fromFile = await read()
    expect(ours()).toEqual(before)
    const tmpdir = process.env.TMPDIR
    process.env.TMPDIR = path.join(os.tmpdir(), 'vanban-no-such-folder', 'tmp')
    try {
      expect(await read()).toBe(fromFile)
    } finally {
      if (tmpdir === undefined) delete process.env.TMPDIR
      else process.env.TMPDIR = tmpdir
      await worker.terminate()
    }
    expect(fromFile!.split('\n').length).toBeGreaterThan(30)
  }, 60_000)

  it('reads a table page as the wasm engine does, its cell re-reads through the pool\'s one wasm worker', async () => {
    const pdf = await getDocument({data: new Uint8Array(readFileSync(tablePage)), ...pdfjsDocumentParams()}).promise
    try {
      const read = async (ocrEngine: 'wasm' | 'native') => ocrPageText((await ocrPdfPages(pdf, [1], {file: tablePage, jobs: 2, ocrEngine}))[0]!)
      const nativeText = await read('native')
      const wasmText = await read('wasm')
      // Debian's tesseract 5.3.0 and tesseract.js's build (5.1.0-288-g2a9c1) cut ruled cells into lines differently, so the
      // order of a cell's words differs; the words agree (0.978 measured: the rest are two words read as one).
      expect(sameSyllables(nativeText, wasmText)).toBeGreaterThanOrEqual(0.97)
    } finally {
      await pdf.destroy()
      await closeOcr()
    }
  }, 120_000)
})
