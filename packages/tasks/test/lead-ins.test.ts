import {describe, expect, test} from 'vitest'
import {readDocument} from '@vanban/ingest'
import {normalizeDocument} from '@vanban/normalize'
import {extractTasks} from '../src/extract-tasks.ts'
import {cellItems} from '../src/table.ts'

/** Markdown as a clerk's file gives it: through the text reader (tables included) and normalize. */
const tasksOf = async (markdown: string) =>
  extractTasks(normalizeDocument(await readDocument(new TextEncoder().encode(markdown), {name: 'doc.md'})), {documentDate: '2026-12-18'}).map((t) => ({
    id: t.id,
    kind: t.kind,
    parent: t.parent,
    owner: t.owner,
    coordinators: t.coordinators,
    due: t.due,
    text: t.text.slice(0, 30)
  }))

const header = 'ỦY BAN NHÂN DÂN\nPHƯỜNG HÒA CƯỜNG\n\nSố: 412/TB-UBND\n\nĐà Nẵng, ngày 18 tháng 12 năm 2026\n\nTHÔNG BÁO\n\nKết luận của Chủ tịch UBND phường\n\n'

describe('a task table after the item that introduces it', async () => {
  const body = `${header}**II. NHIỆM VỤ TRỌNG TÂM**

**Phòng Kinh tế, Hạ tầng và Đô thị:**

- Chủ trì rà soát các trường hợp lấn chiếm vỉa hè, hoàn thành trước ngày 15/01/2027.
- Chủ trì, đôn đốc các đơn vị hoàn thành các công việc chỉnh trang đô thị theo danh mục sau:

| TT | Nội dung công việc | Đơn vị phối hợp | Thời gian hoàn thành |
|---|---|---|---|
| 1 | Sửa chữa vỉa hè đường Núi Thành | Ban điều hành tổ dân phố | Trước ngày 20/01/2027 |
| 2 | Nạo vét hệ thống thoát nước | Công ty Thoát nước | Trước ngày 10/01/2027 |

- Kiểm tra, xử lý vi phạm trật tự xây dựng; thực hiện thường xuyên.

**Văn phòng HĐND và UBND phường:**

- Theo dõi, đôn đốc các phòng thực hiện Thông báo này.

Ban điều hành các tổ dân phố có trách nhiệm vận động Nhân dân tham gia tổng vệ sinh hằng tuần.

Văn phòng HĐND và UBND phường thông báo để các đơn vị biết, thực hiện./.
`
  const tasks = await tasksOf(body)

  test('its rows are the item\'s work: its owner, under it; the item is their group', () => {
    const lead = tasks.find((t) => t.text.startsWith('Chủ trì, đôn đốc'))!
    expect(lead).toMatchObject({kind: 'group', owner: 'Phòng Kinh tế, Hạ tầng và Đô thị'})
    const rows = tasks.filter((t) => t.parent === lead.id)
    expect(rows.map((t) => [t.owner, t.due])).toEqual([
      ['Phòng Kinh tế, Hạ tầng và Đô thị', '2027-01-20'],
      ['Phòng Kinh tế, Hạ tầng và Đô thị', '2027-01-10']
    ])
  })

  test('a body of its own after the bullets under an agency line is a task beside them, not a bullet\'s tail', () => {
    const last = tasks.find((t) => t.text.startsWith('Ban điều hành các tổ'))
    expect(last).toMatchObject({kind: 'task', owner: 'Ban điều hành các tổ dân phố'})
    expect(tasks.find((t) => t.text.startsWith('Theo dõi, đôn đốc'))).toMatchObject({owner: 'Văn phòng HĐND và UBND phường'})
  })

  test('explained: the lead-in by its rule, the rows as rows', async () => {
    const explained = extractTasks(normalizeDocument(await readDocument(new TextEncoder().encode(body), {name: 'doc.md'})), {explain: true})
    const lead = explained.find((t) => t.text.startsWith('Chủ trì, đôn đốc'))!
    expect(lead.rules).toContain('table-lead-in')
    expect(explained.filter((t) => t.parent === lead.id).map((t) => t.rules)).toEqual([['table-row'], ['table-row']])
  })

  test('a table with owners of its own leaves the lead-in out', async () => {
    const own = body.replace('| Đơn vị phối hợp |', '| Đơn vị chủ trì |')
    const out = await tasksOf(own)
    expect(out.some((t) => t.text.startsWith('Chủ trì, đôn đốc'))).toBe(false)
    expect(out.filter((t) => t.due === '2027-01-20').map((t) => t.owner)).toEqual(['Ban điều hành tổ dân phố'])
  })
})

