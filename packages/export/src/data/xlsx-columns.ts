import type {taskFields} from '@vanban/core'

/**
 * The `Nhiệm vụ` sheet's columns: a header in the words clerks use on these
 * documents' own task tables (`Cơ quan chủ trì`, `Cơ quan phối hợp`, `Thời hạn
 * hoàn thành`, `Sản phẩm`) and a width in characters, wide enough for a line
 * of the usual value (an agency name, a date) and no wider: long text wraps.
 */
export const xlsxColumns: Record<(typeof taskFields)[number], {header: string; width: number}> = {
  file: {header: 'Tệp', width: 18},
  id: {header: 'Số thứ tự', width: 10},
  kind: {header: 'Loại', width: 10},
  parent: {header: 'Thuộc mục', width: 10},
  text: {header: 'Nội dung nhiệm vụ', width: 70},
  owner: {header: 'Cơ quan chủ trì', width: 30},
  coordinators: {header: 'Cơ quan phối hợp', width: 36},
  deadlineText: {header: 'Thời hạn (nguyên văn)', width: 28},
  due: {header: 'Hạn hoàn thành', width: 14},
  recurrence: {header: 'Định kỳ', width: 14},
  result: {header: 'Sản phẩm', width: 30},
  page: {header: 'Trang', width: 7},
  warnings: {header: 'Cần kiểm tra', width: 48}
}

/** The record kinds as the sheet names them. */
export const xlsxKinds = {task: 'nhiệm vụ', group: 'nhóm'} as const

/** The sheet's name (Excel allows 31 characters, no `[]:*?/\`). */
export const xlsxSheetName = 'Nhiệm vụ'

/** ARGB fills: the header, a group heading row, a row with something to check. */
export const xlsxFills = {header: 'FFD9E2F3', group: 'FFEDEDED', warning: 'FFFFF2CC'} as const
