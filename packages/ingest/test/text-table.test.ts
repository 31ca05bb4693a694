import {describe, expect, it} from 'vitest'
import type {Block, TableBlock} from '@vanban/core'
import {textToBlocks} from '../src/text/blocks.ts'
import {htmlCellToText} from '../src/text/html-cell.ts'
import {isColumnNumberRow, splitRow, splitTsv} from '../src/text/table-text.ts'

const tables = (blocks: readonly Block[]): TableBlock[] => blocks.filter((b): b is TableBlock => b.kind === 'table')
const cells = (table: TableBlock): string[][] => table.rows.map((r) => r.cells)
const tsv = (...rows: string[][]): string => rows.map((r) => r.join('\t')).join('\n')

const HEADER = ['TT', 'Tên nhiệm vụ', 'Cơ quan chủ trì', 'Thời gian hoàn thành']

describe('htmlCellToText', () => {
  it.each([
    ['<p>Đoạn một.</p><p>Đoạn hai.</p>', 'Đoạn một.\nĐoạn hai.'],
    ['Các chủ đề:<ul><li>AI;</li><li>Bán dẫn.</li></ul>', 'Các chủ đề:\nAI;\nBán dẫn.'],
    ['<ol style="list-style-type: none"> (1) Luật A; (2) Luật B. ', '(1) Luật A; (2) Luật B.'],
    ['dòng một<br>dòng hai<br/>dòng ba', 'dòng một\ndòng hai\ndòng ba'],
    ['R&amp;D &lt;5% &#7897; &#x1EA1; &nbsp;x', 'R&D <5% ộ ạ x'],
    ['<span style="x">Bộ</span> <b>Tài chính</b>', 'Bộ Tài chính'],
    ['giá < 5% và > 2%', 'giá < 5% và > 2%']
  ])('%s', (html, text) => {
    expect(htmlCellToText(html)).toBe(text)
  })
})

describe('splitRow', () => {
  it.each<[string, 'tsv' | 'pipe', string[]]>([
    ['1.\tA\t\tB', 'tsv', ['1.', 'A', '', 'B']],
    ['| 1 | A | B |', 'pipe', [' 1 ', ' A ', ' B ']],
    ['| a \\| b | c |', 'pipe', [' a | b ', ' c ']],
    ['1 | A', 'pipe', ['1 ', ' A']]
  ])('%s', (line, syntax, expected) => {
    expect(splitRow(line, syntax)).toEqual(expected)
  })
})

describe('isColumnNumberRow', () => {
  it.each<[string[], boolean]>([
    [['1', '2', '3', '4'], true],
    [['(1)', '(2)', '(3)', '(4)', '(5)'], true],
    [['1', '2', '3', ''], true],
    [['1.', 'Xây dựng', 'Bộ Tài chính', 'Tháng 4/2025'], false],
    [['1', '3', '2', '4'], false],
    [['1', '2'], false]
  ])('%j → %s', (row, expected) => {
    expect(isColumnNumberRow(row)).toBe(expected)
  })
})

