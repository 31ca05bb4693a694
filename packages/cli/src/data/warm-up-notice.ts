import type {Block, VanbanDocument} from '@vanban/core'

/**
 * A short notice written for `warm-up.ts`, not taken from any real document:
 * what the pipeline meets in an action programme, in little space — the
 * letterhead, numbered and lettered directives whose subjects lead and
 * coordinate, deadlines of each kind (a month, a quarter, a date, a year,
 * recurring), a paragraph typed without diacritics (so the repair model
 * loads and its decoder runs), and an appendix table of tasks with its own
 * lead, coordinator, result and deadline columns, as the 83-page nq71 has.
 */
const text = (kind: 'heading' | 'paragraph' | 'list-item', page: number, line: number, value: string): Block =>
  ({kind, text: value, provenance: {page, lineStart: line, lineEnd: line, source: 'text-layer'}, ...(kind === 'heading' && {bold: true})})

const rows: readonly (readonly string[])[] = [
  ['I.', 'Hoàn thiện thể chế, cơ chế, chính sách phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số', '', '', '', ''],
  ['1.', 'Xây dựng, trình Thủ tướng Chính phủ ban hành chương trình tuyên truyền về phát triển khoa học, công nghệ và đổi mới sáng tạo.', 'Bộ Khoa học và Công nghệ', 'Bộ Văn hóa, Thể thao và Du lịch; các bộ, ngành, địa phương', 'Quyết định của Thủ tướng Chính phủ', 'Tháng 4/2026'],
  ['2.', 'Rà soát, sửa đổi các quy định về quản lý tài chính đối với nhiệm vụ khoa học và công nghệ sử dụng ngân sách nhà nước.', 'Bộ Tài chính', 'Bộ Khoa học và Công nghệ, Bộ Tư pháp', 'Nghị định sửa đổi, bổ sung', 'Quý II/2026'],
  ['3.', 'Xây dựng cơ sở dữ liệu quốc gia về cán bộ, công chức, viên chức và kết nối với các cơ sở dữ liệu chuyên ngành.', 'Bộ Nội vụ', 'Bộ Công an, các bộ, ngành, địa phương', 'Cơ sở dữ liệu được vận hành', 'Năm 2026'],
  ['II.', 'Phát triển hạ tầng số và nguồn nhân lực chất lượng cao', '', '', '', ''],
  ['4.', 'Triển khai chương trình đào tạo nhân lực công nghệ số trong các cơ sở giáo dục đại học.', 'Bộ Giáo dục và Đào tạo', 'Các bộ, ngành, địa phương', 'Chương trình đào tạo', 'Hằng năm'],
  ['5.', 'Bảo đảm an toàn, an ninh mạng cho các hệ thống thông tin của cơ quan nhà nước.', 'Bộ Công an', 'Ban Cơ yếu Chính phủ; Bộ Quốc phòng', 'Báo cáo kết quả', 'Thường xuyên'],
  ['6.', 'Cụ thể hóa nhiệm vụ chuyển đổi số trong kế hoạch công tác của cơ quan, tổ chức, đơn vị.', 'Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương', '', 'Kế hoạch công tác', 'Trước ngày 30/6/2026'],
  ['7.', 'Tổng kết, đánh giá kết quả thực hiện và đề xuất nhiệm vụ giai đoạn tiếp theo.', 'Văn phòng Chính phủ', 'Các bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ', 'Báo cáo Chính phủ', 'Quý IV hằng năm']
]

export const warmUpNotice: VanbanDocument = {
  file: 'warm-up-notice',
  pages: [1, 2, 3].map((number) => ({number, source: 'text-layer' as const, furniture: [], warnings: []})),
  blocks: [
    text('heading', 1, 1, 'ỦY BAN NHÂN DÂN'),
    text('heading', 1, 2, 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'),
    text('paragraph', 1, 3, 'Độc lập - Tự do - Hạnh phúc'),
    text('paragraph', 1, 4, 'Số: 12/TB-UBND'),
    text('paragraph', 1, 5, 'Hà Nội, ngày 15 tháng 3 năm 2026'),
    text('heading', 1, 6, 'THÔNG BÁO'),
    text('paragraph', 1, 7, 'Kết luận của Chủ tịch Ủy ban nhân dân tại cuộc họp về triển khai chuyển đổi số năm 2026'),
    text('paragraph', 1, 8, 'Ngày 10 tháng 3 năm 2026, Chủ tịch Ủy ban nhân dân chủ trì cuộc họp với các sở, ban, ngành về tình hình triển khai chuyển đổi số. Sau khi nghe báo cáo và ý kiến của các đại biểu, Chủ tịch Ủy ban nhân dân kết luận như sau:'),
    text('list-item', 1, 9, '1. Sở Khoa học và Công nghệ chủ trì, phối hợp với Sở Tài chính và các cơ quan liên quan xây dựng kế hoạch chuyển đổi số năm 2026, trình Ủy ban nhân dân trong tháng 4/2026.'),
    text('list-item', 1, 10, '2. Giao Sở Nội vụ:'),
    text('list-item', 1, 11, 'a) Rà soát, sắp xếp vị trí việc làm của công chức phụ trách công nghệ thông tin, hoàn thành trước ngày 30 tháng 6 năm 2026;'),
    text('list-item', 1, 12, 'b) Phối hợp với Sở Khoa học và Công nghệ tổ chức bồi dưỡng kỹ năng số cho cán bộ, công chức, viên chức; thực hiện thường xuyên.'),
    text('list-item', 2, 1, '3. Các sở, ban, ngành và Ủy ban nhân dân cấp xã căn cứ chức năng, nhiệm vụ được giao triển khai các nhiệm vụ sau:'),
    text('list-item', 2, 2, '- Đẩy mạnh cung cấp dịch vụ công trực tuyến toàn trình, báo cáo kết quả định kỳ hằng quý;'),
    text('list-item', 2, 3, '- Bảo đảm kinh phí cho các nhiệm vụ chuyển đổi số trong dự toán ngân sách năm 2027.'),
    text('paragraph', 2, 4, 'Giao Van phong Uy ban nhan dan theo doi, don doc cac co quan trien khai thuc hien, tong hop ket qua bao cao Chu tich Uy ban nhan dan truoc ngay 15 thang 12 nam 2026.'),
    text('paragraph', 2, 5, 'Văn phòng Ủy ban nhân dân thông báo để các cơ quan, đơn vị biết, thực hiện./.'),
    text('paragraph', 2, 6, 'Nơi nhận:'),
    text('list-item', 2, 7, '- Chủ tịch, các Phó Chủ tịch UBND;'),
    text('list-item', 2, 8, '- Lưu: VT, KGVX.'),
    text('heading', 3, 1, 'PHỤ LỤC'),
    text('paragraph', 3, 2, 'NHIỆM VỤ TRIỂN KHAI CHUYỂN ĐỔI SỐ NĂM 2026'),
    text('paragraph', 3, 3, '(Kèm theo Thông báo số 12/TB-UBND ngày 15 tháng 3 năm 2026)'),
    {
      kind: 'table',
      header: ['TT', 'Tên nhiệm vụ', 'Cơ quan chủ trì', 'Cơ quan phối hợp', 'Kết quả', 'Thời gian hoàn thành'],
      rows: rows.map((cells) => ({cells: [...cells], page: 3})),
      provenance: {page: 3, lineStart: 4, lineEnd: 30, source: 'text-layer'}
    }
  ],
  warnings: []
}
