import {describe, expect, test} from 'vitest'
import type {TableBlock, TextBlock} from '@vanban/core'
import {layoutPages} from '../src/layout-pages.ts'
import {gridRules, item, page, paragraph, words} from './synthetic.ts'

const texts = (blocks: ReturnType<typeof layoutPages>['blocks']): string[] =>
  blocks.map((b) => (b.kind === 'table' ? `[table ${b.rows.length}]` : `${b.kind}: ${b.text}`))

describe('paragraphs', () => {
  test('wrapped lines join; a marker, a gap and an indent start new blocks', () => {
    const {blocks} = layoutPages([
      page(1, [
        ...paragraph(['Thường trực Ban Chỉ đạo nhất trí với đánh giá của Cơ quan', 'Thường trực về kết quả thực hiện.'], 100, {indent: 30}),
        ...paragraph(['Yêu cầu các cơ quan tập trung thực hiện các nội dung sau', 'trong năm 2026:'], 160, {indent: 30}),
        ...paragraph(['a) Bộ Khoa học và Công nghệ chủ trì xây dựng kế hoạch,', 'hoàn thành trong tháng 3/2026.'], 220, {indent: 30}),
        ...paragraph(['- Bộ Tài chính bố trí kinh phí.'], 256, {indent: 30})
      ])
    ])
    expect(texts(blocks)).toEqual([
      'paragraph: Thường trực Ban Chỉ đạo nhất trí với đánh giá của Cơ quan Thường trực về kết quả thực hiện.',
      'paragraph: Yêu cầu các cơ quan tập trung thực hiện các nội dung sau trong năm 2026:',
      'list-item: a) Bộ Khoa học và Công nghệ chủ trì xây dựng kế hoạch, hoàn thành trong tháng 3/2026.',
      'list-item: - Bộ Tài chính bố trí kinh phí.'
    ])
    expect(blocks[2]!.provenance).toEqual({page: 1, lineStart: 5, lineEnd: 6, source: 'text-layer'})
  })

  test('bold and capital standalone lines are headings; a bold deadline inside a sentence is not', () => {
    const {blocks} = layoutPages([
      page(1, [
        item('PHỤ LỤC', 250, 80, {bold: true}),
        item('NHIỆM VỤ, GIẢI PHÁP TRỌNG TÂM', 190, 98, {bold: true}),
        ...paragraph(['Chủ trì, phối hợp với các cơ quan liên quan xây dựng văn bản, hoàn thành'], 140, {indent: 30}),
        item('trong tháng 5/2026.', 90, 158, {bold: true}),
        item('c) Bộ Khoa học và Công nghệ', 120, 190, {bold: true})
      ])
    ])
    expect(texts(blocks)).toEqual([
      'heading: PHỤ LỤC NHIỆM VỤ, GIẢI PHÁP TRỌNG TÂM',
      'paragraph: Chủ trì, phối hợp với các cơ quan liên quan xây dựng văn bản, hoàn thành trong tháng 5/2026.',
      'list-item: c) Bộ Khoa học và Công nghệ'
    ])
    expect((blocks[0] as TextBlock).bold).toBe(true)
    expect((blocks[2] as TextBlock).bold).toBe(true)
  })

  test('a bold numbered title does not absorb the plain line under it (OCR gives no gap)', () => {
    const {blocks} = layoutPages([
      page(1, [
        item('1. Kiện toàn Ban Chỉ đạo và cơ quan giúp việc', 72, 100, {bold: true}),
        item('Văn phòng Trung ương Đảng tham mưu cấp có thẩm quyền kiện toàn Ban Chỉ đạo.', 72, 114),
        item('2. Chỉ đạo, điều hành và tuyên truyền', 72, 140, {bold: true}),
        item('nâng cao nhận thức', 72, 154, {bold: true})
      ])
    ])
    expect(texts(blocks)).toEqual([
      'list-item: 1. Kiện toàn Ban Chỉ đạo và cơ quan giúp việc',
      'paragraph: Văn phòng Trung ương Đảng tham mưu cấp có thẩm quyền kiện toàn Ban Chỉ đạo.',
      'list-item: 2. Chỉ đạo, điều hành và tuyên truyền nâng cao nhận thức'
    ])
  })

  test('a bold numbered title that runs to the margin wraps on into its body line', () => {
    const {blocks} = layoutPages([
      page(1, [
        ...words('3. Tiếp tục hoàn thiện thể chế, cơ chế, chính sách để phát triển mạnh mẽ khoa học', 72, 100, {bold: true}),
        item('công nghệ. Cùng với việc hoàn thiện thể chế, các cơ quan cần quan tâm.', 72, 114),
        item('4. Tập trung tạo lập các hạ tầng nền tảng', 72, 140, {bold: true})
      ])
    ])
    expect(texts(blocks)).toEqual([
      'list-item: 3. Tiếp tục hoàn thiện thể chế, cơ chế, chính sách để phát triển mạnh mẽ khoa học công nghệ. Cùng với việc hoàn thiện thể chế, các cơ quan cần quan tâm.',
      'list-item: 4. Tập trung tạo lập các hạ tầng nền tảng'
    ])
  })

  test('a wrapped spaced dash is not a bullet', () => {
    const {blocks} = layoutPages([page(1, [item('lan toả kết quả đến phát triển kinh tế', 90, 100), {...item('x', 0, 0), text: 'padding', x: 400, baseline: 100, y: 90}, item('- xã hội. Các bộ quản lý ngành', 90, 118)])])
    expect(texts(blocks)).toEqual(['paragraph: lan toả kết quả đến phát triển kinh tế padding - xã hội. Các bộ quản lý ngành'])
  })

  test('a paragraph cut by the page end continues on the next page', () => {
    const body = (n: number, lines: string[]) => page(n, [...paragraph(lines, 80), item(String(n), 300, 820)])
    const {blocks, pages} = layoutPages([
      body(1, ['Các cơ quan, đơn vị khẩn trương có giải pháp tổng thể để', 'khắc phục triệt để các bất cập trong bảo đảm an toàn']),
      body(2, ['thông tin, an ninh mạng.', 'Năm 2026 là năm đầu thực hiện Nghị quyết.']),
      body(3, ['Văn phòng Trung ương Đảng thông báo để các cơ quan biết.'])
    ])
    expect(texts(blocks)).toEqual([
      'paragraph: Các cơ quan, đơn vị khẩn trương có giải pháp tổng thể để khắc phục triệt để các bất cập trong bảo đảm an toàn thông tin, an ninh mạng.',
      'paragraph: Năm 2026 là năm đầu thực hiện Nghị quyết.',
      'paragraph: Văn phòng Trung ương Đảng thông báo để các cơ quan biết.'
    ])
    expect(pages.map((p) => p.furniture)).toEqual([['1'], ['2'], ['3']])
  })
})

