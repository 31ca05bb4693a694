import {describe, expect, test} from 'vitest'
import {agencyHeading, coordinatorsOf, ownersOf} from '../src/owner.ts'

// [sentence, owners, coordinators]
const cases: ReadonlyArray<readonly [string, string[], string[]]> = [
  ['Bộ Công an chủ trì, phối hợp với Bộ Tài chính, Bộ Tư pháp xây dựng đề án.', ['Bộ Công an'], ['Bộ Tài chính', 'Bộ Tư pháp']],
  ['Bộ Công an: (1) Hoàn thiện cơ sở dữ liệu', ['Bộ Công an'], []],
  ['Các bộ, ngành, địa phương chủ động rà soát các nhiệm vụ.', ['Các bộ, ngành, địa phương'], []],
  ['Giao Văn phòng Trung ương Đảng tổng hợp, theo dõi.', ['Văn phòng Trung ương Đảng'], []],
  ['Đề nghị Đảng uỷ Quốc hội, Đảng uỷ Chính phủ chỉ đạo rà soát.', ['Đảng uỷ Quốc hội', 'Đảng uỷ Chính phủ'], []],
  ['Bộ Khoa học và Công nghệ và Bộ Tài chính theo chức năng, nhiệm vụ hướng dẫn.', ['Bộ Khoa học và Công nghệ', 'Bộ Tài chính'], []],
  ['Ban Tuyên giáo và Dân vận Trung ương chỉ đạo các cơ quan báo chí.', ['Ban Tuyên giáo và Dân vận Trung ương'], []],
  ['Các bộ, cơ quan chủ quản các nền tảng số khẩn trương ban hành kế hoạch.', ['Các bộ, cơ quan chủ quản các nền tảng số'], []],
  ['Các Đảng uỷ ở Trung ương (Đảng uỷ Chính phủ; Đảng uỷ Quốc hội) tập trung lãnh đạo.', ['Các Đảng uỷ ở Trung ương'], []],
  ['Văn phòng Trung ương Đảng - Cơ quan Thường trực Ban Chỉ đạo tham mưu cấp có thẩm quyền:', ['Văn phòng Trung ương Đảng - Cơ quan Thường trực Ban Chỉ đạo'], []],
  ['Bộ Quốc phòng chỉ đạo Ban Cơ yếu Chính phủ chủ trì, phối hợp với các cơ quan liên quan đưa vào vận hành.', ['Bộ Quốc phòng'], ['các cơ quan liên quan']],
  ['Trên cơ sở kết quả thí điểm, Bộ Y tế chủ trì, phối hợp với các địa phương nhân rộng.', ['Bộ Y tế'], ['các địa phương']],
  ['UBND tỉnh chỉ đạo Sở Nội vụ rà soát.', ['UBND tỉnh'], []],
  ['Sở Văn hóa và Thể thao phối hợp với các Bộ: Nội vụ, Giáo dục và Đào tạo tổ chức tập huấn.', ['Sở Văn hóa và Thể thao'], ['Bộ Nội vụ', 'Bộ Giáo dục và Đào tạo']],
  ['Chủ trì, phối hợp Bộ Tư pháp, Bộ Công an triển khai thực hiện.', [], ['Bộ Tư pháp', 'Bộ Công an']],
  ['Chủ trì, phối hợp với Bộ Tư pháp và 3 địa phương (Hà Nội, Đà Nẵng) nghiên cứu.', [], ['Bộ Tư pháp', '3 địa phương (Hà Nội, Đà Nẵng)']],
  ['Tổ chức thực hiện việc đánh giá độc lập.', [], []],
  ['Ban hành Hướng dẫn thực hiện Kế hoạch số 01-KH/BCĐTW.', [], []],
  ['Bộ Giáo dục và Đào tạo chủ trì, khẩn trương thực hiện; phối hợp chuẩn hoá nội dung.', ['Bộ Giáo dục và Đào tạo'], []],
  ['Nhận thức của các cấp, các ngành đã có chuyển biến rõ nét.', [], []]
]

describe('ownersOf / coordinatorsOf', () => {
  test.each(cases)('%s', (sentence, owners, coordinators) => {
    expect(ownersOf(sentence)).toEqual(owners)
    expect(coordinatorsOf(sentence)).toEqual(coordinators)
  })
})

describe('agencyHeading', () => {
  test.each([
    ['Bộ Khoa học và Công nghệ', 'Bộ Khoa học và Công nghệ'],
    ['Đồng chí Thủ tướng Chính phủ, Phó Trưởng Ban Chỉ đạo', 'Đồng chí Thủ tướng Chính phủ, Phó Trưởng Ban Chỉ đạo'],
    ['Các cơ quan Trung ương và địa phương', 'Các cơ quan Trung ương và địa phương'],
    ['Về các nền tảng, ứng dụng số', null],
    ['Bộ Công Thương triển khai các giải pháp.', null]
  ] as const)('%s', (text, expected) => expect(agencyHeading(text)).toBe(expected))
})
