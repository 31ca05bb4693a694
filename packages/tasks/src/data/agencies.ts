/**
 * Agency vocabulary of Vietnamese notices. Ministry names are those of the
 * Government's ministries and ministerial-level agencies after the 2025
 * reorganisation (Nghị quyết 176/2025/QH15) plus the former names still
 * cited in 2024–2025 documents; set phrases are the collective subjects used
 * in notices of the Ban Chỉ đạo and the Government (`các bộ, ngành, địa phương`).
 * Spellings with old-style tone placement (`hoá`, `uỷ`) are matched through
 * `toneKey` in agencies.ts, so only one spelling is listed here.
 */

/** Names that follow `Bộ` (for `các Bộ: Nội vụ, Giáo dục và Đào tạo`). Longest first is not required. */
export const ministryNames = [
  'Nội vụ',
  'Tài chính',
  'Công an',
  'Quốc phòng',
  'Ngoại giao',
  'Tư pháp',
  'Công Thương',
  'Xây dựng',
  'Y tế',
  'Giáo dục và Đào tạo',
  'Khoa học và Công nghệ',
  'Văn hóa, Thể thao và Du lịch',
  'Nông nghiệp và Môi trường',
  'Dân tộc và Tôn giáo',
  'Lao động - Thương binh và Xã hội',
  'Kế hoạch và Đầu tư',
  'Thông tin và Truyền thông',
  'Giao thông vận tải',
  'Tài nguyên và Môi trường',
  'Nông nghiệp và Phát triển nông thôn'
] as const

/**
 * Collective subjects kept whole although they contain commas or `và`.
 * Compared case-insensitively.
 */
export const setPhrases = [
  // The commune's service centre of two-tier local government (2025): `tổng hợp` is its name, not the verb.
  'Trung tâm Dịch vụ tổng hợp xã',
  'Trung tâm Dịch vụ tổng hợp phường',
  'Trung tâm Dịch vụ tổng hợp đặc khu',
  // The Government's standard address to the heads of its members: one group of people.
  'Bộ trưởng, Thủ trưởng cơ quan ngang bộ, Thủ trưởng cơ quan thuộc Chính phủ',
  'Bộ trưởng, Thủ trưởng cơ quan ngang bộ, cơ quan thuộc Chính phủ',
  'Bộ trưởng, Thủ trưởng cơ quan ngang bộ',
  'các bộ, ngành, địa phương, cơ quan, đơn vị',
  'các bộ, ngành, cơ quan, địa phương',
  'các bộ, cơ quan, địa phương',
  'các bộ, ngành, địa phương',
  'các bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ',
  'các bộ, cơ quan ngang bộ',
  'cơ quan ngang bộ, cơ quan thuộc Chính phủ',
  'các bộ, ngành Trung ương',
  'các bộ, ngành',
  'các bộ, cơ quan',
  'bộ, ngành, địa phương',
  'các cơ quan, đơn vị, địa phương',
  'các cơ quan, đơn vị liên quan',
  'các cơ quan, đơn vị có liên quan',
  'các cơ quan, tổ chức liên quan',
  'các cơ quan, tổ chức có liên quan',
  'các cơ quan, địa phương có liên quan',
  'các cơ quan, địa phương liên quan',
  'các cơ quan liên quan',
  'các cơ quan có liên quan',
  'các tỉnh, thành phố',
  'các sở, ban, ngành',
  'các sở, ngành',
  'các huyện, thị xã, thành phố',
  'các huyện, thành phố',
  'các tỉnh, thành phố trực thuộc Trung ương',
  'Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương',
  'Ủy ban nhân dân các tỉnh, thành phố',
  'các tập đoàn, doanh nghiệp',
  'các tập đoàn, tổng công ty',
  'Đảng ủy Mặt trận Tổ quốc, các đoàn thể Trung ương',
  'Mặt trận Tổ quốc Việt Nam và các đoàn thể',
  // The Party committee of a province's Front and mass organisations (2025): one body.
  'Đảng ủy Ủy ban Mặt trận Tổ quốc và các đoàn thể',
  'Đảng ủy Mặt trận Tổ quốc và các đoàn thể',
  'Văn phòng Trung ương Đảng - Cơ quan Thường trực Ban Chỉ đạo',
  // Joint offices of the councils and committees (one office, not two agencies).
  'Văn phòng Đoàn đại biểu Quốc hội và Hội đồng nhân dân',
  'Văn phòng Hội đồng nhân dân và Ủy ban nhân dân',
  'Văn phòng HĐND và UBND',
  'Viện Hàn lâm Khoa học và Công nghệ Việt Nam',
  'Viện Hàn lâm Khoa học xã hội Việt Nam',
  'Liên hiệp các Hội Khoa học và Kỹ thuật Việt Nam',
  'Đài Truyền hình Việt Nam',
  // A province's newspaper and radio-television merged in 2025 (`Báo và Phát thanh, Truyền hình Lào Cai`).
  'Báo và Phát thanh, Truyền hình',
  // A department of the Ministry of Agriculture and Environment (2025) whose second field is a head word too.
  'Cục Lâm nghiệp và Kiểm lâm',
  'Đại học Quốc gia Hà Nội',
  'Đại học Quốc gia Thành phố Hồ Chí Minh'
] as const

