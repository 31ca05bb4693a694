import {expect, it} from 'vitest'
import {detectEncoding, encodeTcvn3} from '../src/index.ts'

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
