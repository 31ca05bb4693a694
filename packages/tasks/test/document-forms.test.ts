import {describe, expect, test} from 'vitest'
import {inlineDocument} from './inline-document.ts'
import {extractTasks, parseDeadline} from '../src/index.ts'
import {noTaskKindOf} from '../src/document-kind.ts'
import {agencyHeading, coordinatorsOf, ownersOf} from '../src/owner.ts'
import {isImplementRequest, reportsOnly} from '../src/directives.ts'

const doc = (text: string) => inlineDocument(text, 'doc.md')

const tasksOf = (text: string) =>
  extractTasks(doc(text), {documentDate: '2026-08-12'})
    .filter((t) => t.kind === 'task')
    .map((t) => ({id: t.id, owner: t.owner, due: t.due, recurrence: t.recurrence}))

const header = (kind: string, subject: string): string =>
  ['ỦY BAN NHÂN DÂN\nTỈNH HÀ TĨNH\nSỞ XÂY DỰNG', 'Số: 88/GM-SXD', 'Hà Tĩnh, ngày 12 tháng 8 năm 2026', kind, subject].join('\n\n')

describe('a document whose kind assigns no tasks', () => {
  // [title lines as printed, its kind or null]
  const kinds: ReadonlyArray<readonly [string, string | null]> = [
    ['GIẤY MỜI', 'GIẤY MỜI'],
    ['**GIẤY MỜI**', 'GIẤY MỜI'],
    ['# GIẤY MỜI', 'GIẤY MỜI'],
    ['GIẤY MỜI Họp bàn phương án thi công', 'GIẤY MỜI'],
    ['GIẤY TRIỆU TẬP', 'GIẤY TRIỆU TẬP'],
    ['CÔNG VĂN', null],
    ['THÔNG BÁO\nKết luận của Giám đốc Sở tại cuộc họp', null],
    ['Sở gửi kèm giấy mời họp tới các đơn vị.', null],
    ['GIẤY MỜIX', null],
    // A schedule, whatever its title: its subject line says so.
    ['THÔNG BÁO\n**Lịch công tác tuần 50 năm 2026 của Chủ tịch, các Phó Chủ tịch UBND tỉnh**', 'LỊCH CÔNG TÁC'],
    ['THÔNG BÁO\nLịch trực Tết Nguyên đán Bính Ngọ 2026', 'LỊCH TRỰC'],
    ['THÔNG BÁO\n**Lịch nghỉ Tết Nguyên đán và giờ mở cửa các bảo tàng**', 'LỊCH NGHỈ'],
    ['THÔNG BÁO\nLịch sử hình thành và phát triển', null]
  ]
  test.each(kinds)('%s → %s', (title, kind) => {
    expect(noTaskKindOf(doc(header(title, 'V/v họp')))).toBe(kind)
  })

  test('an invitation: its requests to prepare, attend and bring documents are logistics, not tasks', () => {
    const text = [
      header('GIẤY MỜI', 'Họp bàn phương án sửa chữa đường tỉnh 8'),
      'Sở Xây dựng trân trọng kính mời:',
      '- Đại diện lãnh đạo Sở Tài chính;\n- Đại diện Ủy ban nhân dân xã Kỳ Anh.',
      'Thời gian: 14 giờ 00, ngày 20 tháng 8 năm 2026.',
      'Địa điểm: Phòng họp tầng 2, Sở Xây dựng.',
      '1. Đề nghị Sở Tài chính chuẩn bị ý kiến về nguồn vốn sửa chữa, gửi về Sở Xây dựng trước ngày 18/8/2026.',
      '2. Ủy ban nhân dân xã Kỳ Anh chuẩn bị báo cáo hiện trạng tuyến đường.',
      'Đề nghị các đại biểu tham dự đúng thành phần./.'
    ].join('\n\n')
    expect(tasksOf(text)).toEqual([])
  })

  test('the same lines under a dispatch are tasks', () => {
    const text = [
      header('CÔNG VĂN', 'V/v sửa chữa đường tỉnh 8'),
      '1. Đề nghị Sở Tài chính chuẩn bị ý kiến về nguồn vốn sửa chữa, gửi về Sở Xây dựng trước ngày 18/8/2026.',
      '2. Ủy ban nhân dân xã Kỳ Anh chuẩn bị báo cáo hiện trạng tuyến đường.'
    ].join('\n\n')
    expect(tasksOf(text).map((t) => t.owner)).toEqual(['Sở Tài chính', 'Ủy ban nhân dân xã Kỳ Anh'])
  })
})

