import {readFileSync} from 'node:fs'
import {expect, test} from 'vitest'
import type {Block, VanbanDocument} from '@vanban/core'
import {extractTasks} from '../src/extract-tasks.ts'
import {withOcrTables} from '../src/ocr-table.ts'
import {clean, leaves, pairTasksByText, scoreTasksByText, type TaskLike} from '../../../test/support/metrics.ts'

/**
 * Task tables that an OCR engine without Vietnamese read line by line (`src/ocr-table.ts`). The
 * paragraphs are given as the text reader and the repair leave them: the lines of a paragraph
 * joined, `lineStart`/`lineEnd` counting them.
 */
function ocrDocument(paragraphs: ReadonlyArray<readonly string[]>, repaired = true, withLines = false): VanbanDocument {
  let line = 1
  const blocks: Block[] = paragraphs.map((lines) => {
    // As the text reader now gives them: the words on each line (`provenance.lineWords`).
    const lineWords = withLines && lines.length > 1 ? {lineWords: lines.map((l) => l.split(/\s+/u).filter((w) => w !== '').length)} : {}
    const block: Block = {kind: 'paragraph', text: lines.join(' '), provenance: {page: null, lineStart: line, lineEnd: line + lines.length - 1, source: 'text', ...(repaired ? {repaired: true} : {}), ...lineWords}}
    line += lines.length + 1
    return block
  })
  return {file: 'scan.txt', pages: [], blocks, warnings: []}
}

const fields = (doc: VanbanDocument) => extractTasks(doc).map((t) => ({id: t.id, kind: t.kind, owner: t.owner, coordinators: t.coordinators, due: t.due, recurrence: t.recurrence}))

// The first rows of a provincial plan's appendix as tesseract `eng` printed them (lines kept), repaired.
const appendix = [
  ['PHỤ LỤC'],
  ['Thời gian', 'Cơ quan Cơ quan hoàn', 'TT | Nhiệm vụ chủ trì phối hợp thành Sản phẩm', 'I | Hoàn thiện thể chế', 'và hạ tầng dữ liệu',
    '1 | Xây dựng Quy chế Sở Khoa Sở Tư Quý Quyết', 'quản lý, kết nối, chia học và pháp; Văn | IV/2026 định của', 'sẻ dữ liệu dùng chung | Công phòng Ủy Ủy ban',
    'của tỉnh nghệ ban nhân nhân dân', 'dân tỉnh tỉnh',
    '2 | Tập huấn kỹ năng khai | Sở Nội vụ | Sở Tư Hằng năm | Các lớp', 'thác, phân tích dữ liệu pháp tập huấn', 'cho cán bộ, công chức']
]

test('an interleaved task table: rows rebuilt, owners, partners and deadlines read from their columns', () => {
  expect(fields(ocrDocument(appendix))).toEqual([
    {id: 'I', kind: 'group', owner: null, coordinators: [], due: null, recurrence: null},
    {id: '1', kind: 'task', owner: 'Sở Khoa học và Công nghệ', coordinators: ['Sở Tư pháp', 'Văn phòng Ủy ban nhân dân tỉnh'], due: '2026-12-31', recurrence: null},
    {id: '2', kind: 'task', owner: 'Sở Nội vụ', coordinators: ['Sở Tư pháp'], due: null, recurrence: 'hằng năm'}
  ])
}, 30_000)

test('the rebuilt table: TT and the header\'s columns in printed order, one row per number', () => {
  const out = withOcrTables(ocrDocument(appendix))
  const table = out.blocks.find((b) => b.kind === 'table')
  expect(table?.kind === 'table' && table.header).toEqual(['TT', 'Nhiệm vụ', 'Cơ quan chủ trì', 'Cơ quan phối hợp', 'Thời gian hoàn thành', 'Sản phẩm'])
  expect(table?.kind === 'table' && table.rows.map((r) => r.cells[0])).toEqual(['I', '1', '2'])
  expect(out.blocks[0]).toEqual(ocrDocument(appendix).blocks[0])
})

// The lead's column before the task's, its title `chủ trì` glued and misread (`chitn`, repaired `chữn`).
const leadFirst = [
  ['PHỤ LỤC'],
  ['Cơ quan Cơ quan Thời', 'TT | chữn Nhiệm vụ phối hợp Sản phẩm | hạn', 'A Hoàn thiện thể chế,', 'chính sách',
    '1 Bộ Nội vụ | Rà soát, trình sửa đổi | Bộ Tài chính; | Nghị định | Năm', 'mức trợ cấp xã hội | Bộ Y tế sửa đổi 2027',
    '2 Bộ Xây Bổ sung yêu cầu về Bộ Y tế; Tiêu 2026-', 'dựng không gian tiếp cận cho chuẩn 2027', 'người cao tuổi quốc gia']
]