describe('page furniture', () => {
  test('page numbers in their forms and a header repeated on most pages are removed and kept', () => {
    const numbers = ['- 1 -', 'Trang 2', '3', '4/4']
    const {blocks, pages} = layoutPages(
      numbers.map((n, k) =>
        page(k + 1, [
          item(`BỘ KHOA HỌC VÀ CÔNG NGHỆ - Kế hoạch năm 202${k}`, 150, 40),
          ...paragraph([`Nội dung trang ${k + 1}.`], 200),
          item(n, 290, 815)
        ])
      )
    )
    expect(texts(blocks)).toEqual(['paragraph: Nội dung trang 1.', 'paragraph: Nội dung trang 2.', 'paragraph: Nội dung trang 3.', 'paragraph: Nội dung trang 4.'])
    expect(pages[1]!.furniture).toEqual(['BỘ KHOA HỌC VÀ CÔNG NGHỆ - Kế hoạch năm 2021', 'Trang 2'])
  })

  test('a number inside the page body is kept', () => {
    const {blocks} = layoutPages([page(1, [...paragraph(['Chỉ tiêu:'], 300), item('2030', 90, 318)])])
    expect(texts(blocks)).toEqual(['paragraph: Chỉ tiêu: 2030'])
  })

  test('removeFurniture: false keeps it in the flow', () => {
    const {blocks, pages} = layoutPages([page(1, [...paragraph(['Nội dung.'], 300), item('1', 290, 815)])], {removeFurniture: false})
    expect(texts(blocks)).toEqual(['paragraph: Nội dung.', 'paragraph: 1'])
    expect(pages[0]!.furniture).toEqual(['1'])
  })
})

describe('OCR input', () => {
  test('mean confidence goes to provenance; a low one warns', () => {
    const {blocks} = layoutPages([
      {...page(1, [...words('Bộ Tài chính chủ trì', 90, 100, {confidence: 92}), ...words('Bọ Tai chinh', 90, 140, {confidence: 41})]), source: 'ocr'}
    ])
    expect(blocks.map((b) => [b.provenance.source, b.provenance.confidence, b.warnings ?? []])).toEqual([
      ['ocr', 92, []],
      ['ocr', 41, ['low OCR confidence (41) on page 1']]
    ])
  })
})