describe('where a subject ends inside and after a name', () => {
  // [sentence, owners]
  const cases: ReadonlyArray<readonly [string, string[]]> = [
    ['Trung tâm Mua sắm tập trung thuốc Quốc gia đẩy nhanh việc đấu thầu.', ['Trung tâm Mua sắm tập trung thuốc Quốc gia']],
    ['Trung tâm Điều phối ghép tạng Quốc gia tập trung vận động hiến tạng.', ['Trung tâm Điều phối ghép tạng Quốc gia']],
    ['Bộ Y tế tập trung chỉ đạo Hội đồng Dược Quốc gia rà soát danh mục.', ['Bộ Y tế']],
    ['Viện Chiến lược phát triển Trung ương đánh giá tác động của chính sách.', ['Viện Chiến lược phát triển Trung ương']],
    ['Trung tâm Thông tin hỗ trợ Việt Nam cập nhật cơ sở dữ liệu.', ['Trung tâm Thông tin hỗ trợ Việt Nam']],
    ['Sở Tài chính hướng dẫn cách ghi Việt Nam trong hồ sơ.', ['Sở Tài chính']],
    ['Sở Tài chính tập trung thẩm định dự án.', ['Sở Tài chính']],
    ['Thanh tra tỉnh thanh tra việc quản lý đất công tại các xã.', ['Thanh tra tỉnh']],
    ['Thanh tra Chính phủ thanh tra trách nhiệm của người đứng đầu.', ['Thanh tra Chính phủ']],
    ['Kiểm toán Nhà nước kiểm toán chuyên đề về nợ công.', ['Kiểm toán Nhà nước']],
    ['Thanh tra tỉnh chủ trì kiểm tra việc thực hiện.', ['Thanh tra tỉnh']],
    ['Các cơ quan thanh tra tăng cường phối hợp.', ['Các cơ quan thanh tra']],
    // Two leads sharing the work; a refusal ends the subject too.
    ['Giao Sở Nông nghiệp và Môi trường, Ủy ban nhân dân phường Hoa Lư cùng chủ trì hoàn thành thủ tục giao đất.', ['Sở Nông nghiệp và Môi trường', 'Ủy ban nhân dân phường Hoa Lư']],
    ['Chủ tịch Ủy ban nhân dân tỉnh không chấp thuận đề nghị miễn tiền sử dụng đất.', ['Chủ tịch Ủy ban nhân dân tỉnh']],
    // A minister named with the ministry passes the work to a body under it and keeps it; other bodies he asks own theirs.
    ['Thủ trưởng các sở, ban, ngành và Chủ tịch Ủy ban nhân dân các xã, phường dựa trên phần việc được phân công lập kế hoạch.', ['Thủ trưởng các sở, ban, ngành', 'Chủ tịch Ủy ban nhân dân các xã, phường']],
    ['Bộ trưởng Bộ Công Thương yêu cầu Tập đoàn Điện lực Việt Nam sớm cấp điện trở lại.', ['Bộ trưởng Bộ Công Thương']],
    ['Bộ trưởng Bộ Nông nghiệp và Môi trường giao Cục Khí tượng Thủy văn tăng cường dự báo.', ['Bộ trưởng Bộ Nông nghiệp và Môi trường']],
    ['Bộ trưởng Bộ Y tế yêu cầu Giám đốc Sở Y tế các tỉnh tổ chức tiêm chủng.', ['Giám đốc Sở Y tế các tỉnh']]
  ]
  test.each(cases)('%s', (sentence, owners) => {
    expect(ownersOf(sentence)).toEqual(owners)
  })
})

