import {expect, test} from 'vitest'
import type {PageInput} from '@vanban/layout'
import {warmUp} from '../src/warm-up.ts'

/** A page of a notice as a text layer gives it: one item a line. */
const page = (number: number, lines: readonly string[]): PageInput => ({
  number,
  width: 595,
  height: 842,
  source: 'text-layer',
  items: lines.map((text, k) => ({text, x: 70, y: 80 + 20 * k, width: 6 * text.length, height: 14, baseline: 91 + 20 * k, fontSize: 13}))
})

const pages = [
  page(1, ['ỦY BAN NHÂN DÂN TỈNH LÀO CAI', 'KẾ HOẠCH', 'Triển khai chuyển đổi số năm 2026']),
  page(2, ['1. Sở Khoa học và Công nghệ chủ trì xây dựng kế hoạch, hoàn thành trước ngày 30/6/2026.', '2. Sở Tài chính bố trí kinh phí thực hiện.'])
]

test('no warm-up on a preview that finds no CPU free for it', async () => {
  let asked = 0
  const onPreview = warmUp('tasks', 'auto', () => false)
  await onPreview(pages, () => {
    asked++
    return false
  })
  expect(asked).toBe(0)
})

test('a warm-up runs the stages on each part of the pages read, one preview after the other, and never throws', async () => {
  const onPreview = warmUp('tasks', 'auto', () => true)
  expect(onPreview).toBeTypeOf('function')
  await expect(Promise.all([onPreview(pages, () => false), onPreview(pages.slice(0, 1), () => false)])).resolves.toBeDefined()
  // Nothing to lay out is no failure either.
  await expect(onPreview([{...pages[0]!, items: [{text: '', x: Number.NaN, y: 0, width: 0, height: 0}]}], () => false)).resolves.toBeUndefined()
})

test('a warm-up stops once the document is read', async () => {
  let read = false
  let asked = 0
  const onPreview = warmUp('text', 'never', () => true)
  await onPreview(pages, () => {
    asked++
    return (read = true)
  })
  expect(read).toBe(true)
  expect(asked).toBe(1)
})
