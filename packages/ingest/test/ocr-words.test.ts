import {describe, expect, it} from 'vitest'
import {ocrPageInput, ocrPageText} from '../src/ocr/ocr-words.ts'
import {parseTesseractTsv, type OcrLine} from '../src/ocr/tesseract-tsv.ts'

type Word = {text: string; confidence: number; bbox: {x0: number; y0: number; x1: number; y1: number}}
const word = (text: string, x0: number, y0: number, x1: number, y1: number, confidence = 95): Word => ({text, confidence, bbox: {x0, y0, x1, y1}})

/** A tesseract result holding the given lines of words. */
const page = (...lines: Word[][]): OcrLine[] => lines.map((words) => ({words}))

const size = {number: 3, widthPx: 2480, heightPx: 3508, dpi: 300}

describe('ocrPageInput', () => {
  it('scales boxes from 300-dpi pixels to points, y down; close words form one run with their mean confidence', () => {
    const input = ocrPageInput(page([word('Tập', 300, 600, 420, 650, 91), word('trung', 450, 590, 600, 650, 83)]), size)
    expect(input).toMatchObject({number: 3, source: 'ocr', warnings: []})
    expect(input.width).toBeCloseTo(595.2)
    expect(input.height).toBeCloseTo(841.92)
    expect(input.items).toEqual([{text: 'Tập trung', x: 72, y: 141.6, width: 72, height: 14.4, confidence: 86}])
  })

  it('splits a line at gaps wider than the words are tall (table columns), dropping rules read as |', () => {
    const row = [word('1.', 100, 600, 140, 650), word('|Bộ', 300, 600, 380, 650), word('Tư', 400, 600, 460, 650), word('pháp|', 480, 600, 600, 650), word('|', 640, 590, 650, 660), word('Quý', 700, 600, 790, 650), word('IV/2025', 810, 600, 990, 650)]
    expect(ocrPageInput(page(row), size).items.map((item) => item.text)).toEqual(['1.', 'Bộ Tư pháp', 'Quý IV/2025'])
  })

  it('marks runs whose strokes are thicker than the page\'s usual text as bold; a slash of the vie model is a slash', () => {
    // Three lines of vertical strokes, 3 px wide, the second 6 px wide (bold).
    const width = 400
    const pixels = new Uint8Array(width * 300).fill(255)
    for (const [top, stroke] of [[10, 3], [110, 6], [210, 3]] as const) for (let y = top; y < top + 40; y++) for (let x = 20; x < 380; x += 20) for (let t = 0; t < stroke; t++) pixels[y * width + x + t] = 0
    const lines = page([word('thường', 20, 10, 380, 50)], [word('Kiện toàn', 20, 110, 380, 150)], [word('tháng 3⁄2025', 20, 210, 380, 250)])
    const items = ocrPageInput(lines, {...size, widthPx: width, heightPx: 300, pixels}).items
    expect(items.map((item) => [item.text, item.bold ?? false])).toEqual([['thường', false], ['Kiện toàn', true], ['tháng 3/2025', false]])
  })

  it('a rule read as | splits a run even where the gap is narrow', () => {
    const row = [word('học,', 100, 600, 190, 650), word('|VOV,', 200, 600, 300, 650), word('TTXVN', 320, 600, 450, 650)]
    expect(ocrPageInput(page(row), size).items.map((item) => item.text)).toEqual(['học,', 'VOV, TTXVN'])
  })

  it('drops empty words and composes text to NFC', () => {
    const input = ocrPageInput(page([word(' ', 0, 0, 10, 10), word('Việt'.normalize('NFD'), 20, 0, 120, 40), word('Nam', 140, 0, 220, 40)]), size)
    expect(input.items.map((item) => item.text)).toEqual(['Việt Nam'])
  })

  it.each([['°'], ['·'], ['●'], ['◦'], ['▪']])('a bullet read as %s at the start of a line is a bullet; the same glyph inside a line stays', (glyph) => {
    const bulleted = ocrPageInput(page([word(glyph, 300, 620, 320, 640), word('Chỉ', 360, 600, 420, 650), word('đạo', 440, 600, 520, 650)]), size)
    expect(bulleted.items.map((item) => item.text)).toEqual(['• Chỉ đạo'])
    const inside = ocrPageInput(page([word('nhiệt', 300, 600, 420, 650), word('độ', 440, 600, 500, 650), word('30', 520, 600, 570, 650), word(glyph, 575, 600, 590, 620)]), size)
    expect(inside.items.map((item) => item.text)).toEqual([`nhiệt độ 30 ${glyph}`])
  })

  it('warns about each line tesseract is unsure of', () => {
    const good = [word('Bộ', 100, 100, 160, 140), word('Khoa', 180, 100, 300, 140), word('học', 320, 100, 400, 140)]
    const bad = [word('Tập', 100, 200, 160, 240, 40), word('ưung', 180, 200, 300, 240, 35), word('vào', 320, 200, 400, 240, 70)]
    const input = ocrPageInput(page(good, bad, good.map((w) => ({...w, bbox: {...w.bbox, y0: 300, y1: 340}}))), size)
    expect(input.warnings).toEqual(['page 3: low OCR confidence (48) on "Tập ưung vào"'])
  })

  it('no run crosses a vertical rule found in the image, and the rules go to layout', () => {
    const rules = [{x1: 62.4, y1: 100, x2: 62.4, y2: 200}]
    const row = [word('Bộ', 100, 600, 170, 650), word('Tài', 180, 600, 250, 650), word('chính', 270, 600, 370, 650)]
    const input = ocrPageInput(page(row), {...size, rules})
    expect(input.items.map((item) => item.text)).toEqual(['Bộ Tài', 'chính'])
    expect(input.rules).toEqual(rules)
  })

  it('a page with no words warns it is blank', () => {
    expect(ocrPageInput(page(), size).warnings).toEqual(['page 3: OCR found no text (blank page or picture)'])
  })

  it('a page read as noise warns it may be rotated or empty, once', () => {
    const noise = [word('~', 10, 10, 30, 30, 20), word('l', 50, 10, 60, 30, 30), word('.,', 80, 10, 90, 30, 25)]
    expect(ocrPageInput(page(noise, noise), size).warnings).toEqual([
      'page 3: OCR confidence very low (25); the page may be rotated, upside down or contain no text'
    ])
  })

  it('words taller than wide mean the page is turned a quarter', () => {
    const vertical = ['đến', 'nay', 'Qua', 'một', 'năm', 'triển', 'khai'].map((text, i) => [word(text, 100, i * 200, 140, i * 200 + 150)])
    expect(ocrPageInput(page(...vertical), size).warnings).toEqual([
      'page 3: the text runs vertically; the page is probably turned a quarter: rotate it upright and read it again'
    ])
  })
})

