import {describe, expect, test} from 'vitest'
import {paragraphsDocument} from './inline-document.ts'
import type {VanbanDocument} from '@vanban/core'
import {approvesOnly, classifySentence, directivesOf, isImplementRequest, reportsOnly} from '../src/directives.ts'
import {addresseesOf} from '../src/addressees.ts'
import {extractTasks} from '../src/extract-tasks.ts'
import {subjectOf} from '../src/owner.ts'
import {isAssessment} from '../src/enumerations.ts'

const letter = {letter: true, afterTask: false}
const after = {letter: true, afterTask: true}

describe('classifySentence: one sentence of a plain paragraph', () => {
  test.each([
    // assignments, by form
    ['Giao Bộ Tư pháp chủ trì, phối hợp với Bộ Nội vụ rà soát quy định, báo cáo trước ngày 10/5/2026.', letter, 'assignment', 'directive-opener', false],
    ['Yêu cầu Sở Y tế tăng cường giám sát dịch bệnh.', letter, 'assignment', 'directive-opener', false],
    ['Đề nghị Bảo hiểm xã hội Việt Nam hướng dẫn thủ tục thanh toán.', letter, 'assignment', 'directive-opener', false],
    ['Kiến nghị Bộ Tài chính sửa đổi thông tư về phí.', letter, 'assignment', 'directive-opener', false],
    ['Đề nghị Quý Bộ có ý kiến bằng văn bản trước ngày 20/6/2026.', letter, 'assignment', 'directive-addressee', true],
    ['Khẩn trương báo cáo tình hình thiệt hại về Ủy ban nhân dân tỉnh.', letter, 'assignment', 'directive-addressee', true],
    ['Sở Xây dựng có trách nhiệm hướng dẫn chủ đầu tư hoàn thiện hồ sơ.', letter, 'assignment', 'directive-subject', false],
    // the role named, then the work: `là cơ quan đầu mối, có trách nhiệm …`; the role alone is no work.
    ['Sở Nội vụ là cơ quan đầu mối, có trách nhiệm tổng hợp kết quả thực hiện của các đơn vị.', letter, 'assignment', 'directive-subject', false],
    ['Sở Nội vụ là cơ quan đầu mối về công tác cải cách hành chính.', letter, 'other', 'directive-subject', false],
    ['Ủy ban nhân dân các huyện khẩn trương rà soát diện tích lúa bị hạn.', letter, 'assignment', 'directive-subject', false],
    ['Bộ Công Thương nghiên cứu, đề xuất cơ chế giá điện mặt trời mái nhà.', letter, 'assignment', 'directive-subject', false],
    ['Ủy ban nhân dân tỉnh yêu cầu Sở Giao thông vận tải kiểm tra cầu yếu.', letter, 'assignment', 'directive-subject', false],
    ['Chủ tịch Ủy ban nhân dân tỉnh chỉ đạo Sở Y tế bố trí đủ thuốc, vật tư.', letter, 'assignment', 'directive-issuer', false],
    ['Trong tháng 8/2026, Sở Nội vụ trình phương án sắp xếp biên chế.', letter, 'assignment', 'directive-adverbial', false],
    // After a semicolon the adverbial opens in lower case.
    ['trước mắt, Sở giao Phòng Quản lý kết cấu hạ tầng giao thông chủ trì vá ổ gà trước ngày 31/5/2027;', letter, 'assignment', 'directive-adverbial', false],
    ['Đồng thời, đề nghị Quý Ủy ban chỉ đạo kiểm tra các điểm sạt lở.', letter, 'assignment', 'directive-adverbial', true],
    ['Thống nhất giao Bộ Ngoại giao chủ trì đón đoàn.', letter, 'assignment', 'directive-opener', false],
    ['Ủy ban nhân dân huyện Mường Lát tiếp nhận, bố trí chỗ ở tạm cho các hộ phải di dời.', letter, 'assignment', 'directive-subject', false],
    ['Ban điều hành khu phố 3 thông báo rộng rãi lịch cắt điện đến từng hộ dân.', letter, 'assignment', 'directive-subject', false],
    ['Giám đốc Sở Y tế chỉ đạo các bệnh viện bố trí giường bệnh.', letter, 'assignment', 'directive-subject', false],
    ['Chủ tịch UBND các xã chỉ đạo các thôn tổ chức phát quang.', letter, 'assignment', 'directive-subject', false],
    ['Thực hiện Chỉ thị số 05/CT-TTg của Thủ tướng Chính phủ, Sở Nội vụ đề nghị các phòng, ban rà soát vị trí việc làm.', letter, 'assignment', 'directive-preamble', false],
    ['Đối với các xã có diện tích rừng lớn, yêu cầu bố trí lực lượng trực 24/24 giờ.', letter, 'assignment', 'directive-adverbial', false],
    ['Về kinh phí: Sở Tài chính cân đối, bố trí từ nguồn dự phòng ngân sách tỉnh.', letter, 'assignment', 'directive-topic', false],
    // not assignments
    ['Thực hiện Chỉ thị số 05/CT-TTg, Sở Nội vụ đã tổ chức rà soát vị trí việc làm.', letter, 'other', 'directive-subject', false],
    ['Để chuẩn bị tốt cho kỳ thi, Sở Giáo dục và Đào tạo đề nghị các trường thực hiện một số nội dung sau đây.', letter, 'other', 'directive-lead-in', false],
    ['Phó Chủ tịch UBND tỉnh Lê Văn An chủ trì buổi làm việc với các sở về giải ngân vốn.', letter, 'other', 'directive-subject', false],
    ['Ủy ban nhân dân tỉnh tổ chức cuộc họp đánh giá tình hình thiệt hại.', letter, 'other', 'directive-subject', false],
    ['trường hợp vượt thẩm quyền, báo cáo Ủy ban nhân dân tỉnh.', {letter: false, afterTask: true}, 'other', 'directive-subject', false],
    ['Bộ Y tế sẽ tiếp tục cử các đoàn công tác hỗ trợ địa phương.', letter, 'other', 'directive-subject', false],
    ['Văn phòng UBND tỉnh thông tin để bà được biết.', letter, 'other', 'directive-subject', false],
    ['Báo cáo kết quả về Sở Nội vụ hằng tháng.', {letter: true, afterTask: true, continuing: true}, 'follow-up', 'directive-follow-up', false],
    ['Vận động người dân di dời khỏi vùng nguy hiểm.', {letter: true, afterTask: true, continuing: true}, 'other', 'directive-subject', false],
    ['Đồng ý chủ trương đầu tư dự án cầu Rạch Miễu 2.', letter, 'approval', 'directive-approval', false],
    ['Chấp thuận đề xuất của Ủy ban nhân dân tỉnh về điều chỉnh quy hoạch.', letter, 'approval', 'directive-approval', false],
    ['Đồng ý giao Ủy ban nhân dân tỉnh Bến Tre làm cơ quan chủ quản dự án.', letter, 'approval', 'directive-approval', false],
    ['Thủ tướng Chính phủ đồng ý về chủ trương.', letter, 'approval', 'directive-approval', false],
    ['Thủ tướng Chính phủ đồng ý về chủ trương nâng mức dự trữ lưu thông tối thiểu từ 20 ngày lên 25 ngày cung ứng.', letter, 'approval', 'directive-approval', false],
    ['Ủy ban nhân dân tỉnh nhận được Công văn số 12/STC-QLG của Sở Tài chính.', letter, 'other', 'directive-subject', false],
    ['Các địa phương đã tích cực triển khai Chương trình.', letter, 'other', 'directive-subject', false],
    ['Thực hiện Công văn số 45/BYT-DP của Bộ Y tế, Ủy ban nhân dân tỉnh có ý kiến như sau.', letter, 'other', 'directive-lead-in', false],
    ['Khẩn trương báo cáo tình hình thiệt hại.', {letter: false, afterTask: false}, 'other', 'directive-subject', false],
    // a sentence that dates the task before it
    ['Thời hạn hoàn thành: trước ngày 15/9/2026.', after, 'follow-up', 'directive-follow-up', false],
    ['Báo cáo kết quả về Sở Nội vụ trước ngày 30/11/2026.', after, 'follow-up', 'directive-follow-up', false],
    ['Báo cáo kết quả về Sở Nội vụ trước ngày 30/11/2026.', letter, 'assignment', 'directive-addressee', true]
  ] as const)('%s', (sentence, context, kind, rule, addressee) => {
    expect(classifySentence(sentence, context)).toMatchObject({kind, rule, addressee})
  })
})

