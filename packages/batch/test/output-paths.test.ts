import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {afterAll, beforeAll, expect, test} from 'vitest'
import {expandInputs, outputPaths} from '../src/index.ts'

let dir: string
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vanban-expand-'))
  for (const name of ['b.pdf', 'a.md', 'a.pdf', 'sub/z.txt', 'sub/deeper/y.png', 'notes.docx', 'out.csv', '.hidden.pdf', '.vanban/x.pdf', 'Thumbs.db']) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), {recursive: true})
    fs.writeFileSync(path.join(dir, name), 'x')
  }
})
afterAll(() => fs.rmSync(dir, {recursive: true, force: true}))

test('a folder expands to its readable files and office documents, sorted, recursively; hidden and other files skipped', async () => {
  const files = await expandInputs([dir])
  expect(files.map((f) => f.relative.split(path.sep).join('/'))).toEqual(['a.md', 'a.pdf', 'b.pdf', 'notes.docx', 'sub/deeper/y.png', 'sub/z.txt'])
  expect(files[0]!.file).toBe(path.join(dir, 'a.md'))
})

test('files given directly are kept as given, even missing or unsupported ones', async () => {
  const files = await expandInputs(['missing.pdf', path.join(dir, 'out.csv')])
  expect(files).toEqual([
    {file: 'missing.pdf', relative: 'missing.pdf'},
    {file: path.join(dir, 'out.csv'), relative: 'out.csv'}
  ])
})

test('with several inputs, a folder\'s files sit under its name', async () => {
  const files = await expandInputs([path.join(dir, 'sub'), path.join(dir, 'b.pdf')])
  expect(files.map((f) => f.relative.split(path.sep).join('/'))).toEqual(['sub/deeper/y.png', 'sub/z.txt', 'b.pdf'])
})

const rel = (...names: string[]) => names.map((name) => ({file: name, relative: name}))

test.each([
  [rel('a.pdf', 'b/c.md'), 'csv', ['a.csv', 'b/c.csv']],
  [rel('a.pdf'), 'jsonl', ['a.jsonl']],
  [rel('a.pdf'), 'json', ['a.json']],
  // Same stem side by side: both keep their own extension.
  [rel('a.pdf', 'a.md', 'b.txt'), 'csv', ['a.pdf.csv', 'a.md.csv', 'b.csv']],
  // The same file given twice.
  [rel('a.pdf', 'a.pdf'), 'csv', ['a.pdf.csv', 'a.pdf~2.csv']],
  [rel('noext'), 'csv', ['noext.csv']]
] as const)('%j as %s → %j', (files, format, expected) => {
  expect(outputPaths(files, format)).toEqual(expected)
})
