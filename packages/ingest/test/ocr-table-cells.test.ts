import {describe, expect, it} from 'vitest'
import {findRuleLines, rulesInPoints} from '../src/ocr/find-rules.ts'
import {cellsToReread, mergeRereads, tableCells} from '../src/ocr/table-cells.ts'
import type {OcrLine} from '../src/ocr/tesseract-tsv.ts'

/** A white page with a 2-row table (a narrow first column) turned by `skew` (radians), and a blot of ink in cell (row 2, column 1). */
function page(width: number, height: number, skew: number): Uint8Array {
  const pixels = new Uint8Array(width * height).fill(255)
  const ink = (x: number, y: number) => {
    const sx = Math.round(x - skew * y)
    const sy = Math.round(y + skew * x)
    if (sx >= 0 && sx < width && sy >= 0 && sy < height) pixels[sy * width + sx] = 0
  }
  for (const x of [100, 200, 1500]) for (let y = 100; y <= 900; y++) for (let t = 0; t < 3; t++) ink(x + t, y)
  for (const y of [100, 300, 900]) for (let x = 100; x <= 1500; x++) for (let t = 0; t < 3; t++) ink(x, y + t)
  for (let y = 330; y < 365; y++) for (let x = 130; x < 160; x++) if ((x + y) % 3 !== 0) ink(x, y)
  return pixels
}

describe('table cells of a scan', () => {
  for (const skew of [0, 0.008]) {
    it(`finds the cells and re-reads the doubtful narrow one (skew ${skew})`, () => {
      const pixels = page(1600, 1000, skew)
      const lines = findRuleLines(pixels, 1600, 1000)
      const cells = tableCells(lines)
      expect(cells).toHaveLength(4)
      // The verticals' ends meet the top and bottom rules once made axis-aligned.
      const rules = rulesInPoints(lines, 1)
      const top = rules.find((r) => r.y1 === r.y2 && r.y1 < 150)!
      for (const v of rules.filter((r) => r.x1 === r.x2)) expect(Math.min(v.y1, v.y2)).toBe(top.y1)
      const page1: OcrLine[] = [{words: [{text: '¬', confidence: 20, bbox: {x0: 130, y0: 330, x1: 160, y1: 365}}, {text: 'Xây', confidence: 96, bbox: {x0: 230, y0: 330, x1: 300, y1: 365}}]}]
      const crops = cellsToReread(page1, cells, pixels, 1600, 1000)
      expect(crops).toHaveLength(1)
      expect(crops[0]!.psm).toBe('7')
      const again: OcrLine[] = [{words: [{text: '3.', confidence: 90, bbox: {x0: 20, y0: 20, x1: 50, y1: 55}}]}]
      const merged = mergeRereads(page1, [{crop: crops[0]!, lines: again}])
      expect(merged.flatMap((line) => line.words.map((word) => word.text))).toEqual(['3.', 'Xây'])
    })
  }
})

/** A white page with one ruled table (a narrow number column, a wide text column, a short name column) and blots of ink as text lines. */
function namePage(): {pixels: Uint8Array; width: number; height: number} {
  const width = 1600
  const height = 600
  const pixels = new Uint8Array(width * height).fill(255)
  const block = (x0: number, y0: number, x1: number, y1: number) => {
    for (let y = y0; y < y1; y++) for (let x = x0; x < x1; x++) if ((x + y) % 3 !== 0) pixels[y * width + x] = 0
  }
  for (const x of [100, 200, 1100, 1500]) for (let y = 100; y <= 500; y++) for (let t = 0; t < 3; t++) pixels[y * width + x + t] = 0
  for (const y of [100, 500]) for (let x = 100; x <= 1500; x++) for (let t = 0; t < 3; t++) pixels[(y + t) * width + x] = 0
  block(130, 140, 160, 175) // row number
  block(230, 140, 600, 175) // task text, one line
  block(1130, 140, 1300, 175) // `Bộ Nội`
  block(1130, 200, 1190, 235) // `vụ`, the wrapped second line
  return {pixels, width, height}
}

describe('short cells read again', () => {
  const {pixels, width, height} = namePage()
  const cells = tableCells(findRuleLines(pixels, width, height))
  const word = (text: string, confidence: number, x0: number, y0: number, x1: number, y1: number) => ({text, confidence, bbox: {x0, y0, x1, y1}})
  const number = word('1.', 95, 130, 140, 160, 175)
  const task = word('Xây', 96, 230, 140, 600, 175)

  it('re-reads a name cell whose second line no word covers, and takes the fuller reading', () => {
    const first: OcrLine[] = [{words: [number, task, word('Bộ', 97, 1130, 140, 1190, 175), word('Nội', 97, 1200, 140, 1300, 175)]}]
    const crops = cellsToReread(first, cells, pixels, width, height)
    expect(crops.map((crop) => [crop.cell.x0 > 1000, crop.prefer, crop.psm])).toEqual([[true, 'fuller', '6']])
    const again = (confidence: number): OcrLine[] => [
      {words: [word('Bộ', confidence, 20, 20, 80, 55), word('Nội', confidence, 90, 20, 190, 55)]},
      {words: [word('vụ', confidence, 20, 80, 80, 115)]}
    ]
    // Words in reading order by position (the layout code orders them by their boxes, not by line).
    const text = (lines: OcrLine[]) =>
      lines
        .flatMap((line) => line.words)
        .sort((a, b) => a.bbox.y0 - b.bbox.y0 || a.bbox.x0 - b.bbox.x0)
        .map((w) => w.text)
        .join(' ')
    expect(text(mergeRereads(first, [{crop: crops[0]!, lines: again(91)}]))).toBe('1. Xây Bộ Nội vụ')
    // A reading that adds words but is unsure of them is not taken.
    expect(text(mergeRereads(first, [{crop: crops[0]!, lines: again(40)}]))).toBe('1. Xây Bộ Nội')
  })

  it('re-reads a short cell with a doubtful word, and takes the surer reading only', () => {
    const first: OcrLine[] = [{words: [number, task, word('Bộ', 83, 1130, 140, 1190, 175), word('Nội...', 65, 1200, 140, 1300, 175)]}, {words: [word('vụ', 53, 1130, 200, 1190, 235)]}]
    const crops = cellsToReread(first, cells, pixels, width, height)
    expect(crops.map((crop) => crop.prefer)).toEqual(['surer'])
    const again: OcrLine[] = [{words: [word('Bộ', 95, 20, 20, 80, 55), word('Nội', 94, 90, 20, 190, 55)]}, {words: [word('vụ', 93, 20, 80, 80, 115)]}]
    const merged = mergeRereads(first, [{crop: crops[0]!, lines: again}]).flatMap((line) => line.words)
    expect(merged.map((w) => w.text).sort()).toEqual(['1.', 'Bộ', 'Nội', 'Xây', 'vụ'])
    expect(merged.find((w) => w.text === 'vụ')!.bbox.x0).toBeGreaterThan(1100) // moved back onto the page
  })

  it('leaves sure, complete cells alone', () => {
    const first: OcrLine[] = [{words: [number, task, word('Bộ', 97, 1130, 140, 1190, 175), word('Nội', 97, 1200, 140, 1300, 175)]}, {words: [word('vụ', 96, 1130, 200, 1190, 235)]}]
    expect(cellsToReread(first, cells, pixels, width, height)).toEqual([])
  })
})
