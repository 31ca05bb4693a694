import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {afterEach, beforeEach, expect, test} from 'vitest'
import {runVanban} from './support.ts'

const fixtures = path.resolve(import.meta.dirname, '../../../fixtures')
let dir: string
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vanban-signal-'))
})
afterEach(() => fs.rmSync(dir, {recursive: true, force: true}))

test('SIGINT after the first file: exit 130, the file in flight discarded, finished outputs kept, handlers removed', async () => {
  const input = path.join(dir, 'in')
  fs.mkdirSync(input)
  fs.copyFileSync(path.join(fixtures, 'bad/good-notice.md'), path.join(input, 'a.md'))
  fs.copyFileSync(path.join(fixtures, 'tb20-2026-notice.pdf'), path.join(input, 'b.pdf'))
  fs.copyFileSync(path.join(fixtures, 'tb20-2026-notice.pdf'), path.join(input, 'c.pdf'))
  const out = path.join(dir, 'out')
  const before = process.listenerCount('SIGINT')
  let sent = false
  const run = await runVanban(['tasks', input, '--out', out, '--combine', path.join(dir, 'all.csv')], {
    handleSignals: true,
    onStderr(text) {
      if (!sent && /^ok {4}/m.test(text)) {
        sent = true
        process.emit('SIGINT')
      }
    }
  })
  expect(run.status).toBe(130)
  expect(run.stderr).toMatch(/^vanban: interrupted by SIGINT after 1 file; the files in flight were discarded, outputs written so far are complete \(rerun with --resume to continue\)$/m)
  expect(fs.readdirSync(out).sort()).toEqual(['.vanban-manifest.json', '.vanban-tasks.jsonl', 'a.csv'])
  expect(fs.existsSync(path.join(dir, 'all.csv'))).toBe(false)
  expect(process.listenerCount('SIGINT')).toBe(before)
})
