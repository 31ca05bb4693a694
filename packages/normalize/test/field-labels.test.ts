// The shipped model as Node reads it (the package entry installs this; these tests import modules directly).
import '../src/shipped-model-node.ts'
import {describe, expect, it} from 'vitest'
import {restoreFieldLabel} from '../src/repair/field-labels.ts'
import {defaultRepairModel} from '../src/repair/model.ts'

describe('restoreFieldLabel: a field line\'s label read without Vietnamese', () => {
  it.each([
    ['- Thói han: Háng tháng', '- Thời hạn: Háng tháng'],
    ['- Don vi chú tri: Vu Pháp chê.', '- Đơn vị chủ trì: Vu Pháp chê.'],
    ['Don vi phôi hop: Các don vi thuôc Bô', 'Đơn vị phối hợp: Các don vi thuôc Bô'],
    ['+ Thoi gian hoan thanh: Quy III/2026', '+ Thời gian hoàn thành: Quy III/2026'],
    ['– San pham: Quyet dinh', '– Sản phẩm: Quyet dinh'],
    ['- co quan chu tri: So Y te', '- cơ quan chủ trì: So Y te'],
    ['THOI HAN: QUY III/2026', 'THỜI HẠN: QUY III/2026']
  ])('%s → %s', (line, restored) => expect(restoreFieldLabel(line)).toBe(restored))

  it.each([
    // Already right, not a label, the label not at the start, or more than its words before the colon.
    '- Thời hạn: Quý III/2026',
    'Noi nhan:',
    'Giao So Noi vu chu tri: xay dung de an',
    'Sau khi thoi han: het',
    'Thoi han hoan thanh nhiem vu cua cac bo: nam 2026'
  ])('%s stays', (line) => expect(restoreFieldLabel(line)).toBe(line))

  it.each([
    // Letters misread too (the Czech model's `Thái` for Thời): near by OCR distance, first letters kept.
    ['- Thái hạn: Quý III/2026', '- Thời hạn: Quý III/2026'],
    ['- Don vi chú tri: Vu Pháp chê', '- Đơn vị chủ trì: Vu Pháp chê'],
    // A place and its colon, a name of other letters: no label.
    ['Thái Bình: tỉnh', 'Thái Bình: tỉnh'],
    ['Hà Nội: thành phố', 'Hà Nội: thành phố']
  ])('with the OCR distance, %s → %s', (line, restored) => expect(restoreFieldLabel(line, defaultRepairModel().distance)).toBe(restored))
})