describe('directivesOf: a paragraph → its tasks', () => {
  const texts = (paragraph: string, context = letter) => directivesOf(paragraph, context).tasks.map((t) => t.text)
  test('the preamble before `có ý kiến như sau:` is no task; the directive after it is', () =>
    expect(texts('Xét đề nghị của Bộ Y tế tại Tờ trình số 88/TTr-BYT, Phó Thủ tướng Chính phủ có ý kiến như sau: Giao Bộ Y tế hoàn thiện dự thảo Nghị định, trình Chính phủ trong tháng 9/2026.')).toEqual([
      'Giao Bộ Y tế hoàn thiện dự thảo Nghị định, trình Chính phủ trong tháng 9/2026.'
    ]))
  test('an approval then an assignment: only the assignment', () =>
    expect(texts('Đồng ý đề xuất của Bộ Giáo dục và Đào tạo về lịch thi. Bộ Giáo dục và Đào tạo chủ động phối hợp với các địa phương tổ chức kỳ thi an toàn.')).toEqual([
      'Bộ Giáo dục và Đào tạo chủ động phối hợp với các địa phương tổ chức kỳ thi an toàn.'
    ]))
  test('two assignments in one paragraph: two tasks; a coordinator clause stays in its task', () => {
    expect(texts('Giao Sở Công Thương kiểm tra thị trường xăng dầu. Sở Tài chính theo dõi giá cả, báo cáo hằng tuần.')).toHaveLength(2)
    expect(texts('Sở Nông nghiệp và Môi trường chủ trì lập phương án phòng dịch; Sở Y tế có trách nhiệm hướng dẫn người dân phòng bệnh.')).toHaveLength(2)
    expect(texts('Sở Tư pháp chủ trì thẩm định dự thảo; Sở Nội vụ phối hợp.')).toEqual(['Sở Tư pháp chủ trì thẩm định dự thảo; Sở Nội vụ phối hợp.'])
    expect(texts('Sở Tư pháp chủ trì thẩm định dự thảo; Sở Nội vụ phối hợp với Văn phòng UBND tỉnh thực hiện.')).toHaveLength(1)
  })
  test('a clause whose body works with a partner on work of its own is a task of its own', () =>
    expect(texts('Giao Sở Y tế giám sát dịch bệnh, báo cáo hằng tuần; Công an tỉnh phối hợp với Sở Công Thương kiểm tra, xử lý các cơ sở bán thuốc trái phép, hoàn thành trước ngày 30/6/2027.')).toEqual([
      'Giao Sở Y tế giám sát dịch bệnh, báo cáo hằng tuần;',
      'Công an tỉnh phối hợp với Sở Công Thương kiểm tra, xử lý các cơ sở bán thuốc trái phép, hoàn thành trước ngày 30/6/2027.'
    ]))
  test('a meeting held for an end is work; one reported is not', () => {
    expect(texts('Cục Viễn thông làm việc với từng doanh nghiệp để thống nhất lộ trình phủ sóng, hoàn thành trong tháng 11/2027.')).toHaveLength(1)
    expect(texts('Đoàn công tác làm việc với Ủy ban nhân dân tỉnh về tiến độ dự án.')).toEqual([])
  })
  test('a deadline sentence after the task joins it', () =>
    expect(texts('Giao Công an tỉnh rà soát các điểm nóng về trật tự giao thông. Thời hạn hoàn thành: trong tháng 10/2026.')).toEqual([
      'Giao Công an tỉnh rà soát các điểm nóng về trật tự giao thông. Thời hạn hoàn thành: trong tháng 10/2026.'
    ]))
  test('background assigns nothing', () => expect(texts('Thời gian qua, tình hình sạt lở bờ sông diễn biến phức tạp, gây thiệt hại lớn về tài sản của Nhân dân.')).toEqual([]))
  test('a later sentence with no subject that dates work of its own is a next step, owned as the one before', () => {
    const found = directivesOf('Yêu cầu UBND các xã, phường chịu trách nhiệm toàn diện về quản lý chất thải; bố trí đủ điểm tập kết. Hoàn thành việc thu dọn các điểm đổ thải trái phép, chậm nhất ngày 15/4/2027. Định kỳ hằng tháng (trước ngày 25), báo cáo kết quả thực hiện về Sở Nông nghiệp và Môi trường.', letter).tasks
    expect(found.map((t) => [t.text.slice(0, 20), t.rules.at(-1), t.ownerText?.slice(0, 20) ?? null])).toEqual([
      ['Yêu cầu UBND các xã,', 'directive-opener', null],
      ['Hoàn thành việc thu ', 'directive-next-step', 'Yêu cầu UBND các xã,'],
      ['Định kỳ hằng tháng (', 'directive-next-step', 'Yêu cầu UBND các xã,']
    ])
  })
  test('one that only dates the task, or dates it the same, or no date at all, stays in it', () => {
    expect(texts('Giao Sở Tài chính rà soát quy định về phí. Hoàn thành trước ngày 30/6/2027.')).toHaveLength(1)
    expect(texts('Giao Sở Tài chính rà soát quy định về phí, trước ngày 30/6/2027. Tổng hợp, báo cáo UBND tỉnh trước ngày 30/6/2027.')).toHaveLength(1)
    expect(texts('Giao Sở Tài chính rà soát quy định về phí. Tổng hợp, báo cáo UBND tỉnh kết quả rà soát.')).toHaveLength(1)
  })
})

