/**
 * Issue 7: random and mutated text thrown at normalize and tasks must never
 * throw, and what comes out must always be schema-valid. 10,000 cases in all,
 * seeded so a failure replays (`FUZZ_SEED=… npx vitest run test/batch-fuzz.test.ts`
 * explores other seeds).
 */
import fs from 'node:fs'
import path from 'node:path'
import fc from 'fast-check'
import {expect, test} from 'vitest'
import {type Block, documentSchema, taskSchema, type VanbanDocument} from '../packages/core/src/index.ts'
import {normalizeDocument, normalizeText} from '../packages/normalize/src/index.ts'
import {extractTasks} from '../packages/tasks/src/index.ts'

const seed = Number(process.env.FUZZ_SEED ?? 20_260_316)
const root = path.resolve(import.meta.dirname, '..')

/** Real notice lines to mutate: the shapes the parsers look for, so mutations reach deep branches. */
const corpus = fs
  .readFileSync(path.join(root, 'fixtures/tb20-2026-notice.md'), 'utf8')
  .split('\n')
  .map((line) => line.trim())
  .filter((line) => line.length > 0)
  // Cut long lines: the rules act on the start of a line and on phrases, and short cases keep 10,000 runs fast.
  .map((line) => line.slice(0, 140))

/** Fragments that trigger list, owner and deadline rules, including impossible dates. */
const fragments = [
  '1.', '2.1.', 'a)', 'đ)', '-', '(1)', 'IV.', '+', '*', '**', '####', 'Bộ Tài chính', 'chủ trì', 'phối hợp với', 'Ủy ban nhân dân',
  'các bộ, ngành', 'trước ngày 30/6/2026', 'trong quý I/2026', 'năm 2026', 'tháng 13/2026', 'ngày 31/02/2026', 'ngày 0/0/0',
  'quý V/2026', 'thường xuyên', 'hằng năm', 'chậm nhất', 'Kết quả', 'Thời gian hoàn thành', '\t', '\n', '\u00ad', '\u200b',
  '\uFEFF', 'o\u0302\u0301', 'Bé Y tÕ', 'Bo^. Ta`i chi\'nh', 'nhim vii', '9999999999999999999', '-1', '<p>', '</ul>', '&amp;'
]

const mutate = (text: string) =>
  fc.array(
    fc.oneof(
      fc.record({at: fc.nat(), insert: fc.oneof(fc.constantFrom(...fragments), fc.string({unit: 'grapheme', maxLength: 4}))}),
      fc.record({at: fc.nat(), remove: fc.integer({min: 1, max: 6})}),
      fc.constant('strip-diacritics' as const),
      fc.constant('upper' as const)
    ),
    {maxLength: 4}
  ).map((edits) =>
    edits.reduce<string>((acc, edit) => {
      if (edit === 'strip-diacritics') return acc.normalize('NFD').replace(/\p{M}/gu, '')
      if (edit === 'upper') return acc.toUpperCase()
      const at = acc.length === 0 ? 0 : edit.at % (acc.length + 1)
      return 'insert' in edit ? acc.slice(0, at) + edit.insert + acc.slice(at) : acc.slice(0, at) + acc.slice(at + edit.remove)
    }, text)
  )

/** Random text, mutated notice lines, or fragments glued together. */
const text = fc.oneof(
  {weight: 2, arbitrary: fc.string({unit: 'grapheme', maxLength: 60})},
  {weight: 1, arbitrary: fc.string({unit: 'binary', maxLength: 40})},
  {weight: 4, arbitrary: fc.constantFrom(...corpus).chain(mutate)},
  {weight: 2, arbitrary: fc.array(fc.constantFrom(...fragments), {maxLength: 8}).map((parts) => parts.join(' '))}
)

const page = fc.oneof(fc.constant(null), fc.integer({min: 1, max: 4}))
const provenance = fc.record({page, lineStart: fc.nat(50), lineEnd: fc.nat(50), source: fc.constantFrom('text-layer' as const, 'ocr' as const, 'text' as const)})

const textBlock = fc.record({
  kind: fc.constantFrom('heading' as const, 'paragraph' as const, 'list-item' as const, 'line' as const),
  text,
  provenance,
  bold: fc.boolean()
})
const tableBlock = fc.record({
  kind: fc.constant('table' as const),
  header: fc.array(fc.oneof(text, fc.constantFrom('TT', 'Nhiệm vụ', 'Cơ quan chủ trì', 'Cơ quan phối hợp', 'Thời gian hoàn thành', 'Kết quả')), {maxLength: 5}),
  rows: fc.array(fc.record({cells: fc.array(text, {maxLength: 5}), page}), {maxLength: 3}),
  provenance
})

const document: fc.Arbitrary<VanbanDocument> = fc
  .array(fc.oneof({weight: 4, arbitrary: textBlock}, {weight: 1, arbitrary: tableBlock}), {maxLength: 4})
  .map((blocks) => ({
    file: 'fuzz.pdf',
    pages: [1, 2, 3, 4].map((number) => ({number, source: 'text-layer' as const, furniture: [], warnings: []})),
    blocks: blocks as Block[],
    warnings: []
  }))

test('normalizeText never throws and returns a string (5,000 cases)', () => {
  fc.assert(
    fc.property(text, (input) => {
      expect(typeof normalizeText(input)).toBe('string')
    }),
    {seed, numRuns: 5_000}
  )
}, 120_000)

test('normalizeDocument → extractTasks never throws; documents and tasks stay schema-valid (5,000 cases)', () => {
  fc.assert(
    fc.property(document, fc.constantFrom('auto' as const, 'always' as const, 'never' as const), (doc, repair) => {
      const normalized = normalizeDocument(doc, {repair})
      expect(documentSchema.safeParse(normalized).success).toBe(true)
      for (const source of [normalized, doc]) {
        for (const task of extractTasks(source)) {
          const checked = taskSchema.safeParse(task)
          expect(checked.success, JSON.stringify(checked.error?.issues[0])).toBe(true)
          expect(task.file).toBe('fuzz.pdf')
        }
      }
    }),
    {seed, numRuns: 5_000}
  )
}, 120_000)