describe('a cell that lists its work item by item', () => {
  // [cell, lead and items, or null]
  const cells: ReadonlyArray<readonly [string, {lead: string; list: string[]} | null]> = [
    ['Xây dựng chính sách hỗ trợ hộ kinh doanh, gồm: - Xây dựng dự thảo Nghị quyết; - Ban hành hướng dẫn thủ tục', {lead: 'Xây dựng chính sách hỗ trợ hộ kinh doanh, gồm:', list: ['Xây dựng dự thảo Nghị quyết', 'Ban hành hướng dẫn thủ tục']}],
    ['Bố trí quỹ đất: – Rà soát quỹ đất tại các khu công nghiệp; – Công bố danh mục quỹ đất', {lead: 'Bố trí quỹ đất:', list: ['Rà soát quỹ đất tại các khu công nghiệp', 'Công bố danh mục quỹ đất']}],
    // What one task covers, no work of its own each; a lead that gives work of its own first (NQ71 row 16).
    ['Sửa đổi Luật Khoa học và Công nghệ (2013) để tháo gỡ khó khăn. Các Luật cần được sửa đổi bao gồm: - Sửa đổi Luật Viên chức; - Sửa đổi Luật Đầu tư', null],
    ['Chi trả không dùng tiền mặt các khoản: - Trợ cấp xã hội hằng tháng; - Lương hưu', null],
    // One item is no list; a spaced hyphen in a phrase is no item.
    ['Tổ chức ra quân: - Tổng vệ sinh môi trường', null],
    ['Phát động phong trào xanh - sạch - đẹp: ra quân đồng loạt', null]
  ]
  test.each(cells)('%s', (cell, expected) => {
    expect(cellItems(cell)).toEqual(expected)
  })

  test('each item is a task of the row\'s owner and deadline, a row that goes on with one more item joined', async () => {
    const tasks = await tasksOf(`${header}PHỤ LỤC\n\n| TT | Nội dung nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian hoàn thành |
|---|---|---|---|---|
| 1 | Bố trí quỹ đất cho doanh nghiệp nhỏ và vừa:<br>- Rà soát quỹ đất tại các khu công nghiệp; | Sở Công Thương | Sở Tài chính | Quý III/2027 |
| | - Công bố danh mục quỹ đất trên Cổng Thông tin điện tử tỉnh | | | |
| 2 | Hỗ trợ doanh nghiệp chuyển đổi số | Sở Khoa học và Công nghệ | | Năm 2027 |
`)
    expect(tasks.map((t) => [t.id, t.kind, t.owner, t.due])).toEqual([
      ['1', 'group', 'Sở Công Thương', '2027-09-30'],
      ['1.1', 'task', 'Sở Công Thương', '2027-09-30'],
      ['1.2', 'task', 'Sở Công Thương', '2027-09-30'],
      ['2', 'task', 'Sở Khoa học và Công nghệ', '2027-12-31']
    ])
  })
})

test('a numbered section titled `Tổ chức thực hiện` over plain paragraphs: each paragraph that assigns is a task of its own', async () => {
  const tasks = await tasksOf(`${header}**1. Đánh giá chung**

Các cấp ủy đã triển khai nghiêm túc Chương trình.

**2. Tổ chức thực hiện**

Các cơ quan, đơn vị được giao nhiệm vụ gửi báo cáo kết quả về Ban Thường vụ Tỉnh ủy trước ngày 30/11/2027.

Văn phòng Tỉnh ủy theo dõi, đôn đốc các cơ quan thực hiện Thông báo này, báo cáo trước ngày 15/12/2027.
`)
  expect(tasks.filter((t) => t.kind === 'task').map((t) => [t.id, t.owner, t.due])).toEqual([
    ['2.1', 'Các cơ quan, đơn vị được giao nhiệm vụ', '2027-11-30'],
    ['2.2', 'Văn phòng Tỉnh ủy', '2027-12-15']
  ])
})

