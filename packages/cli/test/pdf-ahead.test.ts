import {expect, test} from 'vitest'
import path from 'node:path'
import {readingOptions, tasksOptions} from '../src/args.ts'
import {namedPdfs} from '../src/pdf-ahead.ts'

const fixtures = path.resolve(import.meta.dirname, '../../../fixtures')

test.each([
  // args after `tasks` → PDFs named, all the command reads (no folder, no standard input)
  [['a.pdf'], {pdfs: 1, counted: true}],
  [['a.pdf', 'B.PDF', 'c.md'], {pdfs: 2, counted: true}],
  [['--format', 'json', 'a.pdf'], {pdfs: 1, counted: true}],
  [['a.pdf', '-'], {pdfs: 1, counted: false}],
  [['a.pdf', fixtures], {pdfs: 1, counted: false}],
  // An option's value is not an input.
  [['a.md', '--out', 'x.pdf'], null],
  [['a.md'], null],
  [['--help', 'a.pdf'], null],
  [[], null]
])('namedPdfs(%j) → %j', (args, expected) => {
  const named = namedPdfs(args, tasksOptions)
  expect(named && {pdfs: named.pdfs, counted: named.counted}).toEqual(expected)
})

test('namedPdfs reads a line with the command\'s own options', () => {
  expect(namedPdfs(['--ocr', 'never', 'a.pdf'], readingOptions)).toMatchObject({inputs: ['a.pdf'], pdfs: 1})
})
