import {describe, expect, test} from 'vitest'
import {markerOf, unitsOf} from '../src/structure.ts'
import type {VanbanDocument} from '@vanban/core'

describe('markerOf: ordinal words number items too', () => {
  test.each([
    ['Thứ nhất, Ban cán sự đảng UBND tỉnh lãnh đạo xây dựng Đề án.', 'number', '1'],
    ['Thứ tư, Ủy ban Kiểm tra Tỉnh ủy tăng cường kiểm tra.', 'number', '4'],
    ['Thứ mười: rà soát lại toàn bộ quy hoạch.', 'number', '10'],
    ['Thứ hai tuần sau họp giao ban.', null, null]
  ] as const)('%s', (text, kind, label) => {
    const marker = markerOf(text)
    expect(marker === null ? [null, null] : [marker.kind, marker.label]).toEqual([kind, label])
  })
})

const doc = (...texts: string[]): VanbanDocument =>
  ({file: 'x.txt', pages: [], warnings: [], blocks: texts.map((text, k) => ({kind: 'paragraph', text, provenance: {page: 1, lineStart: k, lineEnd: k, source: 'text'}}))}) as unknown as VanbanDocument

describe('unitsOf: a paragraph that assigns an inline list becomes its lead-in and items', () => {
  test('a directive lead-in with (1) … ; (2) …', () => {
    const units = unitsOf(doc('Bộ Tài chính đề nghị các bộ thực hiện: (1) rà soát tài sản trước ngày 15/12/2026; (2) tổng hợp, phân loại; (3) gửi danh mục về Bộ Tài chính.'))
    expect(units.map((u) => u.text)).toEqual(['Bộ Tài chính đề nghị các bộ thực hiện:', '(1) rà soát tài sản trước ngày 15/12/2026;', '(2) tổng hợp, phân loại;', '(3) gửi danh mục về Bộ Tài chính.'])
  })
  test('a report that counts its points stays one paragraph', () => {
    const text = 'Kết quả đạt được: (1) nhận thức đã có chuyển biến; (2) thể chế được hoàn thiện.'
    expect(unitsOf(doc(text)).map((u) => u.text)).toEqual([text])
  })
  test('a numbered item keeps its inline list (its enumeration)', () => {
    const text = '2. Bộ Tài chính chủ trì thực hiện: (1) rà soát; (2) tổng hợp.'
    expect(unitsOf(doc(text)).map((u) => u.text)).toEqual([text])
  })
})

describe('unitsOf: an item\'s inline list that goes on in the next paragraph joins the item', () => {
  test.each([
    [
      'a lone (2) after an item with (1)',
      ['đ) Đề nghị Đảng ủy Quốc hội chỉ đạo: (1) Rà soát nhu cầu về bảo mật.', '(2) Chỉ đạo ban hành quy chế. Hoàn thành trước ngày 01/5/2026.'],
      ['đ) Đề nghị Đảng ủy Quốc hội chỉ đạo: (1) Rà soát nhu cầu về bảo mật. (2) Chỉ đạo ban hành quy chế. Hoàn thành trước ngày 01/5/2026.']
    ],
    [
      '(2) …; (3) … after an item with (1)',
      ['a) Văn phòng Trung ương Đảng: (1) chủ trì hoàn thiện Khung kiến trúc;', '(2) xây dựng nền tảng dùng chung; (3) thường xuyên rà soát.'],
      ['a) Văn phòng Trung ương Đảng: (1) chủ trì hoàn thiện Khung kiến trúc; (2) xây dựng nền tảng dùng chung; (3) thường xuyên rà soát.']
    ],
    ['(3) after an item with (1) and (2)', ['2. Bộ Tài chính: (1) rà soát; (2) tổng hợp;', '(3) báo cáo.'], ['2. Bộ Tài chính: (1) rà soát; (2) tổng hợp; (3) báo cáo.']],
    ['…not after an item (1) of its own line', ['(1) Chủ trì hoàn thiện;', '(2) xây dựng nền tảng.'], ['(1) Chủ trì hoàn thiện;', '(2) xây dựng nền tảng.']],
    ['…nor where the item has no (1)', ['a) Bộ Tài chính tổng hợp.', '(2) Bộ Xây dựng hướng dẫn.'], ['a) Bộ Tài chính tổng hợp.', '(2) Bộ Xây dựng hướng dẫn.']],
    ['…nor a (3) after an item whose list stops at (1)', ['a) Bộ Tài chính: (1) rà soát.', '(3) Bộ Xây dựng hướng dẫn.'], ['a) Bộ Tài chính: (1) rà soát.', '(3) Bộ Xây dựng hướng dẫn.']]
  ])('%s', (_, texts, units) => {
    expect(unitsOf(doc(...texts)).map((u) => u.text)).toEqual(units)
  })
})

describe('unitsOf: a line wrapped inside a range of years is no bullet', () => {
  test('`… giai đoạn 2026` + `- 2030, trình …`', () => {
    const units = unitsOf(doc('b) Chỉ đạo xây dựng Đề án giai đoạn 2026', '- 2030, trình Hội đồng nhân dân tỉnh trước ngày 30/11/2027.'))
    expect(units.map((u) => u.text)).toEqual(['b) Chỉ đạo xây dựng Đề án giai đoạn 2026 - 2030, trình Hội đồng nhân dân tỉnh trước ngày 30/11/2027.'])
  })
  test('a bullet after a sentence that ends with a year stays a bullet when it does not start with one', () => {
    expect(unitsOf(doc('Kế hoạch năm 2026', '- Sở Tài chính bố trí kinh phí.')).map((u) => u.text)).toEqual(['Kế hoạch năm 2026', '- Sở Tài chính bố trí kinh phí.'])
  })
})
