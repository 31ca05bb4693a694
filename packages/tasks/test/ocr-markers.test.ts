import type {VanbanDocument} from '@vanban/core'
import {describe, expect, test} from 'vitest'
import {bareNumberOf, ocrMarkerForm} from '../src/markers.ts'
import {repairOcrMarkers} from '../src/ocr-markers.ts'
import {unitsOf, zoneOf} from '../src/structure.ts'

describe('ocrMarkerForm: a marker OCR misread, back to its printed form', () => {
  test.each([
    ['a} Bộ Xây dựng chủ trì …', 'a) Bộ Xây dựng chủ trì …'],
    ['©) Đồng chí Thủ tướng Chính phủ', 'c) Đồng chí Thủ tướng Chính phủ'],
    ['à) Các cơ quan Trung ương', 'a) Các cơ quan Trung ương'],
    ['ê) Bộ Y tế', 'e) Bộ Y tế'],
    ['© Bản quyền', '• Bản quyền'],
    ['b] Bộ Tài chính: (1) …', 'b) Bộ Tài chính: (1) …'],
    ['đ} Đề nghị Đảng ủy Quốc hội …', 'đ) Đề nghị Đảng ủy Quốc hội …'],
    ['c| Bộ Y tế hướng dẫn …', 'c) Bộ Y tế hướng dẫn …'],
    ['(1} Chủ trì, phối hợp …', '(1) Chủ trì, phối hợp …'],
    ['{2) Rà soát …', '(2) Rà soát …'],
    ['S5. Định kỳ 6 tháng rà soát …', '• Định kỳ 6 tháng rà soát …'],
    ['S. Định kỳ 6 tháng rà soát …', '• Định kỳ 6 tháng rà soát …'],
    ['§ Nghiên cứu, đề xuất …', '• Nghiên cứu, đề xuất …'],
    ['« Làm sạch dữ liệu …', '• Làm sạch dữ liệu …'],
    ['° Bố trí nhân lực …', '• Bố trí nhân lực …'],
    ['2.Xây dựng, ban hành danh mục kỹ thuật …', '2. Xây dựng, ban hành danh mục kỹ thuật …'],
    ['4.Sở Y tế', '4. Sở Y tế'],
    // Not markers: a letter outside the list alphabet, lower case or a number after the sign, a year, a sum.
    ['f} Foo …', 'f} Foo …'],
    ['a} các bộ, ngành …', 'a} các bộ, ngành …'],
    ['§ 3 của Luật Ban hành văn bản …', '§ 3 của Luật Ban hành văn bản …'],
    ['$ 100 triệu cho dự án …', '$ 100 triệu cho dự án …'],
    ['S5 tỷ đồng …', 'S5 tỷ đồng …'],
    ['2026 Kế hoạch năm …', '2026 Kế hoạch năm …'],
    ['1 tỷ đồng cho vay …', '1 tỷ đồng cho vay …'],
    ['2.VNeID …', '2.VNeID …'],
    ['a) Bộ Xây dựng …', 'a) Bộ Xây dựng …']
  ])('%s', (text, printed) => expect(ocrMarkerForm(text)).toBe(printed))
})

describe('bareNumberOf: a number whose period OCR dropped', () => {
  test.each([
    ['1 Hoàn thiện thể chế, chính sách', 1],
    ['12 Tổ chức thực hiện', 12],
    ['3; Công ty Cổ phần Cấp thoát nước', 3],
    ['4, Ủy ban nhân dân các phường', 4],
    ['3,5 tỷ đồng', null],
    ['2026 Kế hoạch năm', null],
    ['1 tỷ đồng cho vay', null],
    ['3 địa phương (Hà Nội, Đà Nẵng)', null],
    ['1. Hoàn thiện thể chế', null],
    ['5G phủ sóng toàn quốc', null],
    ['3 BỘ', null]
  ])('%s', (text, n) => expect(bareNumberOf(text)).toBe(n))
})

/** Lines as OCR'd units (or clean ones), through the rules, back as lines. */
const repaired = (lines: readonly string[], ocr = true): string[] => repairOcrMarkers(lines.map((text) => ({text, ocr}))).map((u) => u.text)

