import {expect, test} from 'vitest'
import type {Block, VanbanDocument} from '@vanban/core'
import {extractTasks} from '../src/extract-tasks.ts'
import {withOcrTables} from '../src/ocr-table.ts'
import {nameOpening} from '../src/ocr-openers.ts'

/**
 * Task tables OCR read line by line whose lead and partner cells name a ministry's own units or a
 * province's bodies, mostly not in the gazetteer (`src/ocr-table.ts`, `src/ocr-openers.ts`). The rows
 * are made up in the style of such appendices; each paragraph knows the words on each of its lines.
 */
function ocrDocument(paragraphs: ReadonlyArray<readonly string[]>): VanbanDocument {
  let line = 1
  const blocks: Block[] = paragraphs.map((lines) => {
    const lineWords = lines.length > 1 ? {lineWords: lines.map((l) => l.split(/\s+/u).filter((w) => w !== '').length)} : {}
    const block: Block = {kind: 'paragraph', text: lines.join(' '), provenance: {page: null, lineStart: line, lineEnd: line + lines.length - 1, source: 'text', repaired: true, ...lineWords}}
    line += lines.length + 1
    return block
  })
  return {file: 'scan.txt', pages: [], blocks, warnings: []}
}

const fields = (doc: VanbanDocument) => extractTasks(doc).filter((t) => t.kind !== 'group').map((t) => [t.id, t.owner, t.coordinators, t.due ?? t.recurrence])

test.each([
  // A head whole, as printed: full odds.
  ['Cục Quản lý khám', 1],
  ['Thanh tra Bộ', 1],
  ['Văn phòng Bộ', 1],
  ['Trung tâm Thông tin', 1],
  ['UBND tỉnh Lai Châu', 1],
  ['Các chủ đầu tư', 1],
  // Its marks misread: half.
  ['Sô Công Thương', 0.5],
  ['Cuc Kiem tra', 0.5],
  // The first word of a head whose next word went to another column's piece of the line: half.
  ['Ủy Sở Tư', 0.5],
  // A head that starts another noun or a verb, a head's first word alone, lower case: none.
  ['Kiểm tra văn bản', 0],
  ['Tổ chức diễn tập', 0],
  ['Ban hành hướng dẫn', 0],
  ['Xây dựng quy chế', 0],
  ['cục bộ', 0]
])('a name opens at %s: %s', (text, odds) => {
  expect(nameOpening(text.split(' '), 0)).toBe(odds)
})

// A ministry's plan: its units lead and partner, each cell run over lines beside the task's; a
// compound name keeps its dash (`Vụ Kế hoạch - Tài chính`); `|` where tesseract saw a rule.
const ministryUnits = [
  ['PHỤ LỤC'],
  ['TT Nhiệm vụ Đơn vị chủ trì Đơn vị phối hợp Thời hạn',
    '1 Xây dựng hướng dẫn quy trình Cục Quản lý khám, Vụ Bảo hiểm y tế; Quý',
    'khám bệnh từ xa tại tuyến xã chữa bệnh | Cục Công nghệ II/2027',
    'thông tin',
    '2 Rà soát định mức kinh tế - kỹ Vụ Kế hoạch - Tài Cục Phòng bệnh Tháng',
    'thuật dịch vụ y tế dự phòng chính 9/2027',
    '3 Thanh tra việc thực hiện quy Thanh tra Bộ Cục Quản lý khám, Năm 2027',
    'chế chuyên môn tại các cơ sở chữa bệnh',
    'khám bệnh',
    '4 Tổng hợp báo cáo kết quả thực Văn phòng Bộ Các đơn vị thuộc Hằng quý',
    'hiện kế hoạch gửi Lãnh đạo Bộ Bộ']
]

test('a ministry\'s own units as leads and partners, their cells run over lines', () => {
  expect(fields(ocrDocument(ministryUnits))).toEqual([
    ['1', 'Cục Quản lý khám, chữa bệnh', ['Vụ Bảo hiểm y tế', 'Cục Công nghệ thông tin'], '2027-06-30'],
    ['2', 'Vụ Kế hoạch - Tài chính', ['Cục Phòng bệnh'], '2027-09-30'],
    ['3', 'Thanh tra Bộ', ['Cục Quản lý khám, chữa bệnh'], '2027-12-31'],
    ['4', 'Văn phòng Bộ', ['Các đơn vị thuộc Bộ'], 'hằng quý']
  ])
}, 30_000)

