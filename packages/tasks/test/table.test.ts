import {describe, expect, it} from 'vitest'
import {taskSchema, type Block, type TableBlock, type VanbanDocument} from '@vanban/core'
import {tableTasks} from '../src/table.ts'
import {extractTasks} from '../src/extract-tasks.ts'
import {referenceDateOf} from '../src/reference-date.ts'
import {headerKey, isTaskTable, matchColumns} from '../src/table-columns.ts'
import {readRowNumber} from '../src/table-rows.ts'

const provenance = {page: null, lineStart: 1, lineEnd: 1, source: 'text'} as const
const table = (header: string[], rows: string[][], page: number | null = null): TableBlock => ({
  kind: 'table',
  header,
  rows: rows.map((cells) => ({cells, page})),
  provenance
})
const paragraph = (text: string): Block => ({kind: 'paragraph', text, provenance})
const doc = (...blocks: Block[]): VanbanDocument => ({file: 'notice.txt', pages: [], blocks, warnings: []})

const HEADER = ['TT', 'Tên nhiệm vụ', 'Cơ quan chủ trì', 'Cơ quan phối hợp', 'Kết quả', 'Thời gian hoàn thành']

describe('headerKey', () => {
  it.each([
    ['Cơ quan chủ trì', 'co quan chu tri'],
    ['  CƠ QUAN\nCHỦ TRÌ: ', 'co quan chu tri'],
    ['Đơn vị', 'don vi'],
    ['Kết quả, sản phẩm', 'ket qua san pham']
  ])('%j → %s', (input, key) => {
    expect(headerKey(input)).toBe(key)
  })
})

describe('matchColumns', () => {
  it.each<[string[], ReturnType<typeof matchColumns>]>([
    [HEADER, {id: 0, task: 1, owner: 2, coordinators: 3, result: 4, deadline: 5}],
    [['STT', 'Nội dung', 'Đơn vị chủ trì', 'Đơn vị phối hợp', 'Sản phẩm', 'Thời hạn'], {id: 0, task: 1, owner: 2, coordinators: 3, result: 4, deadline: 5}],
    [['Số TT', 'Nhiệm vụ', 'Chủ trì', 'Phối hợp', 'Kết quả, sản phẩm', 'Tiến độ'], {id: 0, task: 1, owner: 2, coordinators: 3, result: 4, deadline: 5}],
    [['TT', 'Nội dung nhiệm vụ', 'Cơ quan chủ trì thực hiện', 'Kết quả dự kiến', 'Thời gian thực hiện'], {id: 0, task: 1, owner: 2, result: 3, deadline: 4}],
    [['tt', 'TEN NHIEM VU', 'co quan chu tri', 'thoi gian hoan thanh (du kien)'], {id: 0, task: 1, owner: 2, deadline: 3}],
    [['Nhiệm vụ', 'Thời hạn'], {task: 0, deadline: 1}],
    [['TT', 'Chỉ tiêu', 'Đơn vị', 'Kết quả', 'Cơ quan chủ trì theo dõi, đánh giá'], {id: 0, result: 3, owner: 4}],
    [['TT', 'Nội dung chỉ tiêu', 'Cơ quan chủ trì'], {id: 0, owner: 2}],
    [['Số lượng', 'Nội dung'], {task: 1}],
    [['TT', 'Tênnhiệm vụ', 'Cơquan chủ trì', 'Cơ quan phốihợp', 'Kếtquả', 'Thời gianhoàn thành'], {id: 0, task: 1, owner: 2, coordinators: 3, result: 4, deadline: 5}],
    // A unit's own plan names its rooms; the leader who oversees is no owner.
    [['TT', 'Nội dung', 'Lãnh đạo phụ trách', 'Phòng chủ trì', 'Phòng phối hợp', 'Thời gian'], {id: 0, task: 1, owner: 3, coordinators: 4, deadline: 5}],
    [['STT', 'Công việc', 'Bộ phận chủ trì', 'Bộ phận phối hợp'], {id: 0, task: 1, owner: 2, coordinators: 3}],
    [['TT', 'Nhiệm vụ', 'Lãnh đạo chủ trì', 'Thời hạn'], {id: 0, task: 1, deadline: 3}],
    // The unit before its task; a targets table's unit of measure stays unnamed when a column names the owner better.
    [['STT', 'Đơn vị', 'Nhiệm vụ', 'Thời hạn'], {id: 0, owner: 1, task: 2, deadline: 3}],
    [['TT', 'Chỉ tiêu', 'Đơn vị tính', 'Kết quả'], {id: 0, result: 3}]
  ])('%j', (header, expected) => {
    expect(matchColumns(header)).toEqual(expected)
  })

  it.each<[string[], boolean]>([
    [HEADER, true],
    [['TT', 'Nội dung', 'Thời hạn'], true],
    [['TT', 'Nội dung', 'Chủ trì'], true],
    [['TT', 'Nội dung', 'Kết quả'], false],
    [['TT', 'Chỉ tiêu', 'Đơn vị', 'Kết quả', 'Cơ quan chủ trì theo dõi, đánh giá'], false]
  ])('isTaskTable %j → %s', (header, expected) => {
    expect(isTaskTable(matchColumns(header))).toBe(expected)
  })
})

