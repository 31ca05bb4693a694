import {expect, it} from 'vitest'
import {carryLineWords} from '../src/line-words.ts'

// [what changed, before, its words per line, after, the words per line after]
it.each<[string, string, number[], string, number[] | null]>([
  ['nothing in count (the repair, word for word)', 'Cuc Dien luc chu tri', [2, 3], 'Cục Điện lực chủ trì', [2, 3]],
  ['a word split in two', 'SởTài chính chủ trì', [2, 2], 'Sở Tài chính chủ trì', [3, 2]],
  ['a word dropped (a speck)', 'Sở Y tế | chủ trì', [4, 2], 'Sở Y tế chủ trì', [3, 2]],
  ['a word dropped at a line start', 'Sở Y tế | chủ trì', [3, 3], 'Sở Y tế chủ trì', [3, 2]],
  ['a word added', 'Sở Y tế chủtrì', [3, 1], 'Sở Y tế chủ trì', [3, 2]],
  ['too much changed to tell', 'a b c d e f g h', [4, 4], 'a b', null],
  ['counts that never added up', 'a b c', [2, 2], 'a b c d', null]
])('%s', (_, before, lineWords, after, expected) => {
  expect(carryLineWords(before, lineWords, after)).toEqual(expected)
})
