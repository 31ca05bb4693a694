import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {afterEach, beforeEach, expect, test} from 'vitest'
import {runVanban} from './support.ts'

const fixtures = path.resolve(import.meta.dirname, '../../../fixtures')
let dir: string
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vanban-train-'))
})
afterEach(() => fs.rmSync(dir, {recursive: true, force: true}))

test('train: a language model from clean text; bad files are reported, scans and images skipped', async () => {
  const input = path.join(dir, 'in')
  fs.mkdirSync(input)
  fs.copyFileSync(path.join(fixtures, 'bad/good-notice.md'), path.join(input, 'a.md'))
  fs.copyFileSync(path.join(fixtures, 'bad/truncated.pdf'), path.join(input, 'b.pdf'))
  fs.copyFileSync(path.join(fixtures, 'bad/blank.png'), path.join(input, 'c.png'))
  const out = path.join(dir, 'model.json')
  const run = await runVanban(['train', input, '--out', out])
  expect(run.status).toBe(1)
  expect(run.stderr).toContain(`read  ${path.join(input, 'a.md')}\n`)
  expect(run.stderr).toMatch(new RegExp(`FAIL  ${path.join(input, 'b.pdf').replace(/[.\\]/g, '\\$&')}: not a readable PDF`))
  expect(run.stderr).not.toContain('c.png')
  const model = JSON.parse(fs.readFileSync(out, 'utf8')) as {version: number; lm: {vocab: string[]; unigrams: number[]}; channel: object}
  expect(model.version).toBe(1)
  expect(model.lm.vocab).toContain('bộ')
  expect(model.lm.vocab).toContain('chủ')
  expect(model.lm.unigrams).toHaveLength(model.lm.vocab.length)
  expect(typeof model.channel).toBe('object')

  // The trained model is used as is by --model.
  const text = await runVanban(['text', path.join(input, 'a.md'), '--model', out, '--repair', 'always'])
  expect(text.status).toBe(0)
  expect(text.stdout).toContain('Bộ')
})

test('--model refuses a file that is not a repair model, in one line', async () => {
  const bogus = path.join(dir, 'bogus.json')
  fs.writeFileSync(bogus, '{"vocab": []}')
  const run = await runVanban(['text', path.join(fixtures, 'bad/good-notice.md'), '--model', bogus])
  expect(run.status).toBe(2)
  expect(run.stderr).toBe(`vanban: --model ${bogus}: not a vanban repair model (write one with \`vanban train\`) (see \`vanban text --help\`)\n`)
})

test('train needs --out', async () => {
  const run = await runVanban(['train', dir])
  expect(run).toEqual({status: 2, stdout: '', stderr: 'vanban: --out <model.json> is required (see `vanban train --help`)\n'})
})
