/**
 * Vocabulary of directives written as plain paragraphs (công văn, thông báo ý kiến):
 * `Giao Bộ X chủ trì …`, `Yêu cầu Công an tỉnh …`, `Sở Tài chính có trách nhiệm …`.
 * Gathered from dispatches of the Government Office and of provincial People's
 * Committees; lower-case, matched at a word boundary. Order does not matter.
 */

/** Words that open an assignment before its addressee: `Giao Bộ X …`, `Đề nghị Quý cơ quan …`. */
export const assignmentOpeners = ['giao', 'yêu cầu', 'đề nghị', 'kiến nghị', 'đồng ý giao', 'thống nhất giao', 'nhất trí giao'] as const

/**
 * Verbs by which an agency written as the subject takes on work (`Sở Tài chính | có trách
 * nhiệm …`, `UBND các xã | khẩn trương …`). A subject followed by any other word (`đồng ý`,
 * `nhận được`, `đã …`, `thông báo`) reports, approves or closes: it assigns nothing.
 */
export const assignmentVerbs = [
  'chủ trì',
  'phối hợp',
  'khẩn trương',
  'có trách nhiệm',
  'chịu trách nhiệm',
  'nghiên cứu',
  'báo cáo',
  'tham mưu',
  'rà soát',
  'chỉ đạo',
  // `Đảng ủy các xã có Dự án đi qua | phân công cấp ủy viên phụ trách từng khu vực`.
  'phân công',
  'tập trung',
  'chủ động',
  'kịp thời',
  'sớm',
  'triển khai',
  'thực hiện',
  'tổ chức',
  'theo dõi',
  'hướng dẫn',
  'kiểm tra',
  'xây dựng',
  'ban hành',
  'hoàn thiện',
  'hoàn thành',
  'đề xuất',
  'trình',
  'xem xét',
  'tiếp tục',
  'cần',
  'phải',
  'đẩy nhanh',
  'đẩy mạnh',
  'tăng cường',
  'giải quyết',
  'xử lý',
  'bố trí',
  // `Đảng ủy các xã có vùng trồng sâm | đưa chỉ tiêu … vào nghị quyết`.
  'đưa',
  'cân đối',
  'tổng hợp',
  'đôn đốc',
  'quán triệt',
  'bảo đảm',
  'đảm bảo',
  'cung cấp',
  'thẩm định',
  'hoàn chỉnh',
  'khắc phục',
  'chấn chỉnh',
  'nghiêm túc',
  'lập',
  'gửi',
  'theo chức năng',
  'căn cứ',
  'trên cơ sở',
  'thường xuyên',
  'tích cực',
  'quyết liệt',
  'kiên quyết',
  'khẩn cấp',
  'ngay',
  // `UBND các xã có dự án đi qua | công khai chủ trương thu hồi đất …`: work done for the people.
  // (Not `giải ngân`, `thu hồi`, `hỗ trợ`: as often nouns inside the clause, `có tỷ lệ giải ngân thấp`.)
  'công khai',
  'tuyên truyền',
  'vận động',
  'cập nhật',
  'bàn giao',
  'di dời',
  'sơ tán',
  'ứng phó',
  'quan tâm'
] as const

/**
 * Verbs that open a directive with no written subject (`Khẩn trương báo cáo …`): in a letter
 * the work is its addressee's (`Kính gửi:`). A narrower list than `assignmentVerbs`:
 * `Thực hiện …`, `Triển khai …` open the preamble of a dispatch far more often.
 */
export const subjectlessVerbs = ['khẩn trương', 'chủ động', 'kịp thời', 'tập trung', 'rà soát', 'báo cáo', 'nghiên cứu', 'tham mưu', 'kiểm tra', 'xem xét', 'cung cấp', 'tăng cường', 'chỉ đạo', 'đôn đốc', 'hoàn thành', 'chấn chỉnh', 'nghiêm túc'] as const

/**
 * Words that open an approval (`Đồng ý về chủ trương …`, `Chấp thuận đề xuất …`): a decision,
 * not work; the assignment that often follows it in the same paragraph is the task.
 */
export const approvalOpeners = ['đồng ý', 'chấp thuận', 'cho phép', 'thống nhất', 'nhất trí', 'không đồng ý', 'chưa đồng ý', 'về nguyên tắc'] as const

/**
 * The issuer's words before an inline directive (`… Thủ tướng Chính phủ có ý kiến như sau: Giao
 * Bộ X …`): what follows the colon is the directive, what precedes it the preamble.
 */
