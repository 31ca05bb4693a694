/**
 * Words of Vietnamese deadline phrases, as used in government notices and
 * action programmes (Quy định 2616/QĐ-VPCP style task tables, Thông báo kết
 * luận of the Ban Chỉ đạo). Collected from the fixtures' phrases and the
 * ordinary wording of administrative Vietnamese; lower case, NFC.
 */

/** Roman and Arabic quarter numbers → last month of the quarter. */
export const quarterEndMonth: Readonly<Record<string, number>> = {
  i: 3,
  ii: 6,
  iii: 9,
  iv: 12,
  '1': 3,
  '2': 6,
  '3': 9,
  '4': 12
}

/**
 * Recurrence words → the canonical lower-case value of `recurrence`.
 * `hàng` and `hằng` are both written for "every"; the canonical form is `hằng`.
 */
export const recurrenceWords: ReadonlyArray<readonly [RegExp, string]> = [
  [/thường\s+xuyên/iu, 'thường xuyên'],
  // Half-yearly: `định kỳ 6 tháng`, `6 tháng một lần`, `hằng 6 tháng`, `nửa năm một lần`.
  [/(?:định\s+kỳ|h[ằà]ng)\s+(?:6|sáu)\s+tháng(?!\s+(?:đầu|cuối))|(?:6|sáu)\s+tháng\s+(?:một|1)\s+lần|nửa\s+năm\s+(?:một|1)\s+lần/iu, 'định kỳ 6 tháng'],
  [/h[ằà]ng\s+năm/iu, 'hằng năm'],
  [/h[ằà]ng\s+quý|tháng\s+cuối\s+(?:mỗi\s+|của\s+mỗi\s+)?quý/iu, 'hằng quý'],
  [/h[ằà]ng\s+tháng/iu, 'hằng tháng'],
  [/h[ằà]ng\s+tuần/iu, 'hằng tuần'],
  [/h[ằà]ng\s+ngày/iu, 'hằng ngày'],
  [/định\s+kỳ/iu, 'định kỳ']
]

/**
 * Words that, written just before a period in running prose, make it a
 * deadline (`hoàn thành trong tháng 3/2026`, `chậm nhất ngày 01/3/2026`).
 * Longest first so that the phrase keeps the whole cue.
 */
export const deadlineCues = [
  // `xây dựng bộ quy trình …, đưa vào áp dụng năm 2027`: in use by then.
  'đưa vào áp dụng',
  'đưa vào sử dụng',
  'đưa vào vận hành',
  'đưa vào hoạt động',
  'đưa vào khai thác',
  'chậm nhất trong',
  'chậm nhất là',
  'chậm nhất vào',
  'chậm nhất từ',
  'chậm nhất',
  'trước ngày',
  // `hoàn thành trước khi kết thúc quý II/2026`: by the end of the period.
  'trước khi kết thúc',
  'trước khi hết',
  'trước',
  'đến hết',
  'đến ngày',
  'kể từ',
  'từ ngày',
  'từ',
  'trong',
  'vào',
  'cuối',
  'hết',
  'hạn'
] as const

/**
 * Labels that introduce a deadline in a sentence of its own (`Thời gian hoàn thành:
 * Quý II/2026.`) and meeting phrases whose period is when a report is due
 * (`báo cáo Ban Chỉ đạo tại phiên họp quý III/2026`).
 */
export const deadlineLabels = [
  'thời gian hoàn thành',
  // `Thời gian: Quý IV năm 2026.` (with its colon only: `thời gian tới` is no label)
  'thời gian:',
  'thời điểm hoàn thành',
  'hạn hoàn thành',
  'thời hạn hoàn thành',
  'thời gian thực hiện',
  'thời hạn',
  'hạn chót',
  'tiến độ',
  'tiến độ thực hiện',
  'tại phiên họp',
  'tại phiên họp thường kỳ',
  'tại kỳ họp',
  'tại hội nghị'
] as const

/**
 * Nouns that make a following period the topic, not the deadline
 * (`các nhiệm vụ trong quý I/2026`, `kế hoạch năm 2026`, `Luật … năm 2025`).
 */
export const topicNouns = [
  'nhiệm vụ',
  'kế hoạch',
  'chương trình',
  'chương trình công tác',
  'luật',
  'phương châm',
  'kết quả',
  'báo cáo',
  'hội nghị',
  'phiên họp',
  'tổng kết'
] as const

/**
 * Events named between a cue and its date (`trước ngày khai giảng 05/9/2026`, `trước Tết Nguyên đán
 * (ngày 17/02/2026)`): the date is still the deadline.
 */
export const eventNouns = ['khai giảng', 'bế giảng', 'khai mạc', 'bế mạc', 'tựu trường', 'bầu cử', 'tết nguyên đán', 'tết', 'lễ', 'hội nghị', 'kỳ họp'] as const