/**
 * Words an agency name starts with. A part of a list that starts with one of
 * them is a new agency; a part that does not continues the previous name
 * (`Bộ Khoa học | và Công nghệ`, `Bộ Văn hóa | , Thể thao | và Du lịch`).
 * Lower-case in comparison.
 */
export const agencyHeads = [
  // A Party directive's addressees: `**1. Cấp ủy, tổ chức đảng, cơ quan, đơn vị các cấp**` over its bullets.
  'cấp ủy',
  'tổ chức đảng',
  // Public cultural units a Sở's plan names as leads (`2. Thư viện thành phố: Chủ trì …`).
  'thư viện',
  'bảo tàng',
  'nhà hát',
  'bộ',
  'ban',
  'văn phòng',
  'ủy ban',
  'ubnd',
  'hđnd',
  'ubmttq',
  'hội đồng',
  'tòa án',
  'viện',
  'đảng ủy',
  // `Chi bộ các thôn`, `Chi ủy …`: a commune Party committee's cells own its conclusions' tasks.
  'chi bộ',
  'chi ủy',
  'đảng đoàn',
  'ban cán sự',
  'quân ủy',
  'tỉnh ủy',
  'thành ủy',
  'thành phố',
  'tỉnh',
  'huyện',
  'sở',
  'cục',
  'tổng cục',
  'vụ',
  'cơ quan',
  'các',
  'những',
  // `Mỗi đảng ủy trực thuộc Tỉnh ủy tự sơ kết …`, `Từng sở, ngành …`: each of a kind, as `các` all of it.
  'mỗi',
  'từng',
  'ngân hàng',
  'kiểm toán',
  'kho bạc',
  'bảo hiểm xã hội',
  'học viện',
  'đại học',
  'trường',
  'mặt trận',
  'trung ương',
  'tập đoàn',
  'tổng công ty',
  // Trade unions (`Công đoàn các xã, phường`, `Liên đoàn Lao động thành phố`).
  'công đoàn',
  'liên đoàn lao động',
  'công ty',
  'đài',
  'thông tấn xã',
  'quỹ',
  'trung tâm',
  'hiệp hội',
  'liên hiệp',
  'tổng liên đoàn',
  // `Liên minh Hợp tác xã tỉnh`, `Hợp tác xã Dịch vụ nông nghiệp Yên Lạc`.
  'liên minh',
  'hợp tác xã',
  // The provincial press bodies merged in 2025: `Báo và Phát thanh, Truyền hình Quảng Ngãi`.
  'báo và phát thanh',
  'đoàn',
  'hội',
  'chính phủ',
  'quốc hội',
  'thủ tướng',
  'phó thủ tướng',
  'đồng chí',
  'người đứng đầu',
  'chủ tịch',
  'bộ trưởng',
  'thủ trưởng',
  'tổ',
  'lãnh đạo',
  'đại sứ quán',
  'cơ yếu',
  'công an',
  'quân khu',
  'bộ chỉ huy',
  'giám đốc',
  'phó giám đốc',
  'tổng giám đốc',
  // Heads named by their office (`Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh`, `Hiệu trưởng các trường`).
  'chỉ huy trưởng',
  'hiệu trưởng',
  'cục trưởng',
  'vụ trưởng',
  'viện trưởng',
  'chủ nhiệm',
  'trưởng ban',
  'trưởng phòng',
  // `Trưởng các thôn`, `Trưởng Công an xã`, `Bí thư Đảng ủy xã`: people who act.
  'trưởng',
  'phó trưởng',
  // `Thường trực Hội đồng nhân dân`, `Thường trực Tỉnh ủy`.
  'thường trực',
  // `… và đại biểu Hội đồng nhân dân tỉnh giám sát`: delegates act too.
  'đại biểu',
  // `Công chức Địa chính - Xây dựng`, `Công chức Văn hóa - Xã hội`: a commune's officers own its tasks.
  'công chức',
  // `Thú y viên xã tiêm phòng …`, `Nhân viên y tế thôn …`, `Cán bộ địa chính xã …`: a commune's staff by their post.
  'thú y viên',
  'nhân viên y tế',
  'cán bộ địa chính',
  'bí thư',
  'phó bí thư',
  'phó chủ tịch',
  'ban chỉ huy',
  'ban quản lý',
  'chánh văn phòng',
  'chánh thanh tra',
  'bưu điện',
  'viễn thông',
  'điện lực',
  'hải quan',
  'kiểm lâm',
  'biên phòng',
  'cảng vụ',
  // State groups named in notices without a head word (`Viettel Nghệ An`, `VNPT Thanh Hóa`).
  'viettel',
  'vnpt',
  'mobifone',
  'evn'
] as const