export const inlineLeadIns = ['có ý kiến chỉ đạo như sau', 'có ý kiến như sau', 'có ý kiến', 'chỉ đạo như sau', 'kết luận như sau', 'yêu cầu như sau', 'đề nghị như sau', 'chỉ đạo', 'kết luận'] as const

/**
 * A person who directs on the issuer's behalf (`Chủ tịch UBND tỉnh chỉ đạo Sở Y tế …`): when the
 * subject is one of these and the verb is `chỉ đạo`/`giao`/`yêu cầu`, the one directed owns the task.
 */
export const issuerTitles = ['chủ tịch', 'phó chủ tịch', 'thủ tướng', 'phó thủ tướng', 'bộ trưởng', 'thứ trưởng', 'bí thư', 'phó bí thư', 'trưởng ban', 'thường trực'] as const

/**
 * Openers of a sentence that only completes the task before it (`Thời hạn hoàn thành: …`,
 * `Báo cáo kết quả trước ngày …`): with a deadline in it and no subject of its own, it
 * dates that task rather than assigning a new one.
 */
export const followUpOpeners = ['hạn chót', 'thời hạn hoàn thành', 'thời gian hoàn thành', 'thời hạn', 'hạn hoàn thành', 'thời gian thực hiện', 'hoàn thành', 'báo cáo kết quả', 'báo cáo', 'kết quả thực hiện', 'kết quả', 'gửi', 'xong'] as const

/** The honorific by which a letter names its addressee as the subject (`Đề nghị Quý cơ quan …`, `Quý Sở`). */
export const honorific = 'quý'

/**
 * The end of a request to everyone to carry out the document itself (`UBND tỉnh yêu cầu các đơn vị
 * nghiêm túc triển khai thực hiện./.`, `… khẩn trương triển khai thực hiện Công điện này./.`): a
 * closing formula, not a task. Words that may come before `thực hiện`, and what it may name.
 */
export const implementAdverbs = ['nghiêm túc', 'khẩn trương', 'kịp thời', 'tổ chức', 'triển khai', 'quan tâm', 'phối hợp', 'chỉ đạo', 'chủ động'] as const
export const implementObjects = ['công văn này', 'công điện này', 'kế hoạch này', 'chỉ thị này', 'thông báo này', 'văn bản này', 'quyết định này', 'các nội dung trên', 'các nội dung nêu trên', 'nội dung trên', 'các nhiệm vụ trên'] as const

/**
 * Retrospective openers of an assessment (`Thời gian qua, …`, `Năm 2025, mặc dù …`): with an aspect
 * word of what has been (`đã`, `còn`, `chưa` …) and no sentence that directs, an item so opened reports.
 */
export const aspectWords = ['đã', 'còn', 'chưa', 'vẫn', 'được', 'đạt', 'bước đầu', 'có thẩm quyền'] as const

/**
 * Predicates after an agency subject that report, approve, promise or thank rather than take on
 * work (`Bộ Y tế sẽ tiếp tục cử …`, `UBND tỉnh đã ban hành …`, `Thủ tướng Chính phủ đồng ý …`).
 * Any other predicate after an agency subject assigns (`UBND tỉnh Quảng Trị tiếp nhận, phân phối …`).
 */
export const nonWorkPredicates = ['đã', 'đang', 'còn', 'vẫn', 'chưa', 'được', 'bị', 'là', 'có', 'sẽ', 'nhận định', 'dự báo', 'đồng ý', 'thống nhất', 'nhất trí', 'chấp thuận', 'không chấp thuận', 'không đồng ý', 'không thống nhất', 'tán thành', 'cơ bản tán thành', 'thông báo để', 'thông báo cho', 'thông báo kết luận', 'thông báo ý kiến', 'nhận được', 'ghi nhận', 'đánh giá', 'biểu dương', 'trân trọng', 'cảm ơn', 'xin', 'kính', 'gửi kèm', 'trả lời', 'cho biết', 'tiếp tục cử', 'báo cáo như sau', 'thông tin để', 'thông tin cho', 'chủ trì cuộc họp', 'chủ trì buổi làm việc', 'chủ trì hội nghị', 'chủ trì phiên họp', 'chủ trì họp', 'tham dự', 'dự họp', 'làm việc với', 'kết luận', 'tổ chức hội nghị sơ kết', 'tổ chức cuộc họp', 'tổ chức buổi làm việc'] as const

/**
 * People a report says have to bear a shortcoming (`Tuy nhiên, … người bệnh phải tự mua thuốc …`):
 * their `phải` is a hardship reported, not work assigned.
 */
export const sufferingNouns = ['người bệnh', 'bệnh nhân', 'người dân', 'nhân dân', 'người lao động', 'người nộp thuế', 'doanh nghiệp', 'học sinh'] as const