describe('readRowNumber', () => {
  it.each<[string, ReturnType<typeof readRowNumber>]>([
    ['I.', {kind: 'group', label: 'I'}],
    ['XIV', {kind: 'group', label: 'XIV'}],
    ['A.', {kind: 'group', label: 'A'}],
    ['Phần II', {kind: 'group', label: 'II'}],
    ['32.', {kind: 'item', label: '32'}],
    ['07', {kind: 'item', label: '7'}],
    ['11.2', {kind: 'item', label: '11.2'}],
    ['(4)', {kind: 'sub', label: '(4)'}],
    ['(a)', {kind: 'sub', label: '(a)'}],
    ['b)', {kind: 'sub', label: 'b'}],
    ['đ)', {kind: 'sub', label: 'đ'}],
    ['2)', {kind: 'sub', label: '2'}],
    ['-', {kind: 'sub', label: null}],
    ['', {kind: 'none'}],
    ['Nhiệm vụ chung', {kind: 'other', label: 'Nhiệm vụ chung'}],
    // A group row merged across the table: numeral and title in the number cell, Markdown bold or not.
    ['I. CÔNG TÁC CHUẨN BỊ', {kind: 'group', label: 'I', title: 'CÔNG TÁC CHUẨN BỊ'}],
    ['**II. Tổ chức coi thi**', {kind: 'group', label: 'II', title: 'Tổ chức coi thi'}],
    ['**3**', {kind: 'item', label: '3'}]
  ])('%j', (cell, expected) => {
    expect(readRowNumber(cell)).toEqual(expected)
  })
})