describe('repairOcrMarkers: markers put back from the list around them', () => {
  test.each<[string, string[], string[]]>([
    // ocr-appendix-title
    ['PHỤ LỤC glued and misread, over its title and the attachment formula', ['Nguyễn Văn An', 'PHƯỚC', 'NHIỆM VỤ, GIẢI PHÁP', '(Kèm theo Thông báo số 20-TB/VPCP)'], ['Nguyễn Văn An', 'PHỤ LỤC', 'NHIỆM VỤ, GIẢI PHÁP', '(Kèm theo Thông báo số 20-TB/VPCP)']],
    ['…with its number, the formula without marks', ['PHILIC II', '(Kem theo Kế hoạch số 5/KH-UBND)'], ['PHỤ LỤC II', '(Kem theo Kế hoạch số 5/KH-UBND)']],
    ['a title under a PHỤ LỤC read right stays', ['PHỤ LỤC', 'NHIỆM VỤ', '(Kèm theo Kế hoạch số 5/KH-UBND)'], ['PHỤ LỤC', 'NHIỆM VỤ', '(Kèm theo Kế hoạch số 5/KH-UBND)']],
    ['a signer\'s name in capitals stays', ['NGUYỄN VĂN AN', '(Kèm theo Quyết định số 12/QĐ-UBND)'], ['NGUYỄN VĂN AN', '(Kèm theo Quyết định số 12/QĐ-UBND)']],
    ['no attachment formula near: stays', ['PHƯỚC', 'NHIỆM VỤ', 'Bộ A rà soát.', '(Kèm theo Quyết định số 12)'], ['PHƯỚC', 'NHIỆM VỤ', 'Bộ A rà soát.', '(Kèm theo Quyết định số 12)']],
    // ocr-inline-enum-one
    ['(1) read as one sign and a bracket after the colon', ['a) Sở Xây dựng: đ) Chủ trì rà soát tiến độ; (2) Thẩm định thiết kế; (3) Kiểm tra chất lượng.'], ['a) Sở Xây dựng: (1) Chủ trì rà soát tiến độ; (2) Thẩm định thiết kế; (3) Kiểm tra chất lượng.']],
    ['no (2) after it: stays', ['a) Sở Xây dựng: đ) Chủ trì rà soát tiến độ.'], ['a) Sở Xây dựng: đ) Chủ trì rà soát tiến độ.']],
    // ocr-number-period: specks in the next number's place, in a list whose items open with a body
    ['`11.` read as specks before a body', ['9. Sở Xây dựng chủ trì rà soát.', '10. Sở Nội vụ chủ trì đề xuất.', 'ở Ba Ủy ban nhân dân các xã chủ trì vận động.'], ['9. Sở Xây dựng chủ trì rà soát.', '10. Sở Nội vụ chủ trì đề xuất.', '11. Ủy ban nhân dân các xã chủ trì vận động.']],
    ['the next number read as a capital of its shape', ['2. Sở A chủ trì.', '3. Sở B chủ trì.', 'A. Yêu cầu Chủ tịch UBND các xã:', 'B. Sở C chủ trì.'], ['2. Sở A chủ trì.', '3. Sở B chủ trì.', '4. Yêu cầu Chủ tịch UBND các xã:', 'B. Sở C chủ trì.']],
    ['…not where it is no next number', ['1. Sở A chủ trì.', 'A. Yêu cầu Chủ tịch UBND các xã:'], ['1. Sở A chủ trì.', 'A. Yêu cầu Chủ tịch UBND các xã:']],
    ['…one short speck, or one with a digit', ['1. Sở A chủ trì.', '2. Sở B chủ trì.', '1:17 Công an tỉnh chủ trì.'], ['1. Sở A chủ trì.', '2. Sở B chủ trì.', '3. Công an tỉnh chủ trì.']],
    ['words before a body, a bullet, a signature in capitals stay', ['1. Sở A chủ trì.', '2. Sở B chủ trì.', 'Đề nghị Thủ trưởng các cơ quan thực hiện.', '- Thường trực Đảng ủy xã;', 'KT. CHÁNH VĂN PHÒNG'], ['1. Sở A chủ trì.', '2. Sở B chủ trì.', 'Đề nghị Thủ trưởng các cơ quan thực hiện.', '- Thường trực Đảng ủy xã;', 'KT. CHÁNH VĂN PHÒNG']],
    // ocr-roman-sequence
    ['a Roman numeral before a title in capitals, period dropped', ['I MỤC TIÊU', 'Tăng trưởng 10%.', 'II. NHIỆM VỤ'], ['I. MỤC TIÊU', 'Tăng trưởng 10%.', 'II. NHIỆM VỤ']],
    ['a numeral that repeats the chapter before is the next', ['I. MỤC TIÊU', 'I. NHIỆM VỤ CỤ THỂ', '1. Sở A rà soát.', 'II. TỔ CHỨC THỰC HIỆN'], ['I. MỤC TIÊU', 'II. NHIỆM VỤ CỤ THỂ', '1. Sở A rà soát.', 'III. TỔ CHỨC THỰC HIỆN']],
    ['an appendix starts the count again', ['I. NHIỆM VỤ', 'II. TỔ CHỨC THỰC HIỆN', 'PHỤ LỤC', 'I. DANH MỤC'], ['I. NHIỆM VỤ', 'II. TỔ CHỨC THỰC HIỆN', 'PHỤ LỤC', 'I. DANH MỤC']],
    ['a restart from further back stays (a new document)', ['I. NHIỆM VỤ', 'II. GIẢI PHÁP', 'III. TỔ CHỨC', 'I. MỤC ĐÍCH'], ['I. NHIỆM VỤ', 'II. GIẢI PHÁP', 'III. TỔ CHỨC', 'I. MỤC ĐÍCH']],
    ['a Roman numeral before a sentence is no title', ['I. NHIỆM VỤ', 'V Sở A rà soát.'], ['I. NHIỆM VỤ', 'V Sở A rà soát.']],
    // ocr-number-period
    ['a number next in its list, period dropped', ['1 Hoàn thiện thể chế, chính sách', 'a) Bộ Tư pháp chủ trì rà soát.'], ['1. Hoàn thiện thể chế, chính sách', 'a) Bộ Tư pháp chủ trì rà soát.']],
    ['…the second one too', ['1. Về thể chế', 'a) Bộ A rà soát.', '2 Về nguồn vốn', 'a) Bộ B bố trí.'], ['1. Về thể chế', 'a) Bộ A rà soát.', '2. Về nguồn vốn', 'a) Bộ B bố trí.']],
    ['a count that is not next in the list', ['1. Về thể chế', '3 Bộ trưởng họp giao ban.'], ['1. Về thể chế', '3 Bộ trưởng họp giao ban.']],
    ['…one further on when the number between was lost too and a comma stands before an agency', ['2. Sở Nông nghiệp và Môi trường', '- Vận hành các cống.', '4, Ủy ban nhân dân các phường Ninh Kiều, Cái Khế'], ['2. Sở Nông nghiệp và Môi trường', '- Vận hành các cống.', '4. Ủy ban nhân dân các phường Ninh Kiều, Cái Khế']],
    ['…not a count two further on', ['1. Về thể chế', '3 Bộ trưởng họp giao ban.'], ['1. Về thể chế', '3 Bộ trưởng họp giao ban.']],
    ['…its period read as a semicolon or a comma', ['2. Sở Nông nghiệp và Môi trường', '3; Công ty Cổ phần Cấp thoát nước Cần Thơ: nạo vét hố ga.', '4, Ủy ban nhân dân các phường'], ['2. Sở Nông nghiệp và Môi trường', '3. Công ty Cổ phần Cấp thoát nước Cần Thơ: nạo vét hố ga.', '4. Ủy ban nhân dân các phường']],
    [
      '…or a long paragraph an agency heads before a colon',
      ['2. Sở Nông nghiệp và Môi trường', '- Vận hành các cống.', `3 Công ty Cổ phần Cấp thoát nước Cần Thơ: (1) nạo vét hố ga trước ngày 30/6/2027; (2) bố trí 08 trạm bơm lưu động tại các điểm ngập sâu, sẵn sàng vận hành trước ngày 15/7/2027; (3) thiết lập đường dây nóng.`],
      ['2. Sở Nông nghiệp và Môi trường', '- Vận hành các cống.', `3. Công ty Cổ phần Cấp thoát nước Cần Thơ: (1) nạo vét hố ga trước ngày 30/6/2027; (2) bố trí 08 trạm bơm lưu động tại các điểm ngập sâu, sẵn sàng vận hành trước ngày 15/7/2027; (3) thiết lập đường dây nóng.`]
    ],
    [
      '…its period read as a semicolon',
      ['2. Sở Nông nghiệp và Môi trường', `3; Công ty Cổ phần Cấp thoát nước Cần Thơ: (1) nạo vét hố ga trước ngày 30/6/2027; (2) bố trí 08 trạm bơm lưu động tại các điểm ngập sâu, sẵn sàng vận hành trước ngày 15/7/2027; (3) thiết lập đường dây nóng.`],
      ['2. Sở Nông nghiệp và Môi trường', `3. Công ty Cổ phần Cấp thoát nước Cần Thơ: (1) nạo vét hố ga trước ngày 30/6/2027; (2) bố trí 08 trạm bơm lưu động tại các điểm ngập sâu, sẵn sàng vận hành trước ngày 15/7/2027; (3) thiết lập đường dây nóng.`]
    ],
    [
      '…but not a long paragraph that counts',
      ['2. Về nguồn vốn', `3 tỷ đồng đã được bố trí cho các xã trong năm 2026 từ nguồn ngân sách tỉnh, nguồn vốn lồng ghép các chương trình mục tiêu quốc gia và nguồn xã hội hóa, bảo đảm đủ kinh phí cho các công trình cấp bách: đê, kè và trạm bơm tiêu úng.`],
      ['2. Về nguồn vốn', `3 tỷ đồng đã được bố trí cho các xã trong năm 2026 từ nguồn ngân sách tỉnh, nguồn vốn lồng ghép các chương trình mục tiêu quốc gia và nguồn xã hội hóa, bảo đảm đủ kinh phí cho các công trình cấp bách: đê, kè và trạm bơm tiêu úng.`]
    ],
    ['a year at a line start', ['2026 Năm hành động.', 'a) Bộ A rà soát.'], ['2026 Năm hành động.', 'a) Bộ A rà soát.']],
    // ocr-number-dropped
    [
      'a title between a run of letters and a) again',
      ['1. Hoàn thiện thể chế', 'a) Bộ A rà soát.', 'b) Bộ B ban hành.', 'Tập trung kết nối dữ liệu, hoàn thành trong quý I/2026.', 'a) Bộ Công an chủ trì kết nối.'],
      ['1. Hoàn thiện thể chế', 'a) Bộ A rà soát.', 'b) Bộ B ban hành.', '2. Tập trung kết nối dữ liệu, hoàn thành trong quý I/2026.', 'a) Bộ Công an chủ trì kết nối.']
    ],
    ['no letters before it: a lead-in, not a title', ['1. Về thể chế', 'Các bộ thực hiện như sau.', 'a) Bộ A rà soát.'], ['1. Về thể chế', 'Các bộ thực hiện như sau.', 'a) Bộ A rà soát.']],
    ['the letters go on (b), not a)', ['1. Về thể chế', 'a) Bộ A rà soát.', 'Đồng thời báo cáo kết quả.', 'b) Bộ B ban hành.'], ['1. Về thể chế', 'a) Bộ A rà soát.', 'Đồng thời báo cáo kết quả.', 'b) Bộ B ban hành.']],
    // ocr-letter-dropped
    ['a paragraph between b) and d) is c)', ['a) Bộ A rà soát.', 'b) Bộ B ban hành.', 'Bộ Nội vụ nghiên cứu cơ chế thu hút chuyên gia.', 'd) Các bộ bảo đảm hồ sơ điện tử.'], ['a) Bộ A rà soát.', 'b) Bộ B ban hành.', 'c) Bộ Nội vụ nghiên cứu cơ chế thu hút chuyên gia.', 'd) Các bộ bảo đảm hồ sơ điện tử.']],
    ['…not when c) is printed', ['a) Bộ A rà soát.', 'b) Bộ B ban hành.', 'Bộ Nội vụ nghiên cứu.', 'c) Bộ C.'], ['a) Bộ A rà soát.', 'b) Bộ B ban hành.', 'Bộ Nội vụ nghiên cứu.', 'c) Bộ C.']],
    // ocr-bullets-dropped
    [
      'paragraphs ending items under a lettered lead-in',
      ['d) Ủy ban nhân dân các tỉnh, thành phố:', 'Hoàn thành số hóa hồ sơ;', 'Làm sạch dữ liệu hộ tịch;', 'Bố trí nhân lực chuyên trách.'],
      ['d) Ủy ban nhân dân các tỉnh, thành phố:', '- Hoàn thành số hóa hồ sơ;', '- Làm sạch dữ liệu hộ tịch;', '- Bố trí nhân lực chuyên trách.']
    ],
    ['…one paragraph is no list', ['d) Ủy ban nhân dân các tỉnh:', 'Hoàn thành số hóa hồ sơ.'], ['d) Ủy ban nhân dân các tỉnh:', 'Hoàn thành số hóa hồ sơ.']],
    ['…a lead-in outside any list keeps its paragraphs', ['Ủy ban nhân dân tỉnh yêu cầu:', 'Sở Y tế chủ trì giám sát;', 'Sở Tài chính bố trí kinh phí.'], ['Ủy ban nhân dân tỉnh yêu cầu:', 'Sở Y tế chủ trì giám sát;', 'Sở Tài chính bố trí kinh phí.']],
    // ocr-misplaced-bullet
    [
      'a bullet on the wrapped line above its item',
      ['• Định kỳ 6 tháng công bố mức lãi suất áp dụng', '• đối với chương trình tín dụng;', 'Nghiên cứu, đề xuất nới điều kiện vay vốn.'],
      ['• Định kỳ 6 tháng công bố mức lãi suất áp dụng đối với chương trình tín dụng;', '• Nghiên cứu, đề xuất nới điều kiện vay vốn.']
    ],
    ['…a bullet in lower case after a finished item stays', ['• Rà soát hồ sơ;', '• đối với chương trình tín dụng.'], ['• Rà soát hồ sơ;', '• đối với chương trình tín dụng.']],
    // ocr-letter-l
    ['1) after k) is l)', ['k) Bộ Giáo dục và Đào tạo chủ trì.', '1) Văn phòng Trung ương Đảng: (1) Tổ chức đánh giá.'], ['k) Bộ Giáo dục và Đào tạo chủ trì.', 'l) Văn phòng Trung ương Đảng: (1) Tổ chức đánh giá.']],
    ['1) after h) is i)', ['h) Bộ Công Thương triển khai.', '1) Bộ Nông nghiệp và Môi trường chủ trì.'], ['h) Bộ Công Thương triển khai.', 'i) Bộ Nông nghiệp và Môi trường chủ trì.']],
    ['…not when 2) follows: a list of its own', ['k) Bộ Giáo dục và Đào tạo:', '1) Rà soát chương trình.', '2) Tập huấn giáo viên.'], ['k) Bộ Giáo dục và Đào tạo:', '1) Rà soát chương trình.', '2) Tập huấn giáo viên.']],
    ['1) after a number is a number', ['1) Bộ A rà soát.', '2) Bộ B ban hành.'], ['1) Bộ A rà soát.', '2) Bộ B ban hành.']],
    // ocr-letter-between
    ['a) between d) and e) is đ)', ['d) Các bộ ban hành kế hoạch.', 'a) Đề nghị Đảng ủy Quốc hội chỉ đạo.', 'e) Bộ Quốc phòng chỉ đạo.'], ['d) Các bộ ban hành kế hoạch.', 'đ) Đề nghị Đảng ủy Quốc hội chỉ đạo.', 'e) Bộ Quốc phòng chỉ đạo.']],
    ['B) between g) and i), bullets between, is h)', ['g) Bộ Ngoại giao:', '- Chủ trì kết nối dữ liệu.', 'B) Bộ Công Thương triển khai.', '- Bảo đảm điện.', 'i) Bộ Y tế.'], ['g) Bộ Ngoại giao:', '- Chủ trì kết nối dữ liệu.', 'h) Bộ Công Thương triển khai.', '- Bảo đảm điện.', 'i) Bộ Y tế.']],
    ['…not a list that starts again', ['c) Bộ Công an.', 'a) Bộ Tài chính.', 'b) Bộ Xây dựng.'], ['c) Bộ Công an.', 'a) Bộ Tài chính.', 'b) Bộ Xây dựng.']],
    ['…nor a number between', ['d) Bộ Công an.', '2. Bộ Tài chính.', 'a) Bộ Xây dựng.', 'e) Bộ Y tế.'], ['d) Bộ Công an.', '2. Bộ Tài chính.', 'a) Bộ Xây dựng.', 'e) Bộ Y tế.']],
    // ocr-letter-case
    ['C) after b) is c)', ['b) Bộ Công an chủ trì.', 'C) Ủy ban Kiểm tra Trung ương chủ trì.'], ['b) Bộ Công an chủ trì.', 'c) Ủy ban Kiểm tra Trung ương chủ trì.']],
    ['Cc) after b), a bullet between, is c)', ['b) Bộ Công an:', '- Rà soát quy chế;', 'Cc) Ủy ban Kiểm tra Trung ương chủ trì.'], ['b) Bộ Công an:', '- Rà soát quy chế;', 'c) Ủy ban Kiểm tra Trung ương chủ trì.']],
    ['…not a letter that does not come next, nor outside a lettered list', ['b) Bộ Công an chủ trì.', 'E) Bộ Y tế.', '2. Bộ Tài chính.', 'C) Bộ Xây dựng.'], ['b) Bộ Công an chủ trì.', 'E) Bộ Y tế.', '2. Bộ Tài chính.', 'C) Bộ Xây dựng.']],
    // ocr-enum-one
    ['1) before (2) is (1)', ['d) Ủy ban nhân dân các tỉnh', '1) Bố trí đủ quỹ đất.', '(2) Rút ngắn thời gian.'], ['d) Ủy ban nhân dân các tỉnh', '(1) Bố trí đủ quỹ đất.', '(2) Rút ngắn thời gian.']],
    // ocr-agency-heading
    ['a heading the repair left no agency name is the gazetteer name it certainly is', ['1. Sô Xây dung', 'a) Chủ trì lập danh mục.'], ['1. Sở Xây dựng', 'a) Chủ trì lập danh mục.']],
    ['…not a heading that names no agency', ['1. Về thể chế', 'a) Bộ A rà soát.'], ['1. Về thể chế', 'a) Bộ A rà soát.']],
    ['…nor a sentence', ['1. Sô Xây dung, bảo đảm tiến độ.'], ['1. Sô Xây dung, bảo đảm tiến độ.']],
    // ocr-colon-in-name
    ['a speck read as a colon inside a subject', ['d) Các bộ, cơ quan chủ: quản các nền tảng số khẩn trương ban hành kế hoạch.'], ['d) Các bộ, cơ quan chủ quản các nền tảng số khẩn trương ban hành kế hoạch.']],
    ['…a colon before the work stays', ['a) Sở Y tế: chủ trì giám sát dịch bệnh.', 'b) Bộ Tài chính: tổng hợp dự toán.'], ['a) Sở Y tế: chủ trì giám sát dịch bệnh.', 'b) Bộ Tài chính: tổng hợp dự toán.']],
    ['…and before a list', ['a) Bộ Xây dựng: (1) Chủ trì hoàn thiện.'], ['a) Bộ Xây dựng: (1) Chủ trì hoàn thiện.']],
    ['…and where no agency is the subject', ['Thành phần gồm: các sở, ngành.'], ['Thành phần gồm: các sở, ngành.']]
  ])('%s', (_name, lines, expected) => {
    expect(repaired(lines)).toEqual(expected)
    // Clean text keeps the strict grammar: nothing changes.
    expect(repaired(lines, false)).toEqual(lines)
  })
})

