import {describe, expect, test} from 'vitest'
import {parseDeadline, parseDeadlineCell} from '../src/deadline.ts'

// One line per phrase: [text, expected due, expected recurrence, yearGuessed].
const cells: ReadonlyArray<readonly [string, string | null, string | null, boolean]> = [
  ['quý I/2026', '2026-03-31', null, false],
  ['Quý II/2026', '2026-06-30', null, false],
  ['quý III/2025', '2025-09-30', null, false],
  ['Quý IV/2025', '2025-12-31', null, false],
  ['quý II năm 2026', '2026-06-30', null, false],
  ['Quý 3/2026', '2026-09-30', null, false],
  // A Roman quarter OCR read with digits or l: read as the numeral it looks like.
  ['quý 1II/2026', '2026-09-30', null, false],
  ['quý Il/2026', '2026-06-30', null, false],
  ['quý 11/2026', '2026-06-30', null, false],
  ['quý 111/2026', '2026-09-30', null, false],
  ['quý 1V/2026', '2026-12-31', null, false],
  ['quý 1/2026', '2026-03-31', null, false],
  ['tháng 3/2026', '2026-03-31', null, false],
  ['tháng 01/2026', '2026-01-31', null, false],
  ['Tháng 4/2025', '2025-04-30', null, false],
  ['Tháng 02/2024', '2024-02-29', null, false],
  ['tháng 12 năm 2025', '2025-12-31', null, false],
  ['trong năm 2026', '2026-12-31', null, false],
  ['cuối năm 2026', '2026-12-31', null, false],
  ['năm 2026', '2026-12-31', null, false],
  ['2026', '2026-12-31', null, false],
  ['6 tháng đầu năm 2026', '2026-06-30', null, false],
  ['9 tháng đầu năm 2025', '2025-09-30', null, false],
  ['6 tháng cuối năm', '2025-12-31', null, true],
  ['trước ngày 10/01/2026', '2026-01-10', null, false],
  ['chậm nhất ngày 01/3/2026', '2026-03-01', null, false],
  ['trước 31/12/2025', '2025-12-31', null, false],
  ['ngày 15 tháng 6 năm 2026', '2026-06-15', null, false],
  ['chậm nhất trong quý I/2026', '2026-03-31', null, false],
  ['Thường xuyên', null, 'thường xuyên', false],
  ['Hằng năm', null, 'hằng năm', false],
  ['Hàng năm', null, 'hằng năm', false],
  ['hằng quý', null, 'hằng quý', false],
  ['định kỳ', null, 'định kỳ', false],
  ['Định kỳ hằng tháng', null, 'hằng tháng', false],
  ['Tháng 9', '2025-09-30', null, true],
  ['quý II', '2025-06-30', null, true],
  ['2025-2026', '2026-12-31', null, false],
  ['Năm 2025-2026', '2026-12-31', null, false],
  ['Năm 2025 - 2026', '2026-12-31', null, false],
  ['Quý IV/2025 - Quý I/2026', '2026-03-31', null, false],
  ['Tháng 12/2025 và năm 2026', '2025-12-31', null, false],
  ['Tháng 9/2025 xong thí điểm; phát triển 2025 và những năm tiếp theo', '2025-09-30', null, false],
  ['2025 và những năm tiếp theo', null, null, false],
  ['Khi các cơ sở dữ liệu hoàn thành', null, null, false],
  // No quarter: `12` is no numeral a quarter takes.
  ['quý 12/2026', null, null, false]
]

describe('parseDeadlineCell', () => {
  test.each(cells)('%s', (text, due, recurrence, yearGuessed) => {
    const d = parseDeadlineCell(text, {year: 2025})
    expect(d).not.toBeNull()
    expect([d!.due, d!.recurrence, d!.yearGuessed]).toEqual([due, recurrence, yearGuessed])
    expect(d!.text).toBe(text)
  })
  test('empty cell', () => expect(parseDeadlineCell('  ')).toBeNull())
  test('year missing and no context: phrase kept, due null', () =>
    expect(parseDeadlineCell('Tháng 9')).toEqual({text: 'Tháng 9', due: null, recurrence: null, yearGuessed: false}))
  test('documentDate gives the year', () => expect(parseDeadlineCell('Tháng 9', {documentDate: '2026-03-16'})?.due).toBe('2026-09-30'))
  test('an `{cell: true}` option is the same', () => expect(parseDeadline('2025-2026', {cell: true})?.due).toBe('2026-12-31'))
})