test('a header whose lead column stands before the task column, its title misread', () => {
  const table = withOcrTables(ocrDocument(leadFirst, true, true)).blocks.find((b) => b.kind === 'table')
  expect(table?.kind === 'table' && table.header).toEqual(['TT', 'Cơ quan chủ trì', 'Nhiệm vụ', 'Cơ quan phối hợp', 'Sản phẩm', 'Thời gian hoàn thành'])
  expect(fields(ocrDocument(leadFirst, true, true)).map((t) => [t.id, t.owner, t.due])).toEqual([
    ['A', null, null],
    ['1', 'Bộ Nội vụ', '2027-12-31'],
    ['2', 'Bộ Xây dựng', '2027-12-31']
  ])
}, 30_000)

// Row marks OCR misread, told apart where the lines are known: `Il` for II, `S` for 2, a `3` the next row repeats.
const misreadMarks = [
  ['PHỤ LỤC'],
  ['Thời gian', 'Đơn vị chủ | Đơn vị phối hoàn', 'STT | Nội dung nhiệm vụ trì hợp thành', 'I Hạ tầng xử lý chất thải',
    '1 Đánh giá hiện trạng hệ thống | Sở Xây dựng | Sở Tài chính | Quý', 'thu gom nước thải | | | II/2027',
    '2 Lắp đặt trạm quan trắc | Công an tỉnh | Sở Y tế | Năm 2027', 'Il Truyền thông và nguồn lực',
    '1 Tổ chức hội nghị đối thoại | Sở Công Thương | Sở Tài chính | Tháng', 'với doanh nghiệp 10/2027',
    'S Thẩm định kinh phí | Sở Tài chính | Sở Nội vụ | Hằng năm', 'sự nghiệp môi trường',
    '4 Công khai danh sách | Sở Nội vụ | Sở Tư pháp | Thường', 'cơ sở gây ô nhiễm xuyên',
    '4 Tập huấn cán bộ | Sở Nội vụ | Sở Y tế | Quý IV/2027']
]

test('row marks misread by OCR, at the start of their lines', () => {
  expect(fields(ocrDocument(misreadMarks, true, true)).map((t) => [t.id, t.owner, t.due ?? t.recurrence])).toEqual([
    ['I', null, null],
    ['I.1', 'Sở Xây dựng', '2027-06-30'],
    ['I.2', 'Công an tỉnh', '2027-12-31'],
    ['II', null, null],
    ['II.1', 'Sở Công Thương', '2027-10-31'],
    ['II.2', 'Sở Tài chính', 'hằng năm'],
    ['II.3', 'Sở Nội vụ', 'thường xuyên'],
    ['II.4', 'Sở Nội vụ', '2027-12-31']
  ])
}, 30_000)

// Rows numbered 1.1, 1.2 under groups 1., 2., mangled by OCR (`11`, `£3`, `2;`), in a table whose one
// column of bodies (`Đơn vị thực hiện`) marks the lead, and whose `TT` was read `Al`.
const decimalRows = [
  ['PHỤ LỤC'],
  ['Thời gian', 'Al Nội dung công việc Đơn vị thực hiện thực hiện', '1. Chuẩn bị điều kiện triển khai',
    '11 Rà soát danh sách người dân Ủy ban nhân dân các xã, Tháng', 'theo từng thôn phường (chủ trì); 3/2027',
    '1.2 Ban hành hướng dẫn chuyên môn Sở Y tế (chủ trì); Bảo Tháng', 'thống nhất hiểm xã hội tỉnh 3/2027',
    '£3 Thẩm định dự toán kinh phí Sở Tài chính (chủ trì); Trước', 'mua sinh phẩm Sở Y tế ngày 15/6/2027',
    '2; Tổ chức khám và cập nhật dữ liệu', '2.1 Tổ chức khám sức khỏe tại Sở Y tế (chủ trì); Năm 2027', 'trạm y tế Công an tỉnh',
    '2.2 Kiểm tra tiến độ cập nhật Sở Y tế (chủ trì); Hằng quý', 'dữ liệu khám Công an tỉnh']
]

