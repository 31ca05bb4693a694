/**
 * Labels of the field lines a plan gives under each task (`- Đơn vị chủ trì: Vụ Pháp chế`,
 * `- Thời hạn: Quý III/2026`), as the task parser reads them (`@vanban/tasks`' `fields.ts`) and
 * plans print them (Government and ministry plans, provincial plans' appendices).
 */
export const FIELD_LABELS = [
  'Đơn vị chủ trì', 'Đơn vị phối hợp', 'Đơn vị thực hiện', 'Đơn vị chịu trách nhiệm',
  'Cơ quan chủ trì', 'Cơ quan phối hợp', 'Cơ quan thực hiện', 'Cơ quan tham mưu', 'Cơ quan chủ trì tham mưu',
  'Chủ trì', 'Phối hợp', 'Trách nhiệm', 'Trách nhiệm thực hiện',
  'Thời hạn', 'Thời hạn hoàn thành', 'Thời gian', 'Thời gian hoàn thành', 'Thời gian thực hiện',
  'Tiến độ', 'Tiến độ thực hiện', 'Tiến độ hoàn thành',
  'Sản phẩm', 'Sản phẩm đầu ra', 'Kết quả', 'Kết quả dự kiến', 'Kết quả cần đạt', 'Nội dung'
] as const
