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

  it('a consonant with a mark no Vietnamese letter has (ś, ń) may stand for a vowel', () => {
    // `chńc` for chức, `dśc` for đặc: nearer the vowel's word than a word of another vowel is to a plain `c`.
    expect(d.excess('chuc', 'chńc')).toBeLessThan(d.excess('chuc', 'chxc'))
    expect(d.excess('dac', 'dśc')).toBeLessThan(d.excess('dac', 'dxc'))
    // A plain consonant is not read so.
    expect(d.excess('dac', 'dsc')).toBeGreaterThan(d.excess('dac', 'dśc'))
  })
})
