// Clean text must come out of `auto` unchanged: list markers, Roman numerals, abbreviations,
// names and valid words in clean paragraphs are never touched.
// The shipped model as Node reads it (the package entry installs this; these tests import modules directly).
import '../src/shipped-model-node.ts'
import {readFileSync} from 'node:fs'
import type {Block, VanbanDocument} from '@vanban/core'
import {describe, expect, it} from 'vitest'
import {normalizeDocument} from '../src/index.ts'
import {brokenness, repairText} from '../src/repair/index.ts'
import {tokenize} from '../src/repair/tokenize.ts'

const root = new URL('../../../', import.meta.url).pathname

describe('tokenize: list markers and Roman numerals', () => {
  it.each([
    ['g) Bộ Ngoại giao', 'g)'],
    ['đ) Ủy ban nhân dân', 'đ)'],
    ['a. Nội dung', 'a.'],
    ['b) Tình hình giải ngân', 'b)'],
    ['V. VỀ TÀI CHÍNH', 'V.'],
    ['VII. NHẬN XÉT', 'VII.'],
    ['IV) Kết quả', 'IV)'],
    ['(1) Bộ Công an', '(1)'],
    // A letter marker whose letter OCR printed twice, at a paragraph's start.
    ['Cc) Uy ban Kiem tra', 'Cc)'],
    ['các nhiệm vụ (a) và (b)', '(a)'],
    ['gồm: c) Bộ Tài chính', 'c)'],
    ['khoản 1; d) Bộ Y tế', 'd)'],
    ['Bộ Tư pháp;\ne) Bộ Xây dựng', 'e)'],
    // A chapter's numeral read with small l's, before a title in capitals.
    ['Phụ lục đi kèm.\n\nIl. TO CHUC THUC HIEN', 'Il.'],
    ['Phụ lục đi kèm.\n\nIv. TO CHUC THUC HIEN', 'Iv.'],
    ['Phụ lục đi kèm.\n\nVl. KINH PHI', 'Vl.']
  ])('%s has marker %s', (text, marker) => {
    expect(tokenize(text).filter((p) => p.kind === 'marker').map((p) => p.text)).toContain(marker)
  })

  it.each([
    ['Phần II', 'II'],
    ['Chương IV.', 'IV'],
    ['quý III', 'III'],
    ['khoá XIII', 'XIII'],
    ['khu vuc IV tang cuong', 'IV'],
    ['theo Phu luc II kem theo', 'II'],
    ['Quan khu VII chu tri', 'VII'],
    // A group numeral OCR read with small l's, at a line's start before a capitalised title: as printed.
    ['nghiép va Moi | III/2027\nIll Truyén théng va bao dam', 'Ill'],
    ['cua dia phuong\nIl Theo déi tinh hinh', 'Il']
  ])('%s keeps the numeral %s', (text, numeral) => {
    expect(tokenize(text).find((p) => p.text === numeral)?.kind).toBe('keep')
  })

  it.each(['vì vậy', 'VI PHẠM', 'Về việc', 'a, b', 'là a) mid-sentence'])('%s has no marker', (text) => {
    expect(tokenize(text).some((p) => p.kind === 'marker')).toBe(false)
  })
})

describe('repairText auto leaves clean text alone', () => {
  it.each([
    'g) Bộ Ngoại giao',
    'b) Tình hình giải ngân',
    'đ) Ủy ban nhân dân các tỉnh, thành phố',
    'V. VỀ TÀI CHÍNH, KINH PHÍ CHO KHCN, ĐMST, CĐS',
    'VII. NHẬN XÉT, ĐÁNH GIÁ CHUNG',
    'I. MỤC TIÊU',
    '- Thành viên BCD tỉnh\n- BCD các xã, phường, đặc khu,\n- Lãnh đạo VPTU,\n- Lưu VPTU.',
    'Nam cũng ký 13 thỏa thuận mới với Singapore, Australia, New Zealand về CĐS,',
    '(1) Bộ Công an; (2) Bộ Quốc phòng; (3) Bộ Ngoại giao',
    'Phần II. NHIỆM VỤ, GIẢI PHÁP',
    'Chương IV, Mục VI của Nghị định',
    'Hợp tác với Google, Microsoft, NVIDIA về AI và dữ liệu lớn (big data).',
    'Tổng kinh phí 1.234,5 tỷ đồng, đạt 98% kế hoạch.',
    'cũng ký kết',
    // A name as printed, though no standard syllable (ơc): names are not ours to correct.
    'Giao Phó Thủ tướng Chính phủ Hồ Đức Phớc trực tiếp chỉ đạo.',
    'thuỷ lợi và thủy sản, hoá chất và hóa dầu'
  ])('%s', (text) => expect(repairText(text, {mode: 'auto'}).text).toBe(text))

  it('judges clean paragraphs with names and markers clean', () => {
    expect(brokenness('Nam cũng ký 13 thỏa thuận mới với Singapore, Australia, New Zealand về CĐS,').broken).toBe(false)
    expect(brokenness('VII. NHẬN XÉT, ĐÁNH GIÁ CHUNG').broken).toBe(false)
  })

  it('keeps markers in broken paragraphs too', () => {
    expect(repairText('a) phat trien khoa hoc va cong nghe').text).toBe('a) phát triển khoa học và công nghệ')
    expect(repairText('II. NHIEM VU VA GIAI PHAP').text).toMatch(/^II\. /)
  })
})

describe('clean fixtures through normalizeDocument(auto), paragraph by paragraph', () => {
  const files = [
    `${root}fixtures/tb20-2026-notice.md`,
    `${root}fixtures/nq71-2025-action-program.txt`,
    `${root}fixtures/ocr-pairs/corpus/report-2025-part1.txt`
  ]
  const MARKER = /^(\(?(\d{1,3}|\p{L}|[IVX]{1,6})[.)]|\((\d{1,3}|\p{L})\))$/u

  it.each(files)('%s: ≥ 99.9 %% of words unchanged, no list marker changed', (file) => {
    const paras = readFileSync(file, 'utf8').split(/\n\s*\n/).map((p) => p.trim()).filter(Boolean)
    const blocks: Block[] = paras.map((text, i) => ({kind: 'paragraph', text, provenance: {page: 1, lineStart: i + 1, lineEnd: i + 1, source: 'text'}}))
    const doc: VanbanDocument = {file: 'x.txt', pages: [{number: 1, source: 'text', furniture: [], warnings: []}], blocks, warnings: []}
    const never = normalizeDocument(doc, {repair: 'never'}).blocks
    const auto = normalizeDocument(doc, {repair: 'auto'}).blocks
    let words = 0
    let same = 0
    const markersChanged: string[] = []
    auto.forEach((block, i) => {
      const before = (never[i]!.kind === 'table' ? '' : never[i]!.text).split(' ')
      const after = (block.kind === 'table' ? '' : block.text).split(' ')
      words += before.length
      before.forEach((w, k) => {
        if (after[k] === w) same++
        else if (MARKER.test(w)) markersChanged.push(`${w} → ${after[k]}`)
      })
    })
    expect(markersChanged).toEqual([])
    expect(same / words).toBeGreaterThanOrEqual(0.999)
  })
})
