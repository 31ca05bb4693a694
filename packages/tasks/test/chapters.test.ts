import {describe, expect, test} from 'vitest'
import {inlineDocument} from './inline-document.ts'
import {extractTasks} from '../src/index.ts'

const doc = (text: string) => inlineDocument(text, 'chapters.md')

const leafIds = (text: string): string[] =>
  extractTasks(doc(text), {documentDate: '2026-02-01'})
    .filter((t) => t.kind === 'task')
    .map((t) => t.id)

// A section that sets aims or reports (`I. MỤC TIÊU`) holds no tasks; the next Roman chapter
// under a title of its own (`II. PHÁT TRIỂN …`) is the programme's work again.
describe('chapters after a section of aims', () => {
  test.each([
    [
      'a chapter of its own title after MỤC TIÊU holds tasks',
      'I. MỤC TIÊU\n\nBảo đảm 100% hồ sơ được số hóa đến năm 2030.\n\nII. HIỆN ĐẠI HÓA HẠ TẦNG GIAO THÔNG\n\n1. Sở Xây dựng lập quy hoạch mạng lưới xe buýt, hoàn thành trong quý III/2026.\n\n2. Sở Tài chính bố trí kinh phí thực hiện.\n\nIII. PHÁT TRIỂN NGUỒN NHÂN LỰC\n\n1. Sở Nội vụ xây dựng đề án đào tạo cán bộ trước ngày 30/9/2026.',
      ['II.1', 'II.2', 'III.1']
    ],
    [
      'after MỤC ĐÍCH, YÊU CẦU too, in mixed case',
      'I. MỤC ĐÍCH, YÊU CẦU\n\n1. Nâng cao nhận thức của cán bộ.\n\nII. Nội dung trọng tâm\n\n1. Công an tỉnh tổ chức ra quân bảo đảm trật tự an toàn giao thông trong tháng 4/2026.',
      ['II.1']
    ],
    [
      'the aims section itself gives none',
      'I. MỤC TIÊU\n\n1. Sở Y tế bảo đảm tỷ lệ tiêm chủng đạt 95%.\n\nII. NHIỆM VỤ\n\n1. Sở Y tế tổ chức tiêm chủng mở rộng trong quý II/2026.',
      ['II.1']
    ],
    [
      'nor a section of targets (CHỈ TIÊU)',
      'I. MỤC ĐÍCH, YÊU CẦU\n\nTriển khai đồng bộ.\n\nII. CHỈ TIÊU\n\n1. Đến hết năm 2026, 80% cơ sở khám bệnh dùng bệnh án điện tử.\n\nIII. NHIỆM VỤ\n\n1. Sở Y tế hướng dẫn các bệnh viện triển khai trong năm 2026.',
      ['III.1']
    ],
    [
      'a report stays a report through chapters of its own titles',
      'BÁO CÁO\n\nKết quả công tác quý I/2026\n\nI. TÌNH HÌNH CHUNG\n\nTrong quý, các đơn vị đã triển khai kế hoạch.\n\nII. CÔNG TÁC CẢI CÁCH HÀNH CHÍNH\n\n1. Văn phòng đã tổng hợp, báo cáo đúng hạn.\n\nIII. PHƯƠNG HƯỚNG NHIỆM VỤ QUÝ II\n\n1. Văn phòng tham mưu tổ chức hội nghị sơ kết trong tháng 5/2026.',
      ['III.1']
    ],
    [
      // A Word file gives the header table's cells a paragraph each: the title comes after them.
      'a report whose title follows a header of many lines',
      'ỦY BAN NHÂN DÂN TỈNH QUẢNG NGÃI\n\nỦY BAN NHÂN DÂN ĐẶC KHU LÝ SƠN\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\nĐộc lập - Tự do - Hạnh phúc\n\nSố: 142/BC-UBND\n\nLý Sơn, ngày 24 tháng 10 năm 2026\n\nBÁO CÁO\n\nNhanh tình hình thiệt hại do bão\n\nI. CÔNG TÁC ỨNG PHÓ\n\n1. Ngay sau bão, Ủy ban nhân dân đặc khu đã giao Phòng Kinh tế chủ trì thống kê thiệt hại.\n\n2. Điện lực Lý Sơn đã khôi phục cấp điện; dự kiến đến ngày 05/11/2026 hệ thống điện trên đảo được khôi phục.',
      []
    ],
    [
      'an item or a titled chapter that only points to the appendix, and a closing of accountability',
      '**I. NHIỆM VỤ CHUNG**\n\n1. Các bộ, ngành rà soát quy hoạch khoáng sản, hoàn thành trong quý II/2026.\n\n2. Phần việc của từng bộ, cơ quan được giao cụ thể tại Phụ lục kèm theo Chỉ thị này.\n\n**II. NHIỆM VỤ**\n\nDanh mục công việc cụ thể, cơ quan chủ trì và mốc hoàn thành: xem Phụ lục.\n\n**III. TỔ CHỨC THỰC HIỆN**\n\nNgười đứng đầu từng sở, ngành chịu trách nhiệm cá nhân về mọi vụ việc lãng phí phát sinh ở nơi mình phụ trách. Trong quá trình thực hiện, nếu có khó khăn, cơ quan, đơn vị gửi ý kiến về Sở Tài chính.',
      ['1']
    ]
  ])('%s', (_name, text, ids) => {
    expect(leafIds(text)).toEqual(ids)
  })
})

