import {describe, expect, it} from 'vitest'
import {dropOcrSpecks} from '../src/ocr-specks.ts'

describe('dropOcrSpecks', () => {
  it.each([
    ['Đảng ủy Mặt trận Tổ quốc, các đoàn thể} Trung ương', 'Đảng ủy Mặt trận Tổ quốc, các đoàn thể Trung ương'],
    ['Đảng ủy Chính phủ], Đảng ủy Quốc hội', 'Đảng ủy Chính phủ, Đảng ủy Quốc hội'],
    ['Công an Trung [ương; Quân ủy', 'Công an Trung ương; Quân ủy'],
    ['các đoàn thể] Trung ương,', 'các đoàn thể Trung ương,'],
    // Paired brackets are writing.
    ['theo Quyết định [số 12] của Bộ', 'theo Quyết định [số 12] của Bộ'],
    ['tài liệu [1] và {x}', 'tài liệu [1] và {x}'],
    // Not glued to a letter: left for the reader.
    ['điểm 3 ] và', 'điểm 3 ] và'],
    ['không có ngoặc', 'không có ngoặc']
  ])('%s → %s', (input, expected) => expect(dropOcrSpecks(input)).toBe(expected))
})