describe('parseTesseractTsv', () => {
  it('groups level-5 rows (words) into lines by block, paragraph and line', () => {
    const tsv = [
      'level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext',
      '1\t1\t0\t0\t0\t0\t0\t0\t2480\t3508\t-1\t',
      '4\t1\t1\t1\t1\t0\t300\t600\t300\t50\t-1\t',
      '5\t1\t1\t1\t1\t1\t300\t600\t120\t50\t91.5\tTập',
      '5\t1\t1\t1\t1\t2\t450\t600\t150\t50\t88\ttrung',
      '5\t1\t1\t1\t2\t1\t300\t700\t100\t50\t95\tvào',
      '5\t1\t2\t1\t1\t1\t300\t900\t100\t50\t12\t~'
    ].join('\n')
    expect(parseTesseractTsv(tsv)).toEqual([
      {words: [{text: 'Tập', confidence: 91.5, bbox: {x0: 300, y0: 600, x1: 420, y1: 650}}, {text: 'trung', confidence: 88, bbox: {x0: 450, y0: 600, x1: 600, y1: 650}}]},
      {words: [{text: 'vào', confidence: 95, bbox: {x0: 300, y0: 700, x1: 400, y1: 750}}]},
      {words: [{text: '~', confidence: 12, bbox: {x0: 300, y0: 900, x1: 400, y1: 950}}]}
    ])
    expect(parseTesseractTsv('')).toEqual([])
  })
})

describe('ocrPageText', () => {
  it('joins words into lines', () => {
    const input = ocrPageInput(page([word('Bộ', 100, 100, 160, 140), word('Tư', 180, 100, 240, 140)], [word('pháp', 100, 200, 200, 240)]), size)
    expect(ocrPageText(input)).toBe('Bộ Tư\npháp')
  })
})