test('an item with no owner takes the body a later part says leads it (`… chủ trì … tại mục 6 Phần II`)', async () => {
  const tasks = await tasksOf(`${header}**II. NHIỆM VỤ, GIẢI PHÁP**

1. Sở Nội vụ chủ trì rà soát kết quả Chỉ số cải cách hành chính, hoàn thành trước ngày 30/4/2027.

2. Đẩy mạnh công tác thông tin, tuyên truyền về cải cách hành chính.

3. Thực hiện có hiệu quả cải cách tài chính công.

**III. TỔ CHỨC THỰC HIỆN**

1. Sở Tài chính: Tham mưu bố trí kinh phí; chủ trì thực hiện các nội dung cải cách tài chính công tại mục 3 Phần II Kế hoạch này.

2. Sở Văn hóa, Thể thao và Du lịch: Chủ trì, phối hợp với Báo Lâm Đồng triển khai nhiệm vụ tại mục 2 Phần II Kế hoạch này.
`)
  expect(tasks.filter((t) => t.id.startsWith('II.')).map((t) => [t.id, t.owner])).toEqual([
    ['II.1', 'Sở Nội vụ'],
    ['II.2', 'Sở Văn hóa, Thể thao và Du lịch'],
    ['II.3', 'Sở Tài chính']
  ])
})

test('a later part that names several items, or a point of one, by number; its lines that only point are no tasks', async () => {
  const tasks = await tasksOf(`${header}II. NHIỆM VỤ

1. Rà soát tiêu chí vùng chuyên canh, hoàn thành trong quý I/2026.

2. Xây dựng bộ chỉ số đo lường phát thải, hoàn thành trong quý III/2026.

3. Hỗ trợ hợp tác xã:

a) Củng cố năng lực quản trị cho 150 hợp tác xã trong năm 2026.

b) Theo dõi việc ký kết hợp đồng liên kết.

4. Tổ chức sơ kết thực hiện Đề án trong năm 2026.

III. TỔ CHỨC THỰC HIỆN

1. Phân công thực hiện

- Cục Trồng trọt và Bảo vệ thực vật chủ trì thực hiện nhiệm vụ tại mục 1 và mục 4 Phần II.

- Cục Biến đổi khí hậu chủ trì, phối hợp với Cục Trồng trọt và Bảo vệ thực vật thực hiện nhiệm vụ tại mục 2 Phần II.

- Cục Kinh tế hợp tác chủ trì thực hiện nhiệm vụ tại mục 3 Phần II.

2. Đề nghị Ủy ban nhân dân các tỉnh bố trí kinh phí đối ứng.
`)
  expect(tasks.filter((t) => t.kind === 'task').map((t) => [t.id, t.owner, t.coordinators])).toEqual([
    ['II.1', 'Cục Trồng trọt và Bảo vệ thực vật', []],
    ['II.2', 'Cục Biến đổi khí hậu', ['Cục Trồng trọt và Bảo vệ thực vật']],
    ['II.3.a', 'Cục Kinh tế hợp tác', []],
    ['II.3.b', 'Cục Kinh tế hợp tác', []],
    ['II.4', 'Cục Trồng trọt và Bảo vệ thực vật', []],
    ['III.2', 'Ủy ban nhân dân các tỉnh', []]
  ])
  expect(tasks.some((t) => t.id.startsWith('III.1'))).toBe(false)
})

test('a field line after an item\'s tasks that says it covers the item (`… các nhiệm vụ tại mục 4: …`): its tasks inherit its fields', async () => {
  const tasks = await tasksOf(`${header}**II. NHIỆM VỤ CỤ THỂ**

**4. Phát triển Chính phủ số**

4.1. Cung cấp 100% thủ tục hành chính đủ điều kiện dưới dạng dịch vụ công trực tuyến toàn trình.

4.2. Tái cấu trúc quy trình, tích hợp thanh toán trực tuyến đối với các thủ tục hành chính có số lượng hồ sơ lớn.

Đơn vị chủ trì thực hiện các nhiệm vụ tại mục 4: Văn phòng Bộ; Đơn vị phối hợp: Cục Chuyển đổi số; Thời gian hoàn thành: Quý II/2027.

**5. Phát triển nguồn nhân lực số**

5.1. Tổ chức bồi dưỡng kỹ năng số cho công chức. Đơn vị chủ trì: Vụ Tổ chức cán bộ. Thời gian hoàn thành: năm 2027.
`)
  expect(tasks.filter((t) => t.kind === 'task' && /\.\d$/u.test(t.id)).map((t) => [t.id, t.owner, t.due])).toEqual([
    ['4.1', 'Văn phòng Bộ', '2027-06-30'],
    ['4.2', 'Văn phòng Bộ', '2027-06-30'],
    ['5.1', 'Vụ Tổ chức cán bộ', '2027-12-31']
  ])
})

