import {describe, expect, it} from 'vitest'
import {fixUnicodeForms, isVietnameseSyllable, placeTone, replaceLookAlikes} from '../src/index.ts'

describe('fixUnicodeForms', () => {
  it.each([
    // NFD / combining marks → NFC
    ['Vie\u0302\u0323t Nam', 'Việt Nam'],
    ['nhie\u0302\u0323m vu\u0323', 'nhiệm vụ'],
    ['Tru\u031Bo\u031B\u0300ng', 'Trường'],
    ['HA\u0300 NO\u0302\u0323I', 'HÀ NỘI'],
    ['co\u031B quan', 'cơ quan'],
    ['\u0111o\u0302\u0300ng', 'đồng'],
    // deprecated tone marks U+0340/U+0341 are canonical equivalents
    ['ca\u0341c', 'các'],
    // a tone that landed on a consonant is moved to the vowel
    ['Viêt\u0323', 'Việt'],
    ['nhiêm\u0323', 'nhiệm'],
    ['qua\u0301n', 'quán'],
    // spacing accents folded into the vowel
    ['ca\u00B4c', 'các'],
    ['ta\u00B4i', 'tái'],
    ['ca\u02CBi', 'cài'],
    ['tha`nh', 'thành'],
    ['tie^\u0301ng', 'tiếng'],
    ['ca\'c', 'các'],
    ['nga~y', 'ngãy'],
    // plain-text uses of the same characters stay
    ["I'm", "I'm"],
    ["don't", "don't"],
    ["'trích dẫn'", "'trích dẫn'"],
    ['x^2 + y^2', 'x^2 + y^2'],
    ['`code`', '`code`'],
    ['~ 5%', '~ 5%'],
    ['O\'Brien', 'O\'Brien'],
    // look-alike letters inside Latin words
    ['\u0421h\u0456nh ph\u1EE7', 'Chinh phủ'],
    ['nhi\u1EC7m v\u1EE5 \u0441\u1EE7a', 'nhiệm vụ của'],
    ['B\u03BF C\u00F4ng an', 'Bo Công an'],
    ['\u0412\u1ED9 T\u01B0 ph\u00E1p', 'Bộ Tư pháp'],
    // whole words in another script stay
    ['\u041C\u043E\u0441\u043A\u0432\u0430', '\u041C\u043E\u0441\u043A\u0432\u0430'],
    ['hệ số \u03B1', 'hệ số \u03B1'],
    // tone placement is kept as written by default
    ['hoà hòa thuỷ thủy khoẻ khỏe', 'hoà hòa thuỷ thủy khoẻ khỏe'],
    // clean text is unchanged
    ['kinh tế - xã hội, ngày 16/3/2026', 'kinh tế - xã hội, ngày 16/3/2026'],
    ['tỷ đồng17.', 'tỷ đồng17.']
  ])('%j → %j', (input, expected) => {
    expect(fixUnicodeForms(input)).toBe(expected)
  })

  it.each([
    ['hoà', 'hòa', 'hoà'],
    ['hòa', 'hòa', 'hoà'],
    ['thuỷ', 'thủy', 'thuỷ'],
    ['khoẻ', 'khỏe', 'khoẻ'],
    ['Uỷ ban', 'Ủy ban', 'Uỷ ban'],
    ['HOÀ', 'HÒA', 'HOÀ'],
    ['thoả', 'thỏa', 'thoả'],
    ['loé', 'lóe', 'loé'],
    // one placement only: style does not matter
    ['quý', 'quý', 'quý'],
    ['quỳ', 'quỳ', 'quỳ'],
    ['hoàn', 'hoàn', 'hoàn'],
    ['toán', 'toán', 'toán'],
    ['khuỷu', 'khuỷu', 'khuỷu'],
    ['thuở', 'thuở', 'thuở'],
    ['già', 'già', 'già'],
    ['giữ', 'giữ', 'giữ'],
    ['người', 'người', 'người'],
    ['khuyến', 'khuyến', 'khuyến'],
    ['xoáy', 'xoáy', 'xoáy'],
    ['mía', 'mía', 'mía']
  ])('tone style: %s → old %s, new %s', (input, old, modern) => {
    expect(fixUnicodeForms(input, {toneStyle: 'old'})).toBe(old)
    expect(fixUnicodeForms(input, {toneStyle: 'new'})).toBe(modern)
  })

  it('a tone that must be placed anew follows the chosen style', () => {
    expect(fixUnicodeForms('hoa\u0300', {toneStyle: 'old'})).toBe('hòa')
    expect(fixUnicodeForms('thuy\u0309', {toneStyle: 'old'})).toBe('thủy')
  })
})

describe('replaceLookAlikes', () => {
  it('only inside words that hold Latin letters', () => {
    expect(replaceLookAlikes('\u0440h\u00E1t tri\u1EC3n')).toBe('phát triển')
    expect(replaceLookAlikes('\u0440\u043E\u0441\u0441\u0438\u044F')).toBe('\u0440\u043E\u0441\u0441\u0438\u044F')
  })
})

describe('syllables', () => {
  it.each([
    ['nghiêng', true], ['giếng', true], ['quốc', true], ['khuya', true], ['thuở', true], ['Trường', true],
    ['gì', true], ['ý', true], ['ĐẠI', true], ['xoong', true], ['oà', true],
    ['cầp', false], ['viêt', true], ['NQ', false], ['sandbox', false], ['tỷt', false], ['hóà', false]
  ])('%s valid: %s', (word, valid) => {
    expect(isVietnameseSyllable(word)).toBe(valid)
  })

  it('placeTone leaves non-syllables alone', () => {
    expect(placeTone('café', 'old')).toBe('café')
  })
})
