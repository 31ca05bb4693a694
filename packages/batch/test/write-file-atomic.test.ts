import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {afterEach, beforeEach, expect, test} from 'vitest'
import {tempSuffix, writeFileAtomic} from '../src/index.ts'

let dir: string
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vanban-atomic-'))
})
afterEach(() => fs.rmSync(dir, {recursive: true, force: true}))

const leftovers = () => fs.readdirSync(dir, {recursive: true}).map(String).filter((name) => name.endsWith(tempSuffix))

test('writes the whole content, creating parent folders, and leaves no temp file', async () => {
  const file = path.join(dir, 'a/b/out.csv')
  await writeFileAtomic(file, 'Bộ Tài chính\r\n')
  expect(fs.readFileSync(file, 'utf8')).toBe('Bộ Tài chính\r\n')
  await writeFileAtomic(file, new Uint8Array([0xef, 0xbb, 0xbf]))
  expect([...fs.readFileSync(file)]).toEqual([0xef, 0xbb, 0xbf])
  expect(leftovers()).toEqual([])
})

test('a failed rename keeps the old target and removes the temp file', async () => {
  // A non-empty folder cannot be replaced by a file: rename fails after the temp file was written.
  const target = path.join(dir, 'taken')
  fs.mkdirSync(target)
  fs.writeFileSync(path.join(target, 'keep.txt'), 'x')
  await expect(writeFileAtomic(target, 'new')).rejects.toThrow()
  expect(fs.readFileSync(path.join(target, 'keep.txt'), 'utf8')).toBe('x')
  expect(leftovers()).toEqual([])
})
