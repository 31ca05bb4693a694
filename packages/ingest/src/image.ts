import {readFile} from 'node:fs/promises'
import {InputError, type VanbanDocument} from '@vanban/core'
import {layoutPages, type PageInput} from '@vanban/layout'
import type {ReadOptions} from './read-document.ts'
import {effectiveDpi, imageFormat, imagePages} from './ocr/image-files.ts'
import {acquireOcrPool, OcrTimeoutError} from './ocr/ocr-pool.ts'
import {ocrPageInput} from './ocr/ocr-words.ts'

/**
 * Largest image read (pixels): an A3 page scanned at 600 dpi is 70 M. Decoded
 * as RGBA inside the OCR worker's wasm memory, 100 M pixels is already 400 MB.
 */
export const maxImagePixels = 100e6

/**
 * PNG / JPEG / TIFF (every page of a multi-page TIFF) → OCR → the same layout
 * path as PDF pages → Document. Pages that read as nothing or as noise (blank,
 * a photo, rotated) give warnings, not errors.
 */
export async function readImage(file: string, options: ReadOptions, data?: Uint8Array): Promise<VanbanDocument> {
  let bytes: Buffer
  try {
    bytes = data ? Buffer.from(data.buffer, data.byteOffset, data.byteLength) : await readFile(file)
  } catch (error) {
    throw new InputError('unreadable', `cannot read the file (${(error as NodeJS.ErrnoException).code ?? String(error)})`, {file, cause: error})
  }
  if (bytes.length === 0) throw new InputError('empty-file', 'the file is empty', {file})
  const format = imageFormat(bytes)
  if (format === null) throw new InputError('not-an-image', 'not a PNG, JPEG or TIFF image (unknown or damaged header)', {file})
  const pages = imagePages(bytes, format)
  if (pages === null) throw new InputError('bad-image', `damaged ${format.toUpperCase()} image: cannot read its size`, {file})
  // Checked before any decoding: a header can claim gigapixels over a few bytes of data, and
  // tesseract would try to allocate them (failing slowly, with a vague error, per page).
  const huge = pages.find((page) => page.width * page.height > maxImagePixels)
  if (huge) {
    throw new InputError('image-too-large', `image too large (${huge.width}×${huge.height} pixels, limit ${maxImagePixels / 1e6} million)`, {file})
  }
  const maxPages = options.maxPages ?? Number.POSITIVE_INFINITY
  if (pages.length > maxPages) throw new InputError('too-many-pages', `${pages.length} pages, more than the limit of ${maxPages}`, {file})

  const {pool, release} = acquireOcrPool({...(options.jobs === undefined ? {} : {jobs: options.jobs}), ...(options.ocrEngine === undefined ? {} : {engine: options.ocrEngine}), timeout: options.pageTimeout ?? 120_000})
  const inputs = new Array<PageInput>(pages.length)
  const inFlight = new Set<Promise<void>>()
  try {
    for (const [index, page] of pages.entries()) {
      options.signal?.throwIfAborted()
      // Bounded like PDF pages: a TIFF page's bytes are copied only when a worker is about to need them.
      while (inFlight.size > pool.size) await Promise.race(inFlight)
      const number = index + 1
      const dpi = effectiveDpi(page)
      const task = pool
        .recognize(page.bytes(), {dpi: Math.round(dpi)})
        .then(
          (result) => {
            inputs[index] = ocrPageInput(result, {number, widthPx: page.width, heightPx: page.height, dpi})
          },
          (error: unknown) => {
            const reason =
              error instanceof OcrTimeoutError ? `stopped after ${error.timeoutMs} ms (page time limit)` : `failed (${error instanceof Error ? error.message : String(error)})`
            const scale = 72 / dpi
            inputs[index] = {number, width: page.width * scale, height: page.height * scale, items: [], source: 'ocr', warnings: [`page ${number}: OCR ${reason}; its text is missing`]}
          }
        )
        .finally(() => {
          inFlight.delete(task)
          options.onPage?.({file, page: number, pages: pages.length})
        })
      inFlight.add(task)
    }
    await Promise.all(inFlight)
  } finally {
    // Jobs still queued for this document (after an abort) run to their end; the workers stay for the next file.
    release()
  }
  const {pages: laidOut, blocks} = layoutPages(inputs)
  const warnings = inputs.every((page) => page.items.length === 0) ? ['OCR found no text in the image'] : []
  // layoutPages carries the words' confidence into provenance.confidence and warns on low blocks.
  return {file, pages: laidOut, blocks, warnings}
}