test('a sentence after lettered points that dates some of them by name dates those only', async () => {
  const tasks = await tasksOf(`${header}**2. Chủ tịch UBND các xã, phường:**

a) Kiện toàn Ban Chỉ huy phòng cháy, chữa cháy rừng cấp xã.

b) Tổ chức cho các hộ gia đình gần rừng ký cam kết không đốt nương, rẫy.

c) Quản lý chặt chẽ việc sử dụng lửa trong sản xuất.

Các nội dung tại điểm a và điểm b khoản này phải hoàn thành trước ngày 15 tháng 12 năm 2027.
`)
  expect(tasks.filter((t) => t.kind === 'task').map((t) => [t.id, t.owner, t.due])).toEqual([
    ['2.a', 'Chủ tịch UBND các xã, phường', '2027-12-15'],
    ['2.b', 'Chủ tịch UBND các xã, phường', '2027-12-15'],
    ['2.c', 'Chủ tịch UBND các xã, phường', null]
  ])
})

test('`Đối với X: …` and `Đối với X, ngoài các nội dung nêu trên, đề nghị: (1) …` name X; an owner read mid-sentence is capitalised', async () => {
  const tasks = await tasksOf(`BỘ NỘI VỤ\n\nSố: 5120/BNV-CCVC\n\nHà Nội, ngày 18 tháng 11 năm 2026\n\nKính gửi:\n- Các bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ;\n- Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương.

Thực hiện Nghị quyết số 214/NQ-CP, Bộ Nội vụ đề nghị các bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ và Ủy ban nhân dân các tỉnh thực hiện một số nội dung sau:

1. Rà soát, cập nhật thông tin hồ sơ cán bộ, công chức vào Cơ sở dữ liệu quốc gia.

2. Đối với Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương, ngoài các nội dung nêu trên, đề nghị: (1) chỉ đạo rà soát, bố trí công chức cấp xã; (2) tổng hợp kết quả, báo cáo Bộ Nội vụ trước ngày 31/3/2027.

3. Đối với các bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ: rà soát danh mục vị trí việc làm, gửi Bộ Nội vụ trong quý II/2027.
`)
  expect(tasks.filter((t) => t.kind === 'task').map((t) => [t.id, t.owner])).toEqual([
    ['1', 'Các bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ; Ủy ban nhân dân các tỉnh'],
    ['2', 'Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương'],
    ['2.(1)', 'Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương'],
    ['2.(2)', 'Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương'],
    ['3', 'Các bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ']
  ])
})

test('under `**2. Đối với tỉnh**`, the lead-in of an inline list names the body in full; `X và các đoàn thể` over items is two owners', async () => {
  const tasks = await tasksOf(`${header}**II. KẾT LUẬN**

**1. Ủy ban MTTQ Việt Nam phường và các đoàn thể**

- Tuyên truyền, vận động Nhân dân hưởng ứng phong trào.

**2. Đối với tỉnh**

Đề nghị UBND tỉnh Gia Lai tập trung chỉ đạo các sở, ngành thực hiện các nội dung sau: (1) rà soát phương án phòng, chống thiên tai; (2) đẩy nhanh tiến độ giải phóng mặt bằng.
`)
  expect(tasks.filter((t) => t.kind === 'task').map((t) => [t.id, t.owner])).toEqual([
    ['1.1', 'Ủy ban MTTQ Việt Nam phường; các đoàn thể'],
    ['2', 'UBND tỉnh Gia Lai'],
    ['2.(1)', 'UBND tỉnh Gia Lai'],
    ['2.(2)', 'UBND tỉnh Gia Lai']
  ])
})

test('a chapter in prose that sends its work to another part (`… được phân công … tại Mục IV Kế hoạch này`) is no task', async () => {
  const tasks = await tasksOf(`${header}**III. NHIỆM VỤ VÀ GIẢI PHÁP**

Năm 2027, xã xác định chuyển đổi số là khâu đột phá trong cải cách hành chính. Các nhiệm vụ cụ thể được phân công cho từng cơ quan, đơn vị tại Mục IV Kế hoạch này.

**IV. TỔ CHỨC THỰC HIỆN**

1. Công an xã chủ trì thu thập, làm sạch dữ liệu dân cư, hoàn thành trong quý II/2027.
`)
  expect(tasks.map((t) => [t.id, t.kind])).toEqual([
    ['IV', 'group'],
    ['1', 'task']
  ])
})

