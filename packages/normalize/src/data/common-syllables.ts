/**
 * Very frequent Vietnamese syllables: function words and the everyday
 * vocabulary of administrative prose. Used only to break ties between
 * legacy-encoding readings that are all well-formed (`chuû trì` reads as
 * TCVN3 `chuỷ trỡ` and as VNI `chủ trì`; the common reading wins).
 *
 * Source: compiled by hand from general knowledge of Vietnamese word
 * frequency (function words, pronouns, numerals, common Sino-Vietnamese
 * morphemes); not derived from the project fixtures.
 */
export const commonSyllables = new Set(
  `
của và các có được trong là cho những với người này đã không một hai ba bốn năm sáu bảy tám chín mười
trăm nghìn triệu tỷ thì mà để từ theo về tại trên dưới sau trước khi đến nhưng hoặc hay cũng đều vẫn
còn rất nhiều ít hơn nhất cả mọi mỗi từng nào gì đó đây ấy nay thế như vậy nếu nên vì do bởi bị
phải cần sẽ đang chưa đi làm ra vào lên xuống lại nữa thêm việc điều cách lần ngày tháng năm giờ
nước nhà dân ta chúng tôi họ anh chị em ông bà con
chủ trì phối hợp bộ ban ngành cơ quan đơn vị địa phương tỉnh thành phố huyện xã
trung ương chính phủ thủ tướng quốc hội đảng nhà nước ủy uỷ ban nhân dân hội đồng
kế hoạch chương trình đề án dự án nhiệm vụ giải pháp chỉ đạo thực hiện triển khai tổ chức
báo cáo kết quả tình hình đánh giá kiểm tra giám sát xây dựng hoàn thiện ban hành quy định
khoa học công nghệ đổi mới sáng tạo chuyển số hóa hoá dữ liệu hệ thống phát triển kinh tế xã hội
tài chính đầu tư ngân sách vốn chi phí quản lý hành hiện đại
giáo dục đào tạo y tế văn hóa hoá an ninh quốc phòng ngoại giao tư pháp nội vụ
lao động thương binh công thương nông nghiệp môi trường giao thông vận tải xây dựng
yêu cầu đề nghị giao trách nhiệm tiếp tục tập trung đẩy mạnh tăng cường nâng cao bảo đảm
chất lượng hiệu quả mục tiêu nội dung chính sách pháp luật văn bản thông tư nghị định quyết
số lượng tổng cộng đồng chí tiến độ thời gian hạn chậm nhất hoàn thành
Việt Nam Hà Nội
`.trim().toLowerCase().split(/\s+/)
)
