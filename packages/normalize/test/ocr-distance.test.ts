// The shipped model as Node reads it (the package entry installs this; these tests import modules directly).
import '../src/shipped-model-node.ts'
import {describe, expect, it} from 'vitest'
import {defaultRepairModel} from '../src/repair/model.ts'

describe('OcrDistance: confusion-weighted distance on letter skeletons', () => {
  const d = defaultRepairModel().distance
  // Each OCR form is closer to its own word than to a look-alike word of the gazetteer.
  it.each([
    ['co', 'cci', 'cu'],
    ['vu', 'vii', 'vi'],
    ['bo', 'b6', 'ba'],
    ['luc', '1irc', 'lac'],
    ['dang', 'dãng', 'dong'],
    ['phu', 'phü', 'pho'],
    ['uong', 'trong', 'tong']
  ])('%s is nearer %s than %s is', (word, ocr, other) => expect(d.excess(word, ocr)).toBeLessThan(d.excess(other, ocr)))

  it('lost or foreign marks cost little, other letters much', () => {
    expect(d.excess('phong', 'phông')).toBeLessThan(1)
    expect(d.excess('cong', 'cong')).toBe(0)
    expect(d.excess('hanh', 'dao')).toBeGreaterThan(10)
  })
})