describe('tableTasks', () => {
  it('rows → tasks: ids, parents, owner, coordinators, result, deadline, page', () => {
    const tasks = tableTasks(
      doc(
        table(
          HEADER,
          [
            ['I.', 'Nâng cao nhận thức', '', '', '', ''],
            ['1.', 'Xây dựng\nchương trình  tuyên truyền.', 'Bộ Khoa học và Công nghệ', 'Ban Tuyên giáo Trung ương; các bộ, ngành, địa phương', 'Quyết định', 'Tháng 4/2025'],
            ['2.', 'Xây dựng chương trình chuyên biệt.', 'VTV, VOV', '-', 'Chương trình', 'Thường xuyên'],
            ['II.', 'Hoàn thiện thể chế', '', '', '', ''],
            ['3.', 'Sửa đổi Luật.', 'Bộ Tài chính', 'Bộ Tư pháp', 'Luật', 'Hàng năm']
          ],
          7
        )
      )
    )
    expect(tasks.map((t) => taskSchema.parse(t))).toEqual(tasks)
    expect(tasks.map(({id, parent, owner, coordinators, due, recurrence, page}) => ({id, parent, owner, coordinators, due, recurrence, page}))).toEqual([
      {id: '1', parent: 'I', owner: 'Bộ Khoa học và Công nghệ', coordinators: ['Ban Tuyên giáo Trung ương', 'các bộ, ngành, địa phương'], due: '2025-04-30', recurrence: null, page: 7},
      {id: '2', parent: 'I', owner: 'VTV, VOV', coordinators: [], due: null, recurrence: 'thường xuyên', page: 7},
      {id: '3', parent: 'II', owner: 'Bộ Tài chính', coordinators: ['Bộ Tư pháp'], due: null, recurrence: 'hằng năm', page: 7}
    ])
    expect(tasks[0]).toMatchObject({file: 'notice.txt', text: 'Xây dựng chương trình tuyên truyền.', result: 'Quyết định', deadlineText: 'Tháng 4/2025', warnings: []})
  })

  it.each<[string, string, string | null, string[]]>([
    ['one column of bodies, the lead marked `(chủ trì)`', 'Phòng Văn hóa - Xã hội (chủ trì); Trạm Y tế phường; Ủy ban Mặt trận Tổ quốc Việt Nam phường', 'Phòng Văn hóa - Xã hội', ['Trạm Y tế phường', 'Ủy ban Mặt trận Tổ quốc Việt Nam phường']],
    ['lines of a cell, `- chủ trì` and `(phối hợp)`', 'Trạm Y tế phường - chủ trì\nCông an phường (phối hợp)', 'Trạm Y tế phường', ['Công an phường']],
    ['partners listed with commas after the marked lead', 'Các khu vực (chủ trì), Đoàn Thanh niên phường, Hội Liên hiệp Phụ nữ phường', 'Các khu vực', ['Đoàn Thanh niên phường', 'Hội Liên hiệp Phụ nữ phường']],
    ['the mark cut at the cell\'s edge by OCR', 'Thanh tra tỉnh (chủ', 'Thanh tra tỉnh', []],
    ['specks OCR read inside the mark', 'Sở Tài chính (chủ. trì); Sở Xây dựng, Sở Nông nghiệp và Môi trường', 'Sở Tài chính', ['Sở Xây dựng', 'Sở Nông nghiệp và Môi trường']],
    ['…a bar read as I', 'Thanh tra tỉnh (chủ Itrì); Sở Nội vụ, Sở Tư pháp', 'Thanh tra tỉnh', ['Sở Nội vụ', 'Sở Tư pháp']],
    ['marks without brackets: `X chủ trì; Y, Z phối hợp`', 'Vụ Giáo dục phổ thông chủ trì; Cục Khoa học, Công nghệ và Thông tin, Vụ Giáo viên và Cán bộ quản lý giáo dục phối hợp', 'Vụ Giáo dục phổ thông', ['Cục Khoa học, Công nghệ và Thông tin', 'Vụ Giáo viên và Cán bộ quản lý giáo dục']],
    ['a mark whose body is missing: no owner', '(chủ trì); Công an tỉnh', null, ['Công an tỉnh']],
    ['no mark: the cell is the owner as printed', 'Phòng Kinh tế, Hạ tầng và Đô thị', 'Phòng Kinh tế, Hạ tầng và Đô thị', []],
    ['two marked leads: as printed', 'Phòng A (chủ trì); Phòng B (chủ trì)', 'Phòng A (chủ trì); Phòng B (chủ trì)', []]
  ])('%s', (_name, cell, owner, coordinators) => {
    const [task] = tableTasks(doc(table(['STT', 'Nội dung công việc', 'Thời gian thực hiện', 'Đơn vị thực hiện'], [['1', 'Ra quân thu gom vật dụng phế thải.', 'Tháng 4/2027', cell]])))
    expect({owner: task!.owner, coordinators: task!.coordinators}).toEqual({owner, coordinators})
  })

  it.each([['Trước ngày\n15/12/202\n7'], ['Trước ngày 15/12/202 7']])('a date whose year a narrow cell broke: %j', (cell) => {
    const [task] = tableTasks(doc(table(HEADER, [['1.', 'Kiểm tra việc chấp hành quy định.', 'Thanh tra Bộ', '', '', cell]])))
    expect(task!.due).toBe('2027-12-15')
  })

  it('sub-rows: id under the numbered row; empty owner, coordinators and deadline inherited', () => {
    const tasks = tableTasks(
      doc(
        table(HEADER, [
          ['32.', 'Xây dựng các Nghị định:', 'Bộ Khoa học và Công nghệ', 'Các bộ, ngành', 'Nghị định', 'Tháng 9/2025'],
          ['(1)', 'Nghị định A', '', '', 'Nghị định', ''],
          ['(2)', 'Nghị định B', 'Bộ Tài chính', '', '', 'Tháng 10/2025']
        ])
      )
    )
    expect(tasks.map(({id, parent, owner, coordinators, due}) => ({id, parent, owner, coordinators, due}))).toEqual([
      {id: '32', parent: null, owner: 'Bộ Khoa học và Công nghệ', coordinators: ['Các bộ, ngành'], due: '2025-09-30'},
      {id: '32.(1)', parent: '32', owner: 'Bộ Khoa học và Công nghệ', coordinators: ['Các bộ, ngành'], due: '2025-09-30'},
      {id: '32.(2)', parent: '32', owner: 'Bộ Tài chính', coordinators: [], due: '2025-10-31'}
    ])
    expect(tasks[1]!.warnings).toEqual([
      {code: 'owner-inherited', message: 'owner taken from row 32'},
      {code: 'deadline-inherited', message: 'deadline taken from row 32'}
    ])
  })

  it('a container row without owner keeps owner null and gets no "no owner" warning; a plain row does', () => {
    const tasks = tableTasks(
      doc(
        table(HEADER, [
          ['89.', 'Hoàn thiện các cơ sở dữ liệu, gồm:', '', '', '', ''],
          ['(1)', 'CSDL A', 'Bộ Công an', '', 'Hoàn thành', 'Tháng 12/2025'],
          ['90.', 'Việc không có chủ trì', '', '', '', 'Tháng 6/2026']
        ])
      )
    )
    expect(tasks.map((t) => [t.id, t.owner, t.warnings.map((w) => w.code)])).toEqual([
      ['89', null, []],
      ['89.(1)', 'Bộ Công an', []],
      ['90', null, ['owner-missing']]
    ])
  })

  it('a deadline without a year takes the year of the rows above, with a warning', () => {
    const tasks = tableTasks(
      doc(
        table(HEADER, [
          ['1.', 'A', 'Bộ Nội vụ', '', '', 'Tháng 12/2026'],
          ['2.', 'B', 'Bộ Nội vụ', '', '', 'Tháng 5']
        ])
      )
    )
    expect(tasks[1]).toMatchObject({due: '2026-05-31', deadlineText: 'Tháng 5', warnings: [{code: 'deadline-year-assumed', message: 'deadline year not written: 2026 assumed'}]})
  })

  it('…or the year of the notice when no row above has one', () => {
    const tasks = tableTasks(doc(paragraph('Hà Nội, ngày 16 tháng 3 năm 2026'), table(HEADER, [['1.', 'A', 'Bộ Nội vụ', '', '', 'Quý II']])))
    expect(tasks[0]).toMatchObject({due: '2026-06-30', warnings: [{code: 'deadline-year-assumed', message: 'deadline year not written: 2026 assumed'}]})
  })

  it('tables without a task column (targets) give no tasks', () => {
    const targets = table(['TT', 'Chỉ tiêu', 'Đơn vị', 'Kết quả', 'Cơ quan chủ trì theo dõi, đánh giá'], [['1', 'Quy mô kinh tế số', '% GDP', '≥ 30', 'Bộ Khoa học và Công nghệ']])
    expect(tableTasks(doc(targets))).toEqual([])
  })

  it('a table without a TT column is numbered in order', () => {
    const tasks = tableTasks(doc(table(['Nội dung', 'Đơn vị chủ trì', 'Thời hạn'], [['A', 'Bộ Y tế', '2025'], ['B', 'Bộ Xây dựng', 'Quý IV/2025']])))
    expect(tasks.map((t) => [t.id, t.owner, t.due])).toEqual([
      ['1', 'Bộ Y tế', '2025-12-31'],
      ['2', 'Bộ Xây dựng', '2025-12-31']
    ])
  })

  it('an unnumbered row that starts in lower case continues the row above', () => {
    const tasks = tableTasks(
      doc(
        table(HEADER, [
          ['8.', 'Xây dựng văn bản làm rõ', 'Bộ Khoa học và Công nghệ', '', 'Văn bản', 'Tháng 3/2025'],
          ['', 'nội hàm các khái niệm.', '', '', 'hướng dẫn', '']
        ])
      )
    )
    expect(tasks.map((t) => [t.id, t.text, t.result])).toEqual([['8', 'Xây dựng văn bản làm rõ nội hàm các khái niệm.', 'Văn bản hướng dẫn']])
  })

  it('an unnumbered row with its own owner is a task with a generated id and a warning', () => {
    const tasks = tableTasks(
      doc(
        table(HEADER, [
          ['1.', 'A', 'Bộ Nội vụ', '', '', 'Tháng 3/2025'],
          ['', 'Nhiệm vụ bổ sung', 'Bộ Tài chính', '', '', 'Tháng 4/2025']
        ])
      )
    )
    expect(tasks.map((t) => [t.id, t.parent, t.owner])).toEqual([
      ['1', null, 'Bộ Nội vụ'],
      ['1.1', null, 'Bộ Tài chính']
    ])
    expect(tasks[1]!.warnings[0]).toMatchObject({code: 'id-generated', message: expect.stringMatching(/no number in the TT column/)})
  })

  it('a later table block as wide as the task table, with no header, continues it (a PDF page)', () => {
    const page1 = table(HEADER, [['I.', 'Nhóm', '', '', '', ''], ['1.', 'Xây dựng đề án', 'Bộ Khoa học và', '', '', 'Tháng 3/2025']], 1)
    const page2: TableBlock = {...table(['', 'về dữ liệu', 'Công nghệ', '', '', ''], [['2.', 'Ban hành', 'Bộ Nội vụ', '', '', 'Tháng 5/2025']], 2)}
    const tasks = tableTasks(doc(page1, page2))
    expect(tasks.map((t) => [t.id, t.parent, t.text, t.owner, t.page])).toEqual([
      ['1', 'I', 'Xây dựng đề án về dữ liệu', 'Bộ Khoa học và Công nghệ', 1],
      ['2', 'I', 'Ban hành', 'Bộ Nội vụ', 2]
    ])
  })

  it('a next page whose repeated header was dropped, its group row set apart as a heading before it, goes on with the table', () => {
    const page1 = table(HEADER, [['A', 'CẢI CÁCH THỂ CHẾ', '', '', '', ''], ['1', 'Rà soát thủ tục', 'Phòng Hành chính', '', '', 'Quý II/2028']], 1)
    const group: Block = {kind: 'heading', text: 'B CẢI CÁCH TỔ CHỨC BỘ MÁY', provenance: {...provenance, page: 2}}
    const page2 = table([], [['2', 'Xây dựng vị trí việc làm', 'Phòng Tổ chức', '', '', 'Tháng 6/2028']], 2)
    const blocks = doc(page1, group, page2)
    expect(tableTasks(blocks).map((t) => [t.id, t.parent, t.owner, t.due])).toEqual([
      ['1', 'A', 'Phòng Hành chính', '2028-06-30'],
      ['2', 'B', 'Phòng Tổ chức', '2028-06-30']
    ])
    // No prose task is read from the group row.
    expect(extractTasks(blocks).filter((t) => t.kind === 'task').map((t) => t.id)).toEqual(['1', '2'])
  })

  it('a unit cell merged down over its rows, printed once, owns the rows under it', () => {
    const block = table(['STT', 'Đơn vị', 'Nhiệm vụ', 'Thời hạn'], [
      ['1', 'Sở Y tế', 'Giám sát dịch sốt xuất huyết', 'Hằng tuần'],
      ['2', '', 'Cấp hóa chất cho các xã', 'Tháng 6/2027'],
      ['3', 'Sở Giáo dục và Đào tạo', 'Tuyên truyền trong trường học, gồm:', ''],
      ['4', '', 'Tổ chức ngày hội diệt lăng quăng', 'Tháng 7/2027']
    ])
    expect(tableTasks(doc(block)).map((t) => [t.id, t.owner])).toEqual([
      ['1', 'Sở Y tế'],
      ['2', 'Sở Y tế'],
      ['3', 'Sở Giáo dục và Đào tạo'],
      ['4', 'Sở Giáo dục và Đào tạo']
    ])
  })

  it('a header wrapped over two rows is read together', () => {
    const block = table(['TT', 'Nội dung', 'Cơ quan', 'Thời gian'], [['', '', 'chủ trì', 'hoàn thành'], ['1.', 'A', 'Bộ Y tế', 'Tháng 6/2025']])
    expect(tableTasks(doc(block)).map((t) => [t.id, t.owner, t.due])).toEqual([['1', 'Bộ Y tế', '2025-06-30']])
  })

  it('prose between two tables ends the first; a headerless table after it is not a task table', () => {
    const tasks = tableTasks(doc(table(HEADER, [['1.', 'A', 'Bộ Y tế', '', '', '2025']]), paragraph('Phụ lục III'), table(['1', 'x', 'y', 'z', 'w', 'v'], [])))
    expect(tasks).toHaveLength(1)
  })
})

