import {readFileSync} from 'node:fs'
import {describe, expect, test} from 'vitest'
import type {Block, TableBlock} from '@vanban/core'
import {layoutPages} from '../src/layout-pages.ts'
import type {PageInput} from '../src/types.ts'
import {item, page, paragraph, words} from './synthetic.ts'

/**
 * Golden files: `fixtures/<case>.pdf` was made from `<case>.md` with
 * `pandoc -f markdown -t docx` and `soffice --headless --convert-to pdf`;
 * `<case>.pages.json` is its text layer as @vanban/ingest hands it to layout
 * (pdf.js items, rules; numbers rounded to 0.01 pt); `<case>.tables.txt` is
 * the tables read from it (`vitest -u` rewrites it; review the diff).
 * - borderless-word: no rules at all, bold header cells centred vertically
 *   (titles stacked over up to three lines, `ST` / `T`), STT centred, the task
 *   column justified (one pdf.js item per word), a row cut by the page break.
 * - borderless-header-rule: pandoc's default table, a rule under the header
 *   only; columns so narrow that words break inside (`Thán` / `g` / `4/202` / `5`).
 */
const render = (blocks: Block[]): string =>
  blocks
    .map((b) =>
      b.kind === 'table'
        ? [`[table p${b.provenance.page}] ${b.header.join(' | ')}`, ...b.rows.map((r) => `  p${r.page}: ${r.cells.join(' | ').replace(/\n/g, '⏎')}`)].join('\n')
        : `${b.kind}: ${b.text}`
    )
    .join('\n') + '\n'

describe('borderless tables in PDFs from Word and LibreOffice', () => {
  for (const name of ['borderless-word', 'borderless-header-rule']) {
    test(name, async () => {
      const pages = JSON.parse(readFileSync(new URL(`fixtures/${name}.pages.json`, import.meta.url), 'utf8')) as PageInput[]
      const {blocks} = layoutPages(pages)
      await expect(render(blocks)).toMatchFileSnapshot(`fixtures/${name}.tables.txt`)
    })
  }
})

/** Cells of a borderless row: text placed at the columns' left edges, lines 14 pt apart. */
const xs = [72, 100, 280, 360, 460]
const row = (baseline: number, lines: string[][]) =>
  lines.flatMap((cells, k) => cells.flatMap((text, c) => (text === '' ? [] : [item(text, xs[c]!, baseline + 14 * k)])))