// Prose: [sentence, expected phrase or null, due, recurrence]. Document date 2026-03-16.
const prose: ReadonlyArray<readonly [string, string | null, string | null, string | null]> = [
  ['Hoàn thành trong tháng 4/2026.', 'Hoàn thành trong tháng 4/2026', '2026-04-30', null],
  ['**Hoàn thành trong quý II/2026.**', 'Hoàn thành trong quý II/2026', '2026-06-30', null],
  ['Hoàn thành chậm nhất trong tháng 3/2026.', 'chậm nhất trong tháng 3/2026', '2026-03-31', null],
  ['triển khai thí điểm **trong quý II/2026 tại 3 địa phương.**', 'trong quý II/2026', '2026-06-30', null],
  ['Trong tháng 4/2026, phải hoàn thành 100% các văn bản', 'Trong tháng 4/2026', '2026-04-30', null],
  ['Hoàn thành trước ngày 01/5/2026.', 'trước ngày 01/5/2026', '2026-05-01', null],
  ['bảo đảm có hiệu lực chậm nhất từ ngày 01/3/2027.', 'chậm nhất từ ngày 01/3/2027', '2027-03-01', null],
  ['đưa vào vận hành chính thức **từ ngày 01/5/2026.**', 'từ ngày 01/5/2026', '2026-05-01', null],
  ['báo cáo Thủ tướng trước 30/6/2026', 'trước 30/6/2026', '2026-06-30', null],
  ['xong trong 6 tháng đầu năm 2026', 'xong trong 6 tháng đầu năm 2026', '2026-06-30', null],
  ['hoàn thành trong năm 2026', 'hoàn thành trong năm 2026', '2026-12-31', null],
  ['trình Chính phủ cuối năm 2026', 'cuối năm 2026', '2026-12-31', null],
  ['trình ban hành chậm nhất trong quý I/2027', 'chậm nhất trong quý I/2027', '2027-03-31', null],
  ['hoàn thành việc ban hành kế hoạch trong tháng 3/2026. Giao Bộ Khoa học và Công nghệ; định kỳ hằng tháng báo cáo.', 'trong tháng 3/2026', '2026-03-31', null],
  ['Quý III/2026: hoàn thành thí điểm.', 'Quý III/2026', '2026-09-30', null],
  ['Hoàn thành trong tháng 9.', 'Hoàn thành trong tháng 9', '2026-09-30', null],
  ['Định kỳ hằng tháng báo cáo Thường trực Ban Chỉ đạo.', 'Định kỳ hằng tháng', null, 'hằng tháng'],
  ['Nhiệm vụ thường xuyên.', 'Nhiệm vụ thường xuyên', null, 'thường xuyên'],
  ['Thực hiện hằng năm.', 'Thực hiện hằng năm', null, 'hằng năm'],
  ['trình UBND tỉnh trước ngày 30/6/2026.', 'trước ngày 30/6/2026', '2026-06-30', null],
  ['hoàn thành trong tháng 10 năm 2026.', 'hoàn thành trong tháng 10 năm 2026', '2026-10-31', null],
  ['hoàn thành trong quý III năm 2026.', 'hoàn thành trong quý III năm 2026', '2026-09-30', null],
  ['hoàn thành trước 31/12/2026.', 'trước 31/12/2026', '2026-12-31', null],
  ['hoàn thành trước ngày 15 tháng 8 năm 2026.', 'trước ngày 15 tháng 8 năm 2026', '2026-08-15', null],
  ['hoàn thành chậm nhất ngày 20/5.', 'chậm nhất ngày 20/5', '2026-05-20', null],
  ['kiểm tra trong 6 tháng đầu năm 2026.', 'trong 6 tháng đầu năm 2026', '2026-06-30', null],
  ['Thời gian hoàn thành: Quý II/2026.', 'Thời gian hoàn thành: Quý II/2026', '2026-06-30', null],
  ['Thời gian hoàn thành: năm 2027.', 'Thời gian hoàn thành: năm 2027', '2027-12-31', null],
  ['Thời hạn: trước 31/12/2026.', 'trước 31/12/2026', '2026-12-31', null],
  ['báo cáo Ban Chỉ đạo tại phiên họp quý III/2026.', 'tại phiên họp quý III/2026', '2026-09-30', null],
  ['cập nhật dữ liệu lên Cổng thông tin; hằng tháng.', 'hằng tháng', null, 'hằng tháng'],
  ['bảo đảm an toàn thông tin; thường xuyên, báo cáo định kỳ hằng quý.', 'thường xuyên', null, 'thường xuyên'],
  // Labels, half-yearly reports, a day of every period, a due date with a recurrence in its sentence.
  ['hồ sơ bệnh án điện tử. Thời gian: Quý IV năm 2026.', 'Thời gian: Quý IV năm 2026', '2026-12-31', null],
  ['Hạn hoàn thành: tháng 10/2026.', 'Hạn hoàn thành: tháng 10/2026', '2026-10-31', null],
  ['Các phòng định kỳ 6 tháng, hằng năm tổng hợp, báo cáo Bộ trưởng.', 'định kỳ 6 tháng', null, 'định kỳ 6 tháng'],
  ['báo cáo UBND xã định kỳ 6 tháng, năm.', 'định kỳ 6 tháng', null, 'định kỳ 6 tháng'],
  ['Gửi báo cáo về Sở Tài chính trước ngày 05 hằng tháng để tổng hợp.', 'hằng tháng', null, 'hằng tháng'],
  ['chuẩn bị cơ số thuốc; kiểm tra, bổ sung hằng quý.', 'hằng quý', null, 'hằng quý'],
  ['Định kỳ báo cáo kết quả trước ngày 25 của tháng cuối quý.', 'tháng cuối quý', null, 'hằng quý'],
  ['xây dựng Đề án, xong trong tháng 8/2026; định kỳ 6 tháng báo cáo kết quả.', 'xong trong tháng 8/2026', '2026-08-31', 'định kỳ 6 tháng'],
  ['hoàn thành trong tháng 9/2026; định kỳ hằng quý báo cáo Ban Thường vụ.', 'hoàn thành trong tháng 9/2026', '2026-09-30', 'hằng quý'],
  ['tổ chức sơ tán dân, hoàn thành trước 17 giờ ngày 03 tháng 12 năm 2026.', 'trước 17 giờ ngày 03 tháng 12 năm 2026', '2026-12-03', null],
  // The weekday and the part of the day between the cue and the date; dates in words.
  ['nộp danh sách trước 16 giờ thứ Năm, ngày 10/12/2026.', 'trước 16 giờ thứ Năm, ngày 10/12/2026', '2026-12-10', null],
  ['báo cáo Chủ tịch vào chiều thứ Sáu, ngày 18/12/2026.', 'vào chiều thứ Sáu, ngày 18/12/2026', '2026-12-18', null],
  ['tổ chức tổng duyệt vào 15 giờ 30 phút, ngày 10 tháng 12 năm 2026.', 'vào 15 giờ 30 phút, ngày 10 tháng 12 năm 2026', '2026-12-10', null],
  ['trình phê duyệt chậm nhất ngày hai mươi tư tháng Mười Hai năm 2026.', 'chậm nhất ngày hai mươi tư tháng Mười Hai năm 2026', '2026-12-24', null],
  ['ra quân đồng loạt xong trước ngày mười lăm tháng Giêng năm 2027.', 'trước ngày mười lăm tháng Giêng năm 2027', '2027-01-15', null],
  ['kiểm tra kéo dài đến hết ngày ba mươi mốt tháng Năm năm 2027.', 'đến hết ngày ba mươi mốt tháng Năm năm 2027', '2027-05-31', null],
  ['báo cáo Thủ tướng Chính phủ hằng ngày.', 'hằng ngày', null, 'hằng ngày'],
  // `dự báo` mid-sentence (OCR's reading of `bờ bao`) is no forecast.
  ['gia cố các đê bao, dự báo xung yếu để trữ nước ngọt trước ngày 31/3/2027.', 'trước ngày 31/3/2027', '2027-03-31', null],
  // A frequency before the verb of work, before what a report is about, or on a day of each week then more work.
  ['Các bộ và UBND các tỉnh hằng năm rà soát, công bố danh mục dữ liệu mở.', 'hằng năm', null, 'hằng năm'],
  ['báo cáo Phó Thủ tướng hằng tháng về tiến độ giải phóng mặt bằng.', 'hằng tháng', null, 'hằng tháng'],
  ['thực hiện nghiêm chế độ báo cáo tình hình giải ngân hằng tháng gửi Bộ Tài chính để tổng hợp.', 'hằng tháng', null, 'hằng tháng'],
  ['báo cáo kết quả thực hiện hằng quý (trước ngày 15 của tháng cuối quý) gửi Sở Tài chính.', 'hằng quý', null, 'hằng quý'],
  ['vận động Nhân dân tổng vệ sinh vào sáng Chủ nhật hằng tuần, treo cờ Tổ quốc dịp Tết.', 'hằng tuần', null, 'hằng tuần'],
  ['hướng dẫn ưu đãi thuế cho doanh nghiệp công nghệ số (năm 2027).', 'năm 2027', '2027-12-31', null],
  ['trình Chính phủ Nghị định (Quý II/2027).', 'Quý II/2027', '2027-06-30', null],
  ['tập trung thực hiện đồng bộ các giải pháp (thực hiện thường xuyên).', 'thực hiện thường xuyên', null, 'thường xuyên'],
  // Not deadlines.
  ['thực hiện Nghị quyết số 66.7/2025/NQ-CP, ngày 15/11/2025 của Chính phủ', null, null, null],
  ['tại Công văn số 693-CV/VPTW, ngày 02/3/2026 để tháo gỡ', null, null, null],
  ['Kế hoạch số 01-KH/BCĐTW, ngày 02/6/2025 của Ban Chỉ đạo', null, null, null],
  ['phấn đấu đến năm 2030 đạt 5% GDP', null, null, null],
  ['Dự báo từ nay đến hết tháng 5 năm 2027, xâm nhập mặn còn ở mức cao.', null, null, null],
  ['phấn đấu tỷ lệ giải ngân đến ngày 31/01/2028 đạt trên 95% kế hoạch vốn', null, null, null],
  ['quy hoạch giai đoạn 2021-2030', null, null, null],
  ['rà soát kế hoạch năm 2026 của bộ', null, null, null],
  ['theo quy định tại Luật Công nghệ cao năm 2025', null, null, null],
  ['nhất là các nhiệm vụ trong quý I/2026; đồng thời', null, null, null],
  ['đưa vào tiêu chí đánh giá, thi đua, khen thưởng hằng năm', null, null, null],
  ['Ngày 12/3/2026, tại Trụ sở Trung ương Đảng', null, null, null],
  ['Trong thời gian tới, tập trung rà soát kế hoạch năm 2026', null, null, null],
  ['6 tháng đầu năm 2026, toàn tỉnh đã thu 4.000 tỷ đồng', null, null, null],
  ['theo Luật Đầu tư (2020) và Nghị định hướng dẫn', null, null, null],
  ['rà soát các dự án của Bộ (2027) và báo cáo', null, null, null],
  // The occasion a task is about (`dịp cuối năm`) is no deadline; the cue after it is.
  ['bình ổn thị trường dịp cuối năm 2026, hoàn thành trước ngày 15/12/2026', 'trước ngày 15/12/2026', '2026-12-15', null],
  ['chuẩn bị hàng hóa phục vụ nhân dịp cuối năm 2026', null, null, null],
  // A planned meeting with the addressee (`… làm việc với … dự kiến vào ngày …`) is a visit's date; a task's `vào ngày` still counts.
  ['Đoàn kiểm tra của Sở sẽ làm việc với Ủy ban nhân dân huyện dự kiến vào ngày 20/10/2026.', null, null, null],
  ['Hoàn thành việc bàn giao mặt bằng vào ngày 20/10/2026.', 'vào ngày 20/10/2026', '2026-10-20', null],
  // A frequency right before the report it governs.
  ['tổng hợp kết quả thực hiện, 6 tháng một lần báo cáo Ban Thường vụ Tỉnh ủy.', '6 tháng một lần', null, 'định kỳ 6 tháng'],
  ['theo dõi, đôn đốc; hằng năm tổng hợp, báo cáo Chính phủ.', 'hằng năm', null, 'hằng năm'],
  // A day of every year, a meeting that recurs, work scheduled every week: recurrences, no due date.
  ['Sở Tài chính tổng hợp, báo cáo UBND tỉnh trước ngày 15/12 hằng năm.', 'hằng năm', null, 'hằng năm'],
  ['Gửi báo cáo về Bộ Công Thương trước ngày 20 tháng 6 và ngày 20 tháng 12 hằng năm để tổng hợp.', 'hằng năm', null, 'hằng năm'],
  // A day with no year in a clause that recurs is the day it recurs on; a written year stays a due date.
  ['gửi báo cáo về Bộ (qua Vụ Giáo dục phổ thông) định kỳ 6 tháng, trước ngày 15/6 và ngày 15/12.', 'định kỳ 6 tháng', null, 'định kỳ 6 tháng'],
  ['là cơ quan đầu mối; định kỳ hằng năm tổng hợp kết quả, báo cáo Chính phủ trước ngày 20 tháng 12.', 'định kỳ hằng năm', null, 'hằng năm'],
  ['định kỳ hằng quý báo cáo; hoàn thành sửa đổi quy chế trước ngày 30/6.', 'trước ngày 30/6', '2026-06-30', null],
  ['tổng hợp tình hình, báo cáo tại phiên họp thường kỳ hằng tháng của UBND tỉnh.', 'hằng tháng', null, 'hằng tháng'],
  ['bố trí lực lượng tuần tra vào các buổi tối thứ Sáu, thứ Bảy hằng tuần.', 'hằng tuần', null, 'hằng tuần'],
  ['tiếp nhận, quản lý các cơ sở nhà, đất, không để tài sản bị bỏ trống, thực hiện thường xuyên;', 'thường xuyên', null, 'thường xuyên'],
  // A frequency as the adverb of the work, before a purpose, or closing a clause of its own that opens with a verb.
  ['Công an xã thường xuyên tuần tra các tuyến đường liên thôn.', 'thường xuyên', null, 'thường xuyên'],
  ['Các trạm y tế phun hóa chất diệt muỗi tại các ổ dịch hằng tuần, không để dịch lan rộng.', 'hằng tuần', null, 'hằng tuần'],
  ['Sở Tư pháp rà soát văn bản; tổng hợp, công bố danh mục văn bản hết hiệu lực của các sở hằng quý.', 'hằng quý', null, 'hằng quý'],
  ['Tổ chức tốt các nhiệm vụ thường xuyên của ngành.', null, null, null],
  ['chỉ đạo các trường thực hiện vệ sinh lớp học, đồ chơi hằng ngày.', 'hằng ngày', null, 'hằng ngày'],
  ['báo cáo tình hình sạt lở về UBND xã hằng ngày trong thời gian mưa lũ.', 'hằng ngày', null, 'hằng ngày'],
  ['Hạn chót: ngày 20/10/2026.', 'Hạn chót: ngày 20/10/2026', '2026-10-20', null],
  // In use by a year: the end of that year.
  ['xây dựng bộ quy trình giám sát chất lượng nước bằng cảm biến, đưa vào áp dụng năm 2027.', 'đưa vào áp dụng năm 2027', '2027-12-31', null],
  ['hoàn thiện phần mềm, đưa vào vận hành trong quý III/2026.', 'đưa vào vận hành trong quý III/2026', '2026-09-30', null],
  // How far a schedule of weeks runs is no deadline; the date the plan is due is.
  ['lập kế hoạch giải ngân chi tiết theo từng tuần đến hết ngày 31/01/2027, gửi Sở Tài chính trước ngày 17/11/2026.', 'trước ngày 17/11/2026', '2026-11-17', null],
  // An event between the cue and its date.
  ['sửa chữa phòng học, bảo đảm an toàn trước ngày khai giảng 05/9/2026.', 'trước ngày khai giảng 05/9/2026', '2026-09-05', null],
  // A period inside a relative clause in the passive dates what was done, not the task; a completion cue still counts.
  ['Rà soát các nghị định được Chính phủ ban hành trong năm 2026.', null, null, null],
  // `đã được cấp trước ngày …`: what was issued before that day; the task's own cue after it still counts.
  ['Cập nhật các giấy chứng nhận đã được cấp trước ngày 01/7/2026 lên hệ thống, hoàn thành trong quý IV/2026.', 'hoàn thành trong quý IV/2026', '2026-12-31', null],
  ['Rà soát các thửa đất đã được giao trước ngày 15/8/2026.', null, null, null],
  ['Hướng dẫn thi hành các luật đã được Quốc hội thông qua vào tháng 6/2026.', null, null, null],
  ['Rà soát các luật được Quốc hội thông qua, hoàn thành trong năm 2026.', 'hoàn thành trong năm 2026', '2026-12-31', null],
  ['giải ngân hết số vốn được bố trí trong năm 2027.', 'trong năm 2027', '2027-12-31', null],
  // The month in words, with its year.
  ['hoàn thành trong tháng Bảy năm 2026.', 'hoàn thành trong tháng Bảy năm 2026', '2026-07-31', null],
  ['báo cáo Thủ tướng Chính phủ trong tháng Mười hai năm 2026.', 'trong tháng Mười hai năm 2026', '2026-12-31', null],
  ['đến hết tháng tư năm 2026.', 'đến hết tháng tư năm 2026', '2026-04-30', null],
  ['trong tháng Giêng năm 2027.', 'trong tháng Giêng năm 2027', '2027-01-31', null],
  // A year that qualifies what the work is about gives way to the date the sentence gives the work.
  ['tổ chức đăng ký nghĩa vụ quân sự cho nam công dân đủ 17 tuổi trong năm 2026, thực hiện trong tháng 4/2026;', 'trong tháng 4/2026', '2026-04-30', null],
  ['rà soát các hộ nghèo trong năm 2026, báo cáo trong tháng 9/2027.', 'trong năm 2026', '2026-12-31', null]
]

