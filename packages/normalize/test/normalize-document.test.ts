import {readFileSync} from 'node:fs'
import type {Block, VanbanDocument} from '@vanban/core'
import {documentSchema} from '@vanban/core'
import {describe, expect, it} from 'vitest'
import {encodeTcvn3, encodeVni, normalizeDocument, normalizeText, normalizeTextDetailed} from '../src/index.ts'
import {tokenize} from '../src/repair/tokenize.ts'

const notice = readFileSync(new URL('../../../fixtures/tb20-2026-notice.md', import.meta.url), 'utf8')
const paragraphs = notice.split(/\n\s*\n/).map((p) => p.trim()).filter(Boolean)

function provenance(line: number) {
  return {page: 1, lineStart: line, lineEnd: line, source: 'text' as const}
}

function docOf(blocks: Block[]): VanbanDocument {
  return {file: 'x.md', pages: [{number: 1, source: 'text', furniture: [], warnings: []}], blocks, warnings: []}
}

const joined = paragraphs.map((p) => p.replace(/\s*\n\s*/g, ' '))
const noticeDoc = docOf(paragraphs.map((text, i) => ({kind: 'paragraph', text, provenance: provenance(i + 1)})))

describe('normalizeDocument', () => {
  it('leaves every paragraph of the clean notice unchanged (repair never: legacy, forms, cleanup)', () => {
    const out = normalizeDocument(noticeDoc, {repair: 'never'})
    expect(out.blocks).toHaveLength(paragraphs.length)
    out.blocks.forEach((block, i) => {
      // Only the line breaks inside a paragraph are joined.
      expect(block.kind === 'table' ? null : block.text).toBe(joined[i])
      expect(block.provenance.repaired).toBeUndefined()
    })
    expect(out.warnings).toEqual([])
    expect(documentSchema.safeParse(out).success).toBe(true)
  })

  it('keeps ≥ 99.9 % of the clean notice\'s words with repair auto, and marks what it changed', () => {
    const out = normalizeDocument(noticeDoc, {repair: 'auto'})
    let words = 0
    let same = 0
    out.blocks.forEach((block, i) => {
      const text = block.kind === 'table' ? '' : block.text
      const before = joined[i].split(' ')
      const after = text.split(' ')
      words += before.length
      before.forEach((w, k) => {
        if (after[k] === w) same++
      })
      expect(block.provenance.repaired === true).toBe(text !== joined[i])
    })
    expect(same / words).toBeGreaterThanOrEqual(0.999)
  })

  it('decodes legacy blocks and table cells, folds forms, cleans whitespace', () => {
    const doc = docOf([
      {kind: 'heading', text: 'CéNG HOµ X· HéI CHñ NGHÜA VIÖT NAM', provenance: provenance(1)},
      {kind: 'paragraph', text: 'Vie\u0302\u0323t  Nam\u00A0', provenance: provenance(2)},
      {kind: 'paragraph', text: '- 2 -', provenance: provenance(3)},
      {
        kind: 'table',
        header: ['TT', encodeVni('Cơ quan chủ trì')],
        rows: [{cells: ['1', `${encodeTcvn3('Bộ Khoa học và Công nghệ')}\n ${encodeTcvn3('Bộ Tài chính')} `], page: 1}],
        provenance: provenance(4)
      }
    ])
    const out = normalizeDocument(doc)
    expect(out.blocks.map((b) => (b.kind === 'table' ? [b.header, b.rows[0].cells] : b.text))).toEqual([
      'CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Việt Nam',
      [['TT', 'Cơ quan chủ trì'], ['1', 'Bộ Khoa học và Công nghệ\nBộ Tài chính']]
    ])
    expect(out.pages[0].furniture).toEqual(['- 2 -'])
    expect(out.warnings).toEqual([
      '3 paragraphs converted from TCVN3 (ABC) to Unicode',
      '1 paragraph converted from VNI to Unicode'
    ])
    // the input is not modified
    expect(doc.blocks).toHaveLength(4)
  })

  it('honours a named encoding and a tone style', () => {
    const doc = docOf([{kind: 'paragraph', text: 'Bé Y tÕ, hoµ b×nh', provenance: provenance(1)}])
    const out = normalizeDocument(doc, {encoding: 'tcvn3', toneStyle: 'old'})
    expect(out.blocks[0].kind !== 'table' && out.blocks[0].text).toBe('Bộ Y tế, hòa bình')
  })

  it('normalizes a 160 KB document quickly', () => {
    const big = docOf(Array.from({length: 4}, () => noticeDoc.blocks).flat())
    normalizeDocument(big, {repair: 'never'})
    const start = performance.now()
    normalizeDocument(big, {repair: 'never'})
    // Generous bound for a shared CI machine; typically a few ms.
    expect(performance.now() - start).toBeLessThan(200)
  })
})