const docOf = (source: 'ocr' | 'text', ...texts: string[]): VanbanDocument =>
  ({file: 'x', pages: [], warnings: [], blocks: texts.map((text, k) => ({kind: 'paragraph', text, provenance: {page: 1, lineStart: k, lineEnd: k, source}}))}) as unknown as VanbanDocument

describe('unitsOf: OCR tolerance only for text read by OCR', () => {
  const lines = ['1 Hoàn thiện thể chế', 'a} Bộ Tư pháp chủ trì rà soát.', 'S5. Định kỳ báo cáo.']
  test('a scan', () => expect(unitsOf(docOf('ocr', ...lines)).map((u) => u.text)).toEqual(['1. Hoàn thiện thể chế', 'a) Bộ Tư pháp chủ trì rà soát.', '• Định kỳ báo cáo.']))
  // `a} …` in lower case continues the unit before, as any line in lower case does.
  test('a text file', () => expect(unitsOf(docOf('text', ...lines)).map((u) => u.text)).toEqual(['1 Hoàn thiện thể chế a} Bộ Tư pháp chủ trì rà soát.', 'S5. Định kỳ báo cáo.']))
  test('a block the repair changed counts as OCR', () => {
    const doc = docOf('text', 'k) Bộ Giáo dục và Đào tạo chủ trì.', '1) Văn phòng Chính phủ theo dõi.')
    ;(doc.blocks[1]!.provenance as {repaired?: boolean}).repaired = true
    expect(unitsOf(doc).map((u) => u.text)).toEqual(['k) Bộ Giáo dục và Đào tạo chủ trì.', 'l) Văn phòng Chính phủ theo dõi.'])
  })
})