describe('a conclusion\'s numbered topics in bold hold the directives of the paragraphs under them', () => {
  test('each assignment under `**1. Về …**` is a task of that topic (an only one takes its number); a meeting `giao ban` names no one', () => {
    expect(
      extractTasks(
        doc(
          [
            'Ngày 08/4/2026, Bộ trưởng chủ trì cuộc họp giao ban công tác quý I năm 2026. Sau khi nghe báo cáo, Bộ trưởng kết luận như sau:',
            '**1. Về công tác tôn giáo**',
            'Bộ trưởng ghi nhận Ban Tôn giáo Chính phủ đã chủ động phối hợp với các địa phương. Giao Ban Tôn giáo Chính phủ theo dõi sát tình hình, báo cáo Bộ trưởng hằng quý. Ban Tôn giáo Chính phủ và Vụ Pháp chế hoàn thiện hồ sơ dự thảo Nghị định, trình Bộ trưởng trước ngày 15/5/2026.',
            '**2. Về cải cách hành chính**',
            'Giao Văn phòng Bộ theo dõi, đôn đốc việc thực hiện Thông báo này.'
          ].join('\n\n')
        ),
        {documentDate: '2026-04-10'}
      )
        .filter((t) => t.kind === 'task')
        .map((t) => [t.id, t.owner])
    ).toEqual([
      ['1.1', 'Ban Tôn giáo Chính phủ'],
      ['1.2', 'Ban Tôn giáo Chính phủ; Vụ Pháp chế'],
      ['2', 'Văn phòng Bộ']
    ])
  })
})

describe('an item whose first sentence sends the work to the appendix the document carries', () => {
  test('its owner is the one the next sentence names', () => {
    const text = [
      '1. Các đơn vị thực hiện phần việc được giao tại Phụ lục kèm theo Thông báo này. Văn phòng Bộ theo dõi, đôn đốc và báo cáo Bộ trưởng hằng quý.',
      '**PHỤ LỤC**',
      '1. Cục Lãnh sự hoàn thiện cơ sở dữ liệu hộ chiếu trước ngày 30/9/2026.'
    ].join('\n\n')
    expect(
      extractTasks(doc(text), {documentDate: '2026-02-01'})
        .filter((t) => t.kind === 'task')
        .map((t) => [t.id, t.owner])
    ).toEqual([
      ['1', 'Văn phòng Bộ'],
      ['PL.1', 'Cục Lãnh sự']
    ])
  })
})

