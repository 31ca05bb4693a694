import {describe, expect, it} from 'vitest'
import {leaves, scoreTasks, syllableAccuracy, syllables, tokenEditDistance} from './metrics.ts'
import {markdownToPlainText, tableTextReference} from './references.ts'

describe('syllable accuracy', () => {
  it.each([
    ['Nhiệm vụ', 'nhiệm vụ', 1],
    ['nhim vii', 'nhiệm vụ', 0],
    ['nhiệm vụ của', 'nhiệm vụ', 0.5],
    ['', '', 1],
    ['x', '', 0],
    // NFD input counts as the same letters.
    ['Nhie\u0302\u0323m vu\u0323', 'nhiệm vụ', 1]
  ])('%j vs %j → %d', (hypothesis, reference, expected) => {
    expect(syllableAccuracy(hypothesis, reference)).toBeCloseTo(expected, 10)
  })

  it('equals the plain edit distance on long texts (banded algorithm is exact)', () => {
    const words = Array.from({length: 3000}, (_, i) => `w${i % 97}`)
    const mutated = words.filter((_, i) => i % 50 !== 0).map((w, i) => (i % 71 === 0 ? 'x' : w))
    const exact = 1 - tokenEditDistance(syllables(mutated.join(' ')), syllables(words.join(' '))) / words.length
    expect(syllableAccuracy(mutated.join(' '), words.join(' '))).toBeCloseTo(exact, 12)
  })
})

describe('task scores', () => {
  const gold = [
    {id: '1', parent: null, owner: 'Bộ Công an', due: '2026-03-31'},
    {id: '1.a', parent: '1', owner: 'Bộ Công an', due: null},
    {id: '2', parent: null, owner: 'Bộ Tài chính', due: '2026-12-31'}
  ]
  it('scores leaves matched by id', () => {
    const predicted = [
      {id: '1.a', parent: '1', owner: 'Bộ  Công an', due: null},
      {id: '2', parent: null, owner: 'Bộ Nội vụ', due: '2026-12-31'},
      {id: '3', parent: null, owner: null, due: null}
    ]
    expect(leaves(gold).map((t) => t.id)).toEqual(['1.a', '2'])
    const s = scoreTasks(predicted, leaves(gold))
    expect(s).toMatchObject({matched: 2, predicted: 3, gold: 2, owner: 0.5, due: 1})
    expect(s.f1).toBeCloseTo(0.8, 10)
  })
})

describe('references', () => {
  it('strips Markdown markup', () => {
    expect(markdownToPlainText('#### **c) Bộ Y tế**\n-----\n\\*')).toBe('c) Bộ Y tế\n')
  })
  it('prints a repeated table header once and joins a row cut by a page break', () => {
    const txt = ['TT\tTên\tChủ trì', '1.\tXây dựng\tBộ A', '', 'TT\tTên\tChủ trì', '\tđề án <p>mới</p>\t', '2.\tB\tBộ C'].join('\n')
    expect(tableTextReference(txt)).toBe('TT\tTên\tChủ trì\n1.\tXây dựng đề án  mới \tBộ A\n2.\tB\tBộ C')
  })
})