describe('tab-separated tables', () => {
  it('one table block: header once, rows with page null, line span', () => {
    const text = tsv(HEADER, ['1.', 'Xây dựng đề án', 'Bộ Tài chính', 'Tháng 4/2025'], ['2.', 'Ban hành', 'Bộ Nội vụ', 'Thường xuyên'])
    const [table] = tables(textToBlocks(`Phụ lục\n\n${text}\n`))
    expect(table).toEqual({
      kind: 'table',
      header: HEADER,
      rows: [
        {cells: ['1.', 'Xây dựng đề án', 'Bộ Tài chính', 'Tháng 4/2025'], page: null},
        {cells: ['2.', 'Ban hành', 'Bộ Nội vụ', 'Thường xuyên'], page: null}
      ],
      provenance: {page: null, lineStart: 3, lineEnd: 5, source: 'text'}
    })
  })

  it('short rows are padded and stray trailing tabs dropped', () => {
    const text = `${tsv(HEADER)}\n1.\tA\tB\n2.\tC\tD\tE\t\t\n`
    expect(cells(tables(textToBlocks(text))[0]!)).toEqual([
      ['1.', 'A', 'B', ''],
      ['2.', 'C', 'D', 'E']
    ])
  })

  it('a row crossing a page break, with the header repeated, is merged column by column', () => {
    const page1 = tsv(HEADER, ['1.', 'Xây dựng, ban hành văn bản làm rõ', 'Bộ Khoa học và', 'Tháng 3/2025'])
    const page2 = tsv(HEADER, ['', 'nội hàm các khái niệm mới.', 'Công nghệ', ''], ['2.', 'Ban hành', 'Bộ Nội vụ', 'Tháng 5/2025'])
    const blocks = textToBlocks(`${page1}\n\n${page2}\n`)
    expect(blocks).toHaveLength(1)
    expect(cells(tables(blocks)[0]!)).toEqual([
      ['1.', 'Xây dựng, ban hành văn bản làm rõ nội hàm các khái niệm mới.', 'Bộ Khoa học và Công nghệ', 'Tháng 3/2025'],
      ['2.', 'Ban hành', 'Bộ Nội vụ', 'Tháng 5/2025']
    ])
  })

  it('a row crossing a page break without a repeated header is merged too', () => {
    const page1 = tsv(HEADER, ['1.', 'Xây dựng, ban hành văn bản làm rõ', 'Bộ Khoa học và', 'Tháng 3/2025'])
    const page2 = tsv(['', 'nội hàm các khái niệm mới.', 'Công nghệ', ''], ['2.', 'Ban hành', 'Bộ Nội vụ', 'Tháng 5/2025'])
    const [table] = tables(textToBlocks(`${page1}\n\n\n${page2}`))
    expect(cells(table!)).toEqual([
      ['1.', 'Xây dựng, ban hành văn bản làm rõ nội hàm các khái niệm mới.', 'Bộ Khoa học và Công nghệ', 'Tháng 3/2025'],
      ['2.', 'Ban hành', 'Bộ Nội vụ', 'Tháng 5/2025']
    ])
  })

  it('a continuation that fills only one column (the Kết quả column) joins that column', () => {
    const page1 = tsv(HEADER, ['83.', 'Xây dựng hạ tầng số.', 'Bộ Khoa học và Công nghệ', 'Cung cấp dịch vụ cho người dùng'])
    const page2 = tsv(HEADER, ['', '', '', 'tại Việt Nam'])
    expect(cells(tables(textToBlocks(`${page1}\n\n${page2}`))[0]!)).toEqual([
      ['83.', 'Xây dựng hạ tầng số.', 'Bộ Khoa học và Công nghệ', 'Cung cấp dịch vụ cho người dùng tại Việt Nam']
    ])
  })

  it('a page starting with a new row keeps it a new row', () => {
    const text = `${tsv(HEADER, ['1.', 'A', 'B', 'C'])}\n\n${tsv(HEADER, ['2.', 'D', 'E', 'F'])}`
    expect(cells(tables(textToBlocks(text))[0]!).map((r) => r[0])).toEqual(['1.', '2.'])
  })

  it('an empty first cell inside a page is a row of its own (a merged TT cell), not a continuation', () => {
    const text = tsv(HEADER, ['1.', 'A', 'B', 'C'], ['', 'Nhiệm vụ chung', 'Các bộ', 'D'])
    expect(cells(tables(textToBlocks(text))[0]!)).toEqual([
      ['1.', 'A', 'B', 'C'],
      ['', 'Nhiệm vụ chung', 'Các bộ', 'D']
    ])
  })

  it('column-number rows under the header are dropped on every page', () => {
    const text = `${tsv(HEADER, ['1', '2', '3', '4'], ['1.', 'A', 'B', 'C'])}\n\n${tsv(HEADER, ['(1)', '(2)', '(3)', '(4)'], ['2.', 'D', 'E', 'F'])}`
    expect(cells(tables(textToBlocks(text))[0]!).map((r) => r[0])).toEqual(['1.', '2.'])
  })

  it('header repeats are recognised across case, spacing and Unicode form', () => {
    const nfd = HEADER.map((h) => h.normalize('NFD').toUpperCase().replace(' ', '  '))
    const text = `${tsv(HEADER, ['1.', 'A', 'B', 'C'])}\n\n${tsv(nfd, ['2.', 'D', 'E', 'F'])}`
    expect(tables(textToBlocks(text))[0]!.rows).toHaveLength(2)
  })

  it('a line that is not a row ends the table; the next table is separate', () => {
    const targets = tsv(['TT', 'Chỉ tiêu', 'Đơn vị'], ['1', 'Quy mô kinh tế số', '% GDP'])
    const tasks = tsv(HEADER, ['1.', 'A', 'B', 'C'])
    const blocks = textToBlocks(`${targets}\n\n\n\nPhụ lục II\n\n${tasks}\n`)
    expect(blocks.map((b) => b.kind)).toEqual(['table', 'paragraph', 'table'])
  })

  it('tables of different widths separated only by blank lines stay apart', () => {
    const blocks = textToBlocks(`${tsv(['TT', 'Chỉ tiêu', 'Đơn vị'], ['1', 'A', '%'])}\n\n${tsv(HEADER, ['1.', 'A', 'B', 'C'])}`)
    expect(tables(blocks).map((t) => t.header.length)).toEqual([3, 4])
  })

  it('HTML inside cells becomes text with line breaks, and merges across pages', () => {
    const page1 = tsv(HEADER, ['16.', '<p>Sửa đổi Luật:</p> <ul style="list-style-type: none"> - Luật Viên chức; - Luật Đấu giá để khai ', 'Bộ Khoa học và Công nghệ', 'Tháng 5/2025'])
    const page2 = tsv(HEADER, ['', '<p>thác tài sản trí tuệ.</p>', '', ''])
    const [table] = tables(textToBlocks(`${page1}\n\n${page2}`))
    expect(table!.rows[0]!.cells[1]).toBe('Sửa đổi Luật:\n- Luật Viên chức; - Luật Đấu giá để khai thác tài sản trí tuệ.')
    expect(JSON.stringify(table)).not.toMatch(/<\/?(p|ul|li)\b/)
  })
})