describe('unitsOf: `Sở` and Roman numerals as an engine without Vietnamese reads them', () => {
  test.each([
    ['- Giao $6 Tài chính tham mưu mức hỗ trợ.', '- Giao Sở Tài chính tham mưu mức hỗ trợ.'],
    ['S6 Y tế chủ trì.', 'Sở Y tế chủ trì.'],
    ['Số 15/KH-UBND', 'Số 15/KH-UBND'],
    // A chapter's numeral with small l's.
    ['Il. TỔ CHỨC THỰC HIỆN', 'II. TỔ CHỨC THỰC HIỆN'],
    ['Ill. NHIỆM VỤ', 'III. NHIỆM VỤ'],
    // … or with a small `v`, `l` for the I after V.
    ['Iv. TỔ CHỨC THỰC HIỆN', 'IV. TỔ CHỨC THỰC HIỆN'],
    ['Vl. KINH PHÍ', 'VI. KINH PHÍ'],
    ['Vll. HIỆU LỰC', 'VII. HIỆU LỰC'],
    // Every I read as a small l: a numeral only before a heading in capitals.
    ['ll. NHIỆM VỤ VÀ GIẢI PHÁP', 'II. NHIỆM VỤ VÀ GIẢI PHÁP'],
    ['lll. TỔ CHỨC THỰC HIỆN', 'III. TỔ CHỨC THỰC HIỆN'],
    ['ll. Nhiệm vụ', 'll. Nhiệm vụ'],
    // No numeral: as read.
    ['Vv. NHIỆM VỤ', 'Vv. NHIỆM VỤ'],
    ['S06 Xây dựng chủ trì.', 'Sở Xây dựng chủ trì.']
  ])('%s', (text, read) => {
    const ocrBlock = {kind: 'paragraph' as const, text, provenance: {source: 'ocr' as const, page: 1}}
    expect(unitsOf({file: 'x', pages: [], blocks: [ocrBlock], warnings: []} as never).map((u) => u.text)).toEqual([read])
  })
})

describe('unitsOf: the national motto is header', () => {
  // OCR joins the header's two columns on a line; the issuer's name before the motto would read as a subject.
  test.each(['ocr', 'text'] as const)('%s', (source) =>
    expect(unitsOf(docOf(source, 'THÀNH PHỐ CẦN THƠ Độc lập - Tự do - Hạnh phúc', 'Độc lập - Tự do - Hạnh phúc Số: 12/VPCP-KTTH Kính gửi:', '1. Sở Xây dựng chủ trì lập danh mục.')).map((u) => u.text)).toEqual([
      'Số: 12/VPCP-KTTH',
      'Kính gửi:',
      '1. Sở Xây dựng chủ trì lập danh mục.'
    ]))
})

describe('zoneOf: a section title read by OCR is compared without its marks', () => {
  test.each([
    ['I. MỤC TIỂU', false, null],
    ['I. MỤC TIỂU', true, 'narrative'],
    ['II. NHIEM VU CU THE', true, 'task'],
    ['II. NHIỆM VỤ CỤ THỂ', false, 'task'],
    ['III. TỔ CHỨC THỰC HIỆN', true, 'task']
  ] as const)('%s (ocr %s)', (title, ocr, zone) => expect(zoneOf(title, ocr)).toBe(zone))
})