describe('local bodies listed under one head: one owner per unit', () => {
  // [sentence, owners, coordinators]
  const cases: ReadonlyArray<readonly [string, string[], string[]]> = [
    ['Ủy ban nhân dân các xã: Tam Nông, Thanh Sơn, Yên Lập rà soát hộ nghèo.', ['Ủy ban nhân dân xã Tam Nông', 'Ủy ban nhân dân xã Thanh Sơn', 'Ủy ban nhân dân xã Yên Lập'], []],
    ['Ủy ban nhân dân các phường: Bến Thành và Sài Gòn tổ chức ra quân.', ['Ủy ban nhân dân phường Bến Thành', 'Ủy ban nhân dân phường Sài Gòn'], []],
    ['Chủ tịch Ủy ban nhân dân các xã: Mường Tè, Bum Nưa chịu trách nhiệm di dời dân.', ['Chủ tịch Ủy ban nhân dân xã Mường Tè', 'Chủ tịch Ủy ban nhân dân xã Bum Nưa'], []],
    ['Ủy ban nhân dân xã Cát Hải, đặc khu Bạch Long Vĩ và phường Đồ Sơn kiểm tra tàu cá.', ['Ủy ban nhân dân xã Cát Hải', 'Ủy ban nhân dân đặc khu Bạch Long Vĩ', 'Ủy ban nhân dân phường Đồ Sơn'], []],
    ['Sở Xây dựng chủ trì, phối hợp với Ủy ban nhân dân phường Hạ Long, phường Bãi Cháy kiểm tra.', ['Sở Xây dựng'], ['Ủy ban nhân dân phường Hạ Long', 'Ủy ban nhân dân phường Bãi Cháy']],
    ['Ủy ban nhân dân các xã, phường chủ động bố trí kinh phí.', ['Ủy ban nhân dân các xã, phường'], []],
    ['Ủy ban nhân dân tỉnh Gia Lai chỉ đạo các sở thực hiện.', ['Ủy ban nhân dân tỉnh Gia Lai'], []]
  ]
  test.each(cases)('%s', (sentence, owners, coordinators) => {
    expect(ownersOf(sentence)).toEqual(owners)
    expect(coordinatorsOf(sentence)).toEqual(coordinators)
  })
})

describe('an item whose lead names the owner and whose work is an inline list', () => {
  const owners = (item: string) =>
    Object.fromEntries(tasksOf(['Kính gửi: Các đơn vị trực thuộc.', item, 'Nơi nhận:\n- Như trên;\n- Lưu: VT.'].join('\n\n')).map((t) => [t.id, t.owner]))
  // [item, owners by id]
  const cases: ReadonlyArray<readonly [string, Record<string, string | null>]> = [
    [
      '3. Đối với Sở Nông nghiệp và Môi trường các tỉnh: (1) Hướng dẫn nông dân vệ sinh chuồng trại; (2) Báo cáo dịch bệnh hằng tuần.',
      {'3': 'Sở Nông nghiệp và Môi trường các tỉnh', '3.(1)': 'Sở Nông nghiệp và Môi trường các tỉnh', '3.(2)': 'Sở Nông nghiệp và Môi trường các tỉnh'}
    ],
    ['2. Cục Thú y: (1) Cấp phát vắc xin; (2) Tổng hợp số liệu.', {'2': 'Cục Thú y', '2.(1)': 'Cục Thú y', '2.(2)': 'Cục Thú y'}],
    ['1. Đối với Ủy ban nhân dân các xã: (1) Phun hóa chất khử trùng; (2) Tuyên truyền người dân.', {'1': 'Ủy ban nhân dân các xã', '1.(1)': 'Ủy ban nhân dân các xã', '1.(2)': 'Ủy ban nhân dân các xã'}]
  ]
  test.each(cases)('%s', (item, expected) => {
    expect(owners(item)).toEqual(expected)
  })
})

