import {describe, expect, it} from 'vitest'
import {findRuleLines, findRules} from '../src/ocr/find-rules.ts'

/** A white page with a 2-column ruled table drawn with a slight skew, and some letter-sized blobs. */
function page(width: number, height: number, skew: number): Uint8Array {
  const pixels = new Uint8Array(width * height).fill(255)
  const dot = (x: number, y: number): void => {
    const xi = Math.round(x)
    const yi = Math.round(y)
    if (xi >= 0 && yi >= 0 && xi < width && yi < height) pixels[yi * width + xi] = 20
  }
  for (const y of [100, 300, 500]) for (let x = 100; x <= 900; x++) for (let t = 0; t < 3; t++) dot(x, y + t + x * skew)
  for (const x of [100, 500, 900]) for (let y = 100; y <= 500; y++) for (let t = 0; t < 3; t++) dot(x + t - y * skew, y)
  // Letters: strokes much shorter than a rule.
  for (let k = 0; k < 20; k++) for (let y = 0; y < 40; y++) for (let x = 0; x < 30; x++) if (x < 4 || y < 4) dot(150 + k * 40 + x, 150 + y)
  return pixels
}

describe('findRules', () => {
  it('finds the borders of a ruled table as axis-aligned rules in points, despite skew, and ignores letters', () => {
    const rules = findRules(page(1000, 700, 0.006), 1000, 700, 72 / 300)
    const horizontal = rules.filter((r) => r.y1 === r.y2)
    const vertical = rules.filter((r) => r.x1 === r.x2)
    expect(horizontal).toHaveLength(3)
    expect(vertical).toHaveLength(3)
    // Mean positions: y ≈ 100 + 1 + 500·0.006 = 104 px → 24.96 pt.
    expect(horizontal[0]!.y1).toBeCloseTo(104 * 0.24, 0)
    expect(horizontal[0]!.x1).toBeCloseTo(100 * 0.24, 0)
    expect(horizontal[0]!.x2).toBeCloseTo(900 * 0.24, 0)
    expect(vertical.map((r) => Math.round(r.x1 / 0.24))).toEqual([100, 500, 900].map((x) => x + 1 - 2))
  })

  it('a clean render (lines straight, a corner a pixel longer) gives level lines, not a fitted slope', () => {
    const width = 1600
    const height = 600
    const pixels = new Uint8Array(width * height).fill(255)
    for (const x of [100, 1500]) for (let y = 100; y <= 500; y++) for (let t = 0; t < 3; t++) pixels[y * width + x + t] = 0
    for (const y of [100, 500]) for (let x = 100; x <= 1500; x++) for (let t = 0; t < 3; t++) pixels[(y + t) * width + x] = 0
    const lines = findRuleLines(pixels, width, height)
    expect(lines).toHaveLength(4)
    expect(lines.map((line) => line.slope)).toEqual([0, 0, 0, 0])
  })

  it('a page without lines has no rules', () => {
    expect(findRules(new Uint8Array(300 * 300).fill(255), 300, 300, 0.24)).toEqual([])
    expect(findRules(new Uint8Array(300 * 300).fill(0), 300, 300, 0.24)).toEqual([])
  })
})
