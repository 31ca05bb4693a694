import {describe, expect, test} from 'vitest'
import {parseDeadline} from '../src/deadline.ts'

// [sentence, deadline text, due, year assumed]: the document is dated 4 September 2026.
describe('parseDeadline: a day written in words, and `đến ngày`', () => {
  test.each([
    ['Tham mưu cơ chế hỗ trợ, báo cáo Ban Chỉ đạo trước ngày 20 tháng 10.', 'trước ngày 20 tháng 10', '2026-10-20', true],
    ['Gửi danh sách về Sở Nội vụ chậm nhất ngày 05 tháng 01.', 'chậm nhất ngày 05 tháng 01', '2027-01-05', true],
    ['Hoàn thành trước ngày 20 tháng 10 năm 2026.', 'trước ngày 20 tháng 10 năm 2026', '2026-10-20', false],
    ['Phấn đấu đến ngày 31/12/2026 giải ngân đạt 100% kế hoạch vốn.', 'đến ngày 31/12/2026', '2026-12-31', false],
    ['Duy trì lực lượng trực đến ngày 30 tháng 9 năm 2026.', 'đến ngày 30 tháng 9 năm 2026', '2026-09-30', false],
    ['Tổ chức ra quân từ ngày 10/10/2026 đến ngày 30/11/2026.', 'từ ngày 10/10/2026 đến ngày 30/11/2026', '2026-11-30', false]
  ])('%s', (sentence, text, due, guessed) => {
    expect(parseDeadline(sentence, {documentDate: '2026-09-04'})).toMatchObject({text, due, yearGuessed: guessed})
  })

  test.each([
    // The status as of a day, not a deadline.
    'Đến ngày 15/9/2026, các xã đã hoàn thành việc kiểm đếm.',
    'Tính đến ngày 30/9/2026, toàn tỉnh còn 120 hộ nghèo.',
    'Các xã, tính đến ngày 30/9/2026 đã giải ngân 80% kế hoạch vốn.',
    // A day of every year is a recurrence.
    'Báo cáo kết quả trước ngày 15 tháng 12 hằng năm.'
  ])('no due date: %s', (sentence) => {
    expect(parseDeadline(sentence, {documentDate: '2026-09-04'})?.due ?? null).toBeNull()
  })
})

describe('parseDeadline: the lunar new year (Tết Nguyên đán) named by its year', () => {
  // [sentence, deadline text, due]: Tết Bính Ngọ is 17/02/2026, Tết Đinh Mùi 06/02/2027.
  test.each([
    ['Hoàn thành việc thăm hỏi, tặng quà trước Tết Nguyên đán Đinh Mùi.', 'trước Tết Nguyên đán Đinh Mùi', '2027-02-05'],
    ['Báo cáo tình hình trước 14 giờ 00 ngày mồng 5 Tết Đinh Mùi.', 'trước 14 giờ 00 ngày mồng 5 Tết Đinh Mùi', '2027-02-10'],
    ['Hoàn thành trước Tết Nguyên đán 2027.', 'trước Tết Nguyên đán 2027', '2027-02-05'],
    ['Trao quà xong trước Tết Bính Ngọ.', 'trước Tết Bính Ngọ', '2026-02-16'],
    ['Chi trả trước mùng 10 Tết Nguyên Đán năm Đinh Mùi.', 'trước mùng 10 Tết Nguyên Đán năm Đinh Mùi', '2027-02-15']
  ])('%s', (sentence, text, due) => {
    expect(parseDeadline(sentence, {documentDate: '2025-12-10'})).toMatchObject({text, due, yearGuessed: false})
  })

  test.each([
    // Which Tết, the reader cannot tell; a span of the holiday is no deadline.
    'Hoàn thành trước Tết.',
    'Bảo đảm an toàn giao thông trong dịp Tết Nguyên đán Đinh Mùi.',
    'Trực 24/24 giờ trong những ngày nghỉ Tết Nguyên đán Bính Ngọ năm 2026.',
    'Tổ chức cho Nhân dân đón Tết vui tươi.'
  ])('no due date: %s', (sentence) => {
    expect(parseDeadline(sentence, {documentDate: '2025-12-10'})?.due ?? null).toBeNull()
  })
})

describe('parseDeadline: the period a review covers, before the date its report is due', () => {
  test.each([
    ['Đánh giá việc thực hiện khám, chữa bệnh tại trạm y tế trong 6 tháng đầu năm 2026; gửi báo cáo về Bộ Y tế trước ngày 10/7/2026.', 'trước ngày 10/7/2026', '2026-07-10'],
    ['Tổng hợp kết quả thực hiện trong quý II/2026, báo cáo về Sở Nội vụ trước ngày 15/7/2026.', 'trước ngày 15/7/2026', '2026-07-15'],
    // The work itself dated first: its date wins.
    ['Hoàn thành việc rà soát trong 6 tháng đầu năm 2026; gửi báo cáo trước ngày 10/7/2026.', 'trong 6 tháng đầu năm 2026', '2026-06-30']
  ])('%s', (sentence, text, due) => {
    expect(parseDeadline(sentence, {documentDate: '2026-06-09'})).toMatchObject({text, due})
  })
})

describe('parseDeadline: work to be done within a span is due at its end', () => {
  test.each([
    ['bảo đảm hoàn thành trong giai đoạn 2026–2030; hằng năm báo cáo kết quả', '2030-12-31'],
    ['hoàn thành giai đoạn 2026-2030', '2030-12-31'],
    // A span alone names the programme, not when it is due.
    ['xây dựng chương trình đào tạo giai đoạn 2026-2030', null],
    ['thực hiện trong giai đoạn 2026 - 2030', null]
  ] as const)('%s → %s', (text, due) => {
    expect(parseDeadline(text, {documentDate: '2026-01-23'})?.due ?? null).toBe(due)
  })
})

describe('parseDeadline: a range of months sharing the last one\'s year is due at its end', () => {
  test.each([
    ['Tháng 5-6/2026', true, '2026-06-30'],
    ['Tháng 7 - 8 năm 2026', true, '2026-08-31'],
    ['hoàn thành trong tháng 5-6/2026.', false, '2026-06-30'],
    ['Tháng 3/2026', true, '2026-03-31']
  ] as const)('%s → %s', (text, cell, due) => {
    expect(parseDeadline(text, {cell, year: 2026, documentDate: '2026-01-10'})?.due ?? null).toBe(due)
  })
})

describe('parseDeadline: quarters listed are due at the last one\'s end; `Cả năm` at the year\'s', () => {
  test.each([
    ['Quý II, III/2026', true, '2026-09-30'],
    ['hoàn thành trong quý II và III năm 2027.', false, '2027-09-30'],
    ['quý I, quý II/2026', true, '2026-06-30'],
    ['Quý I/2026', true, '2026-03-31'],
    ['Cả năm', true, '2026-12-31'],
    ['Cả năm 2027', true, '2027-12-31'],
    // The year as a whole inside a sentence is what a figure counts, no deadline.
    ['phấn đấu tăng trưởng GRDP cả năm đạt 8%.', false, null]
  ] as const)('%s → %s', (text, cell, due) => {
    expect(parseDeadline(text, {cell, year: 2026, documentDate: '2026-01-10'})?.due ?? null).toBe(due)
  })
})