describe('addresseesOf: who a letter is sent to', () => {
  const units = (...texts: string[]) => texts.map((text, index) => ({text, page: null, heading: false, index, ocr: false}))
  test.each([
    [['Kính gửi: Ủy ban nhân dân huyện Cần Giờ.'], ['Ủy ban nhân dân huyện Cần Giờ']],
    [['Kính gửi:', '- Bộ Y tế;', '- Bộ Tài chính.', 'Xét đề nghị …'], ['Bộ Y tế', 'Bộ Tài chính']],
    [['Kính gửi: - Sở Nội vụ; - Sở Tư pháp.'], ['Sở Nội vụ', 'Sở Tư pháp']],
    [['THÔNG BÁO', 'Kết luận của Chủ tịch'], []]
  ])('%j', (lines, expected) => expect(addresseesOf(units(...lines))).toEqual(expected))
})

describe('what is not work', () => {
  test.each([
    ['Chủ tịch UBND xã yêu cầu các ban, ngành nghiêm túc thực hiện./.', true],
    ['Yêu cầu các cơ quan, đơn vị khẩn trương triển khai thực hiện Kế hoạch này./.', true],
    ['Thủ trưởng các phòng, ban chuyên môn nghiêm túc thực hiện.', true],
    ['Yêu cầu Sở Y tế thực hiện tiêm chủng mở rộng.', false],
    ['Sở Tài chính thực hiện thanh toán trước ngày 30/9/2026.', false]
  ])('a request to carry out the document: %s → %s', (sentence, expected) => expect(isImplementRequest(sentence)).toBe(expected))
  test.each([
    ['Thời gian qua, các cơ sở giáo dục trên địa bàn đã chủ động chuẩn bị cơ sở vật chất. Tuy nhiên, một số trường còn thiếu giáo viên.', true],
    ['Năm 2026, dù thời tiết bất lợi, sản lượng lúa của huyện vẫn tăng 3%.', true],
    ['Phân bổ vốn còn lại cho các dự án, hoàn thành trước ngày 30/9/2026.', false],
    // `Cung cấp …` opens with a verb of work: a `được` inside the object (`hộ nghèo được hỗ trợ`) reports nothing.
    ['Cung cấp danh sách các hộ nghèo được hỗ trợ nhà ở trên địa bàn theo biểu mẫu gửi kèm.', false],
    ['Ủy ban nhân dân các xã quản lý chặt chẽ đất công đã được giao.', false],
    ['Thời gian qua, công tác cải cách hành chính đã có chuyển biến. Các sở cần tiếp tục rà soát thủ tục.', false],
    ['Căn cứ quy định tại Nghị định số 20/2026/NĐ-CP, Chủ tịch Ủy ban nhân dân cấp huyện có thẩm quyền phê duyệt phương án.', true]
  ])('an item that only reports: %s → %s', (text, expected) => expect(reportsOnly(text)).toBe(expected))
  test.each([
    ['Đồng ý để Sở Văn hóa, Thể thao và Du lịch tổ chức lễ hội trong tháng 9/2026.', true],
    ['Đồng ý với đề xuất của Sở Xây dựng. Giao Sở Xây dựng hoàn thiện hồ sơ.', false],
    ['Thống nhất phương châm năm 2027 là "Kỷ cương, tăng tốc"; mọi cơ quan phải chuyển sang hành động.', false],
    // Any body that grants, after the request it answers (whose own `cần` asks nothing).
    ['Về đề nghị bổ sung dự án vào danh mục dự án cần chuyển mục đích sử dụng rừng: Bộ Nông nghiệp và Môi trường đồng ý chủ trương; việc chuyển mục đích sử dụng rừng thực hiện theo quy định của Luật Lâm nghiệp.', true],
    ['Về đề nghị bổ sung dự án: Bộ Nông nghiệp và Môi trường đồng ý chủ trương; tỉnh cần hoàn thiện hồ sơ trước ngày 30/6/2027.', false]
  ])('an item that only approves: %s → %s', (text, expected) => expect(approvesOnly(text)).toBe(expected))
})

