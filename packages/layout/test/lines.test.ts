import {describe, expect, test} from 'vitest'
import {buildLines} from '../src/lines.ts'
import type {TextItem} from '../src/types.ts'
import {item, words} from './synthetic.ts'

describe('buildLines', () => {
  const cases: [string, Parameters<typeof buildLines>[0], string[]][] = [
    ['a word split into two items stays one word', [item('Ngh', 90, 100), {...item('ị quyết', 0, 100), x: 90 + 18}], ['Nghị quyết']],
    ['a gap of a space inserts a space', [item('Bộ', 90, 100), item('Tài chính', 90 + 12 + 3, 100)], ['Bộ Tài chính']],
    ['a tiny kerning gap does not', [item('Công', 90, 100), item('Thương', 90 + 24 + 1, 100)], ['CôngThương']],
    ['items arrive out of order', [item('chính', 140, 100), item('Tài', 90, 100), item('chủ trì', 90, 118)], ['Tài chính', 'chủ trì']],
    ['OCR words with jittering baselines form one line', words('Bộ Khoa học và Công nghệ', 90, 100).map((w, k) => ({...w, baseline: 100 + (k % 2 ? 2 : -1.5)})), ['Bộ Khoa học và Công nghệ']],
    ['lines 18 pt apart stay apart', [...words('dòng một', 90, 100), ...words('dòng hai', 90, 118)], ['dòng một', 'dòng hai']],
    ['blank items are ignored', [item('  ', 90, 100), item('TT', 100, 100)], ['TT']],
    ['an item already carrying its space', [item('Bộ ', 90, 100), item('Y tế', 90 + 18, 100)], ['Bộ Y tế']]
  ]
  test.each(cases)('%s', (_name, items, expected) => {
    expect(buildLines(items).map((l) => l.text)).toEqual(expected)
  })

  // OCR boxes as tesseract gave them on a 300 dpi scan (points, no baseline): a hanging `a)` is a
  // short box, its line's box reaches from the stacked marks of `ộ` to the descender of `y`.
  const ocr = (text: string, x: number, y: number, height: number): TextItem => ({text, x, y, width: text.length * 5, height})
  test.each<[string, TextItem[], string[]]>([
    ['a hanging label joins the line it sits on', [ocr('a)', 85.8, 182.24, 10.41), ocr('Bộ Xây dựng: (1) Chủ trì, phối hợp', 109.16, 181.77, 18.5), ocr('thiện dự thảo Nghị định', 108.69, 194.96, 17.58)], ['a) Bộ Xây dựng: (1) Chủ trì, phối hợp', 'thiện dự thảo Nghị định']],
    ['…also a numbered heading and a bullet', [ocr('1.', 86.96, 166.97, 9.02), ocr('Về hoàn thiện thể chế', 108.46, 166.05, 12.49), ocr('-', 85.34, 433.16, 3.24), ocr('Chỉ đạo các ngân hàng thương mại', 107.31, 429.46, 18.96)], ['1. Về hoàn thiện thể chế', '- Chỉ đạo các ngân hàng thương mại']],
    ['consecutive lines overlapping in height stay apart (they overlap horizontally too)', [ocr('dòng một của đoạn văn', 108, 181.77, 18.5), ocr('dòng hai', 108, 194.96, 17.58)], ['dòng một của đoạn văn', 'dòng hai']],
    ['a label between two lines joins neither when it overlaps both too little', [ocr('b)', 85, 199, 8), ocr('dòng một của đoạn văn', 108, 181.77, 18.5), ocr('dòng hai', 108, 206, 12)], ['dòng một của đoạn văn', 'b)', 'dòng hai']]
  ])('%s', (_name, items, expected) => {
    expect(buildLines(items).map((l) => l.text)).toEqual(expected)
  })

  test('bold when every item is bold, partly bold otherwise', () => {
    const [line] = buildLines([item('Hoàn thành', 90, 100, {bold: true}), item('trong tháng 3/2026', 150, 100)])
    expect(line!.bold).toBe(false)
    expect(line!.partlyBold).toBe(true)
  })

  test('mean OCR confidence', () => {
    const [line] = buildLines([item('Bộ', 90, 100, {confidence: 90}), item('Y', 110, 100, {confidence: 70})])
    expect(line!.confidence).toBe(80)
  })
})