describe('parseDeadline in prose', () => {
  test.each(prose)('%s', (text, phrase, due, recurrence) => {
    const d = parseDeadline(text, {documentDate: '2026-03-16'})
    if (phrase === null) expect(d).toBeNull()
    else expect(d).toMatchObject({text: phrase, due, recurrence})
  })
  test('a day without a year that would be past falls in the next year', () =>
    expect(parseDeadline('hoàn thành trước ngày 15/01.', {documentDate: '2026-12-10'})?.due).toBe('2027-01-15'))
  test('a fraction is not a day', () => expect(parseDeadline('hoàn thành trong 3/4 số xã', {documentDate: '2026-03-16'})).toBeNull())
  test('guessed year is flagged', () => expect(parseDeadline('Hoàn thành trong quý II.', {year: 2026})?.yearGuessed).toBe(true))
})

describe('parseDeadline: a start is no deadline', () => {
  test.each([
    ['triển khai chuỗi chương trình quảng bá bắt đầu từ tháng 5/2027.'],
    ['Quy định này được áp dụng từ ngày 01/7/2026.']
  ])('%s', (text) => expect(parseDeadline(text, {documentDate: '2026-03-16'})).toBeNull())
})

describe('parseDeadline: an interim review before a final one is a milestone', () => {
  test.each([
    ['tham mưu UBND phường sơ kết vào tháng 7/2027 và tổng kết trước ngày 15/12/2027.', 'trước ngày 15/12/2027', '2027-12-15'],
    ['tổ chức sơ kết 6 tháng vào tháng 7/2026, tổng kết trong tháng 12/2026.', 'trong tháng 12/2026', '2026-12-31'],
    // Alone, an interim review is the task's date; a final review with no date changes nothing.
    ['tổ chức sơ kết việc thực hiện trong tháng 7/2026.', 'trong tháng 7/2026', '2026-07-31'],
    ['sơ kết vào tháng 7/2026 và tổng kết khi kết thúc chương trình.', 'vào tháng 7/2026', '2026-07-31']
  ])('%s', (text, phrase, due) => expect(parseDeadline(text, {documentDate: '2026-03-16'})).toMatchObject({text: phrase, due}))
})

