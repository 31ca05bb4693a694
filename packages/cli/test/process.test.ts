/**
 * The real `vanban` process (bin.ts → main.ts, restarted with the malloc setting when OCR
 * may run): exit statuses of signals in every mode, and no process outliving its parent.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {afterEach, beforeEach, expect, test} from 'vitest'
import {childPids, finished, isRunning, spawnVanban} from './support.ts'

let dir: string
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vanban-process-'))
})
afterEach(() => fs.rmSync(dir, {recursive: true, force: true}))

const until = async (check: () => boolean, ms = 20_000) => {
  for (const start = Date.now(); !check(); await new Promise((resolve) => setTimeout(resolve, 50))) {
    if (Date.now() - start > ms) throw new Error('timed out')
  }
}

// Standard input left open keeps the process busy reading `-`; `-` may be a scan, so bin.ts
// restarts: the signal goes to the parent, which passes it on.
test.each([
  ['SIGINT', 130, ['text', '-']],
  ['SIGINT', 130, ['tasks', '-']],
  ['SIGINT', 130, ['tasks', '-', '--out', 'OUT']],
  ['SIGTERM', 143, ['tasks', '-', '--out', 'OUT']],
  ['SIGTERM', 143, ['text', '-']]
] as const)('%s → exit %i (vanban %j)', async (signal, status, argv) => {
  const child = spawnVanban(argv.map((arg) => (arg === 'OUT' ? path.join(dir, 'out') : arg)))
  const done = finished(child)
  // The restarted process is up once it exists (it then reads stdin).
  await until(() => childPids(child.pid!).length > 0)
  await new Promise((resolve) => setTimeout(resolve, 1500))
  child.kill(signal)
  expect((await done).status).toBe(status)
}, 60_000)

test('kill -KILL of the vanban process leaves no vanban process behind', async () => {
  const child = spawnVanban(['tasks', '-', '--out', path.join(dir, 'out')])
  const done = finished(child)
  await until(() => childPids(child.pid!).length > 0)
  const [worker] = childPids(child.pid!)
  child.kill('SIGKILL')
  await done
  // The restarted process sees its parent's IPC channel close and stops.
  await until(() => !isRunning(worker!), 10_000)
  expect(isRunning(worker!)).toBe(false)
}, 60_000)

test('text files run in one process: no restart', async () => {
  const file = path.join(dir, 'a.md')
  fs.writeFileSync(file, '1. Bộ Tài chính chủ trì, hoàn thành trước ngày 30/6/2026.\n')
  // A folder may hold scans; a named .md cannot.
  const child = spawnVanban(['tasks', file, '--format', 'jsonl', '--quiet'], {env: {VANBAN_PROBE: '1'}})
  let sawChild = false
  const probe = setInterval(() => (sawChild ||= childPids(child.pid!).length > 0), 20)
  const run = await finished(child)
  clearInterval(probe)
  expect(run.status).toBe(0)
  expect(sawChild).toBe(false)
}, 60_000)
