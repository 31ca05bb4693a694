import {describe, expect, it} from 'vitest'
import {readDocument} from '../src/index.ts'
import {largestImageShare} from '../src/pdf/images.ts'
import {fixture} from './pdf.support.ts'

const OPS = {save: 10, restore: 11, transform: 12, paintFormXObjectBegin: 74, paintFormXObjectEnd: 75, paintImageXObject: 85, paintInlineImageXObject: 86, paintImageMaskXObject: 83}
const page = [1, 0, 0, -1, 0, 842] // viewport transform of an A4 page at scale 1
const area = 595 * 842

describe('largestImageShare', () => {
  it.each([
    ['a full-page image', [OPS.save, OPS.transform, OPS.paintImageXObject, OPS.restore], [null, [595, 0, 0, 842, 0, 0], null, null], 1],
    ['a logo', [OPS.save, OPS.transform, OPS.paintImageXObject, OPS.restore], [null, [60, 0, 0, 60, 20, 760], null, null], (60 * 60) / area],
    ['no image', [OPS.save, OPS.restore], [null, null], 0],
    ['an image inside a scaled form', [OPS.paintFormXObjectBegin, OPS.transform, OPS.paintImageXObject, OPS.paintFormXObjectEnd], [[[0.5, 0, 0, 0.5, 0, 0]], [595, 0, 0, 842, 0, 0], null, null], 0.25]
  ])('%s', (_name, fnArray, argsArray, share) => {
    expect(largestImageShare({fnArray: fnArray as number[], argsArray}, OPS, page, area)).toBeCloseTo(share as number, 6)
  })
})

it('OCRs a scanned page although a digital stamp gives it a little text', async () => {
  const doc = await readDocument(fixture('scan/stamped-scan.pdf'), {jobs: 1})
  expect(doc.pages.map((p) => p.source)).toEqual(['ocr'])
  const textOnly = await readDocument(fixture('scan/stamped-scan.pdf'), {ocr: 'never'})
  expect(textOnly.pages.map((p) => p.source)).toEqual(['text-layer'])
})
