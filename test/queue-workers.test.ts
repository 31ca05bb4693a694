// The distributed path end to end: a real Redis, two `vanban worker` processes, one killed
// mid-batch with SIGKILL, and `queue wait` — against a local `vanban tasks` of the same folder.
import {spawn, type ChildProcess} from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {afterAll, beforeAll, describe, expect, test} from 'vitest'
import {runVanban} from '../packages/cli/test/support.ts'
import {combineBatch} from '@vanban/queue'
import {hasRedis, type RedisServer, startRedis} from './support/redis.ts'

const root = path.resolve(import.meta.dirname, '..')
const fixtures = path.join(root, 'fixtures')

let redis: RedisServer
let dir: string
/** The batch of the first test, finished, for the second. */
let finishedBatch = ''
beforeAll(async () => {
  if (!hasRedis()) return
  redis = await startRedis()
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vanban-queue-'))
})
afterAll(async () => {
  await redis?.stop()
  if (dir) fs.rmSync(dir, {recursive: true, force: true})
})

/** `vanban worker` as its own process, from the sources (tsx), as a deployment runs it. */
function startWorker(url: string, name: string): {child: ChildProcess; log: () => string} {
  let log = ''
  const child = spawn(process.execPath, ['--import', 'tsx', 'packages/cli/src/main.ts', 'worker', '--redis', url, '--queue', name, '--lock-timeout', '2', '--jobs', '1'], {
    cwd: root,
    stdio: ['ignore', 'ignore', 'pipe']
  })
  child.stderr!.on('data', (chunk: Buffer) => (log += chunk.toString('utf8')))
  return {child, log: () => log}
}

const exited = (child: ChildProcess) => (child.exitCode !== null || child.signalCode !== null ? Promise.resolve() : new Promise((resolve) => child.once('exit', resolve)))