describe('referenceDateOf: one reference date per document', () => {
  it.each<[string[], string | undefined, boolean]>([
    [['Số: 71/NQ-CP', 'Hà Nội, ngày 01 tháng 4 năm 2025'], '2025-04-01', true],
    [['Thực hiện Nghị quyết ngày 22 tháng 12 năm 2024', 'Hà Nội, ngày 01 tháng 4 năm 2025'], '2025-04-01', true],
    [['*Thạch Lạc, ngày 20 tháng 11 năm 2026*'], '2026-11-20', true],
    // A PDF reader may join the header lines into one block.
    [['Độc lập - Tự do - Hạnh phúc Số: 12/UBND-KT V/v giá điện Hà Nội, ngày 05 tháng 3 năm 2026 Kính gửi:'], '2026-03-05', true],
    [['Thực hiện Nghị quyết ngày 22 tháng 12 năm 2024'], '2024-12-22', false],
    [['Không có ngày'], undefined, false]
  ])('%j → %s', (texts, date, fromHeader) => {
    expect(referenceDateOf(doc(...texts.map(paragraph)))).toEqual({date, fromHeader})
  })
  it('reads the place-and-date line from a header laid out as a table (Word, web pages, Markdown)', () => {
    const header = table(['', ''], [['Số: 8714/VPCP-KTTH\nV/v xử lý hàng nông sản', 'Hà Nội, ngày 27 tháng 10 năm 2026']])
    expect(referenceDateOf(doc(header, paragraph('Kính gửi: Bộ Công Thương.')))).toEqual({date: '2026-10-27', fromHeader: true})
  })
  it('stops at a task table: a date after it is no header', () => {
    const tasks = table(HEADER, [['1', 'Rà soát', 'Sở Tài chính', '', 'Tháng 5', ''], ['2', 'Ban hành', 'Sở Nội vụ', '', 'Tháng 6', ''], ['3', 'Kiểm tra', 'Sở Y tế', '', 'Tháng 7', ''], ['4', 'Báo cáo', 'Sở Xây dựng', '', 'Tháng 8', ''], ['5', 'Tổng kết', 'Sở Công Thương', '', 'Tháng 9', '']])
    expect(referenceDateOf(doc(tasks, paragraph('Hà Nội, ngày 27 tháng 10 năm 2026')))).toEqual({date: undefined, fromHeader: false})
  })
})

