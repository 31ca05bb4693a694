import {describe, expect, it} from 'vitest'
import {decodeLegacy, detectEncoding, encodeTcvn3} from '../src/index.ts'

// English-model OCR of a Vietnamese scan keeps a few latin-1 letters (é, ê, ö …)
// that a TCVN3 reading turns into valid syllables here and there (vé → vộ);
// the rest stays garbage, so the paragraph is not TCVN3 and must reach the repair as is.
it.each([
  'Ngay 12/3/2026, tai Tru sé Trung wong Dang, Thu@ng tric Ban Chi dao Trung wong vé phat trién khoa hoc, cong nghé, déi méi sang tao va chuyén déi so (sau day goi tat la Ban Chi dao) da t6 chttc Phién hop',
  '3. Tiep tuc hoan thién thé ché, co ché, chinh sach dé phat trién manh mé khoa hoc, cong nghé va déi méi sang tao va chuyén déi sé.',
  '- Cuc Chuyén déi sé - Co yeu,',
  'Trén co sé bao cdo cla Co quan Thuong tric Ban Chi dao, y kién phat biéu cua dong chi Thu twéng Chinh phi',
  'Giup viéc, Hdi dong Tu van quoc gia va cdc chuyén gia; B6 Khoa hoc va Cong nghé, Van phong Chinh phu',
  'ngh, dôi mâi sang tao và chuyên do so (sau day gçi tat la Chi dao) dã to chüc Hi nghj tong kêt cong tác 11am 2025'
])('broken OCR is not read as a legacy encoding: %s', (paragraph) => {
  expect(detectEncoding(paragraph)).toBe('unicode')
})

it('still detects a real TCVN3 paragraph', () => {
  expect(detectEncoding(encodeTcvn3('Bộ Khoa học và Công nghệ chủ trì, phối hợp với các bộ, ngành liên quan triển khai thực hiện'))).toBe('tcvn3')
})

// Lines of a German- or French-model OCR (written for this test): the letters
// ä ö ü é read as TCVN3 or VNI make valid syllables (`Bö Täi` → `Bử Tọi`), but the
// ASCII words beside them (`phuong`, `tich`, `dwa`) are not syllables a legacy
// encoding writes without high bytes.
it.each([
  'b) Bö Tu phäp chü tri sö höa sö hö tich luu tai cäc dia phuong vä dwa väo co sö dü lieu',
  'a) Sö Giäo duc vä Däo tao chü tri, phöi hop vöi cäc so nganh lien quan trien khai thuc hien',
  'Cäc Sö, ban, nganh, UBND cäc xä, phuong cän cü chuc näng nhiem vu duoc giao tö chuc thuc hien.'
])('a German-model OCR line is not TCVN3 or VNI: %s', (paragraph) => {
  expect(detectEncoding(paragraph)).toBe('unicode')
})

// A short OCR'd line reads as a legacy encoding word for word (`1. Bö Täi chinh`
// → `Bử Tọi chinh`); the document around it says what it is.
describe('the document decides for its short lines', () => {
  const garbageLines = [
    'CHINH PHÜ',
    'Viec cua tüng bö duoc ghi tai Phu luc kem theo Nghi quyet nay.',
    'Cäc Bö truöng cö ten tai Phu luc chiu träch nhiem truöc Chinh phü ve ket qua phän viec cüa bö minh.',
    '1. Bö Täi chinh',
    'a) Sira cäc thöng tu ve hö so däng ky doanh nghiep, däng ky thue de bö yeu cäu nöp bän sao',
    '2. Bö Cöng an',
    'Noi nhän:'
  ]

  it('leaves every paragraph of an OCR garbage text as it is', () => {
    const text = garbageLines.join('\n\n')
    expect(decodeLegacy(text)).toEqual({text, converted: []})
  })

  it('still converts a TCVN3 heading in a clean Unicode text', () => {
    const text = [encodeTcvn3('1. Bộ Tài chính'), 'Chủ trì, phối hợp với các bộ, ngành liên quan rà soát các thông tư trong quý II năm 2027.'].join('\n\n')
    expect(decodeLegacy(text).text).toBe('1. Bộ Tài chính\n\nChủ trì, phối hợp với các bộ, ngành liên quan rà soát các thông tư trong quý II năm 2027.')
  })

  it('still converts a TCVN3 text with an OCR-like line in it', () => {
    const tcvn3 = ['Bộ Khoa học và Công nghệ chủ trì, phối hợp với các bộ, ngành liên quan triển khai thực hiện', 'Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương báo cáo kết quả trước ngày 15 tháng 12 năm 2026'].map(encodeTcvn3)
    const text = [...tcvn3, 'Noi nhän:'].join('\n\n')
    expect(decodeLegacy(text).converted).toEqual(['tcvn3', 'tcvn3', 'tcvn3'])
  })
})
