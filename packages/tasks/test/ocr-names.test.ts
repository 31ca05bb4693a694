import type {Task, VanbanDocument} from '@vanban/core'
import {describe, expect, test} from 'vitest'
import {extractTasks} from '../src/extract-tasks.ts'
import {checkName, withCheckedNames} from '../src/ocr-names.ts'

describe('checkName: an OCR-read name against the agency gazetteer', () => {
  test.each([
    // Snapped: a certain match whose spelling is damaged.
    ['Bô Cong an', 'Bộ Công an'],
    ['BỘ TƯ PHÁP', 'Bộ Tư pháp'],
    // Cut where OCR broke the verb after the name (`tham mưu` read `tham một`, `chỉ đạo` read `chỉ! đạo`).
    ['Văn phòng Trung ương Đảng - Cơ quan Thường trực Ban Chỉ đạo tham một cấp', 'Văn phòng Trung ương Đảng - Cơ quan Thường trực Ban Chỉ đạo'],
    ['Bộ Quốc phòng chỉ! đạo Ban Cơ yếu Chính phủ', 'Bộ Quốc phòng'],
    // …or a verb the repair made another word of (`phái làm` for `phải làm`): no name goes on in lower case
    // past a whole gazetteer name but with its place or a relative clause.
    ['Bộ Giáo dục và Đào tạo phái làm gửi', 'Bộ Giáo dục và Đào tạo'],
    ['Sở Giáo dục và Đào tạo xúc tiến việc', 'Sở Giáo dục và Đào tạo'],
    ['Ban Quản lý dự án đầu tư xây dựng tỉnh', 'Ban Quản lý dự án đầu tư xây dựng tỉnh'],
    ['Bộ Chỉ huy quân sự tỉnh', 'Bộ Chỉ huy quân sự tỉnh'],
    // `ở` read as the look-alike `6` before where the bodies are; a number after a word that numbers stays.
    ['Các Đảng ủy 6 Trung ương', 'Các Đảng ủy ở Trung ương'],
    // A heading glued to its item: the name ends before the item's capitalised verb.
    ['Bộ Tư pháp Kiểm tra việc', 'Bộ Tư pháp'],
    ['Bộ Tư pháp Việt Nam', 'Bộ Tư pháp Việt Nam'],
    ['các cơ quan 6 địa phương', 'các cơ quan ở địa phương'],
    ['Chi cục Thuế khu vực 6', 'Chi cục Thuế khu vực 6'],
    // Specks OCR glued to letters, and a dash whose spaces it lost.
    ['Các cơ quan Trung [ương và địa phương', 'Các cơ quan Trung ương và địa phương'],
    ['Phòng Kế hoạch-Tài chính', 'Phòng Kế hoạch - Tài chính'],
    ['Trung tâm Covid-19 tỉnh', 'Trung tâm Covid-19 tỉnh'],
    ['Đồng chí Thủ tướng Chính phủ, Phó Trưởng Ban Chỉ! đạo', 'Đồng chí Thủ tướng Chính phủ, Phó Trưởng Ban Chỉ đạo'],
    // The units of local government after a local body, as the repair could not tell them.
    ['Ủy ban nhân dân các xã, phương', 'Ủy ban nhân dân các xã, phường'],
    ['Ủy ban nhân dân các phương Sơn Trà, An Hải', 'Ủy ban nhân dân các phường Sơn Trà, An Hải'],
    ['Công an xa Tân Hiệp', 'Công an xã Tân Hiệp'],
    ['Sở Xây dựng các phương án', 'Sở Xây dựng các phương án'],
    // Right already: kept as the document writes it.
    ['Bộ Tư pháp', 'Bộ Tư pháp'],
    ['Đảng uỷ Quốc hội', 'Đảng uỷ Quốc hội'],
    ['Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương', 'Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương'],
    // A qualifier after a known name is no broken verb (`thành phố`, not `thành lập`).
    ['Sở Tài chính tỉnh Lào Cai', 'Sở Tài chính tỉnh Lào Cai'],
    ['Ủy ban nhân dân thành phố Hà Nội', 'Ủy ban nhân dân thành phố Hà Nội'],
    ['Bộ Khoa học và Công nghệ và các cơ quan liên quan', 'Bộ Khoa học và Công nghệ và các cơ quan liên quan'],
    // A head word read right is never turned into another (`Thủ trưởng`, head, is no `Thứ trưởng`, deputy).
    ['Thủ trưởng các sở, ban, ngành tỉnh', 'Thủ trưởng các sở, ban, ngành tỉnh'],
    ['Thủ trưởng các đơn vị thuộc Bộ', 'Thủ trưởng các đơn vị thuộc Bộ'],
    // A relative clause of the name is no broken verb.
    ['Ủy ban nhân dân các tỉnh, thành phố có tên tại Phụ lục kèm theo Công văn này', 'Ủy ban nhân dân các tỉnh, thành phố có tên tại Phụ lục kèm theo Công văn này'],
    // A long name one glyph off (French-model OCR reads ơ as Ù) is still that name.
    ['CÙ quan Thường trực Ban Chỉ đạo', 'Cơ quan Thường trực Ban Chỉ đạo'],
    ['Văn phòng Trung ương Đảng - CÙ quan Thường trực Ban Chỉ đạo', 'Văn phòng Trung ương Đảng - Cơ quan Thường trực Ban Chỉ đạo'],
    // … but not when the name is only the start of what was read: its last word is the place.
    ['Ủy ban nhân dân thành phố Hạ Long', 'Ủy ban nhân dân thành phố Hạ Long'],
    // Not a name of the gazetteer, or not a certain match: as read.
    ['Các bộ, cơ quan ngang bộ', 'Các bộ, cơ quan ngang bộ'],
    ['BỘ TD pháp', 'BỘ TD pháp'],
    ['Cảng hàng không Vân Đồn', 'Cảng hàng không Vân Đồn']
  ])('%s', (read, name) => {
    const checked = checkName(read)
    expect(checked.name).toBe(name)
    expect(checked.change === null).toBe(read === name)
  })
})

