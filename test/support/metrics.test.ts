import {describe, expect, it} from 'vitest'
import {foldTonePlacement, leaves, microScores, scoreTasks, scoreTasksByText, syllableAccuracy, syllables, tokenEditDistance} from './metrics.ts'
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
    expect(s).toMatchObject({matched: 2, predicted: 3, gold: 2, owner: 0.5, due: 1, exact: 0.5})
    expect(s.f1).toBeCloseTo(0.8, 10)
  })

  it('matches unmarked tasks by their text, so one extra task does not shift the rest', () => {
    const goldTasks = [
      {id: '1', owner: 'Bộ Tài chính', due: '2026-03-15', text: 'Giao Bộ Tài chính chủ trì rà soát, báo cáo trước ngày 15/3/2026.'},
      {id: '2', owner: 'Bộ Xây dựng', due: null, text: 'Bộ Xây dựng hướng dẫn các địa phương thực hiện.'}
    ]
    const predicted = [
      {id: '1', owner: null, due: null, text: 'Đồng ý chủ trương đầu tư dự án.'},
      {id: '2', owner: 'Bộ Tài chính', due: '2026-03-15', text: 'Bộ Tài chính chủ trì rà soát, báo cáo trước ngày 15/3/2026.'},
      {id: '3', owner: 'Bộ Xây dựng', due: null, text: 'hướng dẫn các địa phương thực hiện.'}
    ]
    expect(scoreTasks(predicted, goldTasks)).toMatchObject({matched: 2, owner: 0, exact: 0})
    expect(scoreTasksByText(predicted, goldTasks)).toMatchObject({matched: 2, predicted: 3, gold: 2, owner: 1, due: 1, exact: 1})
    // Nothing close enough in text: the id decides.
    expect(scoreTasksByText([{id: '1', owner: 'A', due: null, text: 'khác hẳn'}], [{id: '1', owner: 'A', due: null, text: 'một câu khác'}])).toMatchObject({matched: 1, exact: 1})
  })

  it('adds notices into micro scores, every task weighing the same', () => {
    const a = scoreTasks([{id: '1', owner: 'A', due: null}], [{id: '1', owner: 'A', due: null}])
    const b = scoreTasks([{id: '1', owner: 'B', due: null}], [{id: '1', owner: 'A', due: null}, {id: '2', owner: 'A', due: null}, {id: '3', owner: 'A', due: null}])
    expect(microScores([a, b])).toMatchObject({matched: 2, predicted: 2, gold: 4, owner: 0.5, due: 1, exact: 0.25, recall: 0.5, precision: 1})
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

describe('foldTonePlacement', () => {
  it.each([
    ['Đảng uỷ Chính phủ', 'Đảng ủy Chính phủ'],
    ['Ủy ban', 'Ủy ban'],
    ['hoà bình, khoẻ mạnh, thuỷ lợi', 'hòa bình, khỏe mạnh, thủy lợi'],
    ['HOÀ', 'HÒA'],
    ['Hoàng, toàn, khoản', 'Hoàng, toàn, khoản'],
    ['quý, quả, quỷ', 'quý, quả, quỷ'],
    ['của, thuế, Huế', 'của, thuế, Huế'],
    ['Đảng ủy', 'Đảng ủy']
  ])('%s → %s', (input, expected) => {
    expect(foldTonePlacement(input)).toBe(expected)
  })
})