describe('a deadline or a qualifier before the work, a warning after it', () => {
  const one = (sentence: string) => tasksOf(['Kính gửi: Các sở, ngành; Ủy ban nhân dân các xã, phường.', sentence, 'Nơi nhận:\n- Như trên;\n- Lưu: VT.'].join('\n\n'))
  // [sentence, tasks as owner and due]
  const cases: ReadonlyArray<readonly [string, Array<{owner: string | null; due: string | null}>]> = [
    [
      'Trong tháng 9/2026, Ủy ban nhân dân các xã chưa hoàn thành kiểm kê rừng phải báo cáo kết quả về Sở Nông nghiệp và Môi trường.',
      [{owner: 'Ủy ban nhân dân các xã chưa hoàn thành kiểm kê rừng', due: '2026-09-30'}]
    ],
    [
      'Trong quý IV/2026, Sở Xây dựng hoàn thành quy hoạch chung; giám đốc Sở Xây dựng chịu trách nhiệm nếu để chậm tiến độ.',
      [{owner: 'Sở Xây dựng', due: '2026-12-31'}]
    ],
    ['Các xã, phường chưa có quy hoạch cần khẩn trương lập quy hoạch trước ngày 30/11/2026.', [{owner: 'Các xã, phường chưa có quy hoạch', due: '2026-11-30'}]],
    [
      'Sở Tài chính bố trí kinh phí trước ngày 15/9/2026; Sở Nội vụ chịu trách nhiệm trình phương án nhân sự.',
      [
        {owner: 'Sở Tài chính', due: '2026-09-15'},
        {owner: 'Sở Nội vụ', due: null}
      ]
    ]
  ]
  test.each(cases)('%s', (sentence, expected) => {
    expect(one(sentence).map((t) => ({owner: t.owner, due: t.due}))).toEqual(expected)
  })
})

describe('deadlines: start dates, days of every year, the end of a period', () => {
  // [sentence, document date, deadline text, due, recurrence]
  const cases: ReadonlyArray<readonly [string, string, string | null, string | null, string | null]> = [
    ['Quy định mới áp dụng từ ngày 01 tháng 7 năm 2027, Sở Tư pháp trình dự thảo trước ngày 15 tháng 12.', '2026-10-02', 'trước ngày 15 tháng 12', '2026-12-15', null],
    ['Sở Tài chính hoàn thiện bảng giá có hiệu lực kể từ ngày 01/01/2027, trình trước ngày 30/11/2026.', '2026-10-02', 'trước ngày 30/11/2026', '2026-11-30', null],
    ['Triển khai thí điểm từ ngày 01/11/2026 đến ngày 31/12/2026.', '2026-10-02', 'từ ngày 01/11/2026 đến ngày 31/12/2026', '2026-12-31', null],
    ['Các trường báo cáo kết quả, định kỳ 6 tháng một lần, trước ngày 20/6 và 20/12 hằng năm.', '2026-03-10', 'định kỳ 6 tháng', null, 'định kỳ 6 tháng'],
    ['Sở Nội vụ tổng hợp, báo cáo trước ngày 10/7, 10/10 và 10/1 hằng năm.', '2026-03-10', 'hằng năm', null, 'hằng năm'],
    ['Sở Y tế hoàn thành việc kiểm tra trước khi kết thúc quý III/2026.', '2026-03-10', 'trước khi kết thúc quý III/2026', '2026-09-30', null],
    ['Sở Công Thương hoàn thành trước khi hết năm 2026.', '2026-03-10', 'trước khi hết năm 2026', '2026-12-31', null]
  ]
  test.each(cases)('%s', (sentence, documentDate, text, due, recurrence) => {
    const found = parseDeadline(sentence, {documentDate})
    expect({text: found?.text ?? null, due: found?.due ?? null, recurrence: found?.recurrence ?? null}).toEqual({text, due, recurrence})
  })
})

