import {describe, expect, test} from 'vitest'
import {agencyHeading, coordinatorsOf, leadInOwners, ownersOf, ownersWithPlace} from '../src/owner.ts'

// [sentence, owners, coordinators]
const cases: ReadonlyArray<readonly [string, string[], string[]]> = [
  ['Bộ Công an chủ trì, phối hợp với Bộ Tài chính, Bộ Tư pháp xây dựng đề án.', ['Bộ Công an'], ['Bộ Tài chính', 'Bộ Tư pháp']],
  ['Bộ Công an: (1) Hoàn thiện cơ sở dữ liệu', ['Bộ Công an'], []],
  ['Các bộ, ngành, địa phương chủ động rà soát các nhiệm vụ.', ['Các bộ, ngành, địa phương'], []],
  ['Giao Văn phòng Trung ương Đảng tổng hợp, theo dõi.', ['Văn phòng Trung ương Đảng'], []],
  ['Đề nghị Đảng uỷ Quốc hội, Đảng uỷ Chính phủ chỉ đạo rà soát.', ['Đảng uỷ Quốc hội', 'Đảng uỷ Chính phủ'], []],
  ['Bộ Khoa học và Công nghệ và Bộ Tài chính theo chức năng, nhiệm vụ hướng dẫn.', ['Bộ Khoa học và Công nghệ', 'Bộ Tài chính'], []],
  ['Ban Tuyên giáo và Dân vận Trung ương chỉ đạo các cơ quan báo chí.', ['Ban Tuyên giáo và Dân vận Trung ương'], []],
  ['Các bộ, cơ quan chủ quản các nền tảng số khẩn trương ban hành kế hoạch.', ['Các bộ, cơ quan chủ quản các nền tảng số'], []],
  ['Các Đảng uỷ ở Trung ương (Đảng uỷ Chính phủ; Đảng uỷ Quốc hội) tập trung lãnh đạo.', ['Các Đảng uỷ ở Trung ương'], []],
  ['Văn phòng Trung ương Đảng - Cơ quan Thường trực Ban Chỉ đạo tham mưu cấp có thẩm quyền:', ['Văn phòng Trung ương Đảng - Cơ quan Thường trực Ban Chỉ đạo'], []],
  ['Bộ Quốc phòng chỉ đạo Ban Cơ yếu Chính phủ chủ trì, phối hợp với các cơ quan liên quan đưa vào vận hành.', ['Bộ Quốc phòng'], ['các cơ quan liên quan']],
  ['Trên cơ sở kết quả thí điểm, Bộ Y tế chủ trì, phối hợp với các địa phương nhân rộng.', ['Bộ Y tế'], ['các địa phương']],
  ['UBND tỉnh chỉ đạo Sở Nội vụ rà soát.', ['UBND tỉnh'], []],
  ['Sở Văn hóa và Thể thao phối hợp với các Bộ: Nội vụ, Giáo dục và Đào tạo tổ chức tập huấn.', ['Sở Văn hóa và Thể thao'], ['Bộ Nội vụ', 'Bộ Giáo dục và Đào tạo']],
  ['Chủ trì, phối hợp Bộ Tư pháp, Bộ Công an triển khai thực hiện.', [], ['Bộ Tư pháp', 'Bộ Công an']],
  ['Chủ trì, phối hợp với Bộ Tư pháp và 3 địa phương (Hà Nội, Đà Nẵng) nghiên cứu.', [], ['Bộ Tư pháp', '3 địa phương (Hà Nội, Đà Nẵng)']],
  ['Tổ chức thực hiện việc đánh giá độc lập.', [], []],
  ['Ban hành Hướng dẫn thực hiện Kế hoạch số 01-KH/BCĐTW.', [], []],
  ['Bộ Giáo dục và Đào tạo chủ trì, khẩn trương thực hiện; phối hợp chuẩn hoá nội dung.', ['Bộ Giáo dục và Đào tạo'], []],
  ['Nhận thức của các cấp, các ngành đã có chuyển biến rõ nét.', [], []],
  ['Nghiên cứu cơ chế tài chính (Bộ Tài chính chủ trì, phối hợp với Bộ Công Thương; hoàn thành trong quý III/2026).', ['Bộ Tài chính'], ['Bộ Công Thương']],
  ['Hoàn thiện hồ sơ dự án Luật, trình Quốc hội (Giao Bộ Công an chủ trì).', ['Bộ Công an'], []],
  ['Tổ chức sơ kết Nghị quyết. Giao Bộ Khoa học và Công nghệ chủ trì thực hiện.', ['Bộ Khoa học và Công nghệ'], []],
  ['Trong tháng 6/2026, Bộ Nội vụ hoàn thành việc sắp xếp các đơn vị sự nghiệp.', ['Bộ Nội vụ'], []],
  ['Đối với kiến nghị của tỉnh Gia Lai, giao Bộ Tài chính xem xét, xử lý theo thẩm quyền.', ['Bộ Tài chính'], []],
  ['Về kiến nghị bổ sung vốn: Bộ Tài chính nghiên cứu, báo cáo Thủ tướng Chính phủ.', ['Bộ Tài chính'], []],
  ['Kiến nghị của UBND tỉnh Nghệ An: giao Cục Đổi mới sáng tạo nghiên cứu, trả lời.', ['Cục Đổi mới sáng tạo'], []],
  ['Tòa án nhân dân tối cao, Viện kiểm sát nhân dân tối cao phối hợp với Bộ Công an chia sẻ dữ liệu.', ['Tòa án nhân dân tối cao', 'Viện kiểm sát nhân dân tối cao'], ['Bộ Công an']],
  ['Thủ trưởng các sở, ban, ngành, Chủ tịch UBND các huyện, thành phố nghiêm túc triển khai.', ['Thủ trưởng các sở, ban, ngành', 'Chủ tịch UBND các huyện, thành phố'], []],
  ['Ủy ban MTTQ tỉnh và các tổ chức chính trị - xã hội tỉnh tăng cường tuyên truyền.', ['Ủy ban MTTQ tỉnh', 'các tổ chức chính trị - xã hội tỉnh'], []],
  ['Sở Giáo dục và Đào tạo đưa nội dung kỹ năng số vào chương trình giáo dục.', ['Sở Giáo dục và Đào tạo'], []],
  ['Bộ Ngoại giao chủ trì vận động tài trợ.', ['Bộ Ngoại giao'], []],
  ['Các đoàn kiểm tra của Bộ Chính trị, Ban Bí thư cần chú ý nội dung này.', ['Các đoàn kiểm tra của Bộ Chính trị, Ban Bí thư'], []],
  ['Phòng Quản lý công nghệ số cập nhật dữ liệu.', ['Phòng Quản lý công nghệ số'], []],
  ['Phòng, chống tội phạm trên không gian mạng.', [], []],
  // A singling-out after the name is no part of it; `Riêng` singles one body out; a frequency ends the name.
  ['Chủ tịch Ủy ban nhân dân các tỉnh, thành phố ven biển, nhất là các địa phương trong vùng bão đổ bộ tổ chức sơ tán.', ['Chủ tịch Ủy ban nhân dân các tỉnh, thành phố ven biển'], []],
  ['Riêng Ban cán sự đảng UBND tỉnh chỉ đạo tổ chức sơ kết các mô hình giảm nghèo.', ['Ban cán sự đảng UBND tỉnh'], []],
  ['Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương hằng năm rà soát, công bố danh mục dữ liệu mở.', ['Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương'], []],
  ['Các đơn vị được giao chủ trì nhiệm vụ định kỳ hằng quý báo cáo tiến độ về Văn phòng Bộ.', ['Các đơn vị được giao chủ trì nhiệm vụ'], []],
  // A ministry's units by their kinds after a capital plural: one owner; units named: several.
  ['Các Vụ, Cục, Thanh tra Bộ, Văn phòng Bộ căn cứ nhiệm vụ được giao xây dựng kế hoạch chi tiết.', ['Các Vụ, Cục, Thanh tra Bộ, Văn phòng Bộ'], []],
  ['Cục Y tế dự phòng, Cục Quản lý Dược chủ trì tổ chức kiểm tra.', ['Cục Y tế dự phòng', 'Cục Quản lý Dược'], []],
  // A short form defined after a partner is no part of its name; `Công trình` is a noun in a name; `tổng rà soát` a verb;
  // the merged provincial press (`Báo và Phát thanh, Truyền hình …`) one body.
  ['Vụ Pháp chế chủ trì, phối hợp với Cục Quản lý Khám, chữa bệnh (sau đây viết tắt là Cục QLKCB), Vụ Bảo hiểm y tế rà soát quy định.', ['Vụ Pháp chế'], ['Cục Quản lý Khám, chữa bệnh', 'Vụ Bảo hiểm y tế']],
  ['Cục QLKCB chủ trì, phối hợp với Cục Quản lý Trang thiết bị và Công trình y tế xây dựng danh mục.', ['Cục QLKCB'], ['Cục Quản lý Trang thiết bị và Công trình y tế']],
  ['Chủ trì, phối hợp với Công an phường, Ban điều hành các tổ dân phố tổng rà soát các trường hợp lấn chiếm.', [], ['Công an phường', 'Ban điều hành các tổ dân phố']],
  ['Ban Tuyên giáo và Dân vận Tỉnh ủy chủ trì, phối hợp với Báo và Phát thanh, Truyền hình Lào Cai tuyên truyền.', ['Ban Tuyên giáo và Dân vận Tỉnh ủy'], ['Báo và Phát thanh, Truyền hình Lào Cai']],
  // A body that only takes note names no owner (the one given the work after it does); `có văn bản …` is work.
  ['Về kiến nghị ưu tiên bố trí vốn đầu tư công: Bộ ghi nhận; giao Vụ Kế hoạch - Tài chính tổng hợp, báo cáo Bộ trưởng.', ['Vụ Kế hoạch - Tài chính'], []],
  ['Về đề nghị hướng dẫn xác định giá đất cụ thể: giao Cục Quản lý đất đai có văn bản hướng dẫn tỉnh trong thời hạn 10 ngày.', ['Cục Quản lý đất đai'], []],
  // A later sentence with no subject that opens with `Phối hợp với` names the partners.
  ['Chỉ đạo các cơ sở giáo dục lồng ghép kiến thức phòng, chống thiên tai. Phối hợp với UBND các xã, phường kiểm tra, gia cố trường, lớp học.', [], ['UBND các xã, phường']],
  // The owner named in a later sentence that takes the work on (`có trách nhiệm chủ trì`).
  ['Xây dựng Cổng dữ liệu quốc gia phiên bản mới. Bộ Khoa học và Công nghệ có trách nhiệm chủ trì, phối hợp với Văn phòng Chính phủ triển khai.', ['Bộ Khoa học và Công nghệ'], ['Văn phòng Chính phủ']],
  ['Bộ Xây dựng chủ trì, phối hợp với Bộ Tài chính, Bộ Nông nghiệp và Môi trường hoàn thiện hồ sơ.', ['Bộ Xây dựng'], ['Bộ Tài chính', 'Bộ Nông nghiệp và Môi trường']],
  ['Rà soát các quy định, phối hợp với Bộ Tư pháp, Bộ Công an triển khai.', [], ['Bộ Tư pháp', 'Bộ Công an']],
  ['Tiếp tục đẩy mạnh tuyên truyền về an ninh mạng. Bộ Công an đã có nhiều đóng góp trong năm qua.', [], []],
  ['Chậm nhất ngày 15/10/2026, các bộ, cơ quan liên quan gửi báo cáo về Bộ Khoa học và Công nghệ.', ['các bộ, cơ quan liên quan'], []],
  ['Giao Phó Thủ tướng Chính phủ Hồ Đức Phớc trực tiếp chỉ đạo.', ['Phó Thủ tướng Chính phủ Hồ Đức Phớc'], []],
  // The issuing body asks another to act: the one asked owns the task.
  ['Về giải ngân vốn, UBND tỉnh yêu cầu Thủ trưởng các chủ đầu tư tập trung tháo gỡ vướng mắc.', ['Thủ trưởng các chủ đầu tư'], []],
  ['Trên cơ sở đề xuất của Sở Tài chính, UBND tỉnh giao Sở Nội vụ chủ trì tham mưu.', ['Sở Nội vụ'], []],
  ['Bộ Ngoại giao chủ trì, phối hợp với Bộ Công an rà soát.', ['Bộ Ngoại giao'], ['Bộ Công an']],
  // Heads beyond ministries: a tax office named by its level, village heads, one person's two titles.
  ['Thuế tỉnh Quảng Trị chủ trì, phối hợp với các sở, ngành và UBND các xã, phường, đặc khu quyết liệt thu hồi nợ thuế.', ['Thuế tỉnh Quảng Trị'], ['các sở, ngành', 'UBND các xã, phường, đặc khu']],
  ['Các phòng, đơn vị, Trưởng các thôn báo cáo kết quả.', ['Các phòng, đơn vị', 'Trưởng các thôn'], []],
  ['Đồng chí Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh trực tiếp chỉ đạo.', ['Đồng chí Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh'], []],
  // `các` + a thing is not an agency.
  ['Các chỉ tiêu chủ yếu tại Phụ lục I; nhiệm vụ cụ thể tại Phụ lục II.', [], []],
  ['Các dự án trọng điểm phải hoàn thành trong năm 2026.', [], []],
  // Coordinators: the list ends at any verb; a later clause whose subject `phối hợp` names one.
  ['Kho bạc Nhà nước phối hợp với Sở Tài chính hạch toán kịp thời các khoản thu.', ['Kho bạc Nhà nước'], ['Sở Tài chính']],
  ['Ban Tổ chức Tỉnh ủy chủ trì xây dựng Đề án. Ban Chính sách, chiến lược Tỉnh ủy phối hợp thẩm định nội dung.', ['Ban Tổ chức Tỉnh ủy'], ['Ban Chính sách, chiến lược Tỉnh ủy']],
  ['Sở Tư pháp chủ trì rà soát văn bản; Văn phòng UBND tỉnh phối hợp.', ['Sở Tư pháp'], ['Văn phòng UBND tỉnh']],
  ['Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh phối hợp tuyên truyền.', ['Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh'], []],
  ['Văn phòng HĐND và UBND phường tổng hợp kết quả.', ['Văn phòng HĐND và UBND phường'], []],
  ['Các Bộ: Tài chính, Tư pháp theo chức năng, nhiệm vụ được giao phối hợp chặt chẽ với Bộ Xây dựng.', ['Bộ Tài chính', 'Bộ Tư pháp'], ['Bộ Xây dựng']],
  // Noun phrases holding a predicate word (`đầu tư`, `xây dựng`, `trong`) are part of the name.
  ['Yêu cầu Ban Quản lý dự án đầu tư xây dựng tỉnh tập trung chỉ đạo các nhà thầu.', ['Ban Quản lý dự án đầu tư xây dựng tỉnh'], []],
  // `tự giác` (of one's own accord) opens a predicate as `chủ động` does.
  ['Đề nghị các hộ gia đình trên địa bàn xã tự giác thu gom rác thải đúng giờ quy định.', ['các hộ gia đình trên địa bàn xã'], []],
  // A board that spells out its scope runs past the dozen words of most names.
  ['Giao Ban Quản lý dự án đầu tư xây dựng các công trình giao thông và nông nghiệp tỉnh Bắc Giang khẩn trương lập hồ sơ quyết toán.', ['Ban Quản lý dự án đầu tư xây dựng các công trình giao thông và nông nghiệp tỉnh Bắc Giang'], []],
  ['Ban Quản lý các khu công nghiệp, khu chế xuất và khu công nghệ cao thành phố Hải Phòng chủ trì rà soát quỹ đất sạch.', ['Ban Quản lý các khu công nghiệp, khu chế xuất và khu công nghệ cao thành phố Hải Phòng'], []],
  ['Bộ giao Cục Quản lý và Phát triển thị trường trong nước chủ trì, phối hợp với Cục Thương mại điện tử và Kinh tế số hướng dẫn.', ['Cục Quản lý và Phát triển thị trường trong nước'], ['Cục Thương mại điện tử và Kinh tế số']],
  ['Các doanh nghiệp trong và ngoài nước chủ động đăng ký.', ['Các doanh nghiệp trong và ngoài nước'], []],
  ['Sở Tài chính trong phạm vi chức năng, nhiệm vụ hướng dẫn.', ['Sở Tài chính'], []],
  // A province's merged press agency: `Báo` + `và` + a capitalised name; `Báo cáo` is a verb.
  ['Báo và Phát thanh, Truyền hình Hà Tĩnh tăng cường thời lượng tuyên truyền.', ['Báo và Phát thanh, Truyền hình Hà Tĩnh'], []],
  ['Báo cáo Chủ tịch UBND tỉnh kết quả thực hiện.', [], []],
  // Joint leads in the closing brackets; a comma clause before a lone lead is no part of it.
  ['Phát triển mạng lưới trạm sạc (Bộ Công Thương, Bộ Xây dựng chủ trì theo chức năng, nhiệm vụ được giao; thực hiện thường xuyên).', ['Bộ Công Thương', 'Bộ Xây dựng'], []],
  ['Nghiên cứu cơ chế (Sau khi có kết quả rà soát, Bộ Tài chính chủ trì).', ['Bộ Tài chính'], []],
  // A subject never crosses a sentence end; the sentence that names the lead names its coordinators.
  ['Về đề nghị mở rộng cảng: Thủ tướng Chính phủ đồng ý về chủ trương. Giao Bộ Xây dựng chủ trì, phối hợp với Bộ Quốc phòng, Bộ Tài chính nghiên cứu.', ['Bộ Xây dựng'], ['Bộ Quốc phòng', 'Bộ Tài chính']],
  ['UBND TP. Hồ Chí Minh chủ trì tổ chức hội nghị.', ['UBND TP. Hồ Chí Minh'], []],
  // Under an owner of its own, a later lead with coordinators is another agency's part.
  ['Các bộ khẩn trương ban hành kế hoạch. Giao Bộ Khoa học và Công nghệ chủ trì, phối hợp với các cơ quan liên quan theo dõi.', ['Các bộ'], []],
  // More verbs that end a subject; a plural completed by a name takes no more nouns.
  ['Đài Truyền hình Việt Nam, Đài Tiếng nói Việt Nam tăng thời lượng phát sóng.', ['Đài Truyền hình Việt Nam', 'Đài Tiếng nói Việt Nam'], []],
  ['Ủy ban nhân dân các xã, phường quản lý, sử dụng hiệu quả cơ sở vật chất.', ['Ủy ban nhân dân các xã, phường'], []],
  ['Các cơ quan quản lý nhà nước chủ động rà soát.', ['Các cơ quan quản lý nhà nước'], []],
  ['Giao Thường trực Hội đồng nhân dân tỉnh, các Ban của Hội đồng nhân dân tỉnh, các Tổ đại biểu Hội đồng nhân dân tỉnh và đại biểu Hội đồng nhân dân tỉnh giám sát việc thực hiện.', ['Thường trực Hội đồng nhân dân tỉnh', 'các Ban của Hội đồng nhân dân tỉnh', 'các Tổ đại biểu Hội đồng nhân dân tỉnh', 'đại biểu Hội đồng nhân dân tỉnh'], []],
  ['Các Tổ đại biểu và đại biểu Hội đồng nhân dân tỉnh giám sát việc thực hiện.', ['Các Tổ đại biểu và đại biểu Hội đồng nhân dân tỉnh'], []],
  ['Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh chủ trì, phối hợp với các tổ chức chính trị - xã hội tỉnh tăng cường giám sát.', ['Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh'], ['các tổ chức chính trị - xã hội tỉnh']],
  ['Phòng Kinh tế chủ trì, phối hợp với Công an phường, Thuế cơ sở 2 tỉnh Đắk Lắk làm sạch dữ liệu.', ['Phòng Kinh tế'], ['Công an phường', 'Thuế cơ sở 2 tỉnh Đắk Lắk']],
  ['Lãnh đạo, điều hành chung mọi hoạt động của Ủy ban nhân dân tỉnh.', [], []],
  ['Kiến nghị Bộ Khoa học và Công nghệ sớm ban hành Thông tư hướng dẫn.', ['Bộ Khoa học và Công nghệ'], []],
  ['Ban Chỉ đạo giúp Chủ tịch UBND tỉnh chỉ đạo, điều phối việc triển khai Chương trình.', ['Ban Chỉ đạo'], []],
  ['Định kỳ 6 tháng, hằng năm, Ban Chỉ đạo tổng hợp, báo cáo Chủ tịch UBND tỉnh.', ['Ban Chỉ đạo'], []],
  ['Trung tâm trợ giúp pháp lý nhà nước tỉnh tổ chức tập huấn.', ['Trung tâm trợ giúp pháp lý nhà nước tỉnh'], []],
  ['Bộ Xây dựng chủ trì, phối hợp với Bộ Tư pháp, Ủy ban nhân dân thành phố Hải Phòng tiếp thu ý kiến thành viên Chính phủ.', ['Bộ Xây dựng'], ['Bộ Tư pháp', 'Ủy ban nhân dân thành phố Hải Phòng']],
  ['Công chức Địa chính - Xây dựng phối hợp với Trưởng thôn Đông và Trưởng thôn Đoài kiểm tra, lập biên bản.', ['Công chức Địa chính - Xây dựng'], ['Trưởng thôn Đông', 'Trưởng thôn Đoài']],
  ['Các sở, ngành phối hợp với Sở Giáo dục và Đào tạo, Sở Y tế và các sở quản lý chuyên ngành rà soát.', ['Các sở, ngành'], ['Sở Giáo dục và Đào tạo', 'Sở Y tế', 'các sở quản lý chuyên ngành']],
  ['Ban Tuyên giáo và Dân vận Tỉnh ủy chủ trì, phối hợp với Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh đổi mới nội dung tuyên truyền.', ['Ban Tuyên giáo và Dân vận Tỉnh ủy'], ['Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh']],
  ['Ủy ban kiểm tra Đảng ủy phường tăng cường kiểm tra, giám sát việc thực hiện Nghị quyết.', ['Ủy ban kiểm tra Đảng ủy phường'], []],
  ['Ủy ban nhân dân phường chủ trì, phối hợp với Đoàn Thanh niên Cộng sản Hồ Chí Minh phường duy trì hoạt động của các Tổ công nghệ số cộng đồng.', ['Ủy ban nhân dân phường'], ['Đoàn Thanh niên Cộng sản Hồ Chí Minh phường']],
  ['Sở Nông nghiệp và Môi trường chủ trì, phối hợp với Sở Tài chính và Ban Quản lý dự án đầu tư xây dựng các công trình giao thông tỉnh xác định giá đất cụ thể.', ['Sở Nông nghiệp và Môi trường'], ['Sở Tài chính', 'Ban Quản lý dự án đầu tư xây dựng các công trình giao thông tỉnh']],
  // A role between commas says what the body is (apposition); it is no second owner.
  ['Bộ Văn hóa, Thể thao và Du lịch, cơ quan thường trực Ban Tổ chức Lễ hội, chủ trì, phối hợp với Bộ Công an xây dựng phương án.', ['Bộ Văn hóa, Thể thao và Du lịch'], ['Bộ Công an']],
  ['Giao Sở Nội vụ, cơ quan đầu mối về cải cách hành chính, chủ trì tổng hợp kết quả.', ['Sở Nội vụ'], []],
  ['Sở Y tế là cơ quan thường trực, chủ trì, phối hợp với Sở Tài chính tổ chức Hội nghị.', ['Sở Y tế'], ['Sở Tài chính']],
  // …but after a plural the comma lists one more kind of body.
  ['Các bộ phận, đơn vị được giao nhiệm vụ tại Phụ lục chủ động triển khai, báo cáo kết quả về Ủy ban nhân dân phường định kỳ hằng quý.', ['Các bộ phận, đơn vị được giao nhiệm vụ tại Phụ lục'], []],
  ['Các sở, đơn vị chủ trì nhiệm vụ tại Kế hoạch này, báo cáo kết quả về Sở Nội vụ.', ['Các sở, đơn vị'], []],
  ['Phòng Kinh tế xã phân công công chức theo dõi.', ['Phòng Kinh tế xã'], []],
  // Telegram subjects: a list after `các tỉnh, thành phố:` (two levels) is kept as printed; `nắm`, `dành` are verbs.
  ['Chủ tịch Ủy ban nhân dân các tỉnh, thành phố: Nghệ An, Huế trực tiếp chỉ đạo sơ tán dân.', ['Chủ tịch Ủy ban nhân dân các tỉnh, thành phố: Nghệ An, Huế'], []],
  ['Chủ tịch Ủy ban nhân dân các tỉnh, thành phố: Thanh Hóa, Nghệ An, Hà Tĩnh, Quảng Trị, Huế, Đà Nẵng trực tiếp chỉ đạo sơ tán dân.', ['Chủ tịch Ủy ban nhân dân các tỉnh, thành phố: Thanh Hóa, Nghệ An, Hà Tĩnh, Quảng Trị, Huế, Đà Nẵng'], []],
  ['Ủy ban nhân dân các tỉnh: Nghệ An, Hà Tĩnh tổ chức sơ tán dân.', ['Ủy ban nhân dân tỉnh Nghệ An', 'Ủy ban nhân dân tỉnh Hà Tĩnh'], []],
  ['Văn phòng Chính phủ nắm tình hình, đôn đốc các bộ thực hiện Công điện này.', ['Văn phòng Chính phủ'], []],
  ['Đài Truyền hình Việt Nam, Thông tấn xã Việt Nam dành thời lượng đưa tin về bão.', ['Đài Truyền hình Việt Nam', 'Thông tấn xã Việt Nam'], []],
  // `phối hợp` after a name ending in `công` (Khuyến công) is the verb, not a noun's second word.
  ['Cục trưởng Cục Đổi mới sáng tạo, Chuyển đổi xanh và Khuyến công phối hợp với Sở Công Thương hướng dẫn doanh nghiệp.', ['Cục trưởng Cục Đổi mới sáng tạo, Chuyển đổi xanh và Khuyến công'], ['Sở Công Thương']],
  // Bodies named by their level and place after a full name are the same kind of body.
  ['Ủy ban nhân dân thành phố Đà Nẵng, tỉnh Quảng Ngãi và thành phố Huế chuẩn bị địa điểm thi đấu.', ['Ủy ban nhân dân thành phố Đà Nẵng', 'Ủy ban nhân dân tỉnh Quảng Ngãi', 'Ủy ban nhân dân thành phố Huế'], []],
  ['Chi bộ các thôn đưa nội dung xây dựng nông thôn mới vào sinh hoạt định kỳ.', ['Chi bộ các thôn'], []],
  // `được giao chủ trì nhiệm vụ` is a relative clause of the subject, not a report.
  ['Thủ trưởng các đơn vị được giao chủ trì nhiệm vụ chịu trách nhiệm trước Bộ trưởng về tiến độ, chất lượng sản phẩm.', ['Thủ trưởng các đơn vị được giao chủ trì nhiệm vụ'], []],
  // A directive verb before a capital opens the next body: no name runs on to `… Việt Nam`.
  ['Đề nghị Bộ Ngoại giao chỉ đạo Đại sứ quán Việt Nam tại Lào hỗ trợ thủ tục.', ['Bộ Ngoại giao'], []],
  // Plans name who does the work after it, at the end of the sentence, after a comma.
  ['Mở lớp dạy bơi miễn phí cho học sinh trong dịp hè, do Trung tâm Văn hóa - Thể thao xã thực hiện.', ['Trung tâm Văn hóa - Thể thao xã'], []],
  ['Rà soát hộ nghèo phát sinh, hoàn thành trong tháng 5/2027, do Phòng Văn hóa - Xã hội chủ trì, phối hợp với các tổ dân phố thực hiện.', ['Phòng Văn hóa - Xã hội'], ['các tổ dân phố']],
  ['Kiểm tra an toàn thực phẩm tại các bếp ăn tập thể, do Trạm Y tế xã phối hợp với Phòng Kinh tế, Hạ tầng và Đô thị thực hiện.', ['Trạm Y tế xã'], ['Phòng Kinh tế, Hạ tầng và Đô thị']],
  ['Lập hồ sơ giao đất, do Phòng Kinh tế, Hạ tầng và Đô thị thực hiện.', ['Phòng Kinh tế, Hạ tầng và Đô thị'], []],
  // A reason (`do` = because) or a relative clause names no owner.
  ['Dự án chậm tiến độ, do Ban Quản lý dự án chưa thực hiện.', [], []],
  ['Nghiệm thu các hạng mục do Sở Xây dựng thực hiện.', [], []],
  ['Giao Văn phòng Hội đồng nhân dân và Ủy ban nhân dân xã mời đại biểu dự lễ, gửi giấy mời trước ngày 20/12/2026.', ['Văn phòng Hội đồng nhân dân và Ủy ban nhân dân xã'], []],
  // A relative clause `có …` ends before `gửi`; `cụ thể hóa` is a verb of work.
  ['Đề nghị Ủy ban nhân dân các tỉnh có cảng cá gửi kết quả kiểm tra về Bộ Nông nghiệp và Môi trường.', ['Ủy ban nhân dân các tỉnh có cảng cá'], []],
  ['Các chi bộ trực thuộc Đảng ủy xã cụ thể hóa Nghị quyết thành kế hoạch của chi bộ.', ['Các chi bộ trực thuộc Đảng ủy xã'], []],
  ['Cục Bưu điện làm việc với các doanh nghiệp để thống nhất lộ trình.', ['Cục Bưu điện'], []],
  ['Vụ Pháp chế và Văn phòng Bộ cùng rà soát quy chế.', ['Vụ Pháp chế', 'Văn phòng Bộ'], []],
  // `đồng chủ trì` (co-lead): `đồng` is no part of the second name; `Hội đồng` keeps its own.
  ['Bộ Công Thương và Bộ Tài chính đồng chủ trì, phối hợp với Ngân hàng Nhà nước Việt Nam xây dựng cơ chế.', ['Bộ Công Thương', 'Bộ Tài chính'], ['Ngân hàng Nhà nước Việt Nam']],
  ['Hội đồng chủ trì tổ chức thẩm định hồ sơ.', ['Hội đồng'], []],
  // A telegram's addressees, then work after the colon: the colon ends the subject.
  ['Chủ tịch Ủy ban nhân dân các tỉnh, thành phố: Tiếp tục tập trung lãnh đạo, chỉ đạo ứng phó mưa lũ.', ['Chủ tịch Ủy ban nhân dân các tỉnh, thành phố'], []],
  ['Đảng ủy Ủy ban Mặt trận Tổ quốc và các đoàn thể tỉnh lãnh đạo vận động đoàn viên.', ['Đảng ủy Ủy ban Mặt trận Tổ quốc và các đoàn thể tỉnh'], []],
  // `xây dựng` inside a name is a noun.
  ['Phòng Quản lý chất lượng công trình xây dựng chủ trì kiểm tra nhà ở xã hội.', ['Phòng Quản lý chất lượng công trình xây dựng'], []],
  ['Trung tâm Kiểm định chất lượng xây dựng lấy mẫu vật liệu tại công trường.', ['Trung tâm Kiểm định chất lượng xây dựng'], []]
]

