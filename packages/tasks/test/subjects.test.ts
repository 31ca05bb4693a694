import {describe, expect, test} from 'vitest'
import {inFullFromAddressees} from '../src/addressees.ts'
import {splitAgencies} from '../src/agencies.ts'
import {ownersOf} from '../src/owner.ts'

// [sentence, owners]: the subject ends at its verb, however long the name before it.
describe('ownersOf: where a subject ends', () => {
  test.each([
    // Verbs of work that end a subject (data/predicates.ts).
    ['Ủy ban nhân dân xã quan tâm bố trí kinh phí cho đội xung kích.', ['Ủy ban nhân dân xã']],
    ['Đài Phát thanh và Truyền hình tỉnh mở chuyên mục hỏi đáp về chính sách bảo hiểm.', ['Đài Phát thanh và Truyền hình tỉnh']],
    ['Tổng công ty Truyền tải điện Quốc gia tối ưu hóa phương thức vận hành lưới truyền tải.', ['Tổng công ty Truyền tải điện Quốc gia']],
    ['Công ty Cổ phần Cấp nước Hòa Bình điều chỉnh lịch cấp nước luân phiên trong mùa khô.', ['Công ty Cổ phần Cấp nước Hòa Bình']],
    ['Trung tâm Dự báo khí tượng thủy văn tỉnh cảnh báo sớm nguy cơ lũ quét.', ['Trung tâm Dự báo khí tượng thủy văn tỉnh']],
    ['Bệnh viện Đa khoa tỉnh bàn giao trang thiết bị cho trạm y tế xã.', ['Bệnh viện Đa khoa tỉnh']],
    ['Báo Lào Cai đăng tải các bài viết về gương người tốt, việc tốt.', ['Báo Lào Cai']],
    ['Công an xã kiên quyết xử lý các trường hợp lấn chiếm vỉa hè.', ['Công an xã']],
    // A steering board's scope, in lower case up to its level, is part of its name.
    ['Ban Chỉ đạo phòng, chống thiên tai và tìm kiếm cứu nạn tỉnh kiểm tra công tác ứng trực tại các xã.', ['Ban Chỉ đạo phòng, chống thiên tai và tìm kiếm cứu nạn tỉnh']],
    ['Văn phòng Ban Chỉ đạo phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số thành phố tổng hợp ý kiến của các thành viên.', ['Văn phòng Ban Chỉ đạo phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số thành phố']],
    ['Tổ giúp việc Ban Chỉ đạo xây dựng nông thôn mới huyện theo dõi tiến độ.', ['Tổ giúp việc Ban Chỉ đạo xây dựng nông thôn mới huyện']],
    ['Ban Chỉ huy phòng thủ dân sự tỉnh chỉ đạo sơ tán dân khỏi vùng nguy hiểm.', ['Ban Chỉ huy phòng thủ dân sự tỉnh']],
    ['Ban Chỉ đạo tỉnh chỉ đạo các xã rà soát hộ nghèo.', ['Ban Chỉ đạo tỉnh']],
    // …but not a directive or a report taken for a scope.
    ['Ban Chỉ đạo chỉ đạo các xã rà soát hộ nghèo.', ['Ban Chỉ đạo']],
    ['Ban Chỉ đạo tổng hợp kết quả của các xã, báo cáo Ủy ban nhân dân tỉnh.', ['Ban Chỉ đạo']],
    ['Tổ công tác đã kiểm tra các xã trên địa bàn huyện.', ['Tổ công tác']],
    // Heads named by office, and bodies whose head word is no title.
    ['Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh, Chỉ huy trưởng Bộ Chỉ huy Bộ đội Biên phòng tỉnh chỉ đạo lực lượng.', ['Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh', 'Chỉ huy trưởng Bộ Chỉ huy Bộ đội Biên phòng tỉnh']],
    ['Hiệu trưởng các trường trung học phổ thông, trường phổ thông dân tộc nội trú rà soát thiết bị.', ['Hiệu trưởng các trường trung học phổ thông, trường phổ thông dân tộc nội trú']],
    ['Đề nghị Liên minh Hợp tác xã tỉnh, Hội Nông dân tỉnh hỗ trợ thành lập hợp tác xã.', ['Liên minh Hợp tác xã tỉnh', 'Hội Nông dân tỉnh']],
    ['Đề nghị Hợp tác xã Dịch vụ nông nghiệp Yên Lạc bố trí 02 máy xúc.', ['Hợp tác xã Dịch vụ nông nghiệp Yên Lạc']],
    ['Báo và Phát thanh, Truyền hình Quảng Ngãi phát bản tin bão liên tục.', ['Báo và Phát thanh, Truyền hình Quảng Ngãi']],
    // `tự`, `làm đầu mối` open the predicate; `trật tự`, `phát thanh` are nouns of a name.
    ['Các hộ gia đình tự mang theo dụng cụ lao động.', ['Các hộ gia đình']],
    ['Cục Đổi mới sáng tạo, Chuyển đổi xanh và Khuyến công làm đầu mối đôn đốc.', ['Cục Đổi mới sáng tạo, Chuyển đổi xanh và Khuyến công']],
    ['Phòng Cảnh sát trật tự Công an tỉnh tăng cường tuần tra.', ['Phòng Cảnh sát trật tự Công an tỉnh']],
    ['Đài phát thanh xã tuyên truyền hằng ngày.', ['Đài phát thanh xã']],
    ['Cục Nhà giáo và Cán bộ quản lý giáo dục chủ trì xây dựng chương trình bồi dưỡng.', ['Cục Nhà giáo và Cán bộ quản lý giáo dục']],
    // After a plural, `chủ trì nhiệm vụ nêu tại Phụ lục` picks out which bodies; a single body leads.
    ['Các cục, vụ, đơn vị chủ trì nhiệm vụ nêu tại Phụ lục lập kế hoạch triển khai trước ngày 30/4/2027.', ['Các cục, vụ, đơn vị chủ trì nhiệm vụ nêu tại Phụ lục']],
    ['Bộ Công an chủ trì nhiệm vụ tại Phụ lục I, phối hợp với Bộ Tư pháp rà soát.', ['Bộ Công an']],
    // The units named after a plural level do not make a name too long to be one.
    ['Ủy ban nhân dân các phường Hải Châu, Thanh Khê, Sơn Trà, Ngũ Hành Sơn, Cẩm Lệ, Liên Chiểu bố trí quỹ đất.', ['Ủy ban nhân dân các phường Hải Châu, Thanh Khê, Sơn Trà, Ngũ Hành Sơn, Cẩm Lệ, Liên Chiểu']],
    // An office-holder who passes the work on to its own people keeps it; the issuer's organ passes it on.
    ['Giám đốc Sở Nông nghiệp và Môi trường yêu cầu các chủ hồ vận hành đúng quy trình.', ['Giám đốc Sở Nông nghiệp và Môi trường']],
    ['Ủy ban nhân dân tỉnh yêu cầu các chủ đầu tư tập trung giải ngân.', ['các chủ đầu tư']],
    // A unit's name goes on with its field of work, when the verb follows at once or `và` and a capital …
    ['Phòng Quản lý đầu tư rà soát toàn bộ dự án chậm tiến độ.', ['Phòng Quản lý đầu tư']],
    ['Phòng Quản lý đầu tư chủ trì, phối hợp với Phòng Quản lý tài nguyên và môi trường thực hiện.', ['Phòng Quản lý đầu tư']],
    ['Trung tâm Xúc tiến đầu tư và Hỗ trợ doanh nghiệp tổ chức hội nghị kết nối.', ['Trung tâm Xúc tiến đầu tư và Hỗ trợ doanh nghiệp']],
    // … and after a comma, in lower case up to the verb: a subject is not set off from its verb.
    ['Phòng Thanh tra, giám sát phối hợp với Phòng Tổng hợp kiểm tra tại chỗ.', ['Phòng Thanh tra, giám sát']],
    ['Giao Phòng Giám sát, kiểm tra và xử lý sau thanh tra theo dõi, cập nhật kết quả.', ['Phòng Giám sát, kiểm tra và xử lý sau thanh tra']],
    ['Phòng Kinh tế, Phòng Văn hóa - Xã hội kiểm tra việc xây dựng.', ['Phòng Kinh tế', 'Phòng Văn hóa - Xã hội']],
    // … not when the field is the work itself.
    ['Phòng Kinh tế kiểm tra việc xây dựng nhà ở.', ['Phòng Kinh tế']],
    ['Sở Xây dựng kiểm tra, xử lý vi phạm trật tự xây dựng.', ['Sở Xây dựng']],
    ['Trung tâm Y tế hướng dẫn thực hiện tiêm chủng.', ['Trung tâm Y tế']],
    // `thanh tra` names a body before a capital or a level, and is the verb otherwise; a level alone ends a name.
    ['Thanh tra tỉnh thanh tra trách nhiệm của Ủy ban nhân dân một số xã.', ['Thanh tra tỉnh']],
    ['Thanh tra chuyên đề việc quản lý kinh phí sự nghiệp giáo dục.', []],
    ['Thanh tra Chính phủ hướng dẫn các bộ, ngành.', ['Thanh tra Chính phủ']],
    ['Thuế tỉnh chủ trì, phối hợp với Sở Tài chính rà soát nợ thuế.', ['Thuế tỉnh']],
    // A refusal opens the predicate (not `hàng không`, a noun); a credit institution is a noun.
    ['Tổng công ty Truyền tải điện Quốc gia không bố trí cắt điện công tác trong dịp Tết.', ['Tổng công ty Truyền tải điện Quốc gia']],
    ['Tổng công ty Cảng hàng không Việt Nam bố trí thêm quầy thủ tục.', ['Tổng công ty Cảng hàng không Việt Nam']],
    ['Giám đốc các chi nhánh tổ chức tín dụng trên địa bàn rà soát danh sách khách hàng.', ['Giám đốc các chi nhánh tổ chức tín dụng trên địa bàn']],
    ['Công ty Vận hành hệ thống điện và thị trường điện Quốc gia tính toán cân bằng cung cầu.', ['Công ty Vận hành hệ thống điện và thị trường điện Quốc gia']],
    // A time before the subject is no part of it.
    ['Sau Tết, các Tổng công ty Điện lực tổng kết công tác cấp điện.', ['các Tổng công ty Điện lực']],
    // `Mỗi`, `Từng` before a body name each of them; before a place, its share of a target.
    ['Mỗi đảng ủy trực thuộc Tỉnh ủy tự sơ kết ở cấp mình.', ['Mỗi đảng ủy trực thuộc Tỉnh ủy']],
    ['Từng sở, ngành rà soát thủ tục hành chính.', ['Từng sở, ngành']],
    ['Mỗi xã xây dựng ít nhất 01 mô hình homestay kiểu mẫu.', []],
    // Trade unions and a hospital's departments act too; a union's name may hold a dash and `cấp trên trực tiếp`.
    ['Công đoàn các Khu chế xuất và công nghiệp thành phố phối hợp với Ban quản lý các khu công nghiệp tổ chức đối thoại.', ['Công đoàn các Khu chế xuất và công nghiệp thành phố']],
    ['Ban Tuyên giáo - Nữ công tham mưu Thường trực Liên đoàn Lao động thành phố thăm, tặng quà.', ['Ban Tuyên giáo - Nữ công']],
    ['Các công đoàn cấp trên trực tiếp cơ sở báo cáo kết quả về Liên đoàn Lao động thành phố.', ['Các công đoàn cấp trên trực tiếp cơ sở']],
    ['Các khoa lâm sàng cử mỗi khoa 01 bác sĩ làm đầu mối.', ['Các khoa lâm sàng']],
    // A body that asks people who are no body (a school, a developer) keeps the work; asked bodies own it.
    ['Sở Giáo dục và Đào tạo yêu cầu nhà trường dời giờ học thể dục ra khỏi khung giờ nắng gắt.', ['Sở Giáo dục và Đào tạo']],
    ['Sở Xây dựng yêu cầu chủ đầu tư cho công nhân ngừng thi công ngoài trời.', ['Sở Xây dựng']],
    // `đăng` (post, publish) ends a subject; `đăng ký` stays a noun of a name.
    ['Vụ Thông tin Báo chí đăng khuyến cáo an toàn cho công dân.', ['Vụ Thông tin Báo chí']],
    ['Văn phòng đăng ký đất đai cập nhật hồ sơ.', ['Văn phòng đăng ký đất đai']],
    // `người tham gia` (the insured, the participants) is a noun inside a unit's name.
    ['Bảo hiểm xã hội tỉnh giao Phòng Quản lý thu và Phát triển người tham gia phối hợp với Bảo hiểm xã hội cơ sở tổ chức hội nghị.', ['Phòng Quản lý thu và Phát triển người tham gia']],
    // `năm` before no number is the verb OCR and the repair made of `nắm`; a year keeps its number.
    ['Văn phòng Bộ năm tiến độ chung, báo cáo Lãnh đạo Bộ.', ['Văn phòng Bộ']],
    ['Ban Chỉ đạo năm 2028 tổng hợp kết quả.', ['Ban Chỉ đạo năm 2028']],
    // `Tổ` and a word OCR broke (`chtfc` for chức) is the verb `tổ chức`, no unit.
    ['Tổ chtfc thực hiện việc đánh giá độc lập.', []]
  ])('%s', (sentence, owners) => {
    expect(ownersOf(sentence)).toEqual(owners)
  })
})

