/**
 * Words for reading a task table that reached vanban as plain OCR text, its columns interleaved
 * line by line (`ocr-table.ts`). Compared as skeletons: lower case, no marks, `đ` → `d`, because
 * the diacritic repair of such text restores most words but not all (`tính` for `tỉnh`).
 *
 * Sources: the column titles of `columns.ts` (the headers of Government action programmes and
 * provincial task appendices); the bodies a provincial or ministerial task table names as lead or
 * partner (Nghị định 45/2025/NĐ-CP for a province's departments, Nghị quyết 176/2025/QH15 for the
 * ministries, through `agencies.ts`); the deadline words of `deadline-words.ts`.
 */

/**
 * Words that name each column in a header, as skeletons (the repair of a header it never saw in
 * prose goes wrong: `chi trì`, `Tôn nhiệm vụ`). A title wraps (`Cơ quan` / `chủ trì`), so one
 * telling word of it is enough inside a run of nothing but title words; `Cơ quan`, `Đơn vị` tell
 * nothing (both the lead's and the partners' columns have them). `than` is `thành` whose last letter
 * a narrow cell broke onto the next line (`Thời / hạn / hoàn / … than / h`).
 */
export const titleMarks = {
  id: ['tt', 'stt'],
  task: ['nhiem', 'viec', 'noi dung'],
  owner: ['tri', 'chu', 'tro'],
  coordinators: ['phoi', 'hop', 'phai'],
  deadline: ['hoan', 'thanh', 'thoi', 'gian', 'han', 'tien', 'than'],
  result: ['pham', 'ket', 'san']
} as const

/** The words of the same titles, and the others a header's cells are made of (`Cơ quan`, `Đơn vị`, `Tên`). */
export const titleWords = [
  'tt', 'stt', 'so', 'ten', 'nhiem', 'vu', 'noi', 'dung', 'cong', 'viec', 'co', 'quan', 'don', 'vi', 'chu', 'tri', 'phoi', 'hop',
  'thoi', 'gian', 'hoan', 'thanh', 'han', 'tien', 'do', 'san', 'pham', 'ket', 'qua', 'du', 'kien', 'thuc', 'hien', 'cua', 'de', 'an', 'ghi',
  'tro', 'phai', 'su', 'tu', 'te', 'than'
] as const

/** How a header of interleaved titles is printed back as one cell per column. */
export const canonicalTitles = {
  id: 'TT',
  task: 'Nhiệm vụ',
  owner: 'Cơ quan chủ trì',
  coordinators: 'Cơ quan phối hợp',
  deadline: 'Thời gian hoàn thành',
  result: 'Sản phẩm'
} as const

/**
 * Names of the bodies a task table names as lead or partner, beyond the ministries and set phrases
 * of `agencies.ts`: their word pairs tell a column of names from the task text beside it.
 */
