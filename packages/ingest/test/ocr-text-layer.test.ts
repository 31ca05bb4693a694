import {describe, expect, it} from 'vitest'
import type {TextItem} from '@vanban/layout'
import {isUsableTextLayer} from '../src/ocr/text-layer-quality.ts'

const items = (...texts: string[]): TextItem[] => texts.map((text, i) => ({text, x: 0, y: i * 14, width: 100, height: 12}))

describe('isUsableTextLayer', () => {
  it.each([
    ['Vietnamese prose', ['Ngày 12/3/2026, tại Trụ sở Trung ương Đảng, Thường trực Ban Chỉ đạo'], true],
    ['decomposed marks (NFD)', ['Thường trực Ban Chỉ đạo Trung ương về phát triển'.normalize('NFD')], true],
    ['headings full of abbreviations', ['Số 20-TB/CQTTBCĐ', 'NGHỊ QUYẾT 71/NQ-CP', 'Hà Nội, ngày 16 tháng 3 năm 2026'], true],
    ['a table row of numbers and words', ['1', 'Bộ Khoa học và Công nghệ', 'Quý IV/2025', '2.500'], true],
    ['English', ['The quick brown fox jumps over the lazy dog'], true],
    ['legacy TCVN3 bytes read as Latin-1', ['Th«ng b¸o kÕt luËn cña ®ång chÝ Tæng BÝ th­'], true],
    ['no items', [], false],
    ['whitespace only', ['   ', '\t', ' \n '], false],
    ['only a page number', ['- 3 -'], false],
    ['private-use glyphs (symbol font, no ToUnicode)', ['\uE001\uE002\uE003\uE004 \uE005\uE006\uE007\uE008\uE009\uE00A\uE00B\uE00C'], false],
    ['control characters', ['\u0003\u0011\u0002\u0005\u0012 \u0003\u0011\u0002 abc def ghi'], false],
    ['replacement characters', ['\uFFFD\uFFFD\uFFFD \uFFFD\uFFFD abcdefghijk'], false],
    ['punctuation soup (glyph ids as codes)', ['!"#$%&\'()*+,-./:;<=>?@[\\]^_` !"#$% abcdefghij'], false],
    ['letters of an unrelated script', ['ДЖЗИЙКЛМН ОПРСТУФХЦЧШЩ ЪЫЬЭЮЯ abc'], false],
    ['shifted Latin without vowels', ['Qkx vrt lmn stw bcd fgh jkl mnp qrs twx'], false]
  ])('%s → %s', (_name, texts, expected) => {
    expect(isUsableTextLayer(items(...texts))).toBe(expected)
  })
})