test('a numbered title in bold over paragraphs that each give a body work: one task each; a forecast\'s span is no deadline', async () => {
  const tasks = await tasksOf(`${header}**II. NHIỆM VỤ, GIẢI PHÁP**

Dự báo từ nay đến hết tháng 5 năm 2027, xâm nhập mặn còn ở mức cao. Chủ tịch UBND phường yêu cầu các đơn vị thực hiện các nhiệm vụ sau:

**1. Bảo đảm an toàn tính mạng và ổn định đời sống Nhân dân**

Trạm Y tế phường chủ trì rà soát, thống kê các hộ gia đình bị ảnh hưởng.

Công an phường bố trí lực lượng sẵn sàng hỗ trợ di dời khẩn cấp, hoàn thành trước ngày 15/01/2027.

**2. Khôi phục sản xuất**

Phòng Kinh tế, Hạ tầng và Đô thị thống kê diện tích cây trồng bị thiệt hại.

Mức hỗ trợ thực hiện theo quy định hiện hành.
`)
  expect(tasks.filter((t) => t.kind === 'task').map((t) => [t.id, t.owner, t.due])).toEqual([
    ['1.1', 'Trạm Y tế phường', null],
    ['1.2', 'Công an phường', '2027-01-15'],
    ['2', 'Phòng Kinh tế, Hạ tầng và Đô thị', null]
  ])
})

test('the same titles in plain text (an OCR\'d copy, no bold): a short numbered line of no clause over paragraphs that give bodies work', async () => {
  const tasks = await tasksOf(`${header}II. NHIỆM VỤ, GIẢI PHÁP TRONG THỜI GIAN TỚI

1. Về công tác theo dõi, ứng phó hạn hán, thiếu nước, xâm nhập mặn

Bộ Nông nghiệp và Môi trường chỉ đạo các đơn vị chuyên môn tăng cường quan trắc độ mặn.

Bộ Xây dựng hướng dẫn các địa phương bảo đảm an toàn cấp nước, hoàn thành trong tháng 5/2027.

2. Sở Y tế chủ trì rà soát các trạm y tế bị ảnh hưởng

Trung tâm Kiểm soát bệnh tật tỉnh có trách nhiệm xử lý môi trường sau thiên tai.
`)
  expect(tasks.filter((t) => t.kind === 'task').map((t) => [t.id, t.owner, t.due])).toEqual([
    ['1.1', 'Bộ Nông nghiệp và Môi trường', null],
    ['1.2', 'Bộ Xây dựng', '2027-05-31'],
    ['2', 'Sở Y tế', null]
  ])
})

test('a deadline label that names the points it dates (`Thời gian hoàn thành các nhiệm vụ tại các điểm a, b và c khoản này: …`)', async () => {
  const tasks = await tasksOf(`${header}**4. Đẩy mạnh xúc tiến thương mại** (Phòng Kinh tế chủ trì)

a) Xây dựng danh mục đề án xúc tiến thương mại năm 2027.

b) Tổ chức các hội nghị kết nối cung cầu.

c) Tổ chức Tuần lễ hàng Việt Nam.

d) Theo dõi, báo cáo kết quả thường xuyên.

Thời gian hoàn thành các nhiệm vụ tại các điểm a, b và c khoản này: Trong năm 2027.
`)
  expect(tasks.filter((t) => t.kind === 'task').map((t) => [t.id, t.due])).toEqual([
    ['4.a', '2027-12-31'],
    ['4.b', '2027-12-31'],
    ['4.c', '2027-12-31'],
    ['4.d', null]
  ])
})

test('list numbers OCR read as a column apart (bare `1.`, `a) b)` lines): a paragraph that opens with a body\'s assignment after a complete item is the next item', async () => {
  const tasks = await tasksOf(`${header}PHỤ LỤC

I. HOÀN THIỆN THỂ CHẾ

1. Bộ Khoa học và Công nghệ chủ trì xây dựng Nghị định về sàn dữ liệu, hoàn thành trong quý III/2027.

a)

b)

Bộ Tài chính chủ trì, phối hợp với Bộ Khoa học và Công nghệ đề xuất cơ chế ưu đãi thuế, hoàn thành trong quý IV/2027.

Bộ Tư pháp rà soát các quy định chồng chéo, báo cáo trước ngày 31/10/2027.
`)
  expect(tasks.filter((t) => t.kind === 'task').map((t) => [t.owner, t.due])).toEqual([
    ['Bộ Khoa học và Công nghệ', '2027-09-30'],
    ['Bộ Tài chính', '2027-12-31'],
    ['Bộ Tư pháp', '2027-10-31']
  ])
})