test('decimal rows under numbered groups, their numbers mangled by OCR, one column of bodies', () => {
  const table = withOcrTables(ocrDocument(decimalRows, true, true)).blocks.find((b) => b.kind === 'table')
  expect(table?.kind === 'table' && table.header).toEqual(['TT', 'Nhiệm vụ', 'Cơ quan chủ trì', 'Thời gian hoàn thành'])
  const tasks = fields(ocrDocument(decimalRows, true, true))
  expect(tasks.filter((t) => !tasks.some((u) => u.id.startsWith(`${t.id}.`))).map((t) => [t.id, t.owner, t.due ?? t.recurrence])).toEqual([
    ['1.1', 'Ủy ban nhân dân các xã, phường', '2027-03-31'],
    ['1.2', 'Sở Y tế', '2027-03-31'],
    ['1.3', 'Sở Tài chính', '2027-06-15'],
    ['2.1', 'Sở Y tế', '2027-12-31'],
    ['2.2', 'Sở Y tế', 'hằng quý']
  ])
}, 30_000)

// A header whose titles OCR glued and misread: `Sản phẩm` before the lead, `vị chủ` glued (`vicht’`),
// `phẩm` as `phiêm`, `Tên` as `Tôn`.
test('a header of misread titles, the product column before the lead column', () => {
  const doc = ocrDocument([['PHỤ LỤC'], ['Thời hạn', 'Sàn Đơn vicht’ | Đơn vị phối | hoàn', 'STT | Tôn nhiệm vụ phiêm trợ hợp thành', 'I Xây dựng văn bản', '1 Xây dựng Nghị định | Nghị định | Vụ Pháp chế | Văn phòng Bộ | Tháng 5/2027', '2 Rà soát văn bản | Báo cáo | Văn phòng Bộ | Vụ Pháp chế | Quý III/2027']], true, true)
  const table = withOcrTables(doc).blocks.find((b) => b.kind === 'table')
  expect(table?.kind === 'table' && table.header).toEqual(['TT', 'Nhiệm vụ', 'Sản phẩm', 'Cơ quan chủ trì', 'Cơ quan phối hợp', 'Thời gian hoàn thành'])
}, 30_000)

// `Đơn vị` glued (`Donvichủ Donvi`, the Czech model): the unit titles still open the lead's and the partners' titles.
test('a header whose unit titles OCR glued', () => {
  const doc = ocrDocument([['PHỤ LỤC'], ['Donvichủ Donvi Thời gian', 'STT | Nội dung công việc trì phối hợp thực hiện', '1 | Xây dựng kế hoạch | Sở Nội vụ | Sở Tư pháp | Quý IV/2027', '2 | Rà soát văn bản | Sở Tư pháp | Sở Nội vụ | Năm 2027']], true, true)
  const table = withOcrTables(doc).blocks.find((b) => b.kind === 'table')
  expect(table?.kind === 'table' && table.header).toEqual(['TT', 'Nhiệm vụ', 'Cơ quan chủ trì', 'Cơ quan phối hợp', 'Thời gian hoàn thành'])
  expect(fields(doc).map((t) => [t.owner, t.due])).toEqual([['Sở Nội vụ', '2027-12-31'], ['Sở Tư pháp', '2027-12-31']])
}, 30_000)

// A lead cell cut short, misread or run on into the next column's words, completed from the known names.
test.each([
  ['Bộ Nối', 'Bộ Nội vụ'],
  ['Bộ Xây Bổ', 'Bộ Xây dựng'],
  ['Bộ Giáo được', 'Bộ Giáo dục và Đào tạo'],
  ['Bộ Khoa học và xã nghề', 'Bộ Khoa học và Công nghệ'],
  ['Sở Nông nghiệp và Ủy ban nhân dân các xã, phường', 'Sở Nông nghiệp và Môi trường; Ủy ban nhân dân các xã, phường'],
  ['Ban Quản lý các khu công', 'Ban Quản lý các khu công nghiệp tỉnh'],
  // Left: known names.
  ['Sở Tài chính', 'Sở Tài chính'],
  ['Sở Y tế', 'Sở Y tế']
])('lead cell %s → %s', (cell, owner) => {
  const doc = ocrDocument([['PHỤ LỤC'], ['TT | Nhiệm vụ Cơ quan chủ trì Cơ quan phối hợp Thời gian hoàn thành', `1 | Rà soát quy chế | ${cell} | Sở Tư pháp | Năm 2027`, `2 | Ban hành hướng dẫn | Sở Nội vụ | Sở Tư pháp | Quý IV/2027`]], true, true)
  expect(fields(doc)[0]?.owner).toBe(owner)
}, 30_000)

