import {describe, expect, test} from 'vitest'
import {inlineDocument} from './inline-document.ts'
import {extractTasks, parseDeadline} from '../src/index.ts'

const doc = (text: string) => inlineDocument(text, 'letter.md')

const tasksOf = (text: string) =>
  extractTasks(doc(text), {documentDate: '2026-05-04'})
    .filter((t) => t.kind === 'task')
    .map((t) => ({id: t.id, owner: t.owner, due: t.due, recurrence: t.recurrence, text: t.text.slice(0, 40)}))

const letter = (...body: string[]): string => ['Kính gửi: Ủy ban nhân dân xã Tân Lập.', ...body, 'Nơi nhận:\n- Như trên;\n- Lưu: VT.'].join('\n\n')

describe('a letter: its lead-in, bullets and the paragraphs after them', () => {
  test('a paragraph after the bullets that assigns work of its own is a task, numbered on', () => {
    expect(
      tasksOf(
        letter(
          'Để phòng, chống dịch sốt xuất huyết, Sở Y tế đề nghị Ủy ban nhân dân xã quan tâm chỉ đạo thực hiện các nội dung sau:',
          '- Tổ chức chiến dịch diệt lăng quăng tại các thôn, hoàn thành trước ngày 30/5/2026.',
          '- Chỉ đạo trạm y tế xã giám sát chặt chẽ các ca sốt.',
          'Sở Y tế giao Trung tâm Y tế huyện hỗ trợ hóa chất, máy phun cho các ổ dịch.',
          'Đề nghị Ủy ban nhân dân xã báo cáo kết quả về Sở Y tế vào thứ Hai hằng tuần để tổng hợp./.'
        )
      )
    ).toEqual([
      {id: '1', owner: 'Ủy ban nhân dân xã Tân Lập', due: '2026-05-30', recurrence: null, text: 'Tổ chức chiến dịch diệt lăng quăng tại c'},
      {id: '2', owner: 'Ủy ban nhân dân xã Tân Lập', due: null, recurrence: null, text: 'Chỉ đạo trạm y tế xã giám sát chặt chẽ c'},
      {id: '3', owner: 'Trung tâm Y tế huyện', due: null, recurrence: null, text: 'Sở Y tế giao Trung tâm Y tế huyện hỗ trợ'},
      {id: '4', owner: 'Ủy ban nhân dân xã Tân Lập', due: null, recurrence: 'hằng tuần', text: 'Đề nghị Ủy ban nhân dân xã báo cáo kết q'}
    ])
  })

  test('a paragraph that only goes on with the last bullet joins it', () => {
    expect(
      tasksOf(
        letter(
          'Sở Nông nghiệp và Môi trường đề nghị Ủy ban nhân dân xã thực hiện các nội dung sau:',
          '- Rà soát các hộ nuôi gia cầm trên địa bàn.',
          '- Tiêu hủy gia cầm bệnh theo hướng dẫn.',
          'Việc tiêu hủy phải bảo đảm vệ sinh môi trường.'
        )
      ).map((t) => t.id)
    ).toEqual(['1', '2'])
  })

  test('a closing request to carry the letter out stays a closing formula', () => {
    expect(
      tasksOf(letter('Đề nghị Ủy ban nhân dân xã khẩn trương rà soát các hộ nghèo, gửi danh sách về Sở trước ngày 20/5/2026.', 'Đề nghị các đơn vị nghiêm túc thực hiện./.')).map((t) => t.id)
    ).toEqual(['1'])
  })
})

// [sentence, recurrence]: a report's frequency, then what the report is for.
describe('parseDeadline: the frequency of a report before its purpose', () => {
  test.each([
    ['Báo cáo kết quả về Sở Y tế vào thứ Sáu hằng tuần để tổng hợp.', 'hằng tuần'],
    ['Tổng hợp, báo cáo Ủy ban nhân dân tỉnh hằng tháng nhằm kịp thời chỉ đạo.', 'hằng tháng'],
    ['Các xã báo cáo số liệu hằng quý, phục vụ công tác điều hành.', 'hằng quý'],
    // No report: the frequency is a topic.
    ['Tổ chức hội thi khen thưởng hằng năm để động viên phong trào.', null]
  ])('%s', (sentence, recurrence) => {
    expect(parseDeadline(sentence)?.recurrence ?? null).toBe(recurrence)
  })
})