describe('an assessment is what the sentence does, not the object of the work', () => {
  test.each([
    ['Ghi nhận kết quả các sở, ngành đạt được trong năm 2026.', true],
    ['Thường trực Huyện ủy cơ bản thống nhất với báo cáo của Ban Thường vụ Đảng ủy xã.', true],
    ['Đối với đề xuất giảm phí chợ đêm: Chủ tịch UBND quận ghi nhận; sẽ xem xét khi sửa đổi quy định.', true],
    ['Sở Văn hóa và Thể thao định hướng tuyên truyền, biểu dương gương người tốt, việc tốt.', false],
    ['Ghi nhận đề xuất của Sở Y tế; giao Sở Tài chính cân đối kinh phí.', false],
    // `so với yêu cầu` is the noun "requirement": the item still only assesses.
    ['Thống nhất với báo cáo của Sở Giao thông vận tải về dự án cầu Bình Lợi. Hiện nay việc di dời đường điện còn chậm so với yêu cầu.', true]
  ])('%s → %s', (text, expected) => expect(isAssessment(text)).toBe(expected))
})

describe('subjects of plain directives', () => {
  test.each([
    ['Ủy ban nhân dân các huyện có diện tích rừng lớn chịu trách nhiệm bố trí lực lượng canh gác.', ['Ủy ban nhân dân các huyện có diện tích rừng lớn']],
    ['UBND huyện Đắk R\'Lấp khẩn trương sửa chữa đường bị sạt lở.', ["UBND huyện Đắk R'Lấp"]],
    ['Bộ Tài chính có trách nhiệm hướng dẫn.', ['Bộ Tài chính']],
    ['Ủy ban nhân dân huyện giao: Phòng Tài chính - Kế hoạch thẩm định dự toán.', ['Phòng Tài chính - Kế hoạch']],
    ['Các phòng được giao nhiệm vụ tại Kế hoạch này khẩn trương triển khai.', ['Các phòng được giao nhiệm vụ tại Kế hoạch này']],
    ['Công an huyện, Ban Chỉ huy Quân sự huyện sẵn sàng lực lượng ứng cứu.', ['Công an huyện', 'Ban Chỉ huy Quân sự huyện']]
  ])('%s', (sentence, expected) => expect(subjectOf(sentence)).toEqual(expected))
})

