/**
 * Real OCR, kept to one scanned page and two small images: each OCR'd page
 * costs seconds. Runs offline: tesseract.js reads the model from the installed
 * package, and fetch is refused both here and inside its worker threads.
 */
import {existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {Worker} from 'node:worker_threads'
import {afterAll, beforeAll, describe, expect, it, onTestFinished} from 'vitest'
import {getDocument} from 'pdfjs-dist/legacy/build/pdf.mjs'
import {readImage} from '../src/image.ts'
import {ocrPdfPages} from '../src/ocr/ocr-pdf-pages.ts'
import {ocrPageText} from '../src/ocr/ocr-words.ts'
import {pdfjsDocumentParams} from '../src/ocr/pdfjs-params.ts'
import {offlineWorkerPath, vieLangPath} from '../src/ocr/tesseract-setup.ts'
import {pageAccuracy} from './ocr-align.ts'
import {encodeGreyPng} from './ocr-images.ts'

const root = path.resolve(import.meta.dirname, '../../..')
const scanPage = path.join(root, 'fixtures/scan/tb20-2026-notice.scan.p2.pdf')
const reference = readFileSync(path.join(root, 'fixtures/tb20-2026-notice.md'), 'utf8')

const fetched: string[] = []
const realFetch = globalThis.fetch
beforeAll(() => {
  globalThis.fetch = async (url: string | URL | Request) => {
    fetched.push(String(url))
    throw new Error('network is off in this test')
  }
})
afterAll(() => {
  globalThis.fetch = realFetch
})

describe('OCR offline', () => {
  it('reads the model from the installed package', () => {
    expect(path.isAbsolute(vieLangPath)).toBe(true)
    expect(existsSync(path.join(vieLangPath, 'vie.traineddata.gz'))).toBe(true)
  })

  it("tesseract's worker threads cannot fetch", async () => {
    const probe = new Worker(
      `const {parentPort} = require('node:worker_threads'); require(${JSON.stringify(offlineWorkerPath)});
       fetch('http://127.0.0.1:9/vie.traineddata.gz').then(() => parentPort.postMessage('fetched'), (e) => parentPort.postMessage(e.message))`,
      {eval: true}
    )
    const answer = await new Promise((resolve) => probe.once('message', resolve))
    await probe.terminate()
    expect(answer).toMatch(/refused to fetch/)
  })

  it('one scanned page → words with confidence; syllable accuracy ≥ 0.99 against the matching text', async () => {
    const pdf = await getDocument({data: new Uint8Array(readFileSync(scanPage)), ...pdfjsDocumentParams()}).promise
    const events: number[] = []
    try {
      const [page] = await ocrPdfPages(pdf, [1], {file: scanPage, jobs: 1, onPage: (event) => events.push(event.page)})
      expect(page).toMatchObject({number: 1, source: 'ocr', warnings: []})
      expect(page!.width).toBeCloseTo(595.2, 0)
      expect(page!.items.every((item) => item.confidence !== undefined && item.x >= 0 && item.y >= 0 && item.x + item.width <= page!.width + 1)).toBe(true)
      const accuracy = pageAccuracy(ocrPageText(page!), reference)
      expect(accuracy).toBeGreaterThanOrEqual(0.99)
      expect(events).toEqual([1])
    } finally {
      await pdf.destroy()
    }
    expect(fetched).toEqual([])
    // cacheMethod 'none': nothing written where the program runs.
    expect(existsSync(path.join(process.cwd(), 'vie.traineddata'))).toBe(false)
  })

  it('a blank image and a sideways page give warnings, not errors', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'vanban-ocr-'))
    onTestFinished(() => rmSync(dir, {recursive: true, force: true}))
    const blank = path.join(dir, 'blank.png')
    writeFileSync(blank, encodeGreyPng(new Uint8Array(620 * 877).fill(255), 620, 877))
    const blankDoc = await readImage(blank, {jobs: 1})
    expect(blankDoc.pages[0]!.warnings).toEqual(['page 1: OCR found no text (blank page or picture)'])
    expect(blankDoc.warnings).toEqual(['OCR found no text in the image'])

    const rotated = await readImage(path.join(root, 'fixtures/scan/tb20-rotated.png'), {jobs: 1})
    expect(rotated.pages[0]!.warnings.join('\n')).toMatch(/rotate|rotated/)
    expect(fetched).toEqual([])
  })

  it('a file that is not an image is an InputError naming the file', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'vanban-ocr-'))
    onTestFinished(() => rmSync(dir, {recursive: true, force: true}))
    const fake = path.join(dir, 'scan.png')
    writeFileSync(fake, '%PDF-1.7 not a png')
    await expect(readImage(fake, {})).rejects.toMatchObject({name: 'InputError', code: 'not-an-image', message: expect.stringContaining(fake)})
    const empty = path.join(dir, 'empty.jpg')
    writeFileSync(empty, '')
    await expect(readImage(empty, {})).rejects.toMatchObject({name: 'InputError', code: 'empty-file'})
  })
})