describe('normalizeDocument: where the source lines broke (provenance.lineWords)', () => {
  const withLines = (text: string, lineWords: number[]): Block => ({kind: 'paragraph', text, provenance: {...provenance(1), lineWords}})
  it.each<[string, string, number[], 'never' | 'always', number[] | undefined]>([
    ['kept through the repair, word for word', '1 | Xay dung Thong tu | Cuc Dien luc chu tri', [7, 5], 'always', [7, 5]],
    ['kept through the cleanup of spaces', 'Sở  Tài chính\u00A0chủ trì', [3, 2], 'never', [3, 2]],
    ['carried over when the cleanup cuts capitals OCR glued (`SởTài` → `Sở Tài`)', 'SởTài chính chủ trì', [2, 2], 'never', [3, 2]]
  ])('%s', (_, text, lineWords, repair, expected) => {
    const out = normalizeDocument(docOf([withLines(text, lineWords)]), {repair})
    expect(out.blocks[0]!.provenance.lineWords).toEqual(expected)
  })

  it.each<[string, string, boolean]>([
    ['a numeral opening a line', 'thu gom nước thải\nI Hạ tầng xử lý', true],
    ['II, the same', 'nghiệp và II/2027\nII Kiểm soát nguồn thải', true],
    ['within a line, a word like any other', 'thu gom nước thải I Hạ tầng xử lý', false],
    ['before capitals, a word misread (`VỀ PHÁT TRIỂN`)', 'NGHỊ QUYẾT\nVI PHÁT TRIỂN KHOA HỌC', false],
    ['before a small letter, a word misread (`Về phát triển`)', 'của Bộ Chính trị\nVI phát triển khoa học', false]
  ])('the repair keeps %s', (_, text, kept) => {
    const numeral = tokenize(text).find((p) => /^[IV]+$/u.test(p.text))
    expect(numeral?.kind === 'keep').toBe(kept)
  })

  it('the repair sees where each line starts: a Roman numeral opening a line stays a numeral', () => {
    const text = '1 Danh gia hien trang he thong | Ban Quan | So Nong Quy thu gom nuoc thai | ly cac khu | nghiep va II/2027 II Kiem soat nguon thai va xu ly vi pham 1 Thiet lap co so du lieu nguon thai'
    const out = normalizeDocument(docOf([withLines(text, [11, 15, 10, 9])]), {repair: 'always'})
    const block = out.blocks[0]!
    expect(block.kind !== 'table' && block.text).toMatch(/ II Kiểm soát nguồn /u)
    expect(block.provenance.lineWords).toEqual([11, 15, 10, 9])
  })
})

describe('normalizeText', () => {
  it.each([
    ['Vieät Nam  ', 'Việt Nam'],
    ['Bé Y tÕ', 'Bộ Y tế'],
    ["Bo^. Co^ng an chu? tri`, pho^'i ho+.p vo+'i ca'c bo^., nga`nh", 'Bộ Công an chủ trì, phối hợp với các bộ, ngành'],
    ['nhie\u0302\u0323m vu\u0323\u00A0 ,', 'nhiệm vụ,'],
    ['Bộ Khoa học và Công nghệ', 'Bộ Khoa học và Công nghệ']
  ])('%j → %j', (input, expected) => {
    expect(normalizeText(input)).toBe(expected)
  })

  it('reports what it converted', () => {
    expect(normalizeTextDetailed('Bé Y tÕ\n\nBộ Y tế', {keepLineBreaks: true})).toEqual({
      text: 'Bộ Y tế\n\nBộ Y tế',
      converted: ['tcvn3'],
      repaired: false,
      warnings: []
    })
  })
})
