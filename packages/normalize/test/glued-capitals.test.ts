import {describe, expect, test} from 'vitest'
import {fixOcrLetterForms, splitGluedCapitals, splitGluedSyllables} from '../src/glued-capitals.ts'
import '../src/index.ts'
import {defaultRepairModel} from '../src/repair/model.ts'

describe('splitGluedCapitals', () => {
  test.each([
    ['BộNội vụ', 'Bộ Nội vụ'],
    ['Bộ Tài chính, BộNội vụ', 'Bộ Tài chính, Bộ Nội vụ'],
    ['ỦyBan nhân dân', 'Ủy Ban nhân dân'],
    ['SởKhoa học', 'Sở Khoa học'],
    // Names, brands and words without a Vietnamese mark stay whole.
    ['VNeID', 'VNeID'],
    ['TikTok và YouTube', 'TikTok và YouTube'],
    // One vowel printed twice, the second as a capital (the Spanish model's Bộ): not two words.
    ['BóÓ truóng', 'BóÓ truóng'],
    ['HaNoi', 'HaNoi'],
    ['eKYC', 'eKYC'],
    ['PetroVietnam', 'PetroVietnam'],
    ['iPhone', 'iPhone'],
    ['Bộ Nội vụ', 'Bộ Nội vụ']
  ])('%s → %s', (input, expected) => expect(splitGluedCapitals(input)).toBe(expected))
})

describe('fixOcrLetterForms', () => {
  test.each([
    // `Sở`/`Bộ` read with a digit for the vowel, glued to the name: cut before it (the repair reads the rest).
    ['4.S0Y té', '4.S0 Y té'],
    ['B6Tài chính', 'B6 Tài chính'],
    ["4. S6'Xäy dung: Chü tri", '4. S6 Xäy dung: Chü tri'],
    ['S0 2 và 3', 'S0 2 và 3'],
    ['MS0Y', 'MS0Y'],
    ['S0YTE', 'S0YTE'],
    // `l` read as a capital `I` before `y` (`quản lý`).
    ['Cuc Quän Iy va Phät trien', 'Cuc Quän ly va Phät trien'],
    ['Iyric Iyy', 'Iyric Iyy'],
    // … or a capital O.
    ['3. SOY té chu tri', '3. SO Y té chu tri'],
    ['BOTài chính', 'BO Tài chính'],
    ['SOS khẩn cấp', 'SOS khẩn cấp'],
    ['SOYA', 'SOYA'],
    // Two digits for the vowel, before a name.
    ['S06 Xay dung chü tri', 'S0 Xay dung chü tri'],
    ['(2) Bó6 Xáy dung huóng dán', '(2) Bó Xáy dung huóng dán'],
    ['khoản 6 Điều 3; số 0 Hà Nội', 'khoản 6 Điều 3; số 0 Hà Nội'],
    ['S06 xay', 'S06 xay'],
    ['mã S06 ', 'mã S06 '],
    // `Y tế` glued, its `ế` read as a symbol.
    ['Sö Yt& chü tri', 'Sö Y t& chü tri'],
    ['So Yte', 'So Y te'],
    ['Ytê', 'Y tê'],
    ['Ytem Yte2', 'Ytem Yte2'],
    // Glued capitals are splitGluedCapitals' work, not this one's.
    ['BộNội vụ', 'BộNội vụ']
  ])('%s → %s', (input, expected) => expect(fixOcrLetterForms(input)).toBe(expected))
})

describe('splitGluedSyllables', () => {
  test.each([
    ['Cácbộ, ngành, địa phương', 'Các bộ, ngành, địa phương'],
    ['VTV, VOV, TTXVN, cácđịa phương', 'VTV, VOV, TTXVN, các địa phương'],
    ['thànhphố Hà Nội', 'thành phố Hà Nội'],
    // Three, every space lost in a narrow table cell.
    ['danh mục cơsởsử dụng năng lượng', 'danh mục cơ sở sử dụng năng lượng'],
    // Valid syllables, unmarked halves, names and loan words stay.
    ['Bộ Nội vụ chủ trì', 'Bộ Nội vụ chủ trì'],
    ['Việtnam', 'Việtnam'],
    ['Singapore và Qualcomm', 'Singapore và Qualcomm'],
    ['nghiêng', 'nghiêng'],
    ['Đắk Lắk', 'Đắk Lắk'],
    // One vowel printed twice with two marks (the Portuguese model's `phôóng` for phòng) is no two words.
    ['Ván phôóng Tinh uy', 'Ván phôóng Tinh uy'],
    // Two vowels of another letter are still cut.
    ['ngườiấy', 'người ấy']
  ])('%s → %s', (input, expected) => expect(splitGluedSyllables(input)).toBe(expected))

  // With the language model: one marked syllable glued to an unmarked one is cut where the two are a common pair.
  const lm = () => defaultRepairModel().lm
  test.each([
    ['Phòng Kinhtế chủ trì', 'Phòng Kinh tế chủ trì'],
    ['Côngan xã', 'Công an xã'],
    ['thônlàng', 'thôn làng'],
    // A pair the corpus seldom writes, a loan word, a name: as printed.
    ['nhàkinh', 'nhàkinh'],
    ['Bogotá', 'Bogotá'],
    ['José Martí', 'José Martí']
  ])('%s → %s (language model)', (input, expected) => expect(splitGluedSyllables(input, lm)).toBe(expected))
})