describe('two tasks in one sentence joined by và after a deadline', () => {
  const one = (sentence: string) => extractTasks(doc(['Kính gửi: Các sở, ngành.', sentence, 'Nơi nhận:\n- Như trên;\n- Lưu: VT.'].join('\n\n')), {documentDate: '2026-08-12'}).filter((t) => t.kind === 'task').map((t) => [t.owner, t.due, t.text])
  // [sentence, [owner, due, text] per task]
  const cases: ReadonlyArray<readonly [string, Array<[string, string | null, string]>]> = [
    [
      'Giao Sở Xây dựng lập hồ sơ sửa chữa cầu trước ngày 30/9 và Sở Tài chính bố trí vốn trong quý IV/2026.',
      [
        ['Sở Xây dựng', '2026-09-30', 'Giao Sở Xây dựng lập hồ sơ sửa chữa cầu trước ngày 30/9'],
        ['Sở Tài chính', '2026-12-31', 'Sở Tài chính bố trí vốn trong quý IV/2026.']
      ]
    ],
    ['Sở Y tế và Sở Giáo dục và Đào tạo phối hợp kiểm tra an toàn thực phẩm trước ngày 15/9/2026.', [['Sở Y tế; Sở Giáo dục và Đào tạo', '2026-09-15', 'Sở Y tế và Sở Giáo dục và Đào tạo phối hợp kiểm tra an toàn thực phẩm trước ngày 15/9/2026.']]],
    ['Sở Nội vụ hoàn thành đề án trong tháng 10/2026 và Công an tỉnh thẩm định phương án bảo vệ.', [['Sở Nội vụ', '2026-10-31', 'Sở Nội vụ hoàn thành đề án trong tháng 10/2026'], ['Công an tỉnh', null, 'Công an tỉnh thẩm định phương án bảo vệ.']]],
    ['Sở Công Thương báo cáo trước ngày 20 hằng tháng và Sở Tài chính tổng hợp.', [['Sở Công Thương', null, 'Sở Công Thương báo cáo trước ngày 20 hằng tháng và Sở Tài chính tổng hợp.']]]
  ]
  test.each(cases)('%s', (sentence, expected) => {
    expect(one(sentence)).toEqual(expected)
  })
})

describe('reports and closing requests that assign nothing', () => {
  // [paragraph, only reports]
  const reports: ReadonlyArray<readonly [string, boolean]> = [
    ['Thời gian qua, việc cấp nước sạch đã có tiến bộ. Tuy nhiên, tại một số xã vùng cao vẫn còn thiếu nước; người dân phải mua nước bình với giá cao.', true],
    ['Năm 2026, công tác thu ngân sách đã đạt kết quả khá. Tuy nhiên, một số khoản thu còn chậm; doanh nghiệp vẫn phải chờ hoàn thuế lâu.', true],
    ['Thời gian qua, công tác phòng dịch đã được quan tâm. Tuy nhiên, các trạm y tế phải khẩn trương bổ sung thuốc.', false],
    ['Thời gian qua, việc cấp nước đã có tiến bộ. Người dân phải sử dụng nước tiết kiệm.', false]
  ]
  test.each(reports)('%s → reports only: %s', (text, expected) => {
    expect(reportsOnly(text)).toBe(expected)
  })
  // [sentence, a request to carry out only]
  const closings: ReadonlyArray<readonly [string, boolean]> = [
    ['Các cơ quan, đơn vị căn cứ nhiệm vụ được phân công chủ động triển khai thực hiện.', true],
    ['Các sở, ngành theo chức năng, nhiệm vụ được giao triển khai thực hiện.', true],
    ['Các phòng, ban căn cứ chức năng, nhiệm vụ nghiêm túc thực hiện.', true],
    ['Yêu cầu các đơn vị nghiêm túc triển khai./.', true],
    ['Sở Tài chính căn cứ nhiệm vụ được giao bố trí kinh phí thực hiện.', false]
  ]
  test.each(closings)('%s → closing: %s', (sentence, expected) => {
    expect(isImplementRequest(sentence)).toBe(expected)
  })
})