export const tableAgencyNames = [
  'Sở Nội vụ', 'Sở Tài chính', 'Sở Tư pháp', 'Sở Xây dựng', 'Sở Công Thương', 'Sở Y tế',
  'Sở Giáo dục và Đào tạo', 'Sở Khoa học và Công nghệ', 'Sở Văn hóa, Thể thao và Du lịch',
  'Sở Nông nghiệp và Môi trường', 'Sở Dân tộc và Tôn giáo', 'Sở Ngoại vụ', 'Sở Du lịch',
  'Thanh tra tỉnh', 'Văn phòng Ủy ban nhân dân tỉnh', 'Văn phòng Ủy ban nhân dân thành phố',
  'Văn phòng Đoàn đại biểu Quốc hội và Hội đồng nhân dân tỉnh', 'Công an tỉnh', 'Công an thành phố',
  'Bộ Chỉ huy Quân sự tỉnh', 'Bộ Chỉ huy Bộ đội Biên phòng tỉnh', 'Bảo hiểm xã hội tỉnh',
  'Ủy ban nhân dân tỉnh', 'Ủy ban nhân dân thành phố', 'Ủy ban nhân dân các xã, phường, đặc khu',
  'Ủy ban nhân dân cấp xã', 'Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh', 'Đài Phát thanh và Truyền hình tỉnh',
  'Báo và Phát thanh, Truyền hình tỉnh', 'Ngân hàng Nhà nước Việt Nam', 'Ngân hàng Nhà nước chi nhánh',
  'Kho bạc Nhà nước', 'Thuế tỉnh', 'Cục Thống kê', 'Cục Hải quan', 'Ban Quản lý Khu kinh tế tỉnh',
  'Ban Quản lý các khu công nghiệp tỉnh',
  'Ban Tuyên giáo và Dân vận Trung ương', 'Ban Tuyên giáo và Dân vận Tỉnh ủy', 'Văn phòng Chính phủ',
  'Văn phòng Trung ương Đảng', 'Thanh tra Chính phủ', 'Kiểm toán Nhà nước', 'Tòa án nhân dân tối cao',
  'Viện kiểm sát nhân dân tối cao', 'Thông tấn xã Việt Nam', 'Đài Tiếng nói Việt Nam', 'VTV, VOV, TTXVN',
  'Trung tâm Phục vụ hành chính công tỉnh', 'Liên minh Hợp tác xã', 'Liên đoàn Lao động tỉnh',
  'Hội Liên hiệp Phụ nữ tỉnh', 'Hội Nông dân tỉnh', 'Tỉnh đoàn', 'Tập đoàn Điện lực Việt Nam',
  'Các sở, ban, ngành tỉnh', 'các cơ quan, đơn vị liên quan', 'các địa phương', 'các doanh nghiệp',
  'Phòng Thương mại và Công nghiệp Việt Nam', 'Ủy ban Quản lý vốn nhà nước tại doanh nghiệp',
  'Ủy ban Dân tộc', 'Bộ Kế hoạch và Đầu tư', 'Hội đồng nhân dân tỉnh', 'Tỉnh ủy', 'Thành ủy',
  'các tập đoàn, tổng công ty nhà nước', 'Hiệp hội doanh nghiệp tỉnh'
] as const

/** A header's two-word unit titles (`Cơ quan`, `Đơn vị`), as skeletons: they open the lead's title, and the partners' after it. */
export const unitTitles = [['co', 'quan'], ['don', 'vi']] as const

/** Skeletons of the words a time cell opens with (`Tháng 9/2027`, `Trước ngày …`, `Hằng quý`, `Giai đoạn …`). */
export const deadlineOpeners = ['thang', 'quy', 'nam', 'truoc', 'ngay', 'hang', 'thuong', 'dinh', 'cuoi', 'dau', 'tu', 'den', 'trong', 'giai', 'cham', 'sau', 'moi', 'nua', 'dot', 'ke'] as const

/** Time-cell words any column may hold (`Năm 2026 và các năm tiếp theo`): they go on a time, weakly. */
export const weakTimeWords = ['va', 'cac', 'tu', 'den', 'het', 'trong', 'sau', 'khi', 'moi', 'lan', 'hoan', 'thanh', 'ke'] as const

/** Time words that wait for their number next (`Quý` IV/2027, `Tháng` 9/2027, `ngày` 31/7/2027). */
export const numberedTimeWords = ['quy', 'thang', 'ngay'] as const

/**
 * Words of a time cell (`Quý IV/2026`, `6 tháng đầu năm 2027`, `Trước ngày 30/9/2027`,
 * `Năm 2026 và các năm tiếp theo`, `Thường xuyên`, `Hằng năm`), as skeletons; numbers and
 * dates are recognised apart.
 */
export const deadlineCellWords = [
  'thang', 'quy', 'nam', 'truoc', 'ngay', 'hang', 'thuong', 'xuyen', 'dinh', 'ky', 'dau', 'cuoi', 'va', 'cac',
  'tiep', 'theo', 'tu', 'den', 'het', 'cham', 'nhat', 'trong', 'giai', 'doan', 'lan', 'moi', 'sau', 'khi', 'hoan',
  'thanh', 'quy', 'nua', 'dot', 'ke'
] as const

/**
 * Deadline words written back with their marks when the repair left them wrong (`Thương xuyên`,
 * `Truộc ngày`, `Quỹ IV`): keyed by skeleton, only words the parser must recognise.
 */
export const deadlineSpellings: Readonly<Record<string, string>> = {
  thang: 'tháng',
  quy: 'quý',
  nam: 'năm',
  truoc: 'trước',
  ngay: 'ngày',
  hang: 'hằng',
  thuong: 'thường',
  xuyen: 'xuyên',
  dau: 'đầu',
  cuoi: 'cuối',
  dinh: 'định',
  ky: 'kỳ',
  tiep: 'tiếp',
  theo: 'theo'
}