describe('a telegram greets its addressees with `… điện:`', () => {
  test('an item with no subject is theirs, not the sender\'s', () => {
    const tasks = extractTasks(doc('**CÔNG ĐIỆN**\n\nCHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH điện:\n\n- Chủ tịch Ủy ban nhân dân các xã, phường;\n- Giám đốc Công an tỉnh.\n\nĐể chủ động ứng phó với bão số 8, Chủ tịch Ủy ban nhân dân tỉnh chỉ đạo:\n\n1. Tổ chức sơ tán người dân ở khu vực nguy hiểm trước 17 giờ ngày 14/10/2027.\n\n2. Giám đốc Công an tỉnh bố trí lực lượng bảo đảm an ninh.'), {documentDate: '2027-10-13'})
    expect(tasks.map((t) => [t.id, t.owner, t.warnings.map((w) => w.code)])).toEqual([
      ['1', 'Chủ tịch Ủy ban nhân dân các xã, phường; Giám đốc Công an tỉnh', ['owner-addressee']],
      ['2', 'Giám đốc Công an tỉnh', []]
    ])
  })
  test('a heading that ends in the word `điện` is no greeting', () =>
    expect(extractTasks(doc('2. Về tiết kiệm điện:\n\na) Sở Công Thương kiểm tra việc sử dụng điện.'), {}).filter((t) => t.kind === 'task').map((t) => [t.id, t.owner])).toEqual([['2.a', 'Sở Công Thương']]))
})

