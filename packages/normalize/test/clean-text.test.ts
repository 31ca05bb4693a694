import {describe, expect, it} from 'vitest'
import {cleanText, isPageFurniture} from '../src/index.ts'

describe('cleanText', () => {
  it.each([
    ['Bộ\u00A0Tư\u00A0pháp', 'Bộ Tư pháp'],
    ['Bộ\u202FTư\u2009pháp', 'Bộ Tư pháp'],
    ['nhiệm\u200B vụ\uFEFF', 'nhiệm vụ'],
    ['chuyển\u00ADđổi', 'chuyểnđổi'],
    ['trans\u00AD\nformation', 'transformation'],
    ['a\tb', 'a b'],
    ['  Bộ   Công  an  ', 'Bộ Công an'],
    ['dòng một\ndòng hai', 'dòng một dòng hai'],
    ['dòng một  \r\n  dòng hai', 'dòng một dòng hai'],
    // punctuation: only stray spaces before closing marks and after opening ones
    ['Bộ Tư pháp , Bộ Nội vụ ;', 'Bộ Tư pháp, Bộ Nội vụ;'],
    ['( có Phụ lục kèm theo )', '(có Phụ lục kèm theo)'],
    ['Kính gửi :', 'Kính gửi :'],
    // dashes, dates, codes, numbers and glued footnotes are left as written
    ['kinh tế - xã hội', 'kinh tế - xã hội'],
    ['kinh tế -\nxã hội', 'kinh tế - xã hội'],
    ['COVID-\n19', 'COVID-19'],
    ['ngày 16/3/2026, 57-NQ/TW', 'ngày 16/3/2026, 57-NQ/TW'],
    ['1.250,5 tỷ đồng17.', '1.250,5 tỷ đồng17.'],
    ['8:30 - 11:00', '8:30 - 11:00'],
    ['"triển khai nhiệm vụ"', '"triển khai nhiệm vụ"'],
    ['…', '…']
  ])('%j → %j', (input, expected) => {
    expect(cleanText(input)).toBe(expected)
  })

  it('keeps line breaks in table cells', () => {
    expect(cleanText(' Bộ Tài chính;  \n\n\n Bộ Công Thương ', {keepLineBreaks: true})).toBe('Bộ Tài chính;\n\nBộ Công Thương')
  })

  it('returns clean text as the same string', () => {
    const text = 'Bộ Khoa học và Công nghệ chủ trì.'
    expect(cleanText(text)).toBe(text)
  })
})

describe('isPageFurniture', () => {
  it.each([
    ['4', true], ['- 12 -', true], ['Trang 3', true], ['Trang 3/13', true], ['Page 2 of 9', true],
    ['2026', false], ['4. Nhiệm vụ', false], ['Số 20', false], ['1.000', false]
  ])('%j → %s', (text, expected) => {
    expect(isPageFurniture(text)).toBe(expected)
  })
})
