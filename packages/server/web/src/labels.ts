/** Words of the page, in one place: the page speaks Vietnamese, the API English. */

// What each warning code asks a clerk to check: the same words as the Excel export's, from
// their one source (a data module with no runtime imports, bundled from the sources).
export {warningLabels} from '../../../export/src/data/warning-labels.ts'

export const statusLabels = {
  queued: 'Đang chờ',
  running: 'Đang đọc',
  done: 'Xong',
  failed: 'Lỗi'
} as const

/** Editable columns: the field and how its cell is named for a screen reader. */
export const editableColumns = {
  text: 'Nội dung nhiệm vụ',
  owner: 'Chủ trì',
  coordinators: 'Phối hợp',
  due: 'Hạn',
  recurrence: 'Định kỳ'
} as const

export const words = {
  pages: (done: number, total: number) => (total > 0 ? `trang ${done}/${total}` : 'đang mở tệp'),
  tasks: (count: number, toCheck: number) => `${count} dòng, ${toCheck} cần kiểm tra`,
  shown: (shown: number, total: number) => `Hiện ${shown}/${total} dòng`,
  delete: 'Xoá',
  deleteConfirm: (name: string) => `Xoá "${name}" cùng các chỉnh sửa?`,
  group: 'nhóm',
  noTasks: 'Văn bản này không có nhiệm vụ nào vanban nhận ra.',
  notReady: 'Văn bản chưa đọc xong.',
  badDate: 'Hạn phải là một ngày có thật, dạng dd/mm/yyyy',
  saving: 'Đang lưu…',
  revert: 'Khôi phục bản gốc',
  pageOf: (page: number) => `Trang ${page}`,
  noPage: 'Dòng này không có số trang.',
  noMatch: 'Không tìm thấy đúng dòng trên trang: xem cả trang.',
  scanPage: 'Trang quét (OCR): không đánh dấu được dòng.',
  noParagraph: 'Không tìm thấy đoạn văn của dòng này.',
  noPreview: 'Không xem trước được loại tệp này trong trình duyệt.',
  uploadLimit: (bytes: number) => `tối đa ${Math.round(bytes / 2 ** 20)} MB một tệp`,
  uploadFailed: (name: string, reason: string) => `Không tải lên được "${name}": ${reason}`
} as const
