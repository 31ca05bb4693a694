import {readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {vietnameseLetters} from '../src/data/vietnamese.ts'
import {
  decodeLegacy,
  decodeTcvn3,
  decodeViqr,
  decodeVni,
  detectEncoding,
  encodeTcvn3,
  encodeViqr,
  encodeVni
} from '../src/index.ts'

const codecs = [
  ['tcvn3', encodeTcvn3, decodeTcvn3],
  ['vni', encodeVni, decodeVni],
  ['viqr', encodeViqr, decodeViqr]
] as const

const notice = readFileSync(new URL('../../../fixtures/tb20-2026-notice.md', import.meta.url), 'utf8')
const paragraphs = notice
  .split(/\n\s*\n/)
  .map((p) => p.replace(/\s+/g, ' ').replace(/\*\*|####/g, '').trim())
  // Detection needs evidence: a paragraph with at least three words that carry diacritics.
  .filter((p) => p.split(' ').filter((w) => /[^\x00-\x7F]/.test(w)).length >= 3)

describe('the alphabet', () => {
  it('has 134 letters beyond ASCII', () => {
    expect(vietnameseLetters).toHaveLength(134)
    expect(new Set(vietnameseLetters).size).toBe(134)
  })
})

describe.each(codecs)('%s', (_name, encode, decode) => {
  // Each letter inside a sentence: in VIQR a `.` or `?` that ends a line is read as
  // punctuation (writers rarely escape it), so `ạ` as the very last character is ambiguous.
  it.each(vietnameseLetters)('round-trips %s', (letter) => {
    const text = `chữ ${letter} và ${letter}n, hết`
    expect(decode(encode(text))).toBe(text)
  })

  it('round-trips every letter in one text', () => {
    const all = vietnameseLetters.join(' ')
    expect(decode(encode(all))).toBe(all)
  })

  it('round-trips the notice paragraph by paragraph', () => {
    for (const p of paragraphs.slice(0, 20)) expect(decode(encode(p))).toBe(p)
  })
})

describe('decoders on text as legacy software wrote it', () => {
  it.each([
    // TCVN3 as latin-1 characters; capitals typed with the .VnTimeH fonts use lower-case codes
    [decodeTcvn3, 'Bé Khoa häc vµ C«ng nghÖ', 'Bộ Khoa học và Công nghệ'],
    [decodeTcvn3, '§¹i héi §¶ng toµn quèc lÇn thø XIV', 'Đại hội Đảng toàn quốc lần thứ XIV'],
    [decodeTcvn3, 'CéNG HOµ X· HéI CHñ NGHÜA VIÖT NAM', 'CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM'],
    [decodeTcvn3, 'Thñ t­íng ChÝnh phñ', 'Thủ t\u00ADướng Chính phủ'.replace('\u00AD', '')],
    [decodeTcvn3, 'tr­íc ngµy 31/12/2026', 'trước ngày 31/12/2026'],
    // VNI as latin-1 characters
    [decodeVni, 'Vieät Nam', 'Việt Nam'],
    [decodeVni, 'Boä Khoa hoïc vaø Coâng ngheä', 'Bộ Khoa học và Công nghệ'],
    [decodeVni, 'COÄNG HOØA XAÕ HOÄI CHUÛ NGHÓA VIEÄT NAM', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'],
    [decodeVni, 'ñaåy maïnh öùng duïng', 'đẩy mạnh ứng dụng'],
    [decodeVni, 'Thuû töôùng Chính phuû', 'Thủ tướng Chính phủ'],
    [decodeVni, 'ngaén haïn, khuyeán khích, thuôû', 'ngắn hạn, khuyến khích, thuở'],
    // VIQR
    [decodeViqr, 'Vie^.t Nam', 'Việt Nam'],
    [decodeViqr, 'Bo^. Co^ng an chu?\u00A0tri`', 'Bộ Công an chủ\u00A0trì'],
    [decodeViqr, 'ddu+o+.c giao, DDa?ng, d-i', 'được giao, Đảng, đi'],
    [decodeViqr, 'Thu? tu+o+\u0301ng', 'Thủ tướng'],
    [decodeViqr, 'ho^.. Sau do\u0301', 'hộ. Sau đó'.replace('đ', 'd')],
    [decodeViqr, 'xong ro^`i.', 'xong rồi.'],
    [decodeViqr, 'co\\? \\.', 'co? .']
  ])('%o %j → %j', (decode, input, expected) => {
    expect(decode(input)).toBe(expected)
  })
})

describe('detectEncoding', () => {
  it.each(codecs)('finds %s on every paragraph of the notice', (name, encode) => {
    for (const p of paragraphs) expect(detectEncoding(encode(p)), p).toBe(name)
  })

  it.each([
    ['CéNG HOµ X· HéI CHñ NGHÜA VIÖT NAM', 'tcvn3'],
    ['Bé Khoa häc vµ C«ng nghÖ chñ tr×, phèi hîp víi c¸c bé, ngµnh', 'tcvn3'],
    ['Boä Khoa hoïc vaø Coâng ngheä chuû trì, phoái hôïp vôùi caùc boä, ngaønh', 'vni'],
    ["Bo^. Khoa ho.c va` Co^ng nghe^. chu? tri`, pho^'i ho+.p vo+'i ca'c bo^., nga`nh", 'viqr']
  ])('%j is %s', (text, encoding) => {
    expect(detectEncoding(text)).toBe(encoding)
  })

  it('leaves clean Unicode paragraphs as Unicode', () => {
    for (const p of paragraphs) expect(detectEncoding(p)).toBe('unicode')
  })

  it.each([
    // latin-1-only Vietnamese is valid as it is
    'Tô Lâm',
    'Chú ý',
    'Kính gửi: Các đồng chí',
    // ASCII punctuation is not VIQR
    'Xem tai https://pakn.nq57.vn/hoi-dap?id=5. Ban hanh: 57-NQ/TW; e.g. data.gov.vn',
    "He said: 'don't'. Why? Because...",
    'Tong so (a+b)^2 = 5; chi phi ~ 10%.',
    // unaccented English or OCR-stripped Vietnamese
    'Phat trien khoa hoc, cong nghe va doi moi sang tao',
    'Café, naïve, São Paulo'
  ])('%j stays unicode', (text) => {
    expect(detectEncoding(text)).toBe('unicode')
  })
})

describe('decodeLegacy', () => {
  it('converts a mixed document paragraph by paragraph', () => {
    const [a, b, c, d] = paragraphs
    const mixed = [a, encodeTcvn3(b), encodeVni(c), encodeViqr(d), a].join('\n\n')
    const result = decodeLegacy(mixed)
    expect(result.text).toBe([a, b, c, d, a].join('\n\n'))
    expect(result.converted).toEqual(['tcvn3', 'vni', 'viqr'])
  })

  it('converts everything when the encoding is named', () => {
    expect(decodeLegacy('Bé Y tÕ', {encoding: 'tcvn3'}).text).toBe('Bộ Y tế')
    expect(decodeLegacy('Bộ Y tế', {encoding: 'unicode'}).text).toBe('Bộ Y tế')
  })

  it('returns clean text as the same string', () => {
    const result = decodeLegacy(notice)
    expect(result.text).toBe(notice)
    expect(result.converted).toEqual([])
  })
})
