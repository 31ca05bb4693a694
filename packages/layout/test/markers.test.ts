import {expect, test} from 'vitest'
import {listMarker} from '../src/markers.ts'
import {joinWrapped} from '../src/join-lines.ts'

test.each([
  ['1. Xây dựng Đề án', '1.'],
  ['12. Hoàn thiện', '12.'],
  ['11.1 Tỉ lệ sử dụng', '11.1'],
  ['a) Các cơ quan', 'a)'],
  ['đ) Đề nghị Đảng uỷ', 'đ)'],
  ['- Các bộ, ngành', '-'],
  ['+ Bộ Tài chính', '+'],
  ['(1) Nghị định quy định', '(1)'],
  ['I. MỤC TIÊU', 'I.'],
  ['II. NHIỆM VỤ', 'II.'],
  ['• Điểm', '•'],
  ['2025-2030 là giai đoạn', null],
  ['57-NQ/TW ngày 22', null],
  ['1.000 tỷ đồng', null],
  ['3/2026. Giao Bộ', null],
  ['I/2026 (trong đó', null],
  ['Bộ Công an', null],
  ['-----', null],
  ['', null]
])('listMarker(%j) → %j', (text, marker) => {
  expect(listMarker(text)).toBe(marker)
})

test.each([
  ['phát triển kinh tế -', 'xã hội', 'phát triển kinh tế - xã hội'],
  ['giai đoạn 2025-', '2030', 'giai đoạn 2025-2030'],
  ['Nghị quyết số 57-', 'NQ/TW ngày', 'Nghị quyết số 57-NQ/TW ngày'],
  ['Bộ Khoa học và Công', 'nghệ', 'Bộ Khoa học và Công nghệ'],
  ['hệ thống infor-', 'mation system', 'hệ thống information system'],
  ['chính phủ e-', 'government', 'chính phủ e-government'],
  ['Đông Nam Á-', 'Thái Bình Dương', 'Đông Nam Á-Thái Bình Dương'],
  ['', 'đầu', 'đầu'],
  // A narrow time column wraps inside a date's year; a whole date, or a number after one, stays apart.
  ['Trước ngày 31/3/20', '28', 'Trước ngày 31/3/2028'],
  ['Tháng 11/202', '8', 'Tháng 11/2028'],
  ['Trước 15/12/2', '028', 'Trước 15/12/2028'],
  ['trước ngày 31/3/2028', '15 đơn vị', 'trước ngày 31/3/2028 15 đơn vị'],
  ['Nghị định số 15/20', '20 về', 'Nghị định số 15/20 20 về']
])('joinWrapped(%j, %j) → %j', (before, after, joined) => {
  expect(joinWrapped(before, after)).toBe(joined)
})
