import {describe, expect, test} from 'vitest'
import {classifySentence, directivesOf} from '../src/directives.ts'
import {addresseesOf} from '../src/addressees.ts'

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
    ['Ủy ban nhân dân các huyện khẩn trương rà soát diện tích lúa bị hạn.', letter, 'assignment', 'directive-subject', false],
    ['Bộ Công Thương nghiên cứu, đề xuất cơ chế giá điện mặt trời mái nhà.', letter, 'assignment', 'directive-subject', false],
    ['Ủy ban nhân dân tỉnh yêu cầu Sở Giao thông vận tải kiểm tra cầu yếu.', letter, 'assignment', 'directive-subject', false],
    ['Chủ tịch Ủy ban nhân dân tỉnh chỉ đạo Sở Y tế bố trí đủ thuốc, vật tư.', letter, 'assignment', 'directive-issuer', false],
    ['Trong tháng 8/2026, Sở Nội vụ trình phương án sắp xếp biên chế.', letter, 'assignment', 'directive-adverbial', false],
    ['Đồng thời, đề nghị Quý Ủy ban chỉ đạo kiểm tra các điểm sạt lở.', letter, 'assignment', 'directive-adverbial', true],
    ['Thống nhất giao Bộ Ngoại giao chủ trì đón đoàn.', letter, 'assignment', 'directive-opener', false],
    // not assignments
    ['Đồng ý chủ trương đầu tư dự án cầu Rạch Miễu 2.', letter, 'approval', 'directive-approval', false],
    ['Chấp thuận đề xuất của Ủy ban nhân dân tỉnh về điều chỉnh quy hoạch.', letter, 'approval', 'directive-approval', false],
    ['Đồng ý giao Ủy ban nhân dân tỉnh Bến Tre làm cơ quan chủ quản dự án.', letter, 'approval', 'directive-approval', false],
    ['Thủ tướng Chính phủ đồng ý về chủ trương.', letter, 'other', 'directive-subject', false],
    ['Ủy ban nhân dân tỉnh nhận được Công văn số 12/STC-QLG của Sở Tài chính.', letter, 'other', 'directive-subject', false],
    ['Các địa phương đã tích cực triển khai Chương trình.', letter, 'other', 'directive-subject', false],
    ['Thực hiện Công văn số 45/BYT-DP của Bộ Y tế, Ủy ban nhân dân tỉnh có ý kiến như sau.', letter, 'other', 'directive-subject', false],
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
  })
  test('a deadline sentence after the task joins it', () =>
    expect(texts('Giao Công an tỉnh rà soát các điểm nóng về trật tự giao thông. Thời hạn hoàn thành: trong tháng 10/2026.')).toEqual([
      'Giao Công an tỉnh rà soát các điểm nóng về trật tự giao thông. Thời hạn hoàn thành: trong tháng 10/2026.'
    ]))
  test('background assigns nothing', () => expect(texts('Thời gian qua, tình hình sạt lở bờ sông diễn biến phức tạp, gây thiệt hại lớn về tài sản của Nhân dân.')).toEqual([]))
})

describe('addresseesOf: who a letter is sent to', () => {
  const units = (...texts: string[]) => texts.map((text, index) => ({text, page: null, heading: false, index}))
  test.each([
    [['Kính gửi: Ủy ban nhân dân huyện Cần Giờ.'], ['Ủy ban nhân dân huyện Cần Giờ']],
    [['Kính gửi:', '- Bộ Y tế;', '- Bộ Tài chính.', 'Xét đề nghị …'], ['Bộ Y tế', 'Bộ Tài chính']],
    [['Kính gửi: - Sở Nội vụ; - Sở Tư pháp.'], ['Sở Nội vụ', 'Sở Tư pháp']],
    [['THÔNG BÁO', 'Kết luận của Chủ tịch'], []]
  ])('%j', (lines, expected) => expect(addresseesOf(units(...lines))).toEqual(expected))
})