test.each([
  ['clean text is never read as an OCR table', ocrDocument(appendix, false)],
  ['prose naming the same things is no header', ocrDocument([['Sở Tài chính chủ trì, phối hợp với Sở Nội vụ hoàn thành nhiệm vụ trước ngày 15/12/2026.'], ['Cơ quan chủ trì phối hợp thời gian hoàn thành nhiệm vụ dự án hoàn thành quá thời hạn']])],
  ['a header with no numbered rows after it is left alone', ocrDocument([['TT | Nhiệm vụ Cơ quan chủ trì Cơ quan phối hợp Thời gian hoàn thành'], ['Nội dung đang được cập nhật.']])]
])('%s', (_name, doc) => {
  expect(withOcrTables(doc)).toBe(doc)
})

// NQ 71/NQ-CP Appendix II, pages 25-26 of the scan (shared fixtures), tesseract 5 `eng --psm 6`, then
// the text reader and the repair: the document as it reaches the tasks (`.txt` is the OCR output).
const dir = new URL('./ocr-tables/', import.meta.url)
const nq71 = JSON.parse(readFileSync(new URL('nq71-2025-p25-26.eng-psm6.document.json', dir), 'utf8')) as VanbanDocument
const nq71Gold = (JSON.parse(readFileSync(new URL('nq71-2025-p25-26.gold.json', dir), 'utf8')) as {tasks: TaskLike[]}).tasks

test('NQ71 pages 25-26 read by tesseract eng: the rows as read (golden file)', async () => {
  const records = extractTasks(nq71).map((t) => ({id: t.id, kind: t.kind, parent: t.parent, text: t.text, owner: t.owner, coordinators: t.coordinators, deadlineText: t.deadlineText, due: t.due, recurrence: t.recurrence, result: t.result}))
  await expect(`${JSON.stringify(records, null, 1)}\n`).toMatchFileSnapshot('./ocr-tables/nq71-2025-p25-26.eng-psm6.tasks.json')
}, 30_000)

// The same document as the text reader now gives it: each paragraph knows the words on each of
// its lines (`provenance.lineWords`), here counted from the OCR output the blocks' line numbers
// point into.
const nq71Lines = readFileSync(new URL('nq71-2025-p25-26.eng-psm6.txt', dir), 'utf8').split('\n')
const nq71WithLines: VanbanDocument = {
  ...nq71,
  blocks: nq71.blocks.map((b) => {
    if (b.kind === 'table' || b.provenance.lineEnd <= b.provenance.lineStart) return b
    const lineWords = nq71Lines.slice(b.provenance.lineStart - 1, b.provenance.lineEnd).map((l) => l.split(/\s+/u).filter((w) => w !== '').length)
    return {...b, provenance: {...b.provenance, lineWords}}
  })
}

test('NQ71 pages 25-26 with their line breaks: every row and every deadline', () => {
  const predicted = leaves(extractTasks(nq71WithLines))
  const pairs = pairTasksByText(predicted, nq71Gold)
  // Without the line breaks: 8 of the 9 rows, 8 deadlines (the test above).
  expect(scoreTasksByText(predicted, nq71Gold)).toMatchObject({matched: 9, precision: 1})
  expect(pairs.filter(([g, p]) => p?.due === g.due)).toHaveLength(9)
}, 30_000)

test('NQ71 pages 25-26 read by tesseract eng: every row found, rows whose number OCR lost included', () => {
  const predicted = leaves(extractTasks(nq71))
  const scores = scoreTasksByText(predicted, nq71Gold)
  // Without the reader these pages give 1 of the 9 rows (the paragraphs read as prose).
  expect(scores.matched).toBeGreaterThanOrEqual(8)
  expect(scores.precision).toBeGreaterThanOrEqual(0.8)
  const right = pairTasksByText(predicted, nq71Gold).filter(([g, p]) => p && (clean(p.owner) === clean(g.owner) || p.due === g.due))
  expect(right.length).toBeGreaterThanOrEqual(3)
}, 30_000)

// A ward's conclusions rendered and read back by tesseract `deu`: a task table in the middle of the
// body (its lead-in an item's bullet), then more bullets and agency headings. The table ends where the
// prose comes back; before, every paragraph after it down to the signature was read as its rows.
test('a table OCR read line by line in the middle of the body ends where the bullets come back', async () => {
  const {readDocument} = await import('@vanban/ingest')
  const {normalizeDocument} = await import('@vanban/normalize')
  const doc = normalizeDocument(await readDocument(new URL('./ocr-tables/ward-conclusion-table-mid.deu.txt', import.meta.url).pathname), {repair: 'auto'})
  const tasks = leaves(extractTasks(doc)).map((t) => [t.id, t.owner, t.due])
  expect(tasks.filter(([id]) => String(id).startsWith('PL.'))).toHaveLength(4)
  expect(tasks.filter(([id]) => !String(id).startsWith('PL.'))).toEqual([
    ['1', 'Phòng Kinh tế, Hạ tầng và Đô thị', '2027-01-15'],
    ['3', 'Phòng Kinh tế, Hạ tầng và Đô thị', null],
    ['4', 'Phòng Kinh tế, Hạ tầng và Đô thị', null],
    ['5', 'Phòng Văn hóa - Xã hội', '2027-01-31'],
    ['6', 'Phòng Văn hóa - Xã hội', '2026-12-28'],
    ['7', 'Phòng Văn hóa - Xã hội', '2027-02-15'],
    ['8', 'Phòng Kinh tế, Hạ tầng và Đô thị; Phòng Văn hóa - Xã hội', '2027-01-28'],
    ['9', 'Công an phường', '2027-01-05'],
    ['10', 'Công an phường', null],
    ['11', 'Trung tâm Phục vụ hành chính công phường', '2026-12-31'],
    ['12', 'Văn phòng HĐND và UBND phường', null],
    ['II.1', 'Ban điều hành các tổ dân phố', null]
  ])
})

