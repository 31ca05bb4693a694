import {describe, expect, test} from 'vitest'
import {fieldScope, fieldsOf, isFieldLine, withoutFields} from '../src/fields.ts'

describe('isFieldLine', () => {
  test.each([
    ['Đơn vị chủ trì: Vụ Pháp chế.', true],
    ['Cơ quan phối hợp: Sở Tài chính, Sở Nội vụ.', true],
    ['Chủ trì: Sở Y tế; Phối hợp: các xã.', true],
    ['Thời gian hoàn thành: Tháng 6/2027.', true],
    ['Thời gian: Quý IV năm 2026.', true],
    ['Tiến độ: năm 2027.', true],
    ['Sản phẩm: Thông tư của Bộ trưởng.', true],
    ['Kết quả: Quyết định phê duyệt.', true],
    ['Trách nhiệm: Sở Y tế.', true],
    ['Trách nhiệm thực hiện: Công an tỉnh.', true],
    // A Party plan's body that prepares the work for the committee.
    ['Cơ quan chủ trì tham mưu: Ban Tổ chức Tỉnh ủy.', true],
    ['Cơ quan tham mưu: Văn phòng Tỉnh ủy.', true],
    // When the draft goes to whom: a deadline's label.
    ['Thời gian trình Bộ trưởng: tháng 12/2026.', true],
    ['Thời hạn trình Thủ tướng Chính phủ: Quý IV/2026.', true],
    // Tasks and lead-ins, not fields.
    ['Giao Bộ Xây dựng chủ trì, phối hợp với Bộ Tài chính hoàn thiện hồ sơ.', false],
    ['Các bộ, ngành thực hiện:', false],
    ['Kết quả đạt được trong năm 2025 như sau', false]
  ] as const)('%s', (text, expected) => expect(isFieldLine(text)).toBe(expected))
})

describe('fieldsOf / withoutFields', () => {
  test('a task with its field lines joined on', () => {
    const text = 'Xây dựng Thông tư quy định về quản lý dữ liệu. Đơn vị chủ trì: Vụ Pháp chế. Đơn vị phối hợp: Cục Thông tin, Thống kê; Văn phòng Bộ. Thời gian hoàn thành: Tháng 6/2027. Sản phẩm: Thông tư của Bộ trưởng.'
    expect(fieldsOf(text)).toEqual({
      owner: ['Vụ Pháp chế'],
      coordinators: ['Cục Thông tin, Thống kê', 'Văn phòng Bộ'],
      deadline: 'Thời gian hoàn thành: Tháng 6/2027',
      result: 'Thông tư của Bộ trưởng'
    })
    expect(withoutFields(text)).toBe('Xây dựng Thông tư quy định về quản lý dữ liệu.')
  })
  test('two fields on one line, separated by a semicolon', () =>
    expect(fieldsOf('Nâng cấp Trung tâm dữ liệu. Đơn vị chủ trì: Cục Chuyển đổi số quốc gia; Đơn vị phối hợp: Vụ Kế hoạch - Tài chính.')).toEqual({
      owner: ['Cục Chuyển đổi số quốc gia'],
      coordinators: ['Vụ Kế hoạch - Tài chính']
    }))
  test('field lines OCR ran together: the next line\'s dash is no part of a value', () =>
    expect(fieldsOf('Ban hành danh mục kỹ thuật. - Đơn vị chủ trì: Cục QLKCB. - Đơn vị phối hợp: Cục Quản lý Dược; Vụ Bảo hiểm y tế. - Thời gian hoàn thành: tháng 9/2027.')).toEqual({
      owner: ['Cục QLKCB'],
      coordinators: ['Cục Quản lý Dược', 'Vụ Bảo hiểm y tế'],
      deadline: 'Thời gian hoàn thành: tháng 9/2027'
    }))
  test('a field line that says which item it covers: its scope, and the fields as any', () => {
    expect(fieldScope('Đơn vị chủ trì thực hiện các nhiệm vụ tại mục 4: Văn phòng Bộ; Đơn vị phối hợp: Cục Chuyển đổi số; Thời gian hoàn thành: Quý II/2027.')).toBe('4')
    expect(fieldScope('Đơn vị chủ trì: Vụ Pháp chế.')).toBe(null)
    expect(fieldsOf('Đơn vị chủ trì thực hiện các nhiệm vụ tại mục 4: Văn phòng Bộ; Đơn vị phối hợp: Cục Chuyển đổi số; Thời gian hoàn thành: Quý II/2027.')).toEqual({
      owner: ['Văn phòng Bộ'],
      coordinators: ['Cục Chuyển đổi số'],
      deadline: 'Thời gian hoàn thành: Quý II/2027'
    })
  })
  test('`Trách nhiệm:` after the work names its owner; `chịu trách nhiệm:` does not', () => {
    expect(fieldsOf('Chi trả trợ cấp tháng 01 và tháng 02, chậm nhất ngày 15/01/2027. Trách nhiệm: Sở Y tế.')).toEqual({owner: ['Sở Y tế']})
    expect(fieldsOf('Hoàn thành số hóa hồ sơ. Trách nhiệm: Sở Nông nghiệp và Môi trường; Ủy ban nhân dân các xã, phường.')).toEqual({owner: ['Sở Nông nghiệp và Môi trường', 'Ủy ban nhân dân các xã, phường']})
    expect(fieldsOf('Giám đốc Sở chịu trách nhiệm: Sở Y tế thực hiện.')).toEqual({})
  })
  test('a value that is no agency is not an owner', () => expect(fieldsOf('Rà soát quy chế. Chủ trì: theo phân công.')).toEqual({}))
  test('a text without fields is unchanged', () => {
    const text = 'Bộ Công an chủ trì, phối hợp với Bộ Tài chính xây dựng đề án.'
    expect(fieldsOf(text)).toEqual({})
    expect(withoutFields(text)).toBe(text)
  })
})