describe('Markdown pipe tables', () => {
  it('header, separator and rows; cells trimmed; <br> kept as a line break', () => {
    const text = '| TT | Nội dung | Chủ trì |\n|---|:---|---:|\n| 1 | Xây dựng **đề án**<br>năm 2025 | Bộ Tài chính |\n| 2 | Ban hành \\| sửa đổi | Bộ Nội vụ |\n\nSau bảng.'
    const blocks = textToBlocks(text, {markdown: true})
    expect(blocks.map((b) => b.kind)).toEqual(['table', 'paragraph'])
    const table = tables(blocks)[0]!
    expect(table.header).toEqual(['TT', 'Nội dung', 'Chủ trì'])
    expect(cells(table)).toEqual([
      ['1', 'Xây dựng đề án\nnăm 2025', 'Bộ Tài chính'],
      ['2', 'Ban hành | sửa đổi', 'Bộ Nội vụ']
    ])
    expect(table.provenance).toMatchObject({lineStart: 1, lineEnd: 4})
  })

  it('a pipe table split by a page break with a repeated header is one table', () => {
    const page = (rows: string[]): string => `| TT | Nội dung | Chủ trì |\n|---|---|---|\n${rows.join('\n')}`
    const text = `${page(['| 1 | Xây dựng | Bộ Khoa học và |'])}\n\n${page(['|  | đề án | Công nghệ |', '| 2 | Ban hành | Bộ Nội vụ |'])}`
    expect(cells(tables(textToBlocks(text, {markdown: true}))[0]!)).toEqual([
      ['1', 'Xây dựng đề án', 'Bộ Khoa học và Công nghệ'],
      ['2', 'Ban hành', 'Bộ Nội vụ']
    ])
  })

  it('a line with a pipe but no separator under it is text', () => {
    expect(textToBlocks('| chỉ một dòng |\nvăn bản', {markdown: true}).map((b) => b.kind)).toEqual(['paragraph'])
  })
})

