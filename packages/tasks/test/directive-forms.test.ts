import {describe, expect, test} from 'vitest'
import {assignsLater, classifySentence, directivesOf} from '../src/directives.ts'
import {ownersOf} from '../src/owner.ts'

// [sentence, how it reads (rule or null for no task), owners]
describe('directive forms: who is given the work, however the sentence is built', () => {
  test.each([
    // The work first, then `do` and who does it.
    ['Việc thẩm định hồ sơ cấp phép khai thác cát do Sở Nông nghiệp và Môi trường chủ trì thực hiện, hoàn thành trong tháng 9/2026.', 'directive-passive', ['Sở Nông nghiệp và Môi trường']],
    ['Việc tổ chức lễ khởi công do Ban Quản lý dự án đầu tư xây dựng tỉnh thực hiện theo quy định.', 'directive-passive', ['Ban Quản lý dự án đầu tư xây dựng tỉnh']],
    ['Việc chậm giải ngân do nhiều nguyên nhân khách quan.', null, []],
    // A topic, a colon, then `giao` in lower case.
    ['Về đề xuất mở rộng bến xe khách phía Nam (giai đoạn 2): giao Sở Xây dựng nghiên cứu, báo cáo Ủy ban nhân dân tỉnh.', 'directive-topic', ['Sở Xây dựng']],
    ['Đối với kiến nghị của các hộ dân: đề nghị Ủy ban nhân dân xã Tân Lập kiểm tra, trả lời.', 'directive-topic', ['Ủy ban nhân dân xã Tân Lập']],
    ['Về nội dung này: Ủy ban nhân dân tỉnh đã có văn bản trả lời.', null, []],
    // A relative clause `có …` of the subject before a verb of work.
    ['Ủy ban nhân dân các xã có tuyến đê đi qua công khai phương án hộ đê trên địa bàn.', 'directive-subject', ['Ủy ban nhân dân các xã có tuyến đê đi qua']],
    ['Các trường học có học sinh bán trú tuyên truyền về an toàn thực phẩm.', 'directive-subject', ['Các trường học có học sinh bán trú']],
    ['Ủy ban nhân dân tỉnh có văn bản gửi Bộ Tài chính.', null, ['Ủy ban nhân dân tỉnh']],
    // An institute whose name holds `nghiên cứu phát triển`.
    ['Giao Viện Nghiên cứu phát triển Đà Nẵng chủ trì xây dựng đề án.', 'directive-opener', ['Viện Nghiên cứu phát triển Đà Nẵng']]
  ])('%s', (sentence, rule, owners) => {
    const read = classifySentence(sentence, {letter: false, afterTask: false})
    expect(read.kind === 'assignment' ? read.rule : null).toBe(rule)
    expect(ownersOf(sentence)).toEqual(owners)
  })
})

// [heading, owners]: a relative clause that ends a heading's name before its colon.
describe('ownersOf: a heading that names a generic owner by what concerns it', () => {
  test.each([
    ['d) Ủy ban nhân dân các tỉnh có tuyến cao tốc đi qua: (1) bàn giao mặt bằng', ['Ủy ban nhân dân các tỉnh có tuyến cao tốc đi qua']],
    ['Các xã có hồ chứa nước xung yếu: (1) kiểm tra đập', ['Các xã có hồ chứa nước xung yếu']],
    ['Bộ Y tế có ý kiến như sau: (1) bổ sung danh mục', ['Bộ Y tế']],
    ['Ủy ban nhân dân tỉnh có kết luận như sau: Sở Y tế rà soát.', ['Ủy ban nhân dân tỉnh']]
  ])('%s', (heading, owners) => {
    expect(ownersOf(heading.replace(/^[a-zđ]\)\s*/u, ''))).toEqual(owners)
  })
})

describe('ownersOf: a noun of work inside the relative clause is no verb', () => {
  test.each([
    ['Các địa phương có tỷ lệ giải ngân thấp khẩn trương tháo gỡ vướng mắc.', ['Các địa phương có tỷ lệ giải ngân thấp']],
    ['Ủy ban nhân dân các xã có diện tích đất thu hồi lớn chủ động bố trí tái định cư.', ['Ủy ban nhân dân các xã có diện tích đất thu hồi lớn']]
  ])('%s', (sentence, owners) => {
    expect(ownersOf(sentence)).toEqual(owners)
  })
})