// A province's plan with one column of bodies: a Sở named with its scope (`các tỉnh, thành phố có
// đập`) over three lines.
const provinceBodies = [
  ['PHỤ LỤC'],
  ['STT | Nhiệm vụ Đơn vị thực hiện Thời hạn',
    '1 Kiểm tra hồ sơ an toàn đập tại Sở Nông nghiệp và Quý',
    'các hồ chứa thủy lợi lớn Môi trường III/2027',
    '2 Rà soát phương án phòng, chống Sở Công Thương các Tháng',
    'lũ cho vùng hạ du tỉnh, thành phố có đập 6/2027',
    'thủy điện',
    '3 Tổng hợp kết quả kiểm tra gửi | UBND các tỉnh, thành | Năm 2027',
    'Bộ trước kỳ họp cuối năm phố']
]

test('a body named with its scope over lines', () => {
  expect(fields(ocrDocument(provinceBodies))).toEqual([
    ['1', 'Sở Nông nghiệp và Môi trường', [], '2027-09-30'],
    ['2', 'Sở Công Thương các tỉnh, thành phố có đập thủy điện', [], '2027-06-30'],
    ['3', 'UBND các tỉnh, thành phố', [], '2027-12-31']
  ])
}, 30_000)

// A Party committee's plan: rows 1.1, 1.2 under groups `1.`, `2.`, the lead's title `Cơ quan chủ
// trì tham mưu`; OCR mangled some numbers and the repair made words of them (`ủy` for `2.`, `ai`
// for 2.1), so the marks before the next number read fill the rows between.
const committeeRows = [
  ['PHỤ LỤC'],
  ['Thời gian', 'Cơ quan chủ | Cơ quan phối hoàn', 'TT Nội dung trí tham mưu | hợp thành',
    '1. Nâng cao chất lượng sinh hoạt',
    '1.1 Xây dựng tài liệu hướng dẫn Ban Tổ chức Văn phòng Quý',
    'sinh hoạt chuyên đề Tỉnh ủy Tỉnh ủy II/2027',
    '1.2 Kiểm tra việc ghi sổ biên bản Văn phòng Ban Tổ chức Tháng',
    'sinh hoạt của chi bộ Tỉnh ủy Tỉnh ủy 9/2027',
    'ủy Phát triển đảng viên',
    'ai Rà soát nguồn kết nạp đảng Ban Tổ chức Các đảng ủy Tháng',
    'viên tại thôn, khu phố Tỉnh ủy trực thuộc 5/2027',
    '2.2 Tổng hợp kết quả kết nạp Ban Tổ chức Văn phòng Tháng',
    'đảng viên năm 2027 Tỉnh ủy Tỉnh ủy 12/2027']
]

test('decimal rows whose mangled numbers the repair made words of, under a lead titled `chủ trì tham mưu`', () => {
  const table = withOcrTables(ocrDocument(committeeRows)).blocks.find((b) => b.kind === 'table')
  expect(table?.kind === 'table' && table.header).toEqual(['TT', 'Nhiệm vụ', 'Cơ quan chủ trì', 'Cơ quan phối hợp', 'Thời gian hoàn thành'])
  expect(table?.kind === 'table' && table.rows.map((r) => r.cells[0])).toEqual(['1', '1.1', '1.2', '2', '2.1', '2.2'])
  expect(fields(ocrDocument(committeeRows)).filter(([id]) => String(id).includes('.')).map(([id, owner, , due]) => [id, owner, due]).slice(0, 3)).toEqual([
    ['1.1', 'Ban Tổ chức Tỉnh ủy', '2027-06-30'],
    ['1.2', 'Văn phòng Tỉnh ủy', '2027-09-30'],
    ['2.1', 'Ban Tổ chức Tỉnh ủy', '2027-05-31']
  ])
}, 30_000)