describe.skipIf(!hasRedis())('queue: workers on Redis', () => {
  test('two workers share a batch; one killed with SIGKILL loses no file; wait names the broken file; outputs equal a local run', async () => {
    const input = path.join(dir, 'in')
    fs.mkdirSync(path.join(input, 'sub'), {recursive: true})
    fs.copyFileSync(path.join(fixtures, 'tb20-2026-notice.pdf'), path.join(input, 'a-notice.pdf'))
    fs.copyFileSync(path.join(fixtures, 'tb20-2026-notice.md'), path.join(input, 'b-notice.md'))
    fs.copyFileSync(path.join(fixtures, 'bad/good-notice.md'), path.join(input, 'sub/c-good.md'))
    fs.copyFileSync(path.join(fixtures, 'bad/truncated.pdf'), path.join(input, 'd-broken.pdf'))
    for (let i = 0; i < 6; i++) fs.copyFileSync(path.join(fixtures, 'tb20-2026-notice.pdf'), path.join(input, `e-copy-${i}.pdf`))
    const queued = path.join(dir, 'queued')
    const name = 'q1'

    const add = await runVanban(['queue', 'add', input, '--redis', redis.url, '--queue', name, '--out', queued])
    expect(add.status).toBe(0)
    const batch = add.stdout.trim()
    expect(batch).toMatch(/^b[0-9a-f]{10}$/)
    expect(add.stderr).toMatch(/10 files queued/)

    const first = startWorker(redis.url, name)
    const second = startWorker(redis.url, name)
    await new Promise((resolve) => setTimeout(resolve, 3000))
    first.child.kill('SIGKILL')
    await exited(first.child)

    // The combined output is written from the jobs' records once the batch is finished.
    const wait = await runVanban(['queue', 'wait', batch, '--redis', redis.url, '--queue', name, '--combine', path.join(dir, 'queued-all.csv')])
    second.child.kill('SIGTERM')
    await exited(second.child)
    expect(second.child.exitCode).toBe(143)
    expect(wait.status).toBe(1)
    // One line for the one broken file, with its reason and code; nothing else failed.
    expect(wait.stdout.trim().split('\n')).toEqual([expect.stringMatching(/^FAIL {2}\[[a-z-]+\] .*d-broken\.pdf: /)])
    expect(wait.stderr).toMatch(/9 of 10 ok, 1 failed/)

    const local = path.join(dir, 'local')
    const run = await runVanban(['tasks', input, '--out', local, '--combine', path.join(dir, 'local-all.csv'), '--quiet'])
    expect(run.status).toBe(1)
    expect(wait.stderr).toMatch(/ tasks of 9 files → .*queued-all\.csv$/m)
    expect(fs.readFileSync(path.join(dir, 'queued-all.csv'))).toEqual(fs.readFileSync(path.join(dir, 'local-all.csv')))
    const outputs = (folder: string) => fs.readdirSync(folder, {recursive: true, encoding: 'utf8'}).filter((f) => !path.basename(f).startsWith('.') && fs.statSync(path.join(folder, f)).isFile()).sort()
    expect(outputs(queued)).toEqual(outputs(local))
    expect(outputs(queued)).toHaveLength(9)
    for (const file of outputs(local)) expect(fs.readFileSync(path.join(queued, file))).toEqual(fs.readFileSync(path.join(local, file)))

    // Any format, from the same finished batch: the JSON of a local run with --combine all.json, byte for byte.
    const again = await runVanban(['queue', 'wait', batch, '--redis', redis.url, '--queue', name, '--combine', path.join(dir, 'queued-all.json')])
    expect(again.status).toBe(1)
    const localJson = await runVanban(['tasks', input, '--out', path.join(dir, 'local-json'), '--combine', path.join(dir, 'local-all.json'), '--quiet'])
    expect(localJson.status).toBe(1)
    expect(fs.readFileSync(path.join(dir, 'queued-all.json'), 'utf8')).toBe(fs.readFileSync(path.join(dir, 'local-all.json'), 'utf8'))
    expect(fs.readdirSync(dir).filter((file) => file.includes('.vanban-tmp'))).toEqual([])

    const status = await runVanban(['queue', 'status', '--redis', redis.url, '--queue', name])
    expect(status.stdout).toMatch(/^completed\t9$/m)
    expect(status.stdout).toMatch(/^failed\t1$/m)
    finishedBatch = batch
  }, 120_000)

  test('retry-failed puts failed jobs back; usage errors are one line', async () => {
    const retry = await runVanban(['queue', 'retry-failed', '--redis', redis.url, '--queue', 'q1'])
    expect(retry.status).toBe(0)
    expect(retry.stderr).toMatch(/^vanban: 1 failed job put back in the queue$/m)
    const status = await runVanban(['queue', 'status', '--redis', redis.url, '--queue', 'q1'])
    expect(status.stdout).toMatch(/^failed\t0$/m)
    // The retried file is waiting again (no worker runs): the batch is not finished, so nothing is combined.
    await expect(combineBatch(finishedBatch, {redis: redis.url, queue: 'q1', out: path.join(dir, 'early.csv')})).rejects.toThrow(/1 of 10 files not finished yet/)
    expect(fs.existsSync(path.join(dir, 'early.csv'))).toBe(false)
    expect((await runVanban(['queue', 'wait', '--combine', 'all.csv', '--format', 'json', '--redis', redis.url])).stderr).toMatch(/^vanban: --format json does not match the output file all\.csv/)
    expect((await runVanban(['queue', 'add', 'x.pdf', '--redis', redis.url])).stderr).toMatch(/^vanban: give --out DIR/)
    expect((await runVanban(['queue', 'add', 'x.pdf', '--out', 'o', '--redis', 'http://x'])).stderr).toMatch(/^vanban: not a Redis URL: "http:\/\/x"/)
    expect((await runVanban(['worker'])).stderr).toMatch(/^vanban: give --redis URL/)
    expect((await runVanban(['queue', 'frobnicate'])).status).toBe(2)
  }, 30_000)
})