test('a last paragraph that asks everyone to carry the plan out closes the body, with the sentences after it', () => {
  const text = [
    'Kính gửi: Các phòng, ban thuộc Ủy ban nhân dân xã.',
    '**I. NHIỆM VỤ**',
    '1. Phòng Kinh tế xã rà soát các điểm tập kết rác, hoàn thành trong tháng 10/2026.',
    '**II. TỔ CHỨC THỰC HIỆN**',
    'Các phòng, ban căn cứ nhiệm vụ được phân công chủ động triển khai thực hiện. Kinh phí thực hiện từ ngân sách xã năm 2026. Trong quá trình thực hiện, nếu có vướng mắc, kịp thời báo cáo Ủy ban nhân dân xã để xem xét./.',
    'Nơi nhận:\n- Như trên;\n- Lưu: VT.'
  ].join('\n\n')
  expect(tasksOf(text)).toEqual([{id: '1', owner: 'Phòng Kinh tế xã', due: '2026-10-31', recurrence: null}])
})

test.each([
  ['Chủ tịch Ủy ban nhân dân các tỉnh, thành phố: Lào Cai, Tuyên Quang, Cao Bằng:', 'Chủ tịch Ủy ban nhân dân các tỉnh, thành phố: Lào Cai, Tuyên Quang, Cao Bằng'],
  ['Ủy ban nhân dân các xã: Na Hang và Lâm Bình:', 'Ủy ban nhân dân các xã: Na Hang và Lâm Bình'],
  ['Bộ Y tế: Cục Thú Y:', null],
  ['Về các nền tảng số:', null]
])('a heading that names which bodies after its colon: %s', (text, heading) => {
  expect(agencyHeading(text)).toBe(heading)
})