describe('which sentence of an item names its owner', () => {
  const owners = (text: string) =>
    extractTasks(doc(text), {documentDate: '2026-02-01'})
      .filter((t) => t.kind === 'task')
      .map((t) => [t.id, t.owner])

  test.each([
    [
      'a paragraph under a heading that groups bodies names the one that does the work',
      '**3. Các phòng chuyên môn thuộc Sở**\n\nPhòng Kế hoạch - Tài chính chủ trì, phối hợp với Phòng Tổ chức cán bộ tổng hợp số liệu trước ngày 25/7/2027.',
      [['3', 'Phòng Kế hoạch - Tài chính']]
    ],
    [
      '…a paragraph without a subject is the heading\'s',
      '**1. Sở Nội vụ**\n\nChủ trì thẩm định phương án sắp xếp trước ngày 30/6/2026.',
      [['1', 'Sở Nội vụ']]
    ],
    [
      'a first sentence that only says who answers for the whole gives way to the sentence that gives work',
      '6. Thủ trưởng các đơn vị thuộc Bộ chịu trách nhiệm trước Bộ trưởng về việc thực hiện Chỉ thị này. Văn phòng Bộ theo dõi, tổng hợp kết quả, báo cáo Bộ trưởng trước ngày 20/12/2027.',
      [['6', 'Văn phòng Bộ']]
    ],
    [
      '…but a first sentence with work of its own keeps its owner',
      '6. Sở Y tế chủ trì kiểm tra các cơ sở khám bệnh. Văn phòng Ủy ban nhân dân tỉnh theo dõi, đôn đốc.',
      [['6', 'Sở Y tế']]
    ],
    [
      'sentences that each give a body work of its own are tasks of their own',
      '4. Thanh tra Chính phủ chủ trì, phối hợp với Bộ Nông nghiệp và Môi trường tổ chức thanh tra chuyên đề, hoàn thành trong năm 2026. Bộ Xây dựng theo dõi, đánh giá tác động của bảng giá đất đến thị trường bất động sản, báo cáo trong quý III/2026.',
      [['4.1', 'Thanh tra Chính phủ'], ['4.2', 'Bộ Xây dựng']]
    ],
    [
      '…dated or not',
      '4. Bộ trưởng Bộ Xây dựng chỉ đạo bảo đảm an toàn giao thông trên các tuyến quốc lộ. Bộ trưởng Bộ Công Thương chỉ đạo bảo đảm an toàn hệ thống điện, sớm khôi phục cung cấp điện.',
      [['4.1', 'Bộ trưởng Bộ Xây dựng'], ['4.2', 'Bộ trưởng Bộ Công Thương']]
    ],
    [
      '…but a partner\'s sentence joins the item',
      '2. Ban cán sự đảng UBND tỉnh lãnh đạo, chỉ đạo hoàn thiện Đề án trước ngày 30/6/2026. Ban Chính sách, chiến lược Tỉnh ủy phối hợp thẩm định nội dung Đề án.',
      [['2', 'Ban cán sự đảng UBND tỉnh']]
    ],
    [
      'paragraphs after the item that each give work of their own: a body\'s, or a dated step with no subject',
      '1. Giao Sở Nông nghiệp và Môi trường chủ trì theo dõi sát tiến độ thu hoạch, báo cáo vào thứ Sáu hằng tuần.\n\nĐồng thời, chỉ đạo Chi cục Trồng trọt hướng dẫn nông dân xuống giống, hoàn thành trước ngày 10/3/2026.\n\n2. Giao Sở Công Thương chủ trì tổ chức hội nghị kết nối cung - cầu, hoàn thành trước ngày 15/3/2026.\n\nSở Công Thương tăng cường kiểm tra, kiểm soát thị trường.',
      [['1.1', 'Sở Nông nghiệp và Môi trường'], ['1.2', 'Sở Nông nghiệp và Môi trường'], ['2.1', 'Sở Công Thương'], ['2.2', 'Sở Công Thương']]
    ],
    [
      '…but a warning of accountability after it, or a paragraph that only goes on, stays in the item',
      '3. Văn phòng Chính phủ chủ trì theo dõi, kiểm tra việc thực hiện Chỉ thị này, báo cáo trong tháng 12/2027.\n\nBộ trưởng, Chủ tịch Ủy ban nhân dân các tỉnh chịu trách nhiệm trước Thủ tướng Chính phủ về kết quả; tổ chức quán triệt.\n\n4. Sở Y tế chủ trì kiểm tra các cơ sở khám bệnh.\n\nViệc kiểm tra tập trung vào các cơ sở tư nhân.',
      [['3', 'Văn phòng Chính phủ'], ['4', 'Sở Y tế']]
    ],
    [
      'an inline list that says which way one proposal goes (`theo hướng: (1) …; (2) …`) is one task',
      '2. Bộ Xây dựng chủ trì nghiên cứu, đề xuất cơ chế rút ngắn thời gian chuẩn bị đầu tư theo hướng: (1) cho phép thực hiện đồng thời các thủ tục; (2) không phải thẩm định thiết kế cơ sở, báo cáo trước ngày 30/4/2026.\n\n3. Bộ Tài chính chủ trì thực hiện: (1) rà soát tài sản; (2) tổng hợp, phân loại.',
      [['2', 'Bộ Xây dựng'], ['3', 'Bộ Tài chính'], ['3.(1)', 'Bộ Tài chính'], ['3.(2)', 'Bộ Tài chính']]
    ],
    [
      '…and so is one that lists the means of the task\'s purpose (`để triển khai các giải pháp: (1) …`)',
      'b) Rà soát các vùng có nguy cơ thiếu nước để triển khai ngay các giải pháp: (1) nạo vét kênh mương; (2) bố trí phương tiện chở nước; hoàn thành trước ngày 31/3/2026.\n\nc) Bộ Tài chính chủ trì thực hiện: (1) rà soát tài sản; (2) tổng hợp, phân loại.',
      [['b', null], ['c', 'Bộ Tài chính'], ['c.(1)', 'Bộ Tài chính'], ['c.(2)', 'Bộ Tài chính']]
    ],
    [
      'an approval, then two sentences that each give a body work: a task each',
      '1. Đồng ý về nguyên tắc với đề xuất của Bộ Xây dựng. Giao Bộ Xây dựng chủ trì hoàn thiện hồ sơ dự thảo Nghị định, trình Chính phủ trước ngày 20/5/2026. Bộ Tư pháp tổ chức thẩm định dự thảo Nghị định ngay sau khi nhận đủ hồ sơ.',
      [['1.1', 'Bộ Xây dựng'], ['1.2', 'Bộ Tư pháp']]
    ],
    [
      'letters of the English alphabet (`e)`, `f)`, `g)`) mark items too',
      'e) Ban Nội chính Tỉnh ủy theo dõi việc giải quyết khiếu nại.\n\nf) Ban cán sự đảng UBND tỉnh lãnh đạo rà soát các dự án chậm triển khai.\n\ng) Ban Tuyên giáo và Dân vận Tỉnh ủy định hướng công tác tuyên truyền.',
      [['e', 'Ban Nội chính Tỉnh ủy'], ['f', 'Ban cán sự đảng UBND tỉnh'], ['g', 'Ban Tuyên giáo và Dân vận Tỉnh ủy']]
    ]
  ])('%s', (_name, text, expected) => expect(owners(text)).toEqual(expected))
})

