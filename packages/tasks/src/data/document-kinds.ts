/**
 * Titles of documents that assign no tasks, as printed in capitals above the subject line
 * (`GIẤY MỜI` then `Dự Hội nghị …`). A meeting invitation's `đề nghị … chuẩn bị …`, `Thời gian:`,
 * `Đại biểu vui lòng …` lines are logistics for the meeting, not work with an owner.
 */
export const noTaskKinds = ['GIẤY MỜI', 'GIẤY TRIỆU TẬP'] as const

/**
 * Subject lines (trích yếu) of documents that assign no tasks whatever their title: a `THÔNG BÁO`
 * of `Lịch công tác tuần 50 …` lists meetings (who chairs, who attends, where), not work to track; one
 * of `Lịch nghỉ Tết …` says when offices close and open.
 */
export const noTaskSubjects = ['lịch công tác', 'lịch làm việc', 'lịch trực', 'lịch tiếp công dân', 'lịch nghỉ'] as const