describe('items that acknowledge, grant, refuse, set a policy\'s terms or only name who answers for a failure', () => {
  // [numbered items of a conclusion or resolution, the ids that are tasks]
  const cases: ReadonlyArray<readonly [string, string, string[]]> = [
    ['an assessment whose figures mention a target `giao` and land allotment (`giao đất`)', '1. Ghi nhận sự cố gắng của Sở Xây dựng: năm 2026 toàn tỉnh đạt 87% chỉ tiêu Thủ tướng Chính phủ giao. Tuy nhiên, công tác giao đất còn chậm.\n\n2. Sở Xây dựng hoàn thiện hồ sơ trước ngày 30/6/2027.', ['2']],
    ['the opening of a conclusion: what was heard, what was noted, and where the tasks are', 'Sau khi nghe báo cáo của Sở Du lịch và ý kiến của các thành viên dự họp, Phó Chủ tịch ghi nhận trong năm 2026 thành phố đón 11 triệu lượt khách; tuy vậy vẫn để xảy ra 07 vụ đuối nước. Nhiệm vụ cụ thể của từng cơ quan, đơn vị được Phó Chủ tịch giao như Phụ lục đính kèm.\n\n1. Sở Du lịch kiểm tra các bãi tắm trước ngày 15/4/2027.', ['1']],
    ['`cơ bản tán thành` as `cơ bản thống nhất`', '1. Ban Thường vụ Tỉnh ủy cơ bản tán thành báo cáo và ghi nhận những kết quả nổi bật.\n\n2. Sở Du lịch xây dựng đề án trong quý II/2027.', ['2']],
    ['a policy agreed in principle (`Thống nhất chủ trương cho phép …`)', '1. Thống nhất chủ trương cho phép dự án nhà ở xã hội điều chỉnh cơ cấu căn hộ theo đề xuất của Sở Xây dựng.\n\n2. Giao Sở Xây dựng hướng dẫn chủ đầu tư trước ngày 31/3/2027.', ['2']],
    ['a request refused after its topic', '1. Về kiến nghị của Công ty A xin miễn tiền sử dụng đất: Chủ tịch Ủy ban nhân dân tỉnh không chấp thuận do không phù hợp với quy định.\n\n2. Về kiến nghị của Công ty B: giao Sở Tài chính xem xét, trả lời trước ngày 15/4/2027.', ['2']],
    ['the terms of a support policy, then the body that carries it out', '1. Nội dung và mức hỗ trợ:\n\na) Hỗ trợ 40% chi phí mua giống chè mới, tối đa 25 triệu đồng/ha;\n\nb) Hỗ trợ 50% chi phí xây dựng nhà sơ chế.\n\n2. Giao Ủy ban nhân dân tỉnh ban hành hướng dẫn trước ngày 01 tháng 3 năm 2027.', ['2']],
    ['who answers for a failure, beside a task under the same heading', '1. Các sở, ngành:\n\na) Chủ động rà soát hộ nghèo trước ngày 15/01/2027.\n\nb) Giám đốc các sở, Thủ trưởng các ban, ngành chịu trách nhiệm trước Chủ tịch Ủy ban nhân dân tỉnh nếu để xảy ra tình trạng thiếu đói.', ['1.a']],
    ['a ministry\'s dated work that permits (`Cho phép dùng … , hoàn thành trước ngày …`) is no approval', '1. Bộ Y tế:\n\na) Cho phép dùng giấy khám sức khỏe điện tử thay bản giấy khi đổi giấy phép lái xe, hoàn thành trước ngày 31 tháng 10 năm 2026.', ['1.a']],
    ['agreement on a principle (`Thống nhất nguyên tắc: …`)', '1. Thống nhất nguyên tắc: hai cơ sở của Trung tâm áp dụng chung một khung pháp lý.\n\n2. Giao Bộ Tài chính trình dự thảo Nghị định trong tháng 02/2027.', ['2']],
    ['the execution formula as a numbered item', '1. Giao Bộ Văn hóa, Thể thao và Du lịch trình Đề án trước ngày 15/3/2027.\n\n2. Các Bộ trưởng, Thủ trưởng cơ quan ngang bộ, Chủ tịch Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương chịu trách nhiệm thi hành Nghị quyết này.', ['1']],
    ['events a plan describes, then who does the work', '1. Lễ khai mạc và Hội sách thành phố năm 2027 diễn ra tại Quảng trường Nhà hát thành phố, gồm gian hàng sách và giao lưu tác giả.\n\n2. Cuộc thi "Đại sứ văn hóa đọc" dành cho học sinh phổ thông, tổ chức qua hai vòng.\n\n3. Hoạt động tại cơ sở: các xã, phường tổ chức ngày hội đọc sách.\n\n4. Thư viện thành phố: Chủ trì tổ chức Hội sách thành phố từ ngày 18/4 đến ngày 23/4/2027.', ['4']],
    ['who answers for the results, the head of a unit', '1. Vụ Giáo dục phổ thông biên soạn tài liệu trước ngày 15/7/2026.\n\n2. Người đứng đầu đơn vị có tên tại mục 1 trực tiếp chịu trách nhiệm về kết quả, tiến độ phần việc được giao.', ['1']],
    // Kept: the answer is work, or the accountability clause comes with work.
    ['`chịu trách nhiệm` with work in the same item stays', '1. Sở Y tế kiểm tra an toàn thực phẩm và chịu trách nhiệm trước Ủy ban nhân dân tỉnh về kết quả thực hiện.', ['1']]
  ]
  test.each(cases)('%s', (_name, body, ids) => {
    expect(tasksOf(`${header('THÔNG BÁO', 'Kết luận của Chủ tịch Ủy ban nhân dân tỉnh')}\n\n${body}`).map((t) => t.id)).toEqual(ids)
  })
})