// A third group's numeral read short (`II.` for III.): the numbering starts again after it, so it is the next group.
const repeatedNumeral = [
  ['PHỤ LỤC'],
  ['TT | Nhiệm vụ | Đơn vị chủ trì | Đơn vị phối hợp | Thời hạn',
    'I. | Hoàn thiện thể chế',
    '1 Rà soát quy chế phối hợp | Vụ Pháp chế | Văn phòng Bộ | Quý II/2027',
    'II. | Kiểm tra, giám sát',
    '1 Kiểm tra việc thực hiện quy chế | Thanh tra Bộ | Vụ Pháp chế | Năm 2027',
    'II. | Bảo đảm điều kiện',
    '1 Bố trí kinh phí thực hiện | Vụ Kế hoạch - Tài chính | Văn phòng Bộ | Tháng 4/2027']
]

test('a group numeral OCR read as the one before it is the next group', () => {
  expect(fields(ocrDocument(repeatedNumeral)).map(([id, owner]) => [id, owner])).toEqual([
    ['I.1', 'Vụ Pháp chế'],
    ['II.1', 'Thanh tra Bộ'],
    ['III.1', 'Vụ Kế hoạch - Tài chính']
  ])
}, 30_000)

// A header whose titles the German model glued (`Coquanchü`, `tritham`): split into their words, the
// columns read as printed; a row's own words (`Đoàn`, a syllable) stay whole.
const gluedHeader = [
  ['PHỤ LỤC'],
  ['Thời', 'gian', 'Coquanchü |Coquan phòi |hoàn', 'ít Nội dung tritham mưu | hợp thành'],
  ['1 Tổ chức hội nghị sơ kết Ban Tổ chức Văn phòng Tháng', 'công tác năm 2027 Tỉnh ủy Tỉnh ủy 12/2027',
    '2 Hướng dẫn Đoàn thanh niên Ban Dân vận Tỉnh đoàn Quý', 'tổ chức sinh hoạt Tỉnh ủy III/2027']
]

test('a header whose titles OCR glued is split into its words', () => {
  const table = withOcrTables(ocrDocument(gluedHeader)).blocks.find((b) => b.kind === 'table')
  expect(table?.kind === 'table' && table.header).toEqual(['TT', 'Nhiệm vụ', 'Cơ quan chủ trì', 'Cơ quan phối hợp', 'Thời gian hoàn thành'])
  expect(table?.kind === 'table' && table.rows.map((r) => r.cells[1]!.split(' ').slice(0, 4).join(' '))).toEqual(['Tổ chức hội nghị', 'Hướng dẫn Đoàn thanh'])
  expect(fields(ocrDocument(gluedHeader)).map(([id, , , due]) => [id, due])).toEqual([
    ['1', '2027-12-31'],
    ['2', '2027-09-30']
  ])
}, 30_000)

// A notes column (`Ghi chú`, its `chú` the lead's `chủ` without marks) takes its cells' words: none go
// to the task's or the lead's.
const withNotes = [
  ['PHỤ LỤC'],
  ['STT Nội dung công việc Cơ quan chủ trì Cơ quan phối hợp Thời gian hoàn thành Ghi chú',
    '1 Xây dựng Đề án tổ chức Đại hội Vụ Chính sách Văn phòng Bộ Tháng 3/2028 Trình Thủ tướng',
    '2 Lập dự toán kinh phí Đại hội Vụ Kế hoạch Văn phòng Bộ Quý II/2028 Gửi Bộ Tài chính',
    '3 Xây dựng trang thông tin của Đại hội Văn phòng Bộ Vụ Chính sách Năm 2028 Công bố trên Cổng']
]

test('a notes column keeps its words out of the task and the lead', () => {
  expect(fields(ocrDocument(withNotes)).map(([id, owner, , due]) => [id, owner, due])).toEqual([
    ['1', 'Vụ Chính sách', '2028-03-31'],
    ['2', 'Vụ Kế hoạch', '2028-06-30'],
    ['3', 'Văn phòng Bộ', '2028-12-31']
  ])
})