const task = (over: Partial<Task>): Task => ({
  file: 'scan.pdf', id: '1', kind: 'task', parent: null, text: '…', owner: null,
  coordinators: [], deadlineText: null, due: null, recurrence: null, result: null, page: 1, warnings: [], ...over
})

describe('withCheckedNames', () => {
  test('a snapped owner carries owner-repaired', () => {
    const checked = withCheckedNames(task({owner: 'Bô Cong an', coordinators: ['BỘ TƯ PHÁP', 'Bộ Y tế']}))
    expect([checked.owner, checked.coordinators, checked.warnings.map((w) => w.code)]).toEqual(['Bộ Công an', ['Bộ Tư pháp', 'Bộ Y tế'], ['owner-repaired', 'owner-repaired']])
  })
  test('coordinators a comma joined are split again when each is a known name', () => {
    expect(withCheckedNames(task({owner: 'Bộ Công an', coordinators: ['Bộ Y tế, Bộ Tài chính']})).coordinators).toEqual(['Bộ Y tế', 'Bộ Tài chính'])
  })
  test('joint owners are checked one by one', () => {
    expect(withCheckedNames(task({owner: 'Bô Cong an; Bộ Y tế'})).owner).toBe('Bộ Công an; Bộ Y tế')
  })
  test('names right already: the task itself', () => {
    const right = task({owner: 'Bộ Công an', coordinators: ['Bộ Tư pháp']})
    expect(withCheckedNames(right)).toBe(right)
  })
})

describe('extractTasks: names checked only where OCR read them', () => {
  const doc = (source: 'ocr' | 'text'): VanbanDocument =>
    ({file: 'x', pages: [], warnings: [], blocks: ['PHỤ LỤC', '1. Bộ Công an tham một cấp có thẩm quyền, phối hợp với BỘ TƯ PHÁP rà soát, hoàn thành trong quý I/2026.'].map((text, k) => ({kind: 'paragraph', text, provenance: {page: 1, lineStart: k, lineEnd: k, source}}))}) as unknown as VanbanDocument
  test('a scan', () => {
    const [t] = extractTasks(doc('ocr'))
    expect([t!.owner, t!.coordinators, t!.warnings.map((w) => w.code)]).toEqual(['Bộ Công an', ['Bộ Tư pháp'], ['owner-repaired', 'owner-repaired']])
  })
  // (`tham một` is `tham mưu` broken: the subject runs on to `có`.)
  test('clean text stands as written', () => {
    const [t] = extractTasks(doc('text'))
    expect([t!.owner, t!.coordinators, t!.warnings]).toEqual(['Bộ Công an tham một cấp', ['BỘ TƯ PHÁP'], []])
  })
})

describe('a heading read by OCR that names a body, over its lettered items', () => {
  const ocrDoc = (paragraphs: string[], repaired = true): VanbanDocument => ({
    file: 'scan.txt',
    pages: [],
    warnings: [],
    blocks: paragraphs.map((text, k) => ({kind: 'paragraph', text, provenance: {page: null, lineStart: k + 1, lineEnd: k + 1, source: 'text', ...(repaired ? {repaired: true} : {})}}))
  })
  const items = ['a) Chủ trì, phối hợp với Sở Xây dựng khảo sát các điểm tắm biển, hoàn thành trước ngày 15/4/2027.', 'b) Kiểm tra điều kiện kinh doanh dịch vụ lặn biển trong quý III/2027.']
  test('the gazetteer\'s name, each item warned `owner-repaired`', () => {
    const tasks = extractTasks(ocrDoc(['PHỤ LỤC', '1. Sự Du lịch', ...items]))
    expect(tasks.filter((t) => t.kind === 'task').map((t) => [t.id, t.owner, t.warnings.some((w) => w.code === 'owner-repaired')])).toEqual([
      ['1.a', 'Sở Du lịch', true],
      ['1.b', 'Sở Du lịch', true]
    ])
  })
  test('clean text keeps its heading as written', () => {
    const tasks = extractTasks(ocrDoc(['PHỤ LỤC', '1. Sự Du lịch', ...items], false))
    expect(tasks.filter((t) => t.kind === 'task').map((t) => t.owner)).not.toContain('Sở Du lịch')
  })
})
