/**
 * Makes the small OCR fixtures in fixtures/scan/ from the shared scans:
 * single pages cut with poppler's `pdfseparate` (Debian poppler-utils; the
 * page objects are copied, not re-encoded) and a rotated crop as PNG.
 * Run once by hand: `npx tsx scripts/cut-scan-pages.ts`.
 */
import {execFileSync} from 'node:child_process'
import {readFileSync, statSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import {getDocument} from 'pdfjs-dist/legacy/build/pdf.mjs'
import {pdfjsDocumentParams} from '../packages/ingest/src/ocr/pdfjs-params.ts'
import {renderPageGrey} from '../packages/ingest/src/ocr/render-page.ts'
import {encodeGreyPng, rotateQuarter} from '../packages/ingest/test/ocr-images.ts'

const shared = path.resolve(import.meta.dirname, '../../shared/fixtures/pdf')
const out = path.resolve(import.meta.dirname, '../fixtures/scan')

const cuts = [
  {from: 'tb20-2026-notice.scan.pdf', page: 2, to: 'tb20-2026-notice.scan.p2.pdf'},
  {from: 'nq71-2025-tables.scan.pdf', page: 1, to: 'nq71-2025-tables.scan.p1.pdf'}
]
for (const cut of cuts) {
  const target = path.join(out, cut.to)
  execFileSync('pdfseparate', ['-f', String(cut.page), '-l', String(cut.page), path.join(shared, cut.from), target])
  console.log(target, statSync(target).size)
}

// A quarter-turned crop of a text page: what a photo taken sideways gives.
const pdf = await getDocument({data: new Uint8Array(readFileSync(path.join(out, cuts[0]!.to))), ...pdfjsDocumentParams()}).promise
const page = await renderPageGrey(pdf, 1, 150)
const header = page.image.length - page.width * page.height
const grey = new Uint8Array(page.image.subarray(header))
const crop = {x: 60, y: 150, width: page.width - 120, height: Math.round(page.height / 4)}
const cropped = new Uint8Array(crop.width * crop.height)
for (let y = 0; y < crop.height; y++) cropped.set(grey.subarray((crop.y + y) * page.width + crop.x, (crop.y + y) * page.width + crop.x + crop.width), y * crop.width)
// Scanner noise does not compress; pushing near-white to white keeps the fixture small.
for (let i = 0; i < cropped.length; i++) if (cropped[i]! > 200) cropped[i] = 255
const rotated = rotateQuarter(cropped, crop.width, crop.height)
const target = path.join(out, 'tb20-rotated.png')
writeFileSync(target, encodeGreyPng(rotated.pixels, rotated.width, rotated.height))
console.log(target, statSync(target).size)
await pdf.destroy()
