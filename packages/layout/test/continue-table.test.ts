import {describe, expect, test} from 'vitest'
import type {TableBlock} from '@vanban/core'
import {continueTableRules} from '../src/continue-table.ts'
import {layoutPages} from '../src/layout-pages.ts'
import type {PageInput} from '../src/types.ts'
import {gridRules, item, page, paragraph} from './synthetic.ts'

// A ruled table TT | Nhiệm vụ | Chủ trì | Thời hạn; lines 16 pt apart in a cell, rows 24 pt apart (cell padding).
const xs = [90, 120, 300, 420, 520]
const header = (top: number) => [item('TT', 95, top + 14, {bold: true}), item('Nhiệm vụ', 125, top + 14, {bold: true}), item('Chủ trì', 305, top + 14, {bold: true}), item('Thời hạn', 425, top + 14, {bold: true})]
const cells = (top: number, texts: string[][]) => texts.flatMap((lines, c) => lines.map((text, k) => item(text, xs[c]! + 5, top + 14 + 16 * k)))
const folio = (n: number) => item(String(n), 295, 815)

const page1 = page(
  1,
  [...header(60), ...cells(84, [['1.'], ['Xây dựng Đề án'], ['Bộ Nội vụ'], ['Tháng 5/2025']]), ...cells(108, [['2.'], ['Sửa đổi Luật Khoa học', 'và Công nghệ để tháo'], ['Bộ Khoa học', 'và Công nghệ'], ['Tháng']]), folio(1)],
  gridRules(xs, [60, 84, 108, 790])
)
/** Page 2 without its rules: header again, the rest of row 2, then row 3. */
const page2Text = (extra: PageInput['items'] = []): PageInput =>
  page(2, [...header(40), ...cells(64, [[], ['gỡ khó khăn, vướng mắc.', '- Sửa đổi Luật Sở hữu trí tuệ'], [], ['5/2025']]), ...cells(112, [['3.'], ['Dự án Luật Năng lượng'], ['Bộ Công Thương'], ['Năm 2025']]), folio(2), ...extra], [])
const page2Rules = gridRules(xs, [40, 64, 112, 140])

const rows = (pages: PageInput[]) => (layoutPages(pages).blocks[0] as TableBlock).rows.map((r) => r.cells)

describe('continueTableRules', () => {
  test('a numbered table running on: predicted rules read the page as its real rules do', () => {
    const predicted = continueTableRules(page1, page1, page2Text())
    expect(predicted).not.toBeNull()
    const withPrediction = layoutPages([page1, {...page2Text(), rules: predicted!}])
    const withRules = layoutPages([page1, {...page2Text(), rules: page2Rules}])
    expect(withPrediction).toEqual(withRules)
    expect(rows([page1, {...page2Text(), rules: predicted!}])).toEqual([
      ['1.', 'Xây dựng Đề án', 'Bộ Nội vụ', 'Tháng 5/2025'],
      ['2.', 'Sửa đổi Luật Khoa học và Công nghệ để tháo gỡ khó khăn, vướng mắc.\n- Sửa đổi Luật Sở hữu trí tuệ', 'Bộ Khoa học và Công nghệ', 'Tháng 5/2025'],
      ['3.', 'Dự án Luật Năng lượng', 'Bộ Công Thương', 'Năm 2025']
    ])
  })

  test('a wide gap inside a cell (paragraph spacing) without a number stays in its row', () => {
    const spaced = page(2, [...header(40), ...cells(64, [['3.'], ['Dự án Luật Năng lượng'], ['Bộ Công Thương'], ['Năm 2025']]), item('- Sửa đổi Luật Điện lực', 125, 112), folio(2)], [])
    const predicted = continueTableRules(page1, page1, spaced)
    expect(predicted).not.toBeNull()
    expect(rows([page1, {...spaced, rules: predicted!}]).at(-1)).toEqual(['3.', 'Dự án Luật Năng lượng\n- Sửa đổi Luật Điện lực', 'Bộ Công Thương', 'Năm 2025'])
  })

  test('not plain → null (read the real rules)', () => {
    // Prose after the table on the same page: where the table ends is for the rules to say.
    expect(continueTableRules(page1, page1, page2Text(paragraph(['Nơi nhận: các bộ, ngành và địa phương theo danh sách.'], 400)))).toBeNull()
    // Text crossing the column edges at the top: another layout.
    expect(continueTableRules(page1, page1, page(2, paragraph(['PHỤ LỤC II — DANH MỤC NHIỆM VỤ TRỌNG TÂM NĂM 2025 CỦA BỘ'], 150), []))).toBeNull()
    // A number right under the line above, without the row gap the reference shows.
    const tight = page(2, [...cells(40, [['4.'], ['Đề án'], ['Bộ Y tế'], ['Năm 2025']]), ...cells(56, [['5.'], ['Luật'], ['Bộ Tư pháp'], ['Năm 2026']]), folio(2)], [])
    expect(continueTableRules(page1, page1, tight)).toBeNull()
    // The previous page's table does not reach its bottom.
    const ended = {...page1, items: [...page1.items, ...paragraph(['Ghi chú: thời hạn tính theo năm dương lịch.'], 400)], rules: gridRules(xs, [60, 84, 108, 150])}
    expect(continueTableRules(ended, ended, page2Text())).toBeNull()
    // Rows without numbers in the first column: rows cannot be told from paragraphs of a cell.
    const unnumbered = page(1, [...header(60), ...cells(84, [[], ['Xây dựng Đề án'], ['Bộ Nội vụ'], ['Tháng 5/2025']]), ...cells(108, [[], ['Sửa đổi Luật'], ['Bộ Tài chính'], ['Tháng 6/2025']])], gridRules(xs, [60, 84, 108, 790]))
    expect(continueTableRules(unnumbered, unnumbered, page2Text())).toBeNull()
  })
})
