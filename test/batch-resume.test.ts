/**
 * Issue 7: a batch killed mid-run (SIGTERM) leaves only complete outputs, and
 * `--resume` finishes it so that every output equals an uninterrupted run's,
 * byte for byte.
 */
import {spawn} from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {afterAll, beforeAll, expect, test} from 'vitest'
import {tempSuffix} from '../packages/batch/src/index.ts'
import {runVanban} from '../packages/cli/test/support.ts'

const root = path.resolve(import.meta.dirname, '..')
let tmp: string
let input: string

beforeAll(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'vanban-resume-'))
  input = path.join(tmp, 'in')
  fs.mkdirSync(input)
  // A quick file first (its "ok" line is the cue to kill), then PDFs slow enough that one is in flight.
  fs.copyFileSync(path.join(root, 'fixtures/bad/good-notice.md'), path.join(input, 'a.md'))
  for (const name of ['b', 'c', 'd', 'e']) fs.copyFileSync(path.join(root, 'fixtures/tb20-2026-notice.pdf'), path.join(input, `${name}.pdf`))
})
afterAll(() => fs.rmSync(tmp, {recursive: true, force: true}))

const args = (out: string) => ['tasks', input, '--out', out, '--combine', path.join(out, 'all.csv'), '--ocr', 'never']

/** Every file under `dir` (hidden ones too: the manifest must match as well) → its bytes. */
function snapshot(dir: string): Map<string, Buffer> {
  const files = fs.readdirSync(dir, {recursive: true}).map(String).filter((name) => fs.statSync(path.join(dir, name)).isFile())
  return new Map(files.sort().map((name) => [name, fs.readFileSync(path.join(dir, name))]))
}

/** Runs the real `vanban` process and sends SIGTERM once the first file is reported done. */
function runAndKill(argv: readonly string[]): Promise<{status: number | null; stderr: string; killed: boolean}> {
  return new Promise((resolve, reject) => {
    // The sources, like the rest of the suite: tsx is told the root tsconfig (its `paths` map
    // @vanban/* to src), since it would look for one in the temp working directory.
    const tsx = [path.join(root, 'node_modules/.bin/tsx'), '--tsconfig', path.join(root, 'tsconfig.json')]
    const child = spawn(tsx[0]!, [...tsx.slice(1), path.join(root, 'packages/cli/src/bin.ts'), ...argv], {cwd: tmp})
    let stderr = ''
    let killed = false
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString('utf8')
      if (!killed && /^ok {4}/m.test(stderr)) {
        killed = true
        child.kill('SIGTERM')
      }
    })
    child.on('error', reject)
    child.on('exit', (status) => resolve({status, stderr, killed}))
  })
}

test('SIGTERM mid-batch, then --resume: outputs equal an uninterrupted run byte for byte', async () => {
  const reference = path.join(tmp, 'reference')
  const full = await runVanban(args(reference))
  expect(full.status).toBe(0)
  const expected = snapshot(reference)
  expect([...expected.keys()]).toEqual(['.vanban-manifest.json', '.vanban-tasks.jsonl', 'a.csv', 'all.csv', 'b.csv', 'c.csv', 'd.csv', 'e.csv'])

  const out = path.join(tmp, 'out')
  const killed = await runAndKill(args(out))
  expect(killed.killed).toBe(true)
  expect(killed.status).toBe(143)
  expect(killed.stderr).toMatch(/^vanban: interrupted by SIGTERM after \d+ files?; the files in flight were discarded/m)
  expect(killed.stderr).not.toMatch(/^\s+at /m)
  const partial = snapshot(out)
  // Only complete outputs: each one already equals the reference; the combined file is not written yet.
  expect(partial.has('all.csv')).toBe(false)
  expect(partial.size).toBeLessThan(expected.size)
  for (const [name, bytes] of partial) if (!name.startsWith('.vanban-')) expect(bytes.equals(expected.get(name)!), name).toBe(true)
  expect([...partial.keys()].filter((name) => name.endsWith(tempSuffix))).toEqual([])

  const resumed = await runVanban([...args(out), '--resume'])
  expect(resumed.status).toBe(0)
  expect(resumed.stderr).toMatch(/^skip {2}.*a\.md: output already complete/m)
  expect(resumed.stderr).toMatch(/\d+ resumed/)
  const final = snapshot(out)
  expect([...final.keys()]).toEqual([...expected.keys()])
  for (const [name, bytes] of final) expect(bytes.equals(expected.get(name)!), name).toBe(true)
}, 180_000)

test('--resume redoes an input whose content changed, and an output that was damaged', async () => {
  const out = path.join(tmp, 'small')
  const files = [path.join(input, 'a.md')]
  const other = path.join(tmp, 'x.md')
  fs.writeFileSync(other, '1. Bộ Nội vụ chủ trì rà soát, hoàn thành trong quý III/2026.\n')
  files.push(other)
  expect((await runVanban(['tasks', ...files, '--out', out, '--quiet'])).status).toBe(0)
  const second = await runVanban(['tasks', ...files, '--out', out, '--resume'])
  expect(second.stderr.match(/^skip /gm)).toHaveLength(2)
  // Options that change the output are part of the key.
  const otherOptions = await runVanban(['tasks', ...files, '--out', out, '--resume', '--no-bom'])
  expect(otherOptions.stderr).not.toMatch(/^skip /m)
  expect(fs.readFileSync(path.join(out, 'a.csv'), 'utf8').startsWith('file,')).toBe(true)
  expect((await runVanban(['tasks', ...files, '--out', out, '--quiet'])).status).toBe(0)

  fs.appendFileSync(other, '2. Bộ Tài chính bố trí kinh phí, thực hiện thường xuyên.\n')
  fs.appendFileSync(path.join(out, 'a.csv'), 'garbage')
  const third = await runVanban(['tasks', ...files, '--out', out, '--resume'])
  expect(third.status).toBe(0)
  expect(third.stderr).not.toMatch(/^skip /m)
  expect(fs.readFileSync(path.join(out, 'a.csv'), 'utf8')).not.toContain('garbage')
})