describe('borderless table rules', () => {
  const header = row(100, [
    ['', '', 'Cơ quan', 'Cơ quan', 'Thời'],
    ['TT', 'Nhiệm vụ', 'chủ trì', 'phối hợp', 'hạn']
  ])
  const body = [
    ...row(134, [['1', 'Xây dựng Đề án chuyển', 'Bộ Nội vụ', 'Bộ Tài', 'Quý II'], ['', 'đổi số', '', 'chính', '']]),
    ...row(168, [['2', 'Sửa đổi Luật Khoa học', 'Bộ Tài', '', 'Tháng'], ['', 'và Công nghệ', 'chính', '', '5/2025']])
  ]

  test('a header stacked over two lines is one header row; wrapped lines stay in their cells', () => {
    const {blocks} = layoutPages([page(1, [...paragraph(['Danh mục nhiệm vụ:'], 60), ...header, ...body])])
    expect(blocks.map((b) => b.kind)).toEqual(['paragraph', 'table'])
    const table = blocks[1] as TableBlock
    expect(table.header).toEqual(['TT', 'Nhiệm vụ', 'Cơ quan chủ trì', 'Cơ quan phối hợp', 'Thời hạn'])
    expect(table.rows.map((r) => r.cells)).toEqual([
      ['1', 'Xây dựng Đề án chuyển đổi số', 'Bộ Nội vụ', 'Bộ Tài chính', 'Quý II'],
      ['2', 'Sửa đổi Luật Khoa học và Công nghệ', 'Bộ Tài chính', '', 'Tháng 5/2025']
    ])
  })

  test('the header repeated on the next page is dropped; a row cut by the page break is continued', () => {
    const page1 = page(1, [...header, ...body, ...row(202, [['3', 'Dự án Luật Năng lượng', 'Bộ Công', 'Các bộ,', 'Năm']])])
    const page2 = page(2, [...row(60, [['', 'nguyên tử', 'Thương', 'ngành', '2026']]).map((i) => ({...i, y: i.y + 40, baseline: (i.baseline ?? 0) + 40})), ...header.map((i) => ({...i, y: i.y - 40, baseline: (i.baseline ?? 0) - 40})), ...row(120, [['4', 'Tổng kết', 'Bộ Nội vụ', '', 'Năm 2027']])])
    const {blocks} = layoutPages([page1, page2])
    expect(blocks).toHaveLength(1)
    expect((blocks[0] as TableBlock).rows.map((r) => r.cells[0] + ': ' + r.cells.slice(1).join(' | '))).toEqual([
      '1: Xây dựng Đề án chuyển đổi số | Bộ Nội vụ | Bộ Tài chính | Quý II',
      '2: Sửa đổi Luật Khoa học và Công nghệ | Bộ Tài chính |  | Tháng 5/2025',
      '3: Dự án Luật Năng lượng nguyên tử | Bộ Công Thương | Các bộ, ngành | Năm 2026',
      '4: Tổng kết | Bộ Nội vụ |  | Năm 2027'
    ])
  })

  test('a page that goes on without the header keeps the columns of the page before', () => {
    const page1 = page(1, [...header, ...body, ...row(202, [['3', 'Dự án Luật Năng lượng', 'Bộ Công', 'Các bộ,', 'Năm']])])
    // Page 2: a page number, the cut row's last lines (one or two pieces a line), then prose.
    const page2 = page(2, [item('2', 300, 40), ...row(60, [['', 'nguyên tử (sửa đổi)', 'Thương', '', '2026'], ['', 'và các luật có liên quan', '', '', '']]), ...paragraph(['Điều 2. Quyết định này có hiệu lực kể từ ngày ký.'], 110, {x: 72})])
    const {blocks} = layoutPages([page1, page2])
    expect(blocks.map((b) => b.kind)).toEqual(['table', 'paragraph'])
    expect((blocks[0] as TableBlock).rows.map((r) => r.cells)[2]).toEqual(['3', 'Dự án Luật Năng lượng nguyên tử (sửa đổi) và các luật có liên quan', 'Bộ Công Thương', 'Các bộ,', 'Năm 2026'])
  })

  test('a section row merged across the columns stays in the table, its title in the column it opens', () => {
    const section = [item('II', xs[0]!, 202), item('CỦNG CỐ TỔ CHỨC BỘ MÁY VÀ NGUỒN NHÂN LỰC THỰC HIỆN', xs[1]!, 202)]
    const {blocks} = layoutPages([page(1, [...header, ...body, ...section, ...row(226, [['3', 'Kiện toàn Ban Chỉ đạo', 'Bộ Nội vụ', '', 'Quý III']])])])
    expect(blocks.map((b) => b.kind)).toEqual(['table'])
    expect((blocks[0] as TableBlock).rows.map((r) => r.cells.slice(0, 3))).toEqual([
      ['1', 'Xây dựng Đề án chuyển đổi số', 'Bộ Nội vụ'],
      ['2', 'Sửa đổi Luật Khoa học và Công nghệ', 'Bộ Tài chính'],
      ['II', 'CỦNG CỐ TỔ CHỨC BỘ MÁY VÀ NGUỒN NHÂN LỰC THỰC HIỆN', ''],
      ['3', 'Kiện toàn Ban Chỉ đạo', 'Bộ Nội vụ']
    ])
  })

  test('a section row merged across the columns right under the header keeps the columns', () => {
    const section = [item('I', xs[0]!, 124), item('HOÀN THIỆN THỂ CHẾ, CHÍNH SÁCH VỀ DỮ LIỆU SỐ QUỐC GIA', xs[1]!, 124)]
    const {blocks} = layoutPages([page(1, [...header, ...section, ...body.map((i) => ({...i, y: i.y + 10, baseline: (i.baseline ?? 0) + 10}))])])
    expect(blocks.map((b) => b.kind)).toEqual(['table'])
    const table = blocks[0] as TableBlock
    expect(table.header).toEqual(['TT', 'Nhiệm vụ', 'Cơ quan chủ trì', 'Cơ quan phối hợp', 'Thời hạn'])
    expect(table.rows.map((r) => r.cells.slice(0, 3))).toEqual([
      ['I', 'HOÀN THIỆN THỂ CHẾ, CHÍNH SÁCH VỀ DỮ LIỆU SỐ QUỐC GIA', ''],
      ['1', 'Xây dựng Đề án chuyển đổi số', 'Bộ Nội vụ'],
      ['2', 'Sửa đổi Luật Khoa học và Công nghệ', 'Bộ Tài chính']
    ])
  })

  test('a point opening the task column after a row step, beside other cells, is a sub-row with an empty number cell', () => {
    const sub = [
      ...row(202, [['3', 'Phát triển điện gió ngoài khơi:', '', '', '']]),
      ...row(222, [['', 'a) Xây dựng tiêu chí', 'Bộ Quốc', 'Bộ Công', 'Năm'], ['', 'lựa chọn nhà đầu tư', 'phòng', 'Thương', '2027']]),
      ...row(256, [['', 'b) Lập danh mục khu', 'Bộ Công', '', 'Quý IV'], ['', 'vực biển', 'Thương', '', '']])
    ]
    const {blocks} = layoutPages([page(1, [...header, ...body, ...sub])])
    expect((blocks[0] as TableBlock).rows.slice(2).map((r) => r.cells)).toEqual([
      ['3', 'Phát triển điện gió ngoài khơi:', '', '', ''],
      ['', 'a) Xây dựng tiêu chí lựa chọn nhà đầu tư', 'Bộ Quốc phòng', 'Bộ Công Thương', 'Năm 2027'],
      ['', 'b) Lập danh mục khu vực biển', 'Bộ Công Thương', '', 'Quý IV']
    ])
  })

  test('prose set word by word with wide justified spaces is no table', () => {
    const prose = ['Ủy ban nhân dân tỉnh yêu cầu các sở, ban, ngành khẩn trương', 'triển khai thực hiện các nhiệm vụ được giao tại Kế hoạch này', 'bảo đảm đúng tiến độ, chất lượng và hiệu quả; báo cáo kết quả']
    const items = prose.flatMap((text, k) => words(text, 72, 100 + 14 * k).map((w, n) => ({...w, x: w.x + n * (3 + k)})))
    const {blocks} = layoutPages([page(1, items)])
    expect(blocks.map((b) => b.kind)).toEqual(['paragraph'])
  })
})