describe('a letter that answers a question: information for the asker, tasks only where it assigns', () => {
  const reply = (items: string[], closing = 'Sở Tài chính trả lời để Công ty được biết./.') =>
    [header('CÔNG VĂN', 'V/v trả lời kiến nghị của Công ty TNHH An Phú'), 'Kính gửi: Công ty TNHH An Phú.', 'Sở Tài chính nhận được văn bản của Công ty hỏi về thủ tục điều chỉnh tiến độ dự án. Sau khi nghiên cứu, Sở Tài chính có ý kiến như sau:', ...items, closing].join('\n\n')
  test('the law cited, a case explained, a question answered: no task, though the letter has an addressee', () => {
    expect(tasksOf(reply([
      '1. Theo quy định của pháp luật về đầu tư, nhà đầu tư được điều chỉnh tiến độ khi có lý do chính đáng. Cơ quan đăng ký đầu tư xem xét hồ sơ trong thời hạn 10 ngày làm việc.',
      '2. Trường hợp Công ty có nhu cầu điều chỉnh tiến độ, hồ sơ gồm: văn bản đề nghị; báo cáo tình hình thực hiện dự án.',
      '3. Về việc Công ty hỏi có bị xử phạt hay không: hành vi chậm tiến độ mà không điều chỉnh sẽ bị xử lý theo quy định.',
      'Hiện nay, Sở Tài chính đang phối hợp với Sở Nông nghiệp và Môi trường rà soát các dự án chậm tiến độ, dự kiến hoàn thành trong quý II/2027.'
    ]))).toEqual([])
  })
  test('an explicit assignment in an answer is a task', () => {
    expect(tasksOf(reply(['1. Theo quy định, dự án được gia hạn một lần.', '2. Sở giao Phòng Đầu tư hướng dẫn Công ty hoàn thiện hồ sơ trước ngày 15/3/2027.'], 'Sở Tài chính trả lời để Công ty biết, thực hiện./.')).map((t) => [t.id, t.owner])).toEqual([['2', 'Phòng Đầu tư']])
  })
})

test('an inline list of priorities whose lettered items assign the work: the letters are the tasks', () => {
  const text = [
    header('KẾT LUẬN', 'của Ban Thường vụ Tỉnh ủy về phát triển du lịch'),
    '1. Thời gian tới, Ban Thường vụ Tỉnh ủy xác định ba khâu cần tập trung: (1) kết nối hạ tầng giao thông; (2) nâng chất lượng dịch vụ lưu trú; (3) giữ gìn cảnh quan. Để thực hiện, Ban Thường vụ Tỉnh ủy yêu cầu:',
    'a) Đảng ủy Ủy ban nhân dân tỉnh lãnh đạo ban hành quy định quản lý kiến trúc trước ngày 31/3/2027.',
    'b) Ban Tuyên giáo và Dân vận Tỉnh ủy chủ trì tuyên truyền về giá trị di sản.'
  ].join('\n\n')
  expect(tasksOf(text).map((t) => t.id)).toEqual(['1.a', '1.b'])
})

test('a request opening with `Đánh giá` and closing with its report date is no report section', () => {
  const text = [
    header('CÔNG VĂN', 'V/v báo cáo nhân lực trạm y tế xã'),
    'Kính gửi: Ủy ban nhân dân các tỉnh, thành phố.',
    'Bộ Y tế đề nghị Ủy ban nhân dân các tỉnh, thành phố:',
    '1. Chỉ đạo Sở Y tế thống kê số trạm y tế đang hoạt động.',
    '2. Đánh giá việc thực hiện khám, chữa bệnh tại trạm y tế; những khó khăn về trang thiết bị; gửi báo cáo về Bộ Y tế trước ngày 10/9/2026.'
  ].join('\n\n')
  expect(tasksOf(text).map((t) => t.id)).toEqual(['1', '2'])
})

test('a Party directive\'s bold heading of addressees without a colon owns the bullets under it', () => {
  const text = [
    header('CHỈ THỊ', 'về tăng cường phòng cháy, chữa cháy tại khu dân cư'),
    '**1. Cấp ủy, tổ chức đảng, cơ quan, đơn vị các cấp**',
    '- Quán triệt sâu sắc rằng phòng cháy, chữa cháy là nhiệm vụ của cả hệ thống chính trị.',
    '- Đưa chỉ tiêu giảm số vụ cháy vào nghị quyết hằng năm của cấp ủy.'
  ].join('\n\n')
  expect(tasksOf(text).map((t) => t.owner)).toEqual(['Cấp ủy, tổ chức đảng, cơ quan, đơn vị các cấp', 'Cấp ủy, tổ chức đảng, cơ quan, đơn vị các cấp'])
})
