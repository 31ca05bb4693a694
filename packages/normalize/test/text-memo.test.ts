import type {Block, VanbanDocument} from '@vanban/core'
import {describe, expect, it} from 'vitest'
import {normalizeDocument} from '../src/index.ts'
import {modelKey, textMemo} from '../src/text-memo.ts'
import type {RepairModelData} from '../src/repair/index.ts'

const provenance = (line: number) => ({page: 1, lineStart: line, lineEnd: line, source: 'text' as const})
const docOf = (texts: string[]): VanbanDocument => ({
  file: 'x.md',
  pages: [{number: 1, source: 'text', furniture: [], warnings: []}],
  blocks: texts.map((text, k): Block => ({kind: 'paragraph', text, provenance: provenance(k + 1)})),
  warnings: []
})

describe('textMemo', () => {
  it('computes a text once per context', () => {
    const memo = textMemo<string>()
    let calls = 0
    const upper = (text: string) => () => (calls++, text.toUpperCase())
    expect(memo.get('a', 'x', upper('x'))).toBe('X')
    expect(memo.get('a', 'x', upper('x'))).toBe('X')
    expect(calls).toBe(1)
    expect(memo.get('b', 'x', () => 'other')).toBe('other')
    // Context and text stay apart whatever they hold: ('a', 'b\0c') is not ('a\0b', 'c').
    expect(memo.get('a\u0000b', 'c', () => 'ab|c')).toBe('ab|c')
    expect(memo.get('a', 'b\u0000c', () => 'a|bc')).toBe('a|bc')
  })

  it.each([
    // limit, maxChars, texts stored: the memo starts over when either would be passed
    [2, 1000, ['a', 'b', 'c'], ['c']],
    [10, 5, ['aa', 'bb', 'cc'], ['cc']],
    [10, 6, ['aa', 'bb', 'cc'], ['aa', 'bb', 'cc']],
    [10, 1000, ['a', 'b', 'c'], ['a', 'b', 'c']]
  ])('limit %i, %i characters: after %j it holds %j', (limit, maxChars, texts, kept) => {
    const memo = textMemo<string>(limit, maxChars)
    for (const text of texts) memo.get('', text, () => text)
    expect(texts.filter((text) => memo.has('', text))).toEqual(kept)
  })

  it('names models by object: the shipped one, then one number each', () => {
    // Only the objects' identity counts here.
    const a = {} as RepairModelData
    const b = {} as RepairModelData
    expect(modelKey(undefined)).toBe('shipped')
    expect(modelKey(a)).toBe(modelKey(a))
    expect(modelKey(a)).not.toBe(modelKey(b))
  })
})

describe('normalizeDocument with the memo', () => {
  const legacy = 'CéNG HOµ X· HéI CHñ NGHÜA VIÖT NAM'
  const clean = 'Bộ Khoa học và Công nghệ chủ trì, phối hợp với Bộ Tài chính xây dựng đề án chuyển đổi số quốc gia.'
  const broken = 'Bo Khoa hoc va Cong nghe chu tri, phoi hop voi Bo Tai chinh xay dung de an chuyen doi so quoc gia.'

  it('gives a text seen before what it gave the first time, under the same options', () => {
    const first = normalizeDocument(docOf([legacy, clean, broken]))
    const again = normalizeDocument(docOf([legacy, clean, broken]))
    expect(again).toEqual(first)
  })

  it.each([
    // options that change a text's result are part of the memo's context
    [{toneStyle: 'old'}, {toneStyle: 'new'}, 'Công tác thủy lợi, hóa chất', ['Công tác thủy lợi, hóa chất', 'Công tác thuỷ lợi, hoá chất']],
    [{repair: 'never'}, {repair: 'always'}, broken, [broken, clean]],
    [{encoding: 'unicode', repair: 'never'}, {encoding: 'tcvn3', repair: 'never'}, legacy, ['CéNG HOµ X· Hé I CHñ NGHÜA VIÖT NAM', 'CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM']]
  ] as const)('%j then %j on one text give each its own result', (a, b, text, expected) => {
    const texts = (options: object) => normalizeDocument(docOf([text]), options).blocks.map((block) => (block.kind === 'table' ? '' : block.text))
    expect([...texts(a), ...texts(b)]).toEqual(expected)
    // and in the other order
    expect([...texts(b), ...texts(a)]).toEqual([expected[1], expected[0]])
  })

  it('judges a short text by its document: repaired in a broken one, kept in a clean one, in either order', () => {
    const short = 'Chi dao'
    const last = (first: string) => normalizeDocument(docOf([first, first, short]), {repair: 'auto'}).blocks.at(-1)
    expect(last(broken)).toMatchObject({text: 'Chỉ đạo'})
    expect(last(clean)).toMatchObject({text: short})
    expect(last(broken)).toMatchObject({text: 'Chỉ đạo'})
  })
})
