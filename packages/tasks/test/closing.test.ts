import {describe, expect, test} from 'vitest'
import {isClosing} from '../src/structure.ts'

describe('isClosing: paragraphs that end the body (no task until numbering starts again)', () => {
  test.each([
    ['Nơi nhận:', true],
    // What the act counts for, before the invitation to ask.
    ['Kế hoạch này là căn cứ để đánh giá, xếp loại mức độ hoàn thành nhiệm vụ năm 2026 của tập thể, người đứng đầu các cơ quan, đơn vị. Trong quá trình triển khai, nếu có khó khăn, vướng mắc, các cơ quan, đơn vị phản ánh về Sở Nội vụ để tổng hợp./.', true],
    ['Kế hoạch này được triển khai đến các xã trước ngày 15/3/2026.', false],
    ['KT. BỘ TRƯỞNG', true],
    // Party and office signatures.
    ['T/M BAN THƯỜNG VỤ', true],
    ['TM ỦY BAN NHÂN DÂN', true],
    // Read by OCR with their marks wrong.
    ['Nọi nhân: :', true],
    ['Văn phòng Ủy ban nhân dân tỉnh thông báo để các cơ quan, đơn vị biết, thực hiên./.', true],
    ['Nọ nhân:', true],
    ['Noi nhõn: ở;', true],
    ['Các Bộ trưởng có tên tại Phụ lục chịu trách nhiệm trước Chính phủ về kết quả phần việc của bộ mình./.', true],
    ['Văn phòng Ủy ban nhân dân thành phố : xin thông báo đến các sở, ngành, địa phương có tên nêu trên để biệt và tổ chức thực hiện./.', true],
    ['Văn phòng Ủy ban nhân dân thành phố xin thông báo đến các sở, ngành, địa phương có tên nêu trên để biết và tổ chức thực hiện./.', true],
    ['Nơi nhân rộng mô hình', false],
    // A reply's last line and its invitation to ask; a Markdown signature table kept as text.
    ['Sở Tài chính trả lời để Hợp tác xã được biết./.', true],
    ['Trường hợp còn vướng mắc, Quý Công ty liên hệ Phòng Quản lý giá, Sở Tài chính để được hướng dẫn.', true],
    ['| **Nơi nhận:**<br>- Như trên;<br>- Lưu: VT. | **KT. GIÁM ĐỐC** |', true],
    ['Trường hợp phát sinh sự cố, Điện lực xã khắc phục ngay trong ngày.', false],
    ['Ủy ban nhân dân tỉnh trân trọng báo cáo Thường trực Hội đồng nhân dân tỉnh để thông tin đến cử tri./.', true],
    ['Ủy ban nhân dân tỉnh yêu cầu Thủ trưởng các cơ quan nghiêm túc thực hiện; trong quá trình triển khai nếu có vướng mắc, báo cáo qua Sở Y tế để được hướng dẫn./.', true],
    ['Nọ nhân rộng mô hình', false],
    ['Yêu cầu các cơ quan, đơn vị nghiêm túc thực hiện./.', true],
    // The invitation to ask, with or without `./.`, and whatever it asks for.
    ['Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, đề nghị liên hệ Cục Quản lý và Phát triển thị trường trong nước để được hướng dẫn:', true],
    ['Trong quá trình triển khai, nếu có vướng mắc, các đơn vị phản ánh về Cục Quản lý Khám, chữa bệnh để tổng hợp.', true],
    ['Trong quá trình tổ chức thực hiện, nếu phát sinh khó khăn, báo cáo UBND tỉnh./.', true],
    // A letter's closing request by the honorific; the lead-in with the same words ends in a colon.
    ['Bộ Công Thương đề nghị Quý Ủy ban quan tâm, chỉ đạo các cơ quan, đơn vị liên quan triển khai thực hiện.', true],
    ['Bộ Công Thương đề nghị Quý Ủy ban chỉ đạo các cơ quan, đơn vị thực hiện một số nội dung sau:', false],
    // A request to everyone about the tasks above ends the list; one that introduces a list does not.
    ['Đề nghị Thủ trưởng các cơ quan, đơn vị quan tâm chỉ đạo, tập trung thực hiện dứt điểm các nhiệm vụ nêu trên.', true],
    ['Yêu cầu các sở, ban, ngành nghiêm túc triển khai Kế hoạch này.', true],
    ['Đề nghị các cơ quan, đơn vị thực hiện các nhiệm vụ sau:', false],
    // A numbered item is a task, whatever it says.
    ['6. Trong quá trình tổ chức thực hiện, nếu thấy cần sửa đổi, bổ sung, các bộ chủ động báo cáo Thủ tướng.', false],
    ['Trong quá trình thực hiện Kế hoạch, Sở Nội vụ theo dõi, đôn đốc các đơn vị.', false],
    ['Sở Tài chính chủ trì, phối hợp với Sở Nội vụ rà soát.', false]
  ] as const)('%s → %s', (text, closing) => {
    expect(isClosing(text)).toBe(closing)
  })
})