describe('parseDeadline: an interim report before a later date is a milestone', () => {
  test.each([
    ['Trồng lại rừng phòng hộ bị cháy; báo cáo tiến độ trước ngày 31/8/2027 và hoàn thành việc trồng rừng chậm nhất ngày 30/11/2027.', 'chậm nhất ngày 30/11/2027', '2027-11-30'],
    ['Kiểm kê tài sản công; gửi báo cáo sơ bộ trước ngày 15/6/2027, báo cáo chính thức trước ngày 15/9/2027.', 'trước ngày 15/9/2027', '2027-09-15'],
    ['Theo dõi dịch bệnh trên đàn gia súc; gửi bản đánh giá kết quả 6 tháng trước ngày 10/7/2027 và kết quả cả năm trước ngày 10/01/2028.', 'trước ngày 10/01/2028', '2028-01-10'],
    // A completion date, then the report on it: the completion is the deadline.
    ['Đẩy nhanh tiến độ thu hồi đất, hoàn thành trước ngày 30/9/2027; báo cáo kết quả trước ngày 15/10/2027.', 'trước ngày 30/9/2027', '2027-09-30'],
    // An interim report alone is the task's date.
    ['Gửi báo cáo sơ bộ về Sở Tài chính trước ngày 20/5/2027.', 'trước ngày 20/5/2027', '2027-05-20']
  ])('%s', (text, phrase, due) => expect(parseDeadline(text, {documentDate: '2027-03-01'})).toMatchObject({text: phrase, due}))
})