// [item, a later sentence gives the work]: an item that opens with an approval or an assessment is a task when it does.
describe('assignsLater: a later sentence gives a named agency the work', () => {
  test.each([
    ['Đồng ý với đề xuất của Sở Y tế về việc thí điểm bệnh án điện tử. Sở Y tế xây dựng kế hoạch thí điểm, trình Ủy ban nhân dân tỉnh. Thời hạn: trong quý IV/2026.', true],
    ['Thống nhất với báo cáo của Sở Tài chính. Sở Tài chính tham mưu phân bổ vốn còn lại trước ngày 30/10/2026.', true],
    ['Thường trực Tỉnh ủy cơ bản thống nhất với báo cáo. Trong 9 tháng, kinh tế của tỉnh tiếp tục tăng trưởng khá.', false],
    ['Ghi nhận kết quả của các xã. Các khu du lịch sinh thái tiếp tục thu hút du khách.', false],
    ['Ghi nhận nỗ lực của Sở Xây dựng. Sở Xây dựng đã hoàn thành việc rà soát quy hoạch.', false],
    ['Đồng ý với đề xuất của Công an tỉnh.', false]
  ])('%s', (text, later) => {
    expect(assignsLater(text)).toBe(later)
  })
})

// [paragraph, tasks]: a warning of accountability is no task, unless a clause after `;` gives work.
describe('directivesOf: a warning of accountability', () => {
  test.each([
    ['Yêu cầu Giám đốc các sở chịu trách nhiệm trước Chủ tịch Ủy ban nhân dân tỉnh nếu để chậm tiến độ; kiên quyết xử lý cán bộ né tránh, đùn đẩy.', 1],
    ['Chủ tịch Ủy ban nhân dân các xã chịu trách nhiệm trước Chủ tịch Ủy ban nhân dân tỉnh nếu để xảy ra lấn chiếm đất công; chỉ đạo cưỡng chế các công trình vi phạm.', 1],
    ['Yêu cầu Giám đốc các sở chịu trách nhiệm trước Chủ tịch Ủy ban nhân dân tỉnh nếu để chậm tiến độ.', 0],
    ['Chủ tịch Ủy ban nhân dân các xã chịu trách nhiệm trước Chủ tịch Ủy ban nhân dân tỉnh nếu để xảy ra sai phạm; trường hợp nghiêm trọng sẽ bị xem xét kỷ luật.', 0],
    // Personal accountability for what goes wrong is none either; accountability for carrying the work out is work.
    ['Giám đốc các sở chịu trách nhiệm cá nhân về mọi vụ việc lãng phí phát sinh ở nơi mình phụ trách.', 0],
    ['Người đứng đầu các sở phải chịu trách nhiệm trước Chủ tịch Ủy ban nhân dân tỉnh khi trên địa bàn xảy ra ngộ độc thực phẩm.', 0],
    ['Giám đốc các sở chịu trách nhiệm tổ chức thực hiện Kế hoạch này.', 1],
    // A lead's role, then its work, is work; the role alone is a fact.
    ['Ban Quản lý Khu kinh tế tỉnh là đầu mối điều hành chung, hằng tuần cập nhật số xe còn tồn, báo cáo Ủy ban nhân dân tỉnh.', 1],
    ['Sở Tài chính là cơ quan thường trực của Ban Chỉ đạo.', 0],
    // A forecast reported is no work; nor a sentence whose work is all in the appendix.
    ['Đài Khí tượng Thủy văn tỉnh nhận định mùa đông năm nay đến sớm, có thể xuất hiện băng giá.', 0]
  ])('%s', (paragraph, count) => {
    expect(directivesOf(paragraph, {letter: false, afterTask: false}).tasks).toHaveLength(count)
  })
})

// A sentence that sends its work to the appendix: no task of its own where the document carries the
// appendix (its tasks are there), the only trace of the work where it does not.
describe('directivesOf: work sent to the appendix', () => {
  test.each([
    [true, 0],
    [false, 1]
  ])('appendix carried: %s', (appendix, count) => {
    const sentence = 'Chủ tịch Ủy ban nhân dân tỉnh yêu cầu các cơ quan, đơn vị làm ngay những việc được phân công trong Phụ lục kèm theo Công văn này.'
    expect(directivesOf(sentence, {letter: false, afterTask: false, appendix}).tasks).toHaveLength(count)
  })
})