describe('HTML tables in text files', () => {
  it('rows and cells, colspan padded, rowspan repeated, repeated header dropped, <br> kept', () => {
    const html = [
      'Trước bảng.',
      '',
      '<table>',
      '<thead><tr><th>TT</th><th>Nội dung</th><th>Chủ trì</th><th>Thời hạn</th></tr></thead>',
      '<tbody>',
      '<tr><td>1</td><td>Xây dựng<br>đề án</td><td rowspan="2">Bộ Tài chính</td><td>2025</td></tr>',
      '<tr><td>2</td><td>Ban hành &amp; triển khai</td><td>2026</td></tr>',
      '<tr><th>TT</th><th>Nội dung</th><th>Chủ trì</th><th>Thời hạn</th></tr>',
      '<tr><td colspan="2">II. Nhóm</td><td>Bộ Y tế</td><td>Quý I</td></tr>',
      '</tbody>',
      '</table>',
      'Sau bảng.'
    ].join('\n')
    const blocks = textToBlocks(html, {markdown: true})
    expect(blocks.map((b) => b.kind)).toEqual(['paragraph', 'table', 'paragraph'])
    const table = tables(blocks)[0]!
    expect(table.header).toEqual(['TT', 'Nội dung', 'Chủ trì', 'Thời hạn'])
    expect(cells(table)).toEqual([
      ['1', 'Xây dựng\nđề án', 'Bộ Tài chính', '2025'],
      ['2', 'Ban hành & triển khai', 'Bộ Tài chính', '2026'],
      ['II. Nhóm', '', 'Bộ Y tế', 'Quý I']
    ])
    expect(table.provenance).toMatchObject({lineStart: 3, lineEnd: 11})
  })
})

describe('spreadsheet-quoted TSV (Excel "Unicode text")', () => {
  it.each<[string, {cells: string[]; open: boolean}]>([
    ['1\t"a\tb"\tc', {cells: ['1', 'a\tb', 'c'], open: false}],
    ['1\t"nói ""không"""\tc', {cells: ['1', 'nói "không"', 'c'], open: false}],
    ['1\t"Học tập số" là phong trào\tc', {cells: ['1', '"Học tập số" là phong trào', 'c'], open: false}],
    ['1\tcó "ngoặc\tc', {cells: ['1', 'có "ngoặc', 'c'], open: false}],
    ['1\t"mở', {cells: ['1', '"mở'], open: true}]
  ])('splitTsv %j', (line, expected) => {
    expect(splitTsv(line)).toEqual(expected)
  })

  it('a quoted cell with line breaks keeps them and the row stays one row; line numbers span it', () => {
    const text = 'TT\tNội dung\tChủ trì\n1\t"Xây dựng:\n- đề án A;\n- đề án B"\tBộ Tài chính\n2\tBan hành\tBộ Nội vụ\n\nSau.'
    const blocks = textToBlocks(text)
    expect(blocks.map((b) => [b.kind, b.provenance.lineStart, b.provenance.lineEnd])).toEqual([
      ['table', 1, 5],
      ['paragraph', 7, 7]
    ])
    expect(cells(tables(blocks)[0]!)).toEqual([
      ['1', 'Xây dựng:\n- đề án A;\n- đề án B', 'Bộ Tài chính'],
      ['2', 'Ban hành', 'Bộ Nội vụ']
    ])
  })

  it('a quote that never closes is a plain character', () => {
    const text = 'TT\tNội dung\n1\t"mở mà không đóng\n2\tkhác'
    expect(cells(tables(textToBlocks(text))[0]!)).toEqual([
      ['1', '"mở mà không đóng'],
      ['2', 'khác']
    ])
  })
})

describe('a header printed on two rows', () => {
  it('is read as one header, and both its rows are dropped when repeated', () => {
    const top = ['TT', 'Nội dung', 'Cơ quan', '', 'Thời gian']
    const under = ['', '', 'chủ trì', 'phối hợp', 'hoàn thành']
    const text = `${tsv(top, under, ['1.', 'A', 'Bộ Y tế', 'Bộ Công an', 'Tháng 5/2025'])}\n\n${tsv(top, under, ['2.', 'B', 'Bộ Tài chính', '', 'Tháng 6/2025'])}`
    const [table] = tables(textToBlocks(text))
    expect(table!.header).toEqual(['TT', 'Nội dung', 'Cơ quan chủ trì', 'phối hợp', 'Thời gian hoàn thành'])
    expect(cells(table!).map((r) => r[2])).toEqual(['Bộ Y tế', 'Bộ Tài chính'])
  })
})

describe('a group row first under the header', () => {
  it('stays a row (it is not a second header line)', () => {
    const text = tsv(['TT', 'Nội dung', 'Chủ trì'], ['', 'Nhiệm vụ chung', ''], ['1.', 'A', 'Bộ Y tế'])
    const [table] = tables(textToBlocks(text))
    expect(table!.header).toEqual(['TT', 'Nội dung', 'Chủ trì'])
    expect(cells(table!)).toHaveLength(2)
  })
})
