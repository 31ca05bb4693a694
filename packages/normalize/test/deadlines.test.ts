// The shipped model as Node reads it (the package entry installs this; these tests import modules directly).
import '../src/shipped-model-node.ts'
import {describe, expect, it} from 'vitest'
import {repairText} from '../src/index.ts'
import {repairDeadlines} from '../src/repair/deadlines.ts'
import {defaultRepairModel} from '../src/repair/model.ts'

const grammar = (text: string, quarterDigits = false) => repairDeadlines(text, defaultRepairModel().distance, {quarterDigits})

describe('deadline grammar: phrase by pattern', () => {
  it.each([
    ['hoan thanh trong qu1/2026.', 'hoàn thành trong quý I/2026.'],
    ['trong quy I/2026', 'trong quý I/2026'],
    ['trong quÿ 11/2026', 'trong quý II/2026'],
    ['trong quy IV/2026', 'trong quý IV/2026'],
    ['Trong quj 112026, phai', 'Trong quý I/2026, phai'],
    ['trong qu? 1/2026', 'trong quý I/2026'],
    // A label's colon stays (`Thời gian hoàn thành:`, how the task parser knows a field line).
    ['Thoi gian hoan thanh: Quy III/2026.', 'Thoi gian hoàn thành: Quý III/2026.'],
    ['quy III nam 2026', 'quý III năm 2026'],
    ['trong thang 3/2026', 'trong tháng 3/2026'],
    ['trong thäng 1O/2026', 'trong tháng 10/2026'],
    ['truoc ngay 01/5/2026', 'trước ngày 01/5/2026'],
    ['truóc ngày 10/01/2026.', 'trước ngày 10/01/2026.'],
    ['ngay 3O/6/2026', 'ngày 30/6/2026'],
    ['trong nam 2026', 'trong năm 2026'],
    ['Hoan thanh trong thang 4/2026', 'Hoàn thành trong tháng 4/2026'],
    // A month in words between `tháng` and `năm` + a year: the nearest month name.
    ['trong thang Tu nam 2026.', 'trong tháng Tư năm 2026.'],
    ['trong thang Muodi nam 2026;', 'trong tháng Mười năm 2026;'],
    ['trong thang Mudi hai nam 2026', 'trong tháng Mười hai năm 2026'],
    ['thang Bdy nam 2026', 'tháng Bảy năm 2026'],
    ['thang Gieng nam 2027', 'tháng Giêng năm 2027'],
    // The Portuguese and Czech models: III with two strokes joined (`HI`), q read as g.
    ['trong quy HI nám 2027.', 'trong quý III năm 2027.'],
    ['trong quy H/2026', 'trong quý II/2026'],
    ['trong guý III nám 2027.', 'trong quý III năm 2027.'],
    ['Thời hạn: Oảy III/2026', 'Thời hạn: Quý III/2026']
  ])('%s → %s', (broken, fixed) => expect(grammar(broken).text).toBe(fixed))

  it.each([
    ['Viet Nam 2045', 'Viet Nam 2045'],
    ['thanh pho co 2026 ho', 'thanh pho co 2026 ho'],
    ['quy dinh 05/2025', 'quy dinh 05/2025'],
    ['thang 13/2026', 'thang 13/2026'],
    // No month's name between them.
    ['thang nay nam 2026', 'thang nay năm 2026'],
    // A g-word is no quarter without its numeral; H alone is no numeral after another word.
    ['giao nhiem vu gap 2026', 'giao nhiem vu gap 2026'],
    ['nhom H 2026', 'nhom H 2026']
  ])('%s stays', (text, same) => expect(grammar(text).text).toBe(same))

  it('keeps quarters in digits where the document writes them so', () => expect(grammar('trong qu1/2026', true).text).toBe('trong quý 1/2026'))

  it('says which numbers were guessed', () => {
    expect(grammar('trong quy I/2026').repairs[0]).toMatchObject({rule: 'quarter', certain: true})
    expect(grammar('Trong quj 112026').repairs[0]).toMatchObject({rule: 'quarter', certain: false})
    expect(grammar('trong thäng 1O/2026').repairs[0]).toMatchObject({rule: 'month', certain: false})
    expect(grammar('trong quy HI nám 2027').repairs[0]).toMatchObject({rule: 'quarter', certain: false})
  })
})

describe('repairText: deadlines in broken paragraphs', () => {
  it('restores them and reports the guessed ones', () => {
    const r = repairText('Cac bo, nganh hoan thanh trong qu1/2026; bao cao truoc ngay 3O/6/2026 ve ket qua thuc hien.')
    expect(r.text).toContain('hoàn thành trong quý I/2026')
    expect(r.text).toContain('trước ngày 30/6/2026')
    const deadline = r.repairs.filter((x) => x.kind === 'deadline')
    expect(deadline.map((x) => x.source)).toContain('quarter')
    expect(r.warnings.some((w) => w.startsWith('deadline-repaired: '))).toBe(true)
    for (const x of r.repairs) expect(r.text.slice(x.start, x.end)).toBe(x.to)
  })

  it('leaves clean text alone', () => {
    const clean = 'Bộ Khoa học và Công nghệ chủ trì, hoàn thành trong quý I/2026 và trước ngày 30/6/2026.'
    expect(repairText(clean)).toMatchObject({text: clean, repairs: []})
  })
})