// A ruled table, columns TT | Nhiệm vụ | Chủ trì | Thời hạn, edges at these x.
const xs = [90, 120, 300, 420, 520]
const header = (top: number) => [item('TT', 95, top + 14, {bold: true}), item('Nhiệm vụ', 125, top + 14, {bold: true}), item('Chủ trì', 305, top + 14, {bold: true}), item('Thời hạn', 425, top + 14, {bold: true})]
const cells = (top: number, texts: string[][]) =>
  texts.flatMap((lines, c) => lines.map((text, k) => item(text, xs[c]! + 5, top + 14 + 16 * k)))

describe('tables', () => {
  const page1 = page(
    1,
    [...header(60), ...cells(84, [['1.'], ['Xây dựng Đề án'], ['Bộ Nội vụ'], ['Tháng 5/2025']]), ...cells(108, [['2.'], ['Sửa đổi Luật Khoa học', 'và Công nghệ để tháo'], ['Bộ Khoa học', 'và Công nghệ'], ['Tháng']])],
    gridRules(xs, [60, 84, 108, 842 - 40])
  )
  // The row goes on: wrapped lines of the second row on the next page, then row 3.
  const rest = (top: number) => [...cells(top, [[], ['gỡ khó khăn, vướng mắc.', '- Sửa đổi Luật Sở hữu trí tuệ'], [], ['5/2025']]), ...cells(top + 40, [['3.'], ['Dự án Luật Năng lượng'], ['Bộ Công Thương'], ['Năm 2025']])]
  const expected = [
    ['1.', 'Xây dựng Đề án', 'Bộ Nội vụ', 'Tháng 5/2025'],
    ['2.', 'Sửa đổi Luật Khoa học và Công nghệ để tháo gỡ khó khăn, vướng mắc.\n- Sửa đổi Luật Sở hữu trí tuệ', 'Bộ Khoa học và Công nghệ', 'Tháng 5/2025'],
    ['3.', 'Dự án Luật Năng lượng', 'Bộ Công Thương', 'Năm 2025']
  ]

  test('a row crossing the page break, with the header repeated on the next page, is one row', () => {
    const page2 = page(2, [...header(40), ...rest(64)], gridRules(xs, [40, 64, 104, 140]))
    const {blocks} = layoutPages([page1, page2])
    expect(blocks).toHaveLength(1)
    const table = blocks[0] as TableBlock
    expect(table.header).toEqual(['TT', 'Nhiệm vụ', 'Chủ trì', 'Thời hạn'])
    expect(table.rows.map((r) => r.cells)).toEqual(expected)
    expect(table.rows.map((r) => r.page)).toEqual([1, 1, 2])
  })

  test('a page that starts mid-row without a header or top rule continues the row', () => {
    // No rule at the top of page 2: the table's vertical edges start at the page margin.
    const page2 = page(2, rest(40), gridRules(xs, [80, 116], {top: 40, bottom: 116}))
    const {blocks} = layoutPages([page1, page2])
    expect(blocks).toHaveLength(1)
    expect((blocks[0] as TableBlock).rows.map((r) => r.cells)).toEqual(expected)
  })

  test('text between two tables keeps them apart; a table on the next page with other columns is new', () => {
    const other = page(2, [...cells(64, [['A'], ['B']])], gridRules([90, 120, 300], [60, 84]))
    const {blocks} = layoutPages([page1, other])
    expect(texts(blocks)).toEqual(['[table 2]', '[table 1]'])
  })

  test('a table without rules is rebuilt from column alignment', () => {
    const row = (top: number, c: string[]) => c.map((text, k) => item(text, xs[k]! + 5, top))
    const {blocks} = layoutPages([
      page(1, [
        ...paragraph(['Danh mục nhiệm vụ:'], 40),
        ...row(80, ['TT', 'Nhiệm vụ', 'Chủ trì', 'Thời hạn']).map((i) => ({...i, bold: true})),
        ...row(104, ['1.', 'Xây dựng Đề án', 'Bộ Nội vụ', 'Tháng 5/2025']),
        ...row(128, ['2.', 'Sửa đổi Luật Khoa học', 'Bộ Tài chính', 'Quý II/2025']),
        item('và Công nghệ', xs[1]! + 5, 144),
        ...row(168, ['3.', 'Dự án Luật', 'Bộ Công Thương', 'Năm 2025'])
      ])
    ])
    expect(texts(blocks)).toEqual(['paragraph: Danh mục nhiệm vụ:', '[table 3]'])
    const table = blocks[1] as TableBlock
    expect(table.header).toEqual(['TT', 'Nhiệm vụ', 'Chủ trì', 'Thời hạn'])
    expect(table.rows[1]!.cells).toEqual(['2.', 'Sửa đổi Luật Khoa học và Công nghệ', 'Bộ Tài chính', 'Quý II/2025'])
  })
})