describe('ownersOf / coordinatorsOf', () => {
  test.each(cases)('%s', (sentence, owners, coordinators) => {
    expect(ownersOf(sentence)).toEqual(owners)
    expect(coordinatorsOf(sentence)).toEqual(coordinators)
  })
})

describe('agencyHeading', () => {
  test.each([
    ['Bộ Khoa học và Công nghệ', 'Bộ Khoa học và Công nghệ'],
    ['Đồng chí Thủ tướng Chính phủ, Phó Trưởng Ban Chỉ đạo', 'Đồng chí Thủ tướng Chính phủ, Phó Trưởng Ban Chỉ đạo'],
    ['Các cơ quan Trung ương và địa phương', 'Các cơ quan Trung ương và địa phương'],
    ['Về các nền tảng, ứng dụng số', null],
    ['Bộ Công Thương triển khai các giải pháp.', null],
    ['Bộ Ngoại giao', 'Bộ Ngoại giao'],
    ['Chủ tịch Ủy ban nhân dân tỉnh yêu cầu:', null],
    ['Phòng Kinh tế xã (cơ quan thường trực Ban Chỉ huy phòng thủ dân sự xã):', 'Phòng Kinh tế xã'],
    // A heading that requests or assigns names the body its items are for.
    ['Đề nghị Hội Liên hiệp Phụ nữ tỉnh', 'Hội Liên hiệp Phụ nữ tỉnh'],
    ['Giao Sở Văn hóa, Thể thao và Du lịch', 'Sở Văn hóa, Thể thao và Du lịch'],
    ['Đề nghị các sở, ngành:', null]
  ] as const)('%s', (text, expected) => expect(agencyHeading(text)).toBe(expected))
})

