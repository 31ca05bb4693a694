import type {WarningCode} from '@vanban/core'

/**
 * What each warning code asks a clerk to check, in Vietnamese: the XLSX
 * column `Cần kiểm tra` and the clerk's page show these. The records' own
 * messages (English, with the specifics: which row, which phrase) stay in
 * JSON and CSV and go into the cell's note. Typed by the codes, so a new
 * code does not compile until it has its words here.
 */
export const warningLabels: Readonly<Record<WarningCode, string>> = {
  'owner-missing': 'Chưa xác định được cơ quan chủ trì',
  'owner-inherited': 'Cơ quan chủ trì lấy từ mục trên hoặc tiêu đề, không ghi ở nhiệm vụ',
  'owner-addressee': 'Không nêu chủ thể: chủ trì là nơi nhận văn bản (Kính gửi)',
  'owner-repaired': 'Tên cơ quan chủ trì được sửa từ chữ hỏng, có thể sai',
  'deadline-year-assumed': 'Thời hạn không ghi năm: đã lấy năm của văn bản',
  'deadline-unparsed': 'Có ghi thời hạn nhưng chưa đọc được thành ngày',
  'deadline-inherited': 'Thời hạn lấy từ mục trên hoặc nhóm, không ghi ở nhiệm vụ',
  'deadline-repaired': 'Thời hạn được sửa từ chữ hỏng, có thể sai',
  'ocr-low-confidence': 'Chữ nhận dạng từ bản quét có độ tin cậy thấp',
  'text-repaired': 'Dấu tiếng Việt của nội dung đã được sửa tự động',
  'text-missing': 'Nhiệm vụ không có nội dung riêng',
  'id-generated': 'Không in số thứ tự: số được tự đánh',
  'id-repeated': 'Số thứ tự trùng với một mục trước',
  'marker-ambiguous': 'Ký hiệu mục in trùng hoặc sai thứ tự: số đã được điều chỉnh'
}