// `2. Đối với Ủy ban nhân dân các xã:` over lettered items: the items that name no one are that agency's.
describe('a heading `Đối với <agency>` owns its items', () => {
  const owners = (text: string) =>
    extractTasks(doc(text), {documentDate: '2026-02-01'})
      .filter((t) => t.kind === 'task')
      .map((t) => [t.id, t.owner])

  test.each([
    [
      'without its colon',
      'II. NHIỆM VỤ THỜI GIAN TỚI\n\n1. Đối với các sở, ngành\n\na) Sở Xây dựng rà soát quy hoạch.\n\n2. Đối với Ủy ban nhân dân các xã, phường\n\na) Rà soát hộ nghèo trên địa bàn.\n\nb) Chủ tịch Ủy ban nhân dân các xã, phường chịu trách nhiệm về tiến độ giải ngân; báo cáo kết quả hằng tháng.',
      [['1.a', 'Sở Xây dựng'], ['2.a', 'Ủy ban nhân dân các xã, phường'], ['2.b', 'Chủ tịch Ủy ban nhân dân các xã, phường']]
    ],
    ['with it', '1. Đối với Công an tỉnh:\n\na) Tăng cường tuần tra trên các tuyến quốc lộ.\n\n2. Sở Y tế kiểm tra an toàn thực phẩm.', [['1.a', 'Công an tỉnh'], ['2', 'Sở Y tế']]],
    // An approval whose next sentence gives the work: that sentence's subject, not the heading's.
    [
      'an approval then the work',
      '1. Đối với các sở, ngành\n\na) Thống nhất với đề xuất của Sở Y tế về danh mục thiết bị. Sở Y tế hoàn chỉnh hồ sơ, trình Ủy ban nhân dân tỉnh trong tháng 9/2026.\n\nb) Ghi nhận kết quả của Sở Xây dựng. Các công trình tiếp tục được bảo trì.',
      [['1.a', 'Sở Y tế']]
    ],
    // An item that opens with a verb of work directs, though `được` follows.
    ['an item opening with a verb', '2. Đối với Ủy ban nhân dân các xã\n\na) Công khai danh sách hộ được hỗ trợ tại trụ sở.\n\nb) Niêm yết công khai các thủ tục được cắt giảm.', [['2.a', 'Ủy ban nhân dân các xã'], ['2.b', 'Ủy ban nhân dân các xã']]],
    // A topic is no agency: its items have no owner from it.
    ['not a topic', '1. Đối với công tác giải phóng mặt bằng\n\na) Sở Tài chính bố trí vốn.\n\nb) Hoàn thành kiểm đếm trong tháng 3/2026.', [['1.a', 'Sở Tài chính'], ['1.b', null]]]
  ])('%s', (_name, text, expected) => {
    expect(owners(text)).toEqual(expected)
  })
})

