import type {Block, Task} from '@vanban/core'
import {describe, expect, it} from 'vitest'
import {extractTasks} from '../src/extract-tasks.ts'
import {sourceWarnings} from '../src/source-warnings.ts'

const block = (text: string, extra: {warnings?: string[]; confidence?: number} = {}): Block => ({
  kind: 'list-item',
  text,
  provenance: {page: 2, lineStart: 1, lineEnd: 1, source: 'ocr', ...(extra.confidence === undefined ? {} : {confidence: extra.confidence})},
  ...(extra.warnings ? {warnings: extra.warnings} : {})
})

const task = (over: Partial<Task> = {}): Task => ({
  file: 'scan.pdf', id: '1', kind: 'task', parent: null, text: 'Bộ Công an chủ trì rà soát, hoàn thành trong quý I/2026.', owner: 'Bộ Công an',
  coordinators: [], deadlineText: 'hoàn thành trong quý I/2026', due: '2026-03-31', recurrence: null, result: null, page: 2, warnings: [], ...over
})

describe('sourceWarnings', () => {
  const ownerGuess = 'owner-repaired: "Bô Cong an" → "Bộ Công an" (distance 2.1)'
  const deadlineGuess = 'deadline-repaired: "quj 112026" → "quý I/2026"'
  it.each<[string, Block | undefined, Task, string[]]>([
    ['an uncertain repair of the owner', block('…', {warnings: [ownerGuess]}), task(), ['owner-repaired']],
    ['…of the deadline', block('…', {warnings: [deadlineGuess]}), task(), ['deadline-repaired']],
    ['…of a coordinator counts as the owner side', block('…', {warnings: [ownerGuess]}), task({owner: 'Bộ Quốc phòng', coordinators: ['Bộ Công an']}), ['owner-repaired']],
    ['a repair that is not in this task', block('…', {warnings: [ownerGuess, deadlineGuess]}), task({owner: 'Bộ Y tế', deadlineText: 'trong năm 2026'}), []],
    ['other block warnings are not repairs', block('…', {warnings: ['3 syllables repaired with low confidence']}), task(), []],
    ['a block OCR read with low confidence', block('…', {confidence: 41.6}), task(), ['ocr-low-confidence']],
    ['…and with enough', block('…', {confidence: 88}), task(), []],
    ['a group record is never flagged', block('…', {confidence: 20, warnings: [ownerGuess]}), task({kind: 'group'}), []],
    ['no block', undefined, task(), []]
  ])('%s', (_name, source, record, codes) => {
    expect(sourceWarnings(record, source).map((w) => w.code)).toEqual(codes)
  })

  it('extractTasks carries them onto the task read from that block', () => {
    const doc = {file: 'scan.pdf', pages: [], warnings: [], blocks: [
      {kind: 'heading' as const, text: 'PHỤ LỤC', provenance: {page: 1, lineStart: 1, lineEnd: 1, source: 'ocr' as const, confidence: 90}},
      block('1. Bộ Công an chủ trì rà soát, hoàn thành trong quý I/2026.', {confidence: 52, warnings: [deadlineGuess]})
    ]}
    const [found] = extractTasks(doc)
    expect(found).toMatchObject({id: '1', owner: 'Bộ Công an', due: '2026-03-31'})
    expect(found!.warnings.map((w) => w.code)).toEqual(['deadline-repaired', 'ocr-low-confidence'])
  })
})