describe('ownersWithPlace: where the text names its owner', () => {
  test.each([
    ['Bộ Công an chủ trì xây dựng đề án.', ['Bộ Công an'], 'start'],
    ['Các cấp uỷ, tổ chức đảng, cơ quan, đơn vị tập trung thực hiện.', ['Các cấp uỷ, tổ chức đảng, cơ quan, đơn vị'], 'start'],
    ['Nghiên cứu cơ chế tài chính (Bộ Tài chính chủ trì).', ['Bộ Tài chính'], 'assigned'],
    ['Đối với kiến nghị của tỉnh, giao Bộ Tài chính xem xét.', ['Bộ Tài chính'], 'assigned'],
    ['Tổ chức sơ kết Nghị quyết. Giao Bộ Khoa học và Công nghệ chủ trì thực hiện.', ['Bộ Khoa học và Công nghệ'], 'assigned'],
    ['Rà soát quy hoạch. Sở Xây dựng chủ trì, phối hợp với các xã thực hiện.', ['Sở Xây dựng'], 'assigned'],
    ['Tiếp tục quán triệt Nghị quyết. Các đoàn kiểm tra của Bộ Chính trị cần chú ý nội dung này.', ['Các đoàn kiểm tra của Bộ Chính trị'], 'later'],
    ['Xây dựng kho dữ liệu. Các địa phương phối hợp cung cấp dữ liệu.', ['Các địa phương'], 'later'],
    ['Tiếp tục đẩy mạnh tuyên truyền.', [], 'later']
  ] as const)('%s', (text, owners, place) => {
    const found = ownersWithPlace(text)
    expect(found.owners).toEqual(owners)
    if (owners.length > 0) expect(found.place).toBe(place)
  })
})