// The next chapter on a line of its own ends the table (`lll. TO CHUC THUC HIEN` as tesseract `eng`
// printed III.): before, its items were read as more rows.
test('a table OCR read line by line ends at the next chapter\'s title', () => {
  const doc = ocrDocument([...appendix, ['lll. TỔ CHỨC THỰC HIỆN'], ['1. Công an xã chủ trì bảo đảm an ninh, trật tự tại các khu vực sơ tán dân, hoàn thành trong tháng 9/2026.']])
  expect(fields(doc).map((t) => [t.id, t.kind, t.owner, t.due])).toEqual([
    ['PL.I', 'group', null, null],
    ['PL.1', 'task', 'Sở Khoa học và Công nghệ', '2026-12-31'],
    ['PL.2', 'task', 'Sở Nội vụ', null],
    ['III', 'group', null, null],
    ['1', 'task', 'Công an xã', '2026-09-30']
  ])
}, 30_000)

// A plan's appendix in narrow columns, read by tesseract `eng` (heldout22t): the time column's title
// stacked one word a line above the others (`Thời` / `hạn` / `hoàn` / … `than` / `h`), the unit titles
// glued (`Coquan`, `Cogquan`), each year broken after `20` (`III/20` / `26`).
const stacked = [
  ['PHỤ LỤC'],
  ['Thời', 'hạn', 'hoàn', 'T Cogquan Coquan than Sản', 'T Nhiệm vụ chủ trì phối hợp h phẩm',
    '1 Xây dựng Nghị định quy Bộ Khoa Bộ Tư Quý Nghị', 'định chi tiết một số điều và học và pháp, Bộ III/20 định của',
    'biện pháp thi hành Luật Công Công an 26 Chính', 'nghệ phủ',
    '2 Sửa đổi, bổ sung quy định Bộ Nội vụ Bộ Khoa Tháng Thông', 'về lập hồ sơ điện tử học và 10/20 tư của', 'Công nghệ 26 Bộ']
]

test('a header whose time title is stacked over its own lines: the columns in printed order, the broken years joined', () => {
  const doc = ocrDocument(stacked, true, true)
  const table = withOcrTables(doc).blocks.find((b) => b.kind === 'table')
  expect(table?.kind === 'table' && table.header).toEqual(['TT', 'Nhiệm vụ', 'Cơ quan chủ trì', 'Cơ quan phối hợp', 'Thời gian hoàn thành', 'Sản phẩm'])
  expect(fields(doc).map((t) => [t.id, t.owner, t.due])).toEqual([
    ['1', 'Bộ Khoa học và Công nghệ', '2026-09-30'],
    ['2', 'Bộ Nội vụ', '2026-10-31']
  ])
}, 30_000)

// The header printed again on the next page, a speck after `chủ` read as a period (`Cơ quan chủ.`):
// still the header, not a row.
test('a header printed again with a speck period is no row', () => {
  const doc = ocrDocument([['PHỤ LỤC'],
    ['TT | Nhiệm vụ Cơ quan chủ trì Cơ quan phối hợp Thời gian hoàn thành', '1 | Rà soát quy chế | Sở Nội vụ | Sở Tư pháp | Năm 2027'],
    ['Cơ quan chủ. Cơ quan Thời hạn'], ['trì'], ['phối hợp hoàn thành'],
    ['2 | Ban hành hướng dẫn | Sở Tư pháp | Sở Nội vụ | Quý IV/2027']], true, true)
  expect(fields(doc).map((t) => [t.id, t.owner, t.due])).toEqual([['1', 'Sở Nội vụ', '2027-12-31'], ['2', 'Sở Tư pháp', '2027-12-31']])
}, 30_000)