describe('parseDeadline: two periods sharing the second one\'s year are one span', () => {
  test.each([
    ['hoàn thành trong quý I và quý II/2027.', 'hoàn thành trong quý I và quý II/2027', '2027-06-30'],
    ['trong tháng 3 và tháng 4/2027', 'trong tháng 3 và tháng 4/2027', '2027-04-30'],
    ['trong quý III và quý IV năm 2026', 'trong quý III và quý IV năm 2026', '2026-12-31']
  ])('%s', (text, phrase, due) => expect(parseDeadline(text, {documentDate: '2026-03-16'})).toMatchObject({text: phrase, due}))
})

describe('parseDeadline: days counted from the signing or from a date', () => {
  test.each([
    // The document of 16/3/2026 (a Monday).
    ['báo cáo Thủ tướng Chính phủ trong 15 ngày kể từ ngày ký văn bản này.', 'trong 15 ngày kể từ ngày ký văn bản này', '2026-03-31'],
    ['gửi Bộ Tài chính chậm nhất 30 ngày sau ngày ban hành Quyết định này.', 'chậm nhất 30 ngày sau ngày ban hành Quyết định này', '2026-04-15'],
    // Working days skip the weekend: five from Monday 16/3 is Monday 23/3.
    ['hoàn thành trong vòng 05 ngày làm việc kể từ ngày ký.', 'trong vòng 05 ngày làm việc kể từ ngày ký', '2026-03-23'],
    // From a date given, not from the signing; the date is where the count starts, not the deadline.
    ['hoàn thành trong 10 ngày kể từ ngày 02/4/2026.', 'trong 10 ngày kể từ ngày 02/4/2026', '2026-04-12'],
    // From a day nobody knows here: the phrase, no due date.
    ['có ý kiến trong 07 ngày kể từ ngày nhận được văn bản.', 'trong 07 ngày kể từ ngày nhận được văn bản', null],
    // The first deadline the text gives wins.
    ['hoàn thành trước ngày 20/4/2026; báo cáo kết quả trong 15 ngày kể từ ngày ký.', 'trước ngày 20/4/2026', '2026-04-20']
  ])('%s', (text, phrase, due) => expect(parseDeadline(text, {documentDate: '2026-03-16'})).toMatchObject({text: phrase, due, recurrence: null}))
  test('without the document date the phrase has no due date', () =>
    expect(parseDeadline('trong 15 ngày kể từ ngày ký văn bản này')).toMatchObject({text: 'trong 15 ngày kể từ ngày ký văn bản này', due: null}))
})