describe('a letter\'s lettered requests, then work the issuer gives its own unit', () => {
  test('the paragraph after the last letter that assigns work of its own is a task, numbered apart', () => {
    expect(
      tasksOf(
        letter(
          'Để phòng, chống dịch, Sở Y tế đề nghị Ủy ban nhân dân xã thực hiện các nội dung sau:',
          'a) Tổ chức phun hóa chất tại các ổ dịch.',
          'b) Tuyên truyền để người dân chủ động diệt lăng quăng.',
          'Sở Y tế giao Trung tâm Kiểm soát bệnh tật tỉnh tổng hợp số ca bệnh, báo cáo Giám đốc Sở trước ngày 30/5/2026.'
        )
      ).map((t) => [t.id, t.owner, t.due])
    ).toEqual([
      ['a', 'Ủy ban nhân dân xã Tân Lập', null],
      ['b', 'Ủy ban nhân dân xã Tân Lập', null],
      ['1', 'Trung tâm Kiểm soát bệnh tật tỉnh', '2026-05-30']
    ])
  })
})

describe('a letter of the Government Office: work in plain paragraphs, its owner anywhere in the sentence', () => {
  test('after a topic with commas of its own, or given last; a numbered issuer passes work on after the items', () => {
    expect(
      tasksOf(
        [
          'Kính gửi:\n\n- Bộ Công Thương;\n- Bộ Nông nghiệp và Môi trường;\n- Ủy ban nhân dân tỉnh An Giang.',
          'Xét báo cáo của Bộ Công Thương, Thủ tướng Chính phủ có ý kiến như sau:',
          'Về vốn đầu tư lưới điện trung áp, hạ áp trên đảo thuộc phần địa phương quản lý, đề nghị Ủy ban nhân dân tỉnh An Giang chủ động cân đối từ ngân sách tỉnh. Thủ tục giao khu vực biển cho hành lang tuyến cáp ngầm cần hoàn thành chậm nhất ngày 31/8/2026, giao Bộ Nông nghiệp và Môi trường.',
          'Văn phòng Chính phủ xin thông báo để các cơ quan biết, thực hiện./.',
          'Nơi nhận:\n- Như trên;\n- Lưu: VT.'
        ].join('\n\n')
      ).map((t) => [t.owner, t.due])
    ).toEqual([
      ['Ủy ban nhân dân tỉnh An Giang', null],
      ['Bộ Nông nghiệp và Môi trường', '2026-08-31']
    ])
  })

  test('a unit named with a digit (`Chi nhánh Khu vực 2`) that gives work after the numbered requests', () => {
    expect(
      tasksOf(
        letter(
          'Ngân hàng Nhà nước Chi nhánh Khu vực 2 đề nghị Ủy ban nhân dân xã thực hiện các nội dung sau:',
          '1. Rà soát danh sách hộ vay vốn, gửi về Chi nhánh trước ngày 30/5/2026.',
          '2. Báo cáo kết quả hằng quý.',
          'Ngân hàng Nhà nước Chi nhánh Khu vực 2 giao Phòng Thanh tra, giám sát phối hợp với Phòng Tổng hợp kiểm tra tại chỗ trong quý III/2026.'
        )
      ).map((t) => [t.id, t.owner, t.due])
    ).toEqual([
      ['1', 'Ủy ban nhân dân xã Tân Lập', '2026-05-30'],
      ['2', 'Ủy ban nhân dân xã Tân Lập', null],
      ['3', 'Phòng Thanh tra, giám sát', '2026-09-30']
    ])
  })
})