/**
 * What may follow `các` / `những` in the name of a group of agencies or people
 * (`các bộ, ngành`, `các chủ đầu tư`, `những đồng chí`): `các chỉ tiêu`, `các
 * nhiệm vụ`, `các dự án` are things, not who acts. Lower-case in comparison;
 * a prefix of the words after `các`.
 */
export const collectiveNouns = [
  'bộ', 'ngành', 'cấp', 'sở', 'ban', 'phòng', 'cơ quan', 'đơn vị', 'địa phương', 'tỉnh', 'thành phố', 'huyện', 'quận',
  'thị xã', 'xã', 'phường', 'đặc khu', 'thôn', 'bản', 'tổ', 'khu', 'hộ', 'cơ sở', 'tổ chức', 'doanh nghiệp', 'tập đoàn',
  'tổng công ty', 'công ty', 'ngân hàng', 'hợp tác xã', 'hiệp hội', 'hội', 'đoàn', 'quỹ', 'trung tâm', 'trường', 'viện',
  'học viện', 'đại học', 'bệnh viện', 'ủy ban', 'hội đồng', 'đảng ủy', 'đảng bộ', 'đảng đoàn', 'chi bộ', 'cấp ủy',
  // A hospital's departments (`Các khoa lâm sàng`), trade unions (`Các công đoàn cấp trên trực tiếp cơ sở`).
  'khoa', 'công đoàn',
  'chi ủy', 'ban cán sự', 'ban chỉ đạo', 'ban quản lý', 'đồng chí', 'thành viên', 'ủy viên', 'lãnh đạo', 'người đứng đầu',
  'bộ trưởng', 'thủ trưởng', 'chủ tịch', 'phó chủ tịch', 'giám đốc', 'trưởng', 'phó trưởng', 'bí thư', 'phó thủ tướng',
  'chủ đầu tư', 'nhà đầu tư', 'đại biểu', 'tổ đại biểu', 'nhà', 'chủ', 'bên', 'lực lượng', 'cá nhân', 'chủ thể', 'thành phần kinh tế', 'đối tác',
  'cơ quan báo chí', 'báo', 'đài', 'nhà mạng', 'doanh nhân', 'trạm', 'chi cục', 'cục', 'vụ', 'văn phòng', 'mặt trận',
  'đoàn thể', 'tòa án', 'viện kiểm sát', 'quân khu', 'bộ chỉ huy', 'đơn vị sự nghiệp', 'trường học', 'đội', 'hạt', 'kho bạc'
] as const

/**
 * Heads that are also common words (`phòng, chống` = prevent, `đội ngũ` = staff, `thanh tra` =
 * inspect): they start an agency name only when a capitalised name or a level of government
 * follows (`Phòng Kế hoạch - Tài chính`, `Chi cục Thuế`, `Bệnh viện Bạch Mai`, `Thanh tra tỉnh`).
 */
export const namedAgencyHeads = ['phòng', 'chi cục', 'bệnh viện', 'đội', 'trạm', 'hạt', 'phân viện', 'báo', 'tạp chí', 'nhà xuất bản', 'thuế', 'thanh tra'] as const