// [owner, addressees, owner in full]
describe('inFullFromAddressees: a body named by its level alone is the addressee of that level', () => {
  test.each([
    ['Ủy ban nhân dân xã', ['Ủy ban nhân dân xã Tân Lập'], 'Ủy ban nhân dân xã Tân Lập'],
    ['Uỷ ban nhân dân phường', ['Ủy ban nhân dân phường Hòa Bình'], 'Ủy ban nhân dân phường Hòa Bình'],
    ['Ủy ban nhân dân xã; Công an xã', ['Ủy ban nhân dân xã Mường Khương', 'Công an xã Mường Khương'], 'Ủy ban nhân dân xã Mường Khương; Công an xã Mường Khương'],
    // Its head, by title.
    ['Chủ tịch Ủy ban nhân dân xã', ['Ủy ban nhân dân xã Nga Sơn'], 'Chủ tịch Ủy ban nhân dân xã Nga Sơn'],
    ['Công an xã', ['Ủy ban nhân dân xã Nga Sơn'], 'Công an xã'],
    // Two bodies of that level: which one is meant is not written.
    ['Ủy ban nhân dân xã', ['Ủy ban nhân dân xã Tân Lập', 'Ủy ban nhân dân xã Tân Hòa'], 'Ủy ban nhân dân xã'],
    // Not a level alone, or no addressee of that level.
    ['Sở Y tế', ['Sở Y tế tỉnh Lạng Sơn'], 'Sở Y tế'],
    ['Ủy ban nhân dân các xã', ['Ủy ban nhân dân các xã Tân Lập, Tân Hòa'], 'Ủy ban nhân dân các xã'],
    ['Ủy ban nhân dân tỉnh', ['Ủy ban nhân dân phường Hòa Bình'], 'Ủy ban nhân dân tỉnh'],
    ['Ủy ban nhân dân phường', [], 'Ủy ban nhân dân phường']
  ])('%s → %s', (owner, addressees, full) => {
    expect(inFullFromAddressees(owner, addressees)).toBe(full)
  })
})