describe('an answer to voters\' petitions: who acts is named in the answer', () => {
  test('the body given the work in an answer owns it; an answer that only explains is no task', () => {
    expect(
      tasksOf(
        [
          'Kính gửi: Thường trực Hội đồng nhân dân tỉnh.',
          'Sau khi chỉ đạo các sở, ngành rà soát, Ủy ban nhân dân tỉnh trả lời như sau:',
          '**1. Cử tri xã An Bình kiến nghị:** Cầu Rạch Gốc xuống cấp, đề nghị sửa chữa.',
          '**Trả lời:** Cầu đã được đưa vào kế hoạch duy tu. Ủy ban nhân dân tỉnh giao Sở Xây dựng khảo sát, lập phương án sửa chữa trước ngày 30/6/2026.',
          '**2. Cử tri phường Mỹ Phú kiến nghị:** Đề nghị cho biết mức hỗ trợ học phí năm học 2026-2027.',
          '**Trả lời:** Mức hỗ trợ thực hiện theo Nghị quyết số 12/2025/NQ-HĐND của Hội đồng nhân dân tỉnh.',
          'Ủy ban nhân dân tỉnh trân trọng báo cáo Thường trực Hội đồng nhân dân tỉnh để thông tin đến cử tri./.',
          'Nơi nhận:\n- Như trên;\n- Lưu: VT.'
        ].join('\n\n')
      ).map((t) => [t.id, t.owner, t.due])
    ).toEqual([['1', 'Sở Xây dựng', '2026-06-30']])
  })
})

describe('a telegram\'s request to send a report of what was done is work', () => {
  test('`Gửi báo cáo … số người đã sơ tán …` under the addressees is their task', () => {
    expect(
      tasksOf(
        letter(
          'Chủ tịch Ủy ban nhân dân tỉnh yêu cầu Chủ tịch Ủy ban nhân dân xã thực hiện ngay:',
          'a) Sơ tán dân khỏi khu vực nguy hiểm.',
          'b) Gửi báo cáo nhanh số hộ đã sơ tán về Sở Nông nghiệp và Môi trường trước 15 giờ 00 hằng ngày.'
        )
      ).map((t) => [t.id, t.recurrence])
    ).toEqual([
      ['a', null],
      ['b', 'hằng ngày']
    ])
  })
})

describe('a notice that informs: what others promised is no task, and the closing lines end the last item', () => {
  test('a promise with its own time limit, a recalled assignment, the invitation to ask and the closing line', () => {
    const tasks = extractTasks(
      doc(
        [
          'Kính gửi: Ủy ban nhân dân các xã, phường.',
          'Về tiến độ cấp giống lúa cho các vùng bị ngập, Sở Nông nghiệp và Môi trường thông tin như sau:',
          '1. Trung tâm Khuyến nông tỉnh đã cam kết cấp đủ giống lúa trong thời hạn 15 ngày kể từ ngày nhận đủ hồ sơ.',
          '2. Ủy ban nhân dân các xã đã được giao rà soát diện tích lúa bị ngập, hoàn thành trước ngày 30/5/2026.',
          '3. Ủy ban nhân dân các xã gửi danh sách hộ bị thiệt hại về Sở trước ngày 20/5/2026.',
          'Trường hợp còn vướng mắc, các xã, phường liên hệ Phòng Trồng trọt để được hướng dẫn.',
          'Sở Nông nghiệp và Môi trường thông tin để các xã, phường được biết./.',
          '| **Nơi nhận:**<br>- Như trên;<br>- Lưu: VT. | **KT. GIÁM ĐỐC** |'
        ].join('\n\n')
      ),
      {documentDate: '2026-05-04'}
    )
    expect(tasks.map((t) => [t.id, t.due, t.text])).toEqual([
      ['2', '2026-05-30', 'Ủy ban nhân dân các xã đã được giao rà soát diện tích lúa bị ngập, hoàn thành trước ngày 30/5/2026.'],
      ['3', '2026-05-20', 'Ủy ban nhân dân các xã gửi danh sách hộ bị thiệt hại về Sở trước ngày 20/5/2026.']
    ])
  })
})
