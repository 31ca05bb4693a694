import {readFileSync} from 'node:fs'
import {fileURLToPath} from 'node:url'
import {describe, expect, test} from 'vitest'
import {taskSchema, type Block, type Task, type VanbanDocument} from '@vanban/core'
import {readDocument} from '@vanban/ingest'
import {proseTasks as proseRecords} from '../src/prose.ts'
import {leaves, scoreTasks} from '../../../test/support/metrics.ts'

const fixture = (name: string): string => fileURLToPath(new URL(`../../../fixtures/${name}`, import.meta.url))
const gold = JSON.parse(readFileSync(fixture('tb20-2026-notice.appendix.tasks.json'), 'utf8')) as {tasks: Array<Omit<Task, 'file' | 'page' | 'warnings' | 'result'>>}

/** A notice written inline: one paragraph per blank-line chunk, `#`/`**…**` lines as headings. */
function notice(text: string, file = 'synthetic.md'): VanbanDocument {
  const blocks: Block[] = text
    .split(/\n\s*\n/)
    .map((chunk) => chunk.trim())
    .filter((chunk) => chunk !== '')
    .map((chunk, i) => ({
      kind: /^#/.test(chunk) ? ('heading' as const) : ('paragraph' as const),
      text: chunk.replace(/^#+\s*/, '').replace(/\*\*/g, ''),
      ...(/^\*\*[^*]+\*\*$/.test(chunk) ? {bold: true} : {}),
      provenance: {page: null, lineStart: i + 1, lineEnd: i + 1, source: 'text' as const}
    }))
  return {file, pages: [], blocks, warnings: []}
}

/** The task records only: the rules below are about tasks; `group` records have tests of their own (tree.test.ts). */
const proseTasks = (...args: Parameters<typeof proseRecords>): Task[] => proseRecords(...args).filter((t) => t.kind === 'task')

const pick = (t: Task) => ({id: t.id, kind: t.kind, parent: t.parent, owner: t.owner, coordinators: t.coordinators, deadlineText: t.deadlineText, due: t.due, recurrence: t.recurrence})
const appendix = (tasks: Task[]) => tasks.filter((t) => t.id.startsWith('PL.'))

describe('tb20-2026-notice: appendix golden file', () => {
  test('.md equals the golden file', async () => {
    const tasks = proseRecords(await readDocument(fixture('tb20-2026-notice.md')), {})
    for (const t of tasks) expect(taskSchema.safeParse(t).success).toBe(true)
    expect(appendix(tasks).map(pick)).toEqual(gold.tasks.map(({text: _text, ...t}) => t))
    expect(appendix(tasks).map((t) => t.text)).toEqual(gold.tasks.map((t) => t.text))
    const scores = scoreTasks(leaves(appendix(tasks)), leaves(gold.tasks))
    console.log('tb20 .md appendix leaves', scores)
    expect(scores.f1).toBe(1)
  })

  test('conclusions: sections 1–7 with bullets, no task from the assessment, signature or distribution list', async () => {
    const tasks = proseTasks(await readDocument(fixture('tb20-2026-notice.md')), {}).filter((t) => !t.id.startsWith('PL.'))
    expect(tasks.map((t) => t.id)).toEqual(['1', '2', '3', '3.1', '3.2', '4', '5', '6', '7'])
    expect(tasks.find((t) => t.id === '3.1')).toMatchObject({owner: 'Đảng uỷ Quốc hội; Đảng uỷ Chính phủ', due: '2026-04-30'})
  })
})

describe('nq71-2025-action-program', () => {
  test('body sections: lettered items, goals and Appendix I give no task', async () => {
    const tasks = proseTasks(await readDocument(fixture('nq71-2025-action-program.txt')), {})
    for (const t of tasks) expect(taskSchema.safeParse(t).success).toBe(true)
    const ids = tasks.map((t) => t.id)
    expect(new Set(ids).size).toBe(ids.length)
    expect(ids.filter((id) => id.startsWith('I.') || id.startsWith('PL'))).toEqual([])
    expect(ids).toContain('II.1.a')
    expect(ids).toContain('II.1.đ') // printed `d)` twice
    expect(ids).toContain('II.7.d')
    expect(tasks.find((t) => t.id === 'III.4')).toMatchObject({owner: 'Bộ Khoa học và Công nghệ', coordinators: ['các bộ, ngành, địa phương']})
  })
})

test('a long report gives no task', async () => {
  const tasks = proseTasks(await readDocument(fixture('ocr-pairs/corpus/report-2025-part1.txt')), {})
  expect(tasks.length).toBeLessThanOrEqual(2)
})

describe('synthetic notices', () => {
  const provincial = notice(`ỦY BAN NHÂN DÂN TỈNH BẮC NINH

Bắc Ninh, ngày 05 tháng 02 năm 2026

THÔNG BÁO KẾT LUẬN

Năm 2025, các sở, ngành đã hoàn thành nhiều nhiệm vụ: (1) Hạ tầng số đã được đầu tư đồng bộ. (2) Dữ liệu dân cư còn phân tán.

Chủ tịch UBND tỉnh kết luận như sau:

**I. NHIỆM VỤ TRỌNG TÂM**

**1. Về chuyển đổi số**

a) Sở Khoa học và Công nghệ chủ trì, phối hợp với Sở Tài chính, Sở Nội vụ và UBND các xã, phường xây dựng kế hoạch chuyển đổi số năm 2026. Hoàn thành trước ngày 15/3/2026.

b) Sở Văn hóa, Thể thao và Du lịch

+ Số hóa di sản văn hóa của tỉnh, hoàn thành trong quý III/2026.

+ Phối hợp với Sở Giáo dục và Đào tạo tổ chức tập huấn kỹ năng số; định kỳ hằng quý báo cáo UBND tỉnh.

c) Về các nền tảng số dùng chung

+ Công an tỉnh hoàn thiện cơ sở dữ liệu dân cư trong tháng 6.

**2. Về tài chính**

Sở Tài chính và Kho bạc Nhà nước tỉnh theo chức năng, nhiệm vụ: (1) Bố trí kinh phí thực hiện. (2) Sở Kế hoạch và Đầu tư chủ trì thẩm định các dự án, báo cáo trong tháng 4/2026. (3) Hướng dẫn quyết toán. Hoàn thành trong 6 tháng đầu năm 2026.

**II. TỔ CHỨC THỰC HIỆN**

Văn phòng UBND tỉnh theo dõi, đôn đốc việc thực hiện; thường xuyên báo cáo Chủ tịch UBND tỉnh.

Văn phòng UBND tỉnh thông báo để các cơ quan, đơn vị biết, thực hiện.

Nơi nhận:

- Như trên;

- Lưu: VT.

KT. CHỦ TỊCH`)

  test('ids, owners, coordinators, deadlines', () => {
    const tasks = proseTasks(provincial, {})
    for (const t of tasks) expect(taskSchema.safeParse(t).success).toBe(true)
    const rows = tasks.map((t) => [t.id, t.owner, t.due, t.recurrence])
    expect(rows).toEqual([
      ['1.a', 'Sở Khoa học và Công nghệ', '2026-03-15', null],
      ['1.b', 'Sở Văn hóa, Thể thao và Du lịch', null, null],
      ['1.b.1', 'Sở Văn hóa, Thể thao và Du lịch', '2026-09-30', null],
      ['1.b.2', 'Sở Văn hóa, Thể thao và Du lịch', null, 'hằng quý'],
      ['1.c', null, null, null],
      ['1.c.1', 'Công an tỉnh', '2026-06-30', null],
      ['2', 'Sở Tài chính; Kho bạc Nhà nước tỉnh', '2026-06-30', null],
      ['2.(1)', 'Sở Tài chính; Kho bạc Nhà nước tỉnh', '2026-06-30', null],
      ['2.(2)', 'Sở Kế hoạch và Đầu tư', '2026-04-30', null],
      ['2.(3)', 'Sở Tài chính; Kho bạc Nhà nước tỉnh', '2026-06-30', null],
      // A Roman part with a directive paragraph and no items is a task of its own.
      ['II', 'Văn phòng UBND tỉnh', null, 'thường xuyên']
    ])
    expect(tasks[0]!.coordinators).toEqual(['Sở Tài chính', 'Sở Nội vụ', 'UBND các xã, phường'])
    expect(tasks[3]!.coordinators).toEqual(['Sở Giáo dục và Đào tạo'])
    expect(tasks.find((t) => t.id === '1.c.1')!.warnings.map((w) => w.code)).toContain('deadline-year-assumed')
    expect(tasks.find((t) => t.id === '1.c')!.warnings.map((w) => w.code)).toContain('owner-missing')
  })

  test('an appendix alone has no prefix; a later appendix has one', () => {
    const alone = proseTasks(
      notice(`PHỤ LỤC I\n\nNHIỆM VỤ TRỌNG TÂM\n\n1. Bộ Y tế chủ trì, phối hợp với Bộ Tài chính rà soát giá dịch vụ, hoàn thành trong quý II năm 2026.\n\n2. Bộ Xây dựng hoàn thiện quy chuẩn. Thời hạn: trước 31/12/2026.`),
      {}
    )
    expect(alone.map((t) => [t.id, t.owner, t.due])).toEqual([
      ['1', 'Bộ Y tế', '2026-06-30'],
      ['2', 'Bộ Xây dựng', '2026-12-31']
    ])
    const both = proseTasks(
      notice(`1. Các bộ, ngành khẩn trương rà soát, hoàn thành trong tháng 5/2026.\n\nPhụ lục II\n\n1. Bộ Công an:\n\n- Hoàn thiện Cơ sở dữ liệu quốc gia về dân cư. Hoàn thành trong năm 2026.`),
      {}
    )
    expect(both.map((t) => [t.id, t.parent, t.owner, t.due])).toEqual([
      ['1', null, 'Các bộ, ngành', '2026-05-31'],
      // `1. Bộ Công an:` is only a heading: not a task, but its agency owns the bullets.
      ['PLII.1.1', 'PLII.1', 'Bộ Công an', '2026-12-31']
    ])
  })

  test('a hyphen inside a line is not a bullet; a lower-case block continues the one before', () => {
    const tasks = proseTasks(
      notice(`a) Bộ Công Thương phát triển ngành cơ khí - điện tử, hoàn thành\n\ntrong quý IV/2026.\n\nb) Tiếp tục chỉ đạo các bộ, ngành.`),
      {}
    )
    expect(tasks.map((t) => [t.id, t.owner, t.due])).toEqual([
      ['a', 'Bộ Công Thương', '2026-12-31'],
      ['b', null, null]
    ])
  })
})

describe('weak spots of lettered lists', () => {
  const records = (text: string) => proseRecords(notice(text), {}).map((t) => [t.id, t.kind, t.owner, t.due])
  test('a group heading that states a deadline passes it to its items', () =>
    expect(records(`1. Số hóa hồ sơ, hoàn thành trong quý IV/2026:

a) Sở Nội vụ số hóa hồ sơ cán bộ.

b) Sở Tư pháp số hóa sổ hộ tịch, xong trước ngày 30/9/2026.`)).toEqual([
      ['1', 'group', null, '2026-12-31'],
      ['1.a', 'task', 'Sở Nội vụ', '2026-12-31'],
      ['1.b', 'task', 'Sở Tư pháp', '2026-09-30']
    ]))
  test('a hyphenated phrase wrapped at its hyphen is no bullet', () =>
    expect(records(`a) Sở Công Thương xây dựng đề án công nghiệp cơ khí

- chế tạo, trình UBND tỉnh trong quý III/2026.

b) Sở Xây dựng rà soát quy hoạch.`)).toEqual([
      ['a', 'task', 'Sở Công Thương', '2026-09-30'],
      ['b', 'task', 'Sở Xây dựng', null]
    ]))
  test('an inline list after `Owner:` gives one child each, with the owner and the closing deadline', () =>
    expect(records(`c) Sở Y tế: (1) Rà soát danh mục thuốc; (2) Hướng dẫn các bệnh viện đấu thầu tập trung. Hoàn thành trong tháng 10/2026.`)).toEqual([
      ['c', 'task', 'Sở Y tế', '2026-10-31'],
      ['c.(1)', 'task', 'Sở Y tế', '2026-10-31'],
      ['c.(2)', 'task', 'Sở Y tế', '2026-10-31']
    ]))
  test('a closing formula reflowed into the last item neither swallows nor drops it', () =>
    expect(records(`1. Sở Tài chính bố trí kinh phí trong tháng 8/2026.

2. Sở Nội vụ kiện toàn tổ công tác, hoàn thành trong tháng 9/2026. Văn phòng UBND tỉnh thông báo để các cơ quan biết, thực hiện./.`)).toEqual([
      ['1', 'task', 'Sở Tài chính', '2026-08-31'],
      ['2', 'task', 'Sở Nội vụ', '2026-09-30']
    ]))
})

describe('structure variants', () => {
  const rows = (text: string) => proseTasks(notice(text), {}).map((t) => [t.id, t.parent, t.owner, t.due])
  test('parts lettered in capitals (A., B.) are on the id path; a report part gives no task', () =>
    expect(rows(`A. KẾT QUẢ THỰC HIỆN NĂM 2025\n\n1. Về thể chế\n\nĐã ban hành 12 văn bản.\n\nB. NHIỆM VỤ NĂM 2026\n\n1. Sở Tư pháp rà soát văn bản, hoàn thành trong quý II/2026.`)).toEqual([
      ['B.1', 'B', 'Sở Tư pháp', '2026-06-30']
    ]))
  test('an article whose body takes on work as subject is a task; one that adopts a plan or puts it in force is not', () =>
    expect(
      rows(
        `Điều 1. Ban hành kèm theo Quyết định này Kế hoạch chuyển đổi số của Sở năm 2027.\n\nĐiều 2. Văn phòng Sở theo dõi, đôn đốc các phòng thực hiện Kế hoạch, tổng hợp kết quả báo cáo Giám đốc Sở trước ngày 15/12/2027.\n\nĐiều 3. Quyết định này có hiệu lực kể từ ngày ký. Chánh Văn phòng Sở, Trưởng các phòng chịu trách nhiệm thi hành Quyết định này./.`
      )
    ).toEqual([['Điều 2', null, 'Văn phòng Sở', '2027-12-15']]))
  test('a numbered body name alone on its line, without bold, owns the paragraph under it, whatever its first word', () =>
    expect(rows(`PHỤ LỤC\n\n1. Bộ Y tế\n\na) Rà soát giá dịch vụ.\n\n2. Bộ Giáo dục và Đào tạo\n\nPua nội dung kỹ năng an toàn vào trường học.`)).toEqual([
      ['1.a', '1', 'Bộ Y tế', null],
      ['2', null, 'Bộ Giáo dục và Đào tạo', null]
    ]))
  test('the articles of a policy resolution that set its terms hold no tasks', () =>
    expect(
      rows(
        `QUYẾT NGHỊ:\n\nĐiều 1. Phạm vi điều chỉnh và đối tượng áp dụng\n\n1. Nghị quyết này quy định mức hỗ trợ tiền điện cho hộ nghèo.\n\nĐiều 2. Mức hỗ trợ và nguồn kinh phí\n\n1. Hộ nghèo: hỗ trợ 50.000 đồng/hộ/tháng.\n\n2. Nguồn kinh phí: ngân sách tỉnh.\n\nĐiều 3. Tổ chức thực hiện\n\n1. Giao Ủy ban nhân dân tỉnh ban hành hướng dẫn chi trả trước ngày 31/3/2027.`
      )
    ).toEqual([['1', null, 'Ủy ban nhân dân tỉnh', '2027-03-31']]))
  test('a second bullet glyph under a bullet ending in a colon is its inner level (a Word list printed by levels)', () =>
    expect(
      rows(
        `1. Công an tỉnh\n\n• Giao Phòng Cảnh sát giao thông:\n\n– Kiểm tra xe đưa đón học sinh, hoàn thành trong tháng 9/2027.\n\n– Bố trí lực lượng tại cổng trường.\n\n• Chỉ đạo Công an các xã lập tổ an ninh trường học.`
      )
    ).toEqual([
      ['1.1', '1', 'Phòng Cảnh sát giao thông', null],
      ['1.1.1', '1.1', 'Phòng Cảnh sát giao thông', '2027-09-30'],
      ['1.1.2', '1.1', 'Phòng Cảnh sát giao thông', null],
      ['1.2', '1', 'Công an tỉnh', null]
    ]))
  test('numbering restarted under unnumbered headings stays unique', () =>
    expect(rows(`Điều 1. Giao nhiệm vụ:\n\n1. Sở Tư pháp rà soát văn bản.\n\nĐiều 2. Tổ chức thực hiện\n\n1. Sở Nội vụ kiện toàn tổ chức.`).map((r) => r[0])).toEqual(['1', '1#2']))
  test('an enumeration before lettered items keeps its tasks', () =>
    expect(rows(`1. Bộ Y tế: (1) Rà soát giá dịch vụ. (2) Bộ Tài chính chủ trì thẩm định giá, hoàn thành trong quý III/2026.\n\na) Bộ Công an\n\n(1) Hoàn thiện dữ liệu dân cư, trong tháng 5/2026.`)).toEqual([
      ['1', null, 'Bộ Y tế', null],
      ['1.(1)', '1', 'Bộ Y tế', null],
      ['1.(2)', '1', 'Bộ Tài chính', '2026-09-30'],
      ['1.a', '1', 'Bộ Công an', null],
      ['1.a.(1)', '1.a', 'Bộ Công an', '2026-05-31']
    ]))
  test('decimal task numbers nest under their section', () =>
    expect(rows(`II. NHIỆM VỤ\n\n1. Phát triển hạ tầng số\n\n1.1. Sở Xây dựng hướng dẫn dùng chung hạ tầng, hoàn thành trước ngày 30/9/2026.\n\n1.2. Sở Công Thương phát triển thương mại điện tử; thường xuyên.`)).toEqual([
      ['1.1', '1', 'Sở Xây dựng', '2026-09-30'],
      ['1.2', '1', 'Sở Công Thương', null]
    ]))
})

test('no date in the header: a deadline without a year takes the year of the first dated one, flagged', () => {
  const tasks = proseTasks(notice(`PHỤ LỤC\n\n1. Bộ Y tế rà soát giá, hoàn thành trong quý II/2027.\n\n2. Bộ Tài chính hướng dẫn, hoàn thành trong tháng 9.`), {})
  expect(tasks.map((t) => [t.id, t.due])).toEqual([
    ['1', '2027-06-30'],
    ['2', '2027-09-30']
  ])
  expect(tasks[1]!.warnings.map((w) => w.code)).toEqual(['deadline-year-assumed'])
})

test('the addressees after "Kính gửi:" are not tasks; a body of bullets after them is', () => {
  const tasks = proseTasks(notice(`Kính gửi:\n\n- Bộ Tài chính;\n\n- Bộ Xây dựng.\n\nPhó Thủ tướng Chính phủ có ý kiến như sau:\n\n- Giao Bộ Xây dựng chủ trì hoàn thiện hồ sơ, trình trước ngày 30/4/2026.\n\n- Bộ Tài chính bố trí vốn trong tháng 5/2026.`), {})
  expect(tasks.map((t) => [t.id, t.owner, t.due])).toEqual([
    ['1', 'Bộ Xây dựng', '2026-04-30'],
    ['2', 'Bộ Tài chính', '2026-05-31']
  ])
})

test('requests that open with "đề nghị Quý Sở" after an adverbial are directives even as the last paragraphs; the formula after them closes', () => {
  const tasks = proseTasks(
    notice(
      `Kính gửi: Sở Nông nghiệp và Môi trường tỉnh Điện Biên.\n\nBộ Nông nghiệp và Môi trường nhận được văn bản của Quý Sở về việc xin hỗ trợ giống cây trồng. Về việc này, Bộ có ý kiến như sau:\n\nĐề nghị Quý Sở tổng hợp diện tích cây trồng bị thiệt hại, gửi Bộ trước ngày 20/7/2026.\n\nNgoài ra, đề nghị Quý Sở hướng dẫn các hợp tác xã khôi phục sản xuất theo quy trình kỹ thuật.\n\nĐối với giống lúa dự phòng, đề nghị Quý Sở làm việc với Cục Trồng trọt để thống nhất số lượng cần hỗ trợ.\n\nBộ Nông nghiệp và Môi trường trả lời để Quý Sở biết, thực hiện./.`
    ),
    {}
  )
  expect(tasks.map((t) => [t.id, t.owner, t.due])).toEqual([
    ['1', 'Sở Nông nghiệp và Môi trường tỉnh Điện Biên', '2026-07-20'],
    ['2', 'Sở Nông nghiệp và Môi trường tỉnh Điện Biên', null],
    ['3', 'Sở Nông nghiệp và Môi trường tỉnh Điện Biên', null]
  ])
})

test('the date an approval grants is not the deadline of the assignment after it in the same item', () => {
  const tasks = proseTasks(
    notice(
      `1. Chấp thuận gia hạn thời gian thi công công trình Trường Tiểu học Tân Lập đến hết tháng 6/2027. Giao Sở Xây dựng hướng dẫn chủ đầu tư hoàn thiện hồ sơ điều chỉnh.\n\n2. Cho phép kéo dài thời gian giải ngân vốn đến ngày 31/01/2027. Yêu cầu Sở Tài chính rà soát số vốn còn lại, báo cáo trước ngày 15/12/2026.`
    ),
    {}
  )
  expect(tasks.map((t) => [t.id, t.owner, t.due])).toEqual([
    ['1', 'Sở Xây dựng', null],
    ['2', 'Sở Tài chính', '2026-12-15']
  ])
})

test('a request to "Quý Ủy ban" with more of the body after it is a directive; the one ending in "./." closes the letter', () => {
  const tasks = proseTasks(
    notice(
      `Kính gửi: Ủy ban nhân dân các tỉnh ven biển.\n\nĐể bảo đảm an toàn cho ngư dân trong mùa mưa bão, Bộ Nông nghiệp và Môi trường đề nghị một số nội dung như sau:\n\nĐề nghị Quý Ủy ban chỉ đạo kiểm đếm tàu cá, hoàn thành trước ngày 15 tháng 9 năm 2026.\n\nĐề nghị Quý Ủy ban bố trí kinh phí sửa chữa các khu neo đậu tàu thuyền.\n\nCục Thủy sản có trách nhiệm cập nhật dữ liệu giám sát hành trình tàu cá hằng ngày.\n\nBộ Nông nghiệp và Môi trường đề nghị Quý Ủy ban quan tâm, chỉ đạo thực hiện./.`
    ),
    {}
  )
  expect(tasks.map((t) => [t.id, t.owner, t.due])).toEqual([
    ['1', 'Ủy ban nhân dân các tỉnh ven biển', '2026-09-15'],
    ['2', 'Ủy ban nhân dân các tỉnh ven biển', null],
    ['3', 'Cục Thủy sản', null]
  ])
})

describe('a lead-in paragraph names the owner of the list it introduces', () => {
  const rows = (text: string) => proseTasks(notice(text), {}).map((t) => [t.id, t.owner])
  test('items without an owner of their own take the addressees; an item naming one keeps it', () =>
    expect(
      rows(
        `Về nhiệm vụ thời gian tới, yêu cầu các sở, ban, ngành, địa phương tập trung thực hiện các nội dung sau:\n\n1. Tiếp tục hoàn thiện thể chế. Các đoàn kiểm tra của Tỉnh ủy cần chú ý nội dung này.\n\n2. Sở Tài chính bố trí kinh phí.\n\n3. Phát triển hạ tầng số (Sở Khoa học và Công nghệ chủ trì).`
      )
    ).toEqual([
      ['1', 'các sở, ban, ngành, địa phương'],
      ['2', 'Sở Tài chính'],
      ['3', 'Sở Khoa học và Công nghệ']
    ]))
  test('under an owner heading, a later sentence about another agency does not take the task', () =>
    expect(rows(`1. Sở Khoa học và Công nghệ\n\na) Xây dựng kho dữ liệu dùng chung. Các địa phương phối hợp cung cấp dữ liệu.\n\nb) Rà soát quy hoạch. Giao Sở Xây dựng chủ trì thực hiện.`)).toEqual([
      ['1.a', 'Sở Khoa học và Công nghệ'],
      ['1.b', 'Sở Xây dựng']
    ]))
  test('with no owner above, the subject of a later sentence is still the best guess', () =>
    expect(rows(`1. Tiếp tục hoàn thiện thể chế. Các sở, ngành chủ động rà soát văn bản.`)).toEqual([['1', 'Các sở, ngành']]))
  test('a lead-in above a Roman chapter does not reach into it', () =>
    expect(rows(`Đồng chí Chủ tịch yêu cầu các sở thực hiện như sau:\n\nI. NHIỆM VỤ\n\n1. Hoàn thiện thể chế.`)).toEqual([['1', null]]))
})

describe('what is not a task', () => {
  const ids = (text: string) => proseTasks(notice(text), {}).map((t) => (t.owner === null ? t.id : `${t.id} ${t.owner}`))
  test('a numbered list introduced as results; the tasks after the next lead-in are tasks again', () =>
    expect(
      ids(
        `Năm 2025, công tác phòng, chống thiên tai trên địa bàn xã đã đạt được những kết quả sau:\n\n1. Tổ chức 02 đợt diễn tập.\n\n2. Kiện toàn 100% Đội xung kích.\n\nĐể thực hiện tốt nhiệm vụ năm 2026, Chủ tịch UBND xã có ý kiến như sau:\n\n1. Giao Phòng Kinh tế rà soát phương án sơ tán dân, xong trước 30/6/2026.\n\n2. Công an xã bảo đảm an ninh trật tự.`
      )
    ).toEqual(['1 Phòng Kinh tế', '2 Công an xã']))
  test('an item that states when or where the campaign runs is no task', () =>
    expect(
      ids(
        `Ủy ban nhân dân xã Phú Cường thông báo như sau:\n\n1. Thời gian tổ chức: từ ngày 10/6/2026 đến hết ngày 30/6/2026, tại các thôn ven sông.\n\n2. Địa điểm tập kết: sân Ủy ban nhân dân xã.\n\n3. Công an xã bảo đảm an ninh trật tự trong thời gian tổ chức.\n\n4. Ban Chỉ huy quân sự xã tổ chức phát quang hành lang đê. Thời gian hoàn thành: trước ngày 30/6/2026.`
      )
    ).toEqual(['3 Công an xã', '4 Ban Chỉ huy quân sự xã']))
  test('the particulars of a scheme a decision approves are no tasks; the article that gives the work has them', () =>
    expect(
      ids(
        `Điều 1. Phê duyệt Đề án chuyển đổi xe buýt xanh với các nội dung chủ yếu sau:\n\n1. Lộ trình: Giai đoạn 2027 - 2028 thay thế 96 xe buýt diesel trên 7 tuyến nội đô.\n\n2. Kinh phí: Tổng kinh phí dự kiến 1.430 tỷ đồng, ngân sách thành phố hỗ trợ lãi suất.\n\n3. Quy mô: 7 tuyến nội đô, 120 xe.\n\nĐiều 2. Tổ chức thực hiện\n\n1. Sở Tài chính chủ trì bố trí kinh phí trợ giá.\n\n2. Kinh phí: Sở Xây dựng lập dự toán trình Ủy ban nhân dân thành phố.`
      )
    ).toEqual(['1 Sở Tài chính', '2 Sở Xây dựng']))
  test('what to do should the need arise, and a lead-in to the table below, are no tasks', () =>
    expect(
      ids(
        `Điều 2. Tổ chức thực hiện\n\n1. Bộ Công Thương chủ trì theo dõi, đôn đốc việc thực hiện.\n\n2. Trong quá trình thực hiện, trường hợp cần sửa đổi, bổ sung nhiệm vụ, các bộ, ngành, địa phương chủ động báo cáo Thủ tướng Chính phủ.\n\n3. Các bộ, cơ quan, địa phương thực hiện các nhiệm vụ theo bảng dưới đây:`
      )
    ).toEqual(['1 Bộ Công Thương']))
  test('an item that reports what was done to answer a proposal is no task', () =>
    expect(
      ids(
        `III. VỀ CÁC KIẾN NGHỊ CỦA TỈNH\n\n1. Về đề nghị hỗ trợ vốn cho dự án đê biển: giao Bộ Tài chính chủ trì xem xét, xử lý theo quy định.\n\n2. Về đề nghị áp dụng cơ chế đặc thù cho dự án luồng: Bộ Xây dựng đã có Văn bản số 9875/BXD-KHTC trả lời tỉnh; nội dung kiến nghị đã được giải quyết.`
      )
    ).toEqual(['1 Bộ Tài chính']))
  test("a chapter's own statement before its one directive: the directive stays an item of its own", () =>
    expect(
      ids(
        `I. NHIỆM VỤ\n\n1. Phòng Văn hóa - Xã hội tổ chức tuyên truyền về chuyển đổi số.\n\nII. KINH PHÍ THỰC HIỆN\n\nKinh phí thực hiện được bảo đảm từ ngân sách xã và các nguồn hợp pháp khác.\n\nPhòng Kinh tế có trách nhiệm tham mưu bố trí kinh phí trong dự toán năm 2027.\n\nIII. TỔ CHỨC THỰC HIỆN\n\nVăn phòng HĐND và UBND xã theo dõi, đôn đốc việc thực hiện Kế hoạch.`
      )
    ).toEqual(['I.1 Phòng Văn hóa - Xã hội', 'II.1 Phòng Kinh tế', 'III Văn phòng HĐND và UBND xã']))
  test('a section whose body only points to the appendices', () =>
    expect(ids(`II. CHỈ TIÊU VÀ NHIỆM VỤ\n\nCác chỉ tiêu chủ yếu tại Phụ lục I; nhiệm vụ cụ thể và phân công thực hiện tại Phụ lục II kèm theo Kế hoạch này.\n\nIII. TỔ CHỨC THỰC HIỆN\n\n1. Sở Tài chính bố trí kinh phí.`)).toEqual(['1 Sở Tài chính']))
})

test('labelled lines under a task are its owner, coordinators, deadline and result, not tasks', () => {
  const tasks = proseTasks(
    notice(`II. NHIỆM VỤ CỤ THỂ\n\n1. Hoàn thiện thể chế\n\n1.1. Xây dựng Thông tư quy định về quản lý dữ liệu.\n\n- Đơn vị chủ trì: Vụ Pháp chế.\n\n- Đơn vị phối hợp: Cục Thông tin, Thống kê; Văn phòng Bộ.\n\n- Thời gian hoàn thành: Tháng 6/2027.\n\n- Sản phẩm: Thông tư của Bộ trưởng.\n\n1.2. Rà soát quy chế cập nhật dữ liệu.\n\nĐơn vị chủ trì: Văn phòng Bộ. Thời gian hoàn thành: Quý II/2027.`),
    {}
  )
  expect(tasks.map((t) => [t.id, t.owner, t.coordinators, t.due, t.result, t.text])).toEqual([
    ['1.1', 'Vụ Pháp chế', ['Cục Thông tin, Thống kê', 'Văn phòng Bộ'], '2027-06-30', 'Thông tư của Bộ trưởng', 'Xây dựng Thông tư quy định về quản lý dữ liệu.'],
    ['1.2', 'Văn phòng Bộ', [], '2027-06-30', null, 'Rà soát quy chế cập nhật dữ liệu.']
  ])
})

test('a resolution: targets under their article are not tasks, the article on implementation is; entry into force is no deadline', () => {
  const tasks = proseTasks(
    notice(`QUYẾT NGHỊ:\n\nĐiều 1. Các chỉ tiêu chủ yếu năm 2027\n\n1. Tốc độ tăng trưởng GRDP đạt 9 - 10%.\n\n2. Tỷ lệ hộ nghèo giảm 1,5%.\n\nĐiều 2. Tổ chức thực hiện\n\n1. Giao Ủy ban nhân dân tỉnh tổ chức thực hiện Nghị quyết.\n\n2. Giao Thường trực Hội đồng nhân dân tỉnh giám sát việc thực hiện Nghị quyết.\n\nNghị quyết này đã được Hội đồng nhân dân tỉnh thông qua ngày 10 tháng 12 năm 2026 và có hiệu lực từ ngày 01 tháng 01 năm 2027./.`),
    {}
  )
  expect(tasks.map((t) => [t.id, t.owner, t.due])).toEqual([
    ['1', 'Ủy ban nhân dân tỉnh', null],
    ['2', 'Thường trực Hội đồng nhân dân tỉnh', null]
  ])
})

test('a section title in capitals with nothing under it is not a task', () =>
  expect(proseTasks(notice(`I. NHIỆM VỤ\n\n1. Sở Tài chính bố trí kinh phí.\n\nII. TỔ CHỨC THỰC HIỆN\n\nYêu cầu các đơn vị nghiêm túc triển khai thực hiện./.`), {}).map((t) => t.id)).toEqual(['1']))
