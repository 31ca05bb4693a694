// The shipped model as Node reads it (the package entry installs this; these tests import modules directly).
import '../src/shipped-model-node.ts'
import {describe, expect, it} from 'vitest'
import {repairText} from '../src/repair/index.ts'
import {inventedCapital, shortCapitalMisread} from '../src/repair/misread-capitals.ts'

describe('shortCapitalMisread: 2–3 capitals with a marked vowel', () => {
  it.each([
    ['CÙ', {onsets: ['c'], coda: ''}],
    ['BÛ', {onsets: ['b'], coda: ''}],
    ['TÜ', {onsets: ['t'], coda: ''}],
    ['LŸ', {onsets: ['l'], coda: ''}],
    ['BỘ', {onsets: ['b'], coda: ''}],
    ['UÙ', {onsets: ['u'], coda: ''}],
    ['IÙ', {onsets: ['l', 'i'], coda: ''}],
    ['THÙ', {onsets: ['th'], coda: ''}],
    ['BÙN', {onsets: ['b'], coda: 'n'}],
    ['ĐÔ', {onsets: ['đ'], coda: ''}],
    // no marked vowel, too short or long, not all capitals
    ['BU', undefined], ['TD', undefined], ['KH', undefined], ['Ù', undefined], ['CÙNG', undefined], ['Cù', undefined], ['cù', undefined]
  ])('%s → %o', (word, parts) => expect(shortCapitalMisread(word)).toEqual(parts))
})

describe('inventedCapital: the OCR capital stood for a lower-case letter', () => {
  it.each([
    ['Ung', 'ương', true],
    ['Üng', 'ứng', true],
    ['Ü', 'ở', true],
    ['Ù', 'ở', true],
    ['Ou', 'ưu', true],
    ['Ong', 'ông', true],
    ['In', 'lớn', true],
    ['Ing', 'ứng', true],
    ['Üy', 'ủy', true],
    // the capital is the word's own letter, or no vowel-like capital at all
    ['Uông', 'uông', false],
    ['Bộ', 'bộ', false],
    ['Dang', 'đảng', false],
    ['Ke', 'kế', false],
    ['ung', 'ương', false]
  ])('%s read as %s → %s', (ocr, word, invented) => expect(inventedCapital(ocr, word)).toBe(invented))
})

describe('repairText: capitals a French-model OCR invents', () => {
  // Sentences written for these tests, in the French model's manner (ơ/ộ/ổ printed as Ù, ư as Ü).
  it.each([
    // 1. a short word in capitals with a marked vowel, inside a sentence
    ['Chi tri, phli hp vli BÙ Xäy düng và câc cl quan liên quan triln khai thlc hiln.', 'Chủ trì, phối hợp với Bộ Xây dựng và các cơ quan liên quan triển khai thực hiện.'],
    ['Dê nghi CÙ quan thllng trlc bâo câo kit quâ trlllc ngày 30/6/2026.', 'Đề nghị Cơ quan thường trực báo cáo kết quả trước ngày 30/6/2026.'],
    ['Giao TÙ công tâc liên ngành phli hüp vli câc cl quan Trung Ung và dia phllng.', 'Giao Tổ công tác liên ngành phối hợp với các cơ quan Trung ương và địa phương.'],
    // … and the gazetteer opens a name on it; the lower-case form where the corpus writes one
    ['Xây dlng IÙ trinh cu thl và bâo câo BÛ Khoa hüc và Công nghl trlllc ngày 15/5.', 'Xây dựng lộ trình cụ thể và báo cáo Bộ Khoa học và Công nghệ trước ngày 15/5.'],
    ['Chi tri, phli hüp vli BÛ Công an, BÙ TI phép và câc dia phllng liên quan.', 'Chủ trì, phối hợp với Bộ Công an, Bộ Tư pháp và các địa phương liên quan.'],
    // a short capital beside an abbreviation is no heading
    ['Chi tri, phli hp vli BU TD phäp và UBND câc tinh, thành phll trlc thuüc Trung Ung.', 'Chủ trì, phối hợp với Bộ TD pháp và UBND các tỉnh, thành phố trực thuộc Trung ương.'],
    // 2. a capital made of a lower-case marked vowel, for a word never capitalised mid-sentence
    ['Câc dlng chi lânh dlo làm viêc vli cân bÜ Ü Trung Ung và dia phllng.', 'Các đồng chí lãnh đạo làm việc với cán bộ ở Trung ương và địa phương.'],
    // names keep their capitals; a sentence start keeps its capital
    ['Chi tri, phli hüp vli Üy ban nhân dän tinh Quäng Ninh và câc sÜ, ngành.', 'Chủ trì, phối hợp với Ủy ban nhân dân tỉnh Quảng Ninh và các sở, ngành.'],
    ['Ung dung công nghl thông tin trong quin 1ÿ, dilu hành cla câc cl quan.', 'Ứng dụng công nghệ thông tin trong quản lý, điều hành của các cơ quan.']
  ])('%s → %s', (broken, clean) => expect(repairText(broken).text).toBe(clean))

  it('leaves a heading in capitals in capitals', () => {
    expect(repairText('CHI TRI: BÜ Y TÊ, BÜ TÀI CHINH VÀ CÂC DIA PHUÖNG').text).toBe('CHỦ TRÌ: BỘ Y TẾ, BỘ TÀI CHÍNH VÀ CÁC ĐỊA PHƯƠNG')
  })

  it('leaves short capitals in a clean paragraph alone', () => {
    const clean = 'Đề nghị Sở Tài chính, Sở Nội vụ phối hợp với TƯ vấn độc lập và báo cáo UBND tỉnh trước ngày 30/6/2026.'
    expect(repairText(clean).text).toBe(clean)
  })
})
