import type {VanbanDocument} from '@vanban/core'
import {expect, it} from 'vitest'
import {renderText} from '../src/index.ts'

const provenance = {page: 1, lineStart: 1, lineEnd: 1, source: 'text-layer' as const}

it('prints one paragraph a line and tables one row a line, cells left to right', () => {
  const doc: VanbanDocument = {
    file: 'a.pdf',
    pages: [{number: 1, source: 'text-layer', furniture: ['- 1 -'], warnings: []}],
    warnings: [],
    blocks: [
      {kind: 'heading', text: 'PHỤ LỤC', provenance},
      {kind: 'paragraph', text: 'Văn phòng Trung ương Đảng\nchủ trì.', provenance},
      {kind: 'table', header: ['TT', 'Tên nhiệm vụ'], rows: [{cells: ['1.', 'Xây dựng\n- đề án'], page: 1}], provenance}
    ]
  }
  expect(renderText(doc)).toBe('PHỤ LỤC\nVăn phòng Trung ương Đảng chủ trì.\nTT\tTên nhiệm vụ\n1.\tXây dựng - đề án\n')
  expect(renderText({...doc, blocks: []})).toBe('')
})
