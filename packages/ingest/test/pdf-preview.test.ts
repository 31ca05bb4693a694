import {expect, test} from 'vitest'
import type {PageInput} from '@vanban/layout'
import {fitsHere, maxDocumentItemsHere, maxPageItemsHere, maxPreviewItems, previewAfter, previewPages} from '../src/pdf/preview.ts'

test.each([
  // pages → after which pages a preview is sent
  [13, []],
  [39, []],
  [40, [5, 15, 25, 35]],
  [44, [5, 15, 25, 35]],
  [83, [5, 15, 25, 35, 45, 55, 65, 75]],
  [80, [5, 15, 25, 35, 45, 55, 65, 75]],
  [79, [5, 15, 25, 35, 45, 55, 65]]
])('previewAfter(%i) → %j', (pages, expected) => {
  expect(previewAfter(pages)).toEqual(expected)
})

const page = (number: number, items: number): PageInput => ({
  number,
  width: 595,
  height: 842,
  source: 'text-layer',
  items: Array.from({length: items}, (_, k) => ({text: 'chủ trì', x: 70, y: 80 + (k % 40) * 18, width: 40, height: 14}))
})

test.each([
  // items per page (null: a page for OCR) → the page numbers previewed
  [[300, 300], [1, 2]],
  [[300, null, 300], [1, 3]],
  [[null, null], []],
  [[maxPreviewItems / 2, maxPreviewItems / 2], [1, 2]],
  // A part past the limit is not previewed at all: its layout would run where no clock stops it.
  [[maxPreviewItems / 2, maxPreviewItems / 2 + 1], []]
])('previewPages with items %j → pages %j', (items, expected) => {
  const part = items.map((count, k) => (count === null ? null : page(k + 1, count)))
  expect(previewPages(part).map((p) => p.number)).toEqual(expected)
})

test.each([
  // items per page → may the calling thread lay them out
  [[300, 300], true],
  [[maxPageItemsHere], true],
  [[maxPageItemsHere + 1], false],
  [Array.from({length: maxDocumentItemsHere / maxPageItemsHere}, () => maxPageItemsHere), true],
  [[...Array.from({length: maxDocumentItemsHere / maxPageItemsHere}, () => maxPageItemsHere), 1], false]
])('fitsHere with items %j → %s', (items, expected) => {
  expect(fitsHere(items.map((count, k) => page(k + 1, count)))).toBe(expected)
})