describe('tableTasks: numbering that restarts in each group', () => {
  it('puts the group in the id when numbers repeat across groups', () => {
    const tasks = tableTasks(
      doc(
        table(HEADER, [
          ['I', 'Nhiệm vụ chung', '', '', '', ''],
          ['1', 'A', 'Bộ Y tế', '', '', '2025'],
          ['(1)', 'A1', '', '', '', ''],
          ['II', 'Nhiệm vụ cụ thể', '', '', '', ''],
          ['1', 'B', 'Bộ Tài chính', '', '', '2026'],
          ['2', 'C', 'Bộ Nội vụ', '', '', '2026']
        ])
      )
    )
    expect(tasks.map((t) => [t.id, t.parent])).toEqual([
      ['I.1', 'I'],
      ['I.1.(1)', 'I.1'],
      ['II.1', 'II'],
      ['II.2', 'II']
    ])
  })
})

describe('tableTasks: rows cut at a page end', () => {
  it('an unnumbered row after an unfinished sentence continues it, even in capitals', () => {
    const tasks = tableTasks(
      doc(
        table(HEADER, [
          ['179.', 'Cử chuyên gia tham gia các', 'Bộ Khoa học và Công nghệ', '', '', 'Tháng 9/2025'],
          ['', 'Ban kỹ thuật tiêu chuẩn quốc tế.', '', '', '', ''],
          ['180.', 'Hoàn thành việc triển khai, gồm:', '', '', '', ''],
          ['', 'Định danh tàu thuyền', 'Bộ Nông nghiệp và Môi trường', '', '', 'Tháng 9/2025']
        ])
      )
    )
    expect(tasks.map((t) => [t.id, t.parent, t.text])).toEqual([
      ['179', null, 'Cử chuyên gia tham gia các Ban kỹ thuật tiêu chuẩn quốc tế.'],
      ['180', null, 'Hoàn thành việc triển khai, gồm:'],
      ['180.1', '180', 'Định danh tàu thuyền']
    ])
  })

  it('the header a later page repeats among the rows goes, and the row after it continues the row it cut', () => {
    const header = ['TT', 'Nội dung công việc', 'Đơn vị chủ trì', 'Đơn vị phối hợp', 'Thời gian thực hiện']
    const tasks = tableTasks(
      doc(
        table(header, [['1', 'Tuyên truyền về phòng cháy', 'Phòng Văn hóa - Xã hội', '', 'Thường xuyên']], 1),
        // The next pages as one block, each page's header repeated in it.
        table([], [
          ['2', 'Tổ chức cho các hộ gia đình ký cam kết không đốt nương', 'Hạt Kiểm lâm', 'Công an xã', 'Tháng 01-02/2026'],
          ['TT', 'Nội  dung công việc', 'Đơn vị chủ trì', 'Đơn vị phối hợp', 'Thời gian thực hiện'],
          ['', 'rẫy trong thời gian cao điểm nắng nóng', '', '', ''],
          ['3', 'Rà soát các vùng trọng điểm', 'Phòng Kinh tế', '', 'Trước 20/01/2026']
        ], 2)
      )
    )
    expect(tasks.map((t) => [t.id, t.owner, t.text])).toEqual([
      ['1', 'Phòng Văn hóa - Xã hội', 'Tuyên truyền về phòng cháy'],
      ['2', 'Hạt Kiểm lâm', 'Tổ chức cho các hộ gia đình ký cam kết không đốt nương rẫy trong thời gian cao điểm nắng nóng'],
      ['3', 'Phòng Kinh tế', 'Rà soát các vùng trọng điểm']
    ])
  })
})

describe('tableTasks: headings inside a table', () => {
  it('a row with no number, owner, result or deadline is a heading, not a task', () => {
    const tasks = tableTasks(
      doc(
        table(HEADER, [
          ['', 'NHIỆM VỤ CHUNG', '', '', '', ''],
          ['1.', 'A.', 'Bộ Y tế', '', '', '2025'],
          ['Nhóm 2', 'Nhiệm vụ về dữ liệu', '', '', '', ''],
          ['2.', 'B.', 'Bộ Công an', '', '', '2026']
        ])
      )
    )
    expect(tasks.map((t) => t.id)).toEqual(['1', '2'])
  })
})
