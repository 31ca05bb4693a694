import {expect, it} from 'vitest'
import {wordAffinity} from '../src/index.ts'

// Pairs of the columns of an OCR'd task table: which words go on which run of text.
it.each<[string, string, '>' | '<' | '=']>([
  ['sáng', 'tạo,', '>'],
  ['chuyển', 'đổi', '>'],
  ['Điện', 'lực', '>'],
  ['thành', 'phố', '>'],
  ['trong', 'ngành', '>'],
  ['trong', 'tạo', '<'],
  ['giấy', 'và', '<'],
  // A word the model never saw (an OCR ruin) tells nothing.
  ['méisadng', 'tạo', '='],
  ['sáng', 'xqzt', '=']
])('%s → %s: %s 0', (previous, word, sign) => {
  const a = wordAffinity(previous, word)
  if (sign === '=') expect(a).toBe(0)
  else if (sign === '>') expect(a).toBeGreaterThan(0.5)
  else expect(a).toBeLessThan(-0.5)
})

it('reads both tone styles and any case alike', () => {
  expect(wordAffinity('Hoà', 'Bình')).toBeCloseTo(wordAffinity('hòa', 'bình'), 9)
})