// [list, agencies]: a head word and its colon distributed over the names after it.
describe('splitAgencies: `các Bộ: …`, `Bộ trưởng các Bộ: …` distributed', () => {
  test.each([
    ['Bộ trưởng các Bộ: Y tế, Công an', ['Bộ trưởng Bộ Y tế', 'Bộ trưởng Bộ Công an']],
    ['Thủ trưởng các Bộ: Nông nghiệp và Môi trường, Tài chính', ['Thủ trưởng Bộ Nông nghiệp và Môi trường', 'Thủ trưởng Bộ Tài chính']],
    ['Giám đốc các Sở: Xây dựng, Khoa học và Công nghệ', ['Giám đốc Sở Xây dựng', 'Giám đốc Sở Khoa học và Công nghệ']],
    ['các Sở: Tài chính và Nội vụ', ['Sở Tài chính', 'Sở Nội vụ']],
    ['các Sở: Y tế, Văn hóa, Thể thao và Du lịch và Giáo dục và Đào tạo', ['Sở Y tế', 'Sở Văn hóa, Thể thao và Du lịch', 'Sở Giáo dục và Đào tạo']],
    ['các Ban: Tổ chức, Tuyên giáo và Dân vận', ['Ban Tổ chức', 'Ban Tuyên giáo', 'Ban Dân vận']]
  ])('%s', (list, agencies) => {
    expect(splitAgencies(list)).toEqual(agencies)
  })
})

describe('ownersOf: a distributed subject', () => {
  test.each([
    ['Bộ trưởng các Bộ: Y tế, Công an theo chức năng, nhiệm vụ được giao chỉ đạo kiểm tra.', ['Bộ trưởng Bộ Y tế', 'Bộ trưởng Bộ Công an']],
    ['Giám đốc các Sở: Tài chính, Xây dựng khẩn trương thẩm định hồ sơ.', ['Giám đốc Sở Tài chính', 'Giám đốc Sở Xây dựng']],
    ['Các Bộ: Tài chính, Nội vụ hướng dẫn các địa phương.', ['Bộ Tài chính', 'Bộ Nội vụ']]
  ])('%s', (sentence, owners) => {
    expect(ownersOf(sentence)).toEqual(owners)
  })
})