/**
 * Words that begin with an agency head but name no agency (`trường hợp` "case", `bộ máy`
 * "apparatus", `hội nghị` "conference"): a sentence opening with one has no agency subject.
 */
export const notAgencyNouns = ['trường hợp', 'bộ máy', 'ban đầu', 'ban đêm', 'ban ngày', 'hội nghị', 'hội thảo', 'hội thi', 'đoàn kết', 'viện dẫn', 'viện trợ', 'cục bộ', 'sở hữu', 'sở dĩ'] as const

/**
 * Heads of names that spell out their scope and so run past the dozen words of most names
 * (`Ban Quản lý dự án đầu tư xây dựng các công trình dân dụng và công nghiệp thành phố`, 19 words):
 * a subject opening with one may be up to 24 words long.
 */
export const longNameHeads = [
  'ban quản lý dự án',
  'ban quản lý các dự án',
  'ban quản lý khu',
  'ban quản lý các khu',
  // A steering board and the units that serve it, with the board's scope (`Tổ giúp việc Ban Chỉ đạo phát
  // triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số tỉnh`, 19 words).
  'ban chỉ đạo',
  'ban chỉ huy',
  'tổ giúp việc',
  'văn phòng ban chỉ đạo',
  'cơ quan thường trực ban chỉ đạo'
] as const

/**
 * Lower-case words that go on with an agency name after its gazetteer form (`Sở Tài chính | tỉnh
 * Lào Cai`, `Ủy ban nhân dân | các tỉnh, thành phố`, `các cơ quan | có liên quan`): after a known
 * name they qualify it, even where a verb begins the same way (`thành phố` / `thành lập`).
 */
export const nameContinuations = ['tỉnh', 'thành phố', 'huyện', 'quận', 'thị xã', 'thị trấn', 'xã', 'phường', 'đặc khu', 'khu vực', 'các', 'những', 'và', 'có liên quan', 'liên quan', 'trực thuộc', 'thuộc', 'cấp', 'của', 'tại', 'ở', 'trung ương', 'địa phương', 'nhân dân'] as const

/**
 * Capitalised words that close a name spelling out its scope in lower case between two
 * capitalised parts (`Trung tâm Mua sắm tập trung thuốc Quốc gia`, `Viện Chiến lược phát triển
 * Trung ương`): the verbs inside it (`tập trung`, `phát triển`) are part of the name.
 */
export const nameClosingScopes = ['Quốc gia', 'Việt Nam', 'Trung ương'] as const

/**
 * Agency heads that are verbs too: after a name that opens with the same word
 * (`Thanh tra tỉnh | thanh tra việc …`, `Kiểm toán Nhà nước | kiểm toán …`), the lower-case word is the verb.
 */
export const headsThatAreVerbs = ['thanh tra', 'kiểm toán'] as const

/**
 * Heads of a body's own units, whose names go on with a field of work in lower case (`Phòng Quản lý
 * đầu tư`, `Trung tâm Xúc tiến đầu tư và Hỗ trợ doanh nghiệp`) …
 */
export const unitHeads = ['phòng', 'trung tâm', 'vụ', 'cục', 'chi cục', 'ban', 'viện', 'đội', 'trạm', 'văn phòng'] as const

/** … and those fields of work, verbs elsewhere (`rà soát`, `đầu tư`). */
export const unitFieldWords = [
  'đầu tư', 'xây dựng', 'quy hoạch', 'giám sát', 'kiểm tra', 'thanh tra', 'quản lý', 'hỗ trợ', 'phát triển', 'đào tạo',
  'bồi dưỡng', 'xúc tiến', 'tuyên truyền', 'thẩm định', 'kiểm định', 'đăng ký', 'tổng hợp', 'nghiên cứu', 'tư vấn',
  'cứu hộ', 'cứu nạn', 'xử lý', 'giải quyết', 'điều phối', 'vận hành', 'khai thác', 'bảo vệ', 'bảo tồn', 'kiểm soát'
] as const

/**
 * Kinds of body after `là` in a heading that says which ones lead (`8. Các chủ rừng là tổ chức trên
 * địa bàn tỉnh:` over items): the `là` is part of the owner, not its predicate.
 */
export const bodyKinds = ['tổ chức', 'cá nhân', 'hộ gia đình', 'doanh nghiệp', 'cơ quan', 'đơn vị'] as const