describe('leadInOwners: the addressees of a paragraph that introduces a list', () => {
  test.each([
    // A directive verb in a clause of what was done before names no one.
    ['Sau khi chỉ đạo các sở, ngành rà soát, Ủy ban nhân dân tỉnh trả lời như sau:', []],
    ['Về nhiệm vụ trong thời gian tới, yêu cầu các cấp uỷ, tổ chức đảng, cơ quan, đơn vị tập trung thực hiện quyết liệt 7 nhóm nội dung trọng tâm sau:', ['các cấp uỷ, tổ chức đảng, cơ quan, đơn vị']],
    ['Thủ tướng Chính phủ yêu cầu các bộ, ngành, địa phương thực hiện tốt các nhiệm vụ sau:', ['các bộ, ngành, địa phương']],
    ['Đối với Ủy ban nhân dân các tỉnh, thành phố:', ['Ủy ban nhân dân các tỉnh, thành phố']],
    ['Đối với các dự án chậm tiến độ:', []],
    ['Để triển khai Kế hoạch, Ủy ban nhân dân tỉnh giao Sở Nội vụ thực hiện các nội dung sau:', ['Sở Nội vụ']],
    ['Đề nghị Đảng uỷ Quốc hội, Đảng uỷ Chính phủ chỉ đạo thực hiện các nội dung sau:', ['Đảng uỷ Quốc hội', 'Đảng uỷ Chính phủ']],
    // Not a lead-in: no colon, no directive verb before an agency, or `Ban Chỉ đạo` (a name).
    ['Thủ tướng Chính phủ yêu cầu các bộ, ngành, địa phương thực hiện tốt các nhiệm vụ được giao.', []],
    ['Ủy ban nhân dân tỉnh giao nhiệm vụ cụ thể như sau:', []],
    ['Ngày 05/5/2026, Ban Chỉ đạo tỉnh đã tổ chức Phiên họp; đồng chí Trưởng Ban kết luận như sau:', []],
    ['Thường trực Ban Chỉ đạo biểu dương một số cơ quan, tiêu biểu như:', []]
  ] as const)('%s', (text, owners) => expect(leadInOwners(text)).toEqual(owners))
})