// Shapes of unseen notices (heldout22): each row a document's part, its tasks as [id, owner, due].
describe('bodies, steps and lead-ins', () => {
  const rows = (text: string) =>
    extractTasks(doc(text), {documentDate: '2026-02-01'})
      .filter((t) => t.kind === 'task')
      .map((t) => [t.id, t.owner, t.due])

  test.each([
    [
      'a body on a line of its own over a paragraph of steps: a task a sentence',
      '6. UBND các xã, phường:\n\nKhẩn trương rà soát, lập danh sách hộ gia đình thiếu nước sinh hoạt, gửi Sở Xây dựng trước ngày 05/3/2026. Huy động lực lượng tại chỗ gia cố bờ bao, đắp đập tạm ngăn mặn. Báo cáo tình hình hạn hán về Sở Nông nghiệp và Môi trường trước 15 giờ thứ Năm hằng tuần.',
      [['6.1', 'UBND các xã, phường', '2026-03-05'], ['6.2', 'UBND các xã, phường', null], ['6.3', 'UBND các xã, phường', null]]
    ],
    [
      'the same on one line stays one task',
      '6. UBND các xã, phường: Khẩn trương rà soát, lập danh sách hộ gia đình thiếu nước sinh hoạt, gửi Sở Xây dựng trước ngày 05/3/2026. Huy động lực lượng tại chỗ gia cố bờ bao, đắp đập tạm ngăn mặn.',
      [['6', 'UBND các xã, phường', '2026-03-05']]
    ],
    [
      '`Nhiệm vụ của <body>` over its items',
      '3. Nhiệm vụ của Cục Chuyển đổi số\n\na) Nâng cấp Trung tâm dữ liệu của Bộ, hoàn thành năm 2027.\n\nb) Triển khai giải pháp giám sát an toàn thông tin, hoàn thành trước ngày 30/9/2026.',
      [['3.a', 'Cục Chuyển đổi số', '2027-12-31'], ['3.b', 'Cục Chuyển đổi số', '2026-09-30']]
    ],
    [
      'a heading that says which of a kind of body (`là tổ chức`) owns its bullets as written',
      '8. Các chủ rừng là tổ chức trên địa bàn tỉnh:\n\n- Xây dựng phương án phòng cháy, chữa cháy rừng của đơn vị, hoàn thành chậm nhất ngày 31 tháng 3 năm 2026.\n\n9. Sở Tài chính là cơ quan thường trực, chủ trì tổng hợp kinh phí.',
      [['8.1', 'Các chủ rừng là tổ chức trên địa bàn tỉnh', '2026-03-31'], ['9', 'Sở Tài chính', null]]
    ],
    [
      'a report that introduces the items after it is no task',
      '1. Trong 9 tháng đầu năm 2026, các cơ quan, đơn vị đã chủ động triển khai nhiều nhiệm vụ. Tuy nhiên, một số công trình thủy lợi đã xuống cấp. Để chủ động ứng phó với mùa mưa bão, Chủ tịch UBND xã yêu cầu các cơ quan, đơn vị tập trung thực hiện tốt các nội dung sau:\n\n2. Giao Phòng Kinh tế rà soát phương án ứng phó thiên tai trước ngày 30/9/2026.',
      [['2', 'Phòng Kinh tế', '2026-09-30']]
    ],
    [
      'what a product holds, listed inline, is one task',
      '2. Bộ Nông nghiệp và Môi trường chủ trì xây dựng Kế hoạch hành động quốc gia về chất lượng không khí, trong đó xác định rõ: (1) các nguồn thải chính tại từng địa phương; (2) chỉ tiêu chất lượng không khí phải đạt được theo từng năm; trình Thủ tướng Chính phủ trong tháng 6 năm 2026.',
      [['2', 'Bộ Nông nghiệp và Môi trường', '2026-06-30']]
    ],
    [
      'a chapter that sends its work to the appendix is no task',
      'II. NHIỆM VỤ, GIẢI PHÁP\n\nTập trung hoàn thiện thể chế phục vụ chuyển đổi số; phát triển hạ tầng số của tỉnh.\n\nNội dung nhiệm vụ cụ thể, đơn vị chủ trì, đơn vị phối hợp và thời gian thực hiện được giao tại Phụ lục kèm theo Kế hoạch này.\n\nIII. TỔ CHỨC THỰC HIỆN\n\n1. Sở Tài chính bố trí kinh phí thực hiện Kế hoạch trong quý I/2026.',
      [['1', 'Sở Tài chính', '2026-03-31']]
    ],
    [
      'labelled lines under an item, the time given with whom the draft goes to',
      '1. Hoàn thiện thể chế\n\na) Xây dựng Thông tư quy định kỹ thuật về cơ sở dữ liệu tài nguyên nước.\n\n- Đơn vị chủ trì: Cục Quản lý tài nguyên nước.\n\n- Đơn vị phối hợp: Vụ Pháp chế.\n\n- Thời gian trình Bộ trưởng: tháng 12/2026.',
      [['1.a', 'Cục Quản lý tài nguyên nước', '2026-12-31']]
    ]
  ])('%s', (_name, text, expected) => {
    expect(rows(text)).toEqual(expected)
  })
})
