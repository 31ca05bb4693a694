import {describe, expect, test} from 'vitest'
import {splitAgencies} from '../src/agencies.ts'

const cases: ReadonlyArray<readonly [string, string[]]> = [
  ['Bộ Tư pháp, Bộ Công an', ['Bộ Tư pháp', 'Bộ Công an']],
  ['Bộ Tư pháp, Bộ Công an và các cơ quan liên quan', ['Bộ Tư pháp', 'Bộ Công an', 'các cơ quan liên quan']],
  ['các bộ, ngành, địa phương', ['các bộ, ngành, địa phương']],
  ['các bộ, ngành', ['các bộ, ngành']],
  ['Bộ Tài chính và các bộ, ngành, địa phương', ['Bộ Tài chính', 'các bộ, ngành, địa phương']],
  ['các cơ quan, đơn vị liên quan', ['các cơ quan, đơn vị liên quan']],
  ['Bộ Khoa học và Công nghệ', ['Bộ Khoa học và Công nghệ']],
  ['Bộ Khoa học và Công nghệ và Bộ Tài chính', ['Bộ Khoa học và Công nghệ', 'Bộ Tài chính']],
  ['Bộ Giáo dục và Đào tạo, Bộ Y tế', ['Bộ Giáo dục và Đào tạo', 'Bộ Y tế']],
  ['Bộ Văn hóa, Thể thao và Du lịch, Bộ Ngoại giao', ['Bộ Văn hóa, Thể thao và Du lịch', 'Bộ Ngoại giao']],
  ['Bộ Văn hoá, Thể thao và Du lịch', ['Bộ Văn hoá, Thể thao và Du lịch']],
  ['Bộ Lao động - Thương binh và Xã hội; Bộ Y tế', ['Bộ Lao động - Thương binh và Xã hội', 'Bộ Y tế']],
  ['các Bộ: Nội vụ, Giáo dục và Đào tạo', ['Bộ Nội vụ', 'Bộ Giáo dục và Đào tạo']],
  // A named place after a plural level's list: one more unit under the same head.
  ['UBND các tỉnh An Giang, Đồng Tháp, Vĩnh Long và thành phố Cần Thơ', ['UBND các tỉnh An Giang, Đồng Tháp, Vĩnh Long và thành phố Cần Thơ']],
  ['các Bộ: Văn hóa, Thể thao và Du lịch, Tài chính', ['Bộ Văn hóa, Thể thao và Du lịch', 'Bộ Tài chính']],
  ['Bộ Tư pháp và 3 địa phương (Hà Nội, Đà Nẵng, Thành phố Hồ Chí Minh)', ['Bộ Tư pháp', '3 địa phương (Hà Nội, Đà Nẵng, Thành phố Hồ Chí Minh)']],
  ['Bộ Khoa học và Công nghệ, Cơ quan Thường trực Ban Chỉ đạo', ['Bộ Khoa học và Công nghệ', 'Cơ quan Thường trực Ban Chỉ đạo']],
  ['Sở Tài chính, Sở Xây dựng và UBND các xã, phường', ['Sở Tài chính', 'Sở Xây dựng', 'UBND các xã, phường']],
  // Unknown names: `và` inside a name because the next part has no agency head word.
  ['Sở Văn hóa và Thể thao, Sở Nông nghiệp và Môi trường', ['Sở Văn hóa và Thể thao', 'Sở Nông nghiệp và Môi trường']],
  ['Ủy ban Khoa học, Công nghệ và Môi trường và Ban Tổ chức Trung ương', ['Ủy ban Khoa học, Công nghệ và Môi trường', 'Ban Tổ chức Trung ương']],
  ['Đảng uỷ Chính phủ; Đảng uỷ Quốc hội; Quân uỷ Trung ương', ['Đảng uỷ Chính phủ', 'Đảng uỷ Quốc hội', 'Quân uỷ Trung ương']],
  ['Tòa án nhân dân tối cao, Viện Kiểm sát nhân dân tối cao', ['Tòa án nhân dân tối cao', 'Viện Kiểm sát nhân dân tối cao']],
  ['Ngân hàng Nhà nước Việt Nam và Bộ Tài chính.', ['Ngân hàng Nhà nước Việt Nam', 'Bộ Tài chính']],
  ['với Bộ Công Thương, Bộ Xây dựng', ['Bộ Công Thương', 'Bộ Xây dựng']],
  ['Văn phòng Trung ương Đảng - Cơ quan Thường trực Ban Chỉ đạo', ['Văn phòng Trung ương Đảng - Cơ quan Thường trực Ban Chỉ đạo']],
  ['UBND tỉnh, Sở Tư pháp', ['UBND tỉnh', 'Sở Tư pháp']],
  ['Sở Tài chính, UBND các huyện, thành phố', ['Sở Tài chính', 'UBND các huyện, thành phố']],
  ['Thủ trưởng các sở, ban, ngành, Chủ tịch UBND các huyện, thành phố', ['Thủ trưởng các sở, ban, ngành', 'Chủ tịch UBND các huyện, thành phố']],
  ['Bộ Công an, tỉnh Bắc Ninh, tỉnh An Giang', ['Bộ Công an', 'tỉnh Bắc Ninh', 'tỉnh An Giang']],
  // The Government's standard address to the heads of its members is one group.
  ['Bộ trưởng, Thủ trưởng cơ quan ngang bộ, cơ quan thuộc Chính phủ', ['Bộ trưởng, Thủ trưởng cơ quan ngang bộ, cơ quan thuộc Chính phủ']],
  ['Bộ trưởng, Thủ trưởng cơ quan ngang bộ, Thủ trưởng cơ quan thuộc Chính phủ, Chủ tịch Ủy ban nhân dân các tỉnh', ['Bộ trưởng, Thủ trưởng cơ quan ngang bộ, Thủ trưởng cơ quan thuộc Chính phủ', 'Chủ tịch Ủy ban nhân dân các tỉnh']],
  ['Bộ trưởng Bộ Tài chính, Thủ trưởng cơ quan ngang bộ', ['Bộ trưởng Bộ Tài chính', 'Thủ trưởng cơ quan ngang bộ']],
  // A management board's zones are its scope; other boards after `và` are owners of their own.
  ['Ban Quản lý Khu kinh tế Dung Quất và các Khu công nghiệp Quảng Ngãi', ['Ban Quản lý Khu kinh tế Dung Quất và các Khu công nghiệp Quảng Ngãi']],
  ['Ban Quản lý Khu công nghệ cao và các khu công nghiệp Đà Nẵng, Sở Tài chính', ['Ban Quản lý Khu công nghệ cao và các khu công nghiệp Đà Nẵng', 'Sở Tài chính']],
  ['Ban Quản lý các khu công nghiệp tỉnh và các khu chế xuất', ['Ban Quản lý các khu công nghiệp tỉnh và các khu chế xuất']],
  ['Ban Quản lý dự án đầu tư xây dựng tỉnh và các khu công nghiệp', ['Ban Quản lý dự án đầu tư xây dựng tỉnh', 'các khu công nghiệp']],
  ['Sở Công Thương và các khu công nghiệp', ['Sở Công Thương', 'các khu công nghiệp']],
  // A place named `Hội …` in a list of wards is one more ward; an association after it is an owner of its own.
  ['Ủy ban nhân dân các phường Sơn Trà, An Hải, Ngũ Hành Sơn, Hội An Tây và xã Tân Hiệp', ['Ủy ban nhân dân các phường Sơn Trà, An Hải, Ngũ Hành Sơn, Hội An Tây và xã Tân Hiệp']],
  ['Ủy ban nhân dân các xã Tân Hiệp, Hội Nông dân tỉnh', ['Ủy ban nhân dân các xã Tân Hiệp', 'Hội Nông dân tỉnh']],
  ['', []]
]

describe('splitAgencies', () => {
  test.each(cases)('%s', (text, expected) => expect(splitAgencies(text)).toEqual(expected))
})