describe('plain paragraphs in whole documents', () => {
  const doc = (...paragraphs: string[]): VanbanDocument => paragraphsDocument(paragraphs, 'letter.txt')
  const rows = (d: VanbanDocument) => extractTasks(d).map((t) => [t.id, t.kind, t.parent, t.owner, t.due])
  test('in a numbered plan, a chapter of plain directives numbers them; a chapter with one stays one task', () =>
    expect(
      rows(
        doc(
          'Hà Nội, ngày 02 tháng 3 năm 2026',
          'I. MỤC TIÊU',
          '1. Nâng tỷ lệ hồ sơ trực tuyến lên 80%.',
          'II. NHIỆM VỤ',
          'Sở Khoa học và Công nghệ chủ trì nâng cấp cổng dịch vụ công, hoàn thành trong quý II/2026.',
          'Công an tỉnh hướng dẫn người dân dùng tài khoản định danh điện tử.',
          'III. TỔ CHỨC THỰC HIỆN',
          'Giao Văn phòng UBND tỉnh theo dõi, đôn đốc thực hiện Kế hoạch.'
        )
      )
    ).toEqual([
      ['II', 'group', null, null, null],
      ['II.1', 'task', 'II', 'Sở Khoa học và Công nghệ', '2026-06-30'],
      ['II.2', 'task', 'II', 'Công an tỉnh', null],
      ['III', 'task', null, 'Văn phòng UBND tỉnh', null]
    ]))
  test('a header joined to `Kính gửi:` by the PDF reader: the addressees are still no tasks', () =>
    expect(
      rows(
        doc(
          'Số: 88/UBND-NV V/v tuyển dụng viên chức Hà Nội, ngày 02 tháng 3 năm 2026 Kính gửi:',
          '- Sở Nội vụ;',
          '- Sở Tài chính.',
          'Xét đề nghị của Sở Nội vụ, Chủ tịch UBND tỉnh có ý kiến như sau: Giao Sở Nội vụ tổ chức tuyển dụng viên chức, hoàn thành trong quý III/2026.'
        )
      )
    ).toEqual([['1', 'task', null, 'Sở Nội vụ', '2026-09-30']]))
  test('an agency on a line of its own owns the plain paragraphs after it', () =>
    expect(
      rows(
        doc(
          'Hà Nội, ngày 02 tháng 3 năm 2026',
          'Kính gửi: Các sở, ngành.',
          'Sở Y tế:',
          'Chủ trì, phối hợp với các bệnh viện rà soát danh mục thuốc, hoàn thành trong tháng 4/2026.',
          'Sở Tài chính:',
          'Bố trí kinh phí mua sắm trang thiết bị y tế; thường xuyên kiểm tra việc sử dụng.'
        )
      )
    ).toEqual([
      ['1', 'task', null, 'Sở Y tế', '2026-04-30'],
      ['2', 'task', null, 'Sở Tài chính', null]
    ]))
  test('a letter: nothing before Kính gửi; a lead-in by the honorific gives its items to the addressee', () =>
    expect(
      rows(
        doc(
          'Nội dung: Đề nghị cơ quan chức năng kiểm tra việc xả thải của cơ sở X.',
          'Hà Nội, ngày 02 tháng 3 năm 2026',
          'Kính gửi: Ủy ban nhân dân tỉnh Bình Dương.',
          'Bộ Nông nghiệp và Môi trường đề nghị Quý Ủy ban chỉ đạo thực hiện các nội dung sau:',
          '1. Chỉ đạo Sở Nông nghiệp và Môi trường kiểm tra cơ sở X, báo cáo trước ngày 20/3/2026.',
          '2. Công khai kết quả xử lý trên cổng thông tin của tỉnh.'
        )
      )
    ).toEqual([
      ['1', 'task', null, 'Ủy ban nhân dân tỉnh Bình Dương', '2026-03-20'],
      ['2', 'task', null, 'Ủy ban nhân dân tỉnh Bình Dương', null]
    ]))
})
