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
