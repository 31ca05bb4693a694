import {spawn} from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {InputError} from '@vanban/core'
import {afterEach, beforeEach, expect, test} from 'vitest'
import {lockName, manifestName, runBatch, tempSuffix} from '../src/index.ts'

let dir: string
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vanban-guards-'))
})
afterEach(() => fs.rmSync(dir, {recursive: true, force: true}))

const notice = '1. Bộ Tài chính chủ trì, hoàn thành trước ngày 30/6/2026.\n'
const write = (name: string, text = notice) => {
  const file = path.join(dir, name)
  fs.mkdirSync(path.dirname(file), {recursive: true})
  fs.writeFileSync(file, text)
  return file
}
/** A pid no process has: the highest pid Linux hands out is below 2^22. */
const deadPid = 2 ** 22 + 1

test.each([
  ['combine', (input: string) => ({combine: input})],
  ['report', (input: string) => ({report: input})],
  ['combine through a hard link', (input: string) => {
    fs.linkSync(input, path.join(dir, 'link.csv'))
    return {combine: path.join(dir, 'link.csv')}
  }],
  ['combine through a symbolic link', (input: string) => {
    fs.symlinkSync(input, path.join(dir, 'sym.csv'))
    return {combine: path.join(dir, 'sym.csv')}
  }]
])('an output that is an input (%s) is refused before any work; the input is unchanged', async (_, options) => {
  const input = write('a.md')
  await expect(runBatch([input], options(input))).rejects.toMatchObject({code: 'output-is-input', message: expect.stringMatching(/^refusing to write .*: it is the input .*a\.md \(choose another output path\)$/)})
  expect(fs.readFileSync(input, 'utf8')).toBe(notice)
})

test('a per-file output that would land on an input is refused too', async () => {
  // `a.csv` given as an input (read as unsupported): its output in its own folder would be a.csv.
  const csv = write('in/a.csv', 'keep me')
  await expect(runBatch([csv], {outDir: path.join(dir, 'in')})).rejects.toMatchObject({code: 'output-is-input'})
  expect(fs.readFileSync(csv, 'utf8')).toBe('keep me')
})

test.each([
  ['an outDir that is a file', () => ({outDir: write('taken.txt', 'x')}), /^cannot write to .*taken\.txt: it is a file, not a folder$/],
  ['a combine that is a folder', () => ({combine: dir}), /^cannot write .*: it is a folder$/],
  ['a combine under a file', () => ({combine: path.join(write('f.txt', 'x'), 'all.csv')}), /^cannot write .*all\.csv: .*f\.txt is a file, not a folder$/]
])('%s is reported before the work starts', async (_, options, message) => {
  const events: string[] = []
  await expect(runBatch([write('a.md')], {...options(), onProgress: (event) => events.push(event.type)})).rejects.toMatchObject({code: 'output-unwritable', message: expect.stringMatching(message)})
  expect(events).toEqual([])
})

test('one writer per output folder: a live lock refuses, naming the folder and the pid', async () => {
  const out = path.join(dir, 'out')
  fs.mkdirSync(out)
  const sleeper = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 30000)'])
  try {
    fs.writeFileSync(path.join(out, lockName), JSON.stringify({pid: sleeper.pid, host: os.hostname()}))
    await expect(runBatch([write('a.md')], {outDir: out})).rejects.toThrow(`another vanban run is writing to ${out} (pid ${sleeper.pid})`)
    expect(fs.readdirSync(out)).toEqual([lockName])
  } finally {
    sleeper.kill()
  }
})

test('a stale lock (its process is gone) is taken over and released at the end', async () => {
  const out = path.join(dir, 'out')
  fs.mkdirSync(out)
  fs.writeFileSync(path.join(out, lockName), JSON.stringify({pid: deadPid, host: os.hostname()}))
  const summary = await runBatch([write('a.md')], {outDir: out})
  expect(summary.filesOk).toBe(1)
  expect(fs.existsSync(path.join(out, lockName))).toBe(false)
})

test('two runs on one folder at once: one writes, the other is refused', async () => {
  const out = path.join(dir, 'out')
  const inputs = Array.from({length: 20}, (_, k) => write(`in/n${k}.md`))
  const runs = await Promise.allSettled([runBatch(inputs, {outDir: out}), runBatch(inputs, {outDir: out})])
  expect(runs.map((run) => run.status).sort()).toEqual(['fulfilled', 'rejected'])
  const manifest = JSON.parse(fs.readFileSync(path.join(out, manifestName), 'utf8')) as {entries: object}
  expect(Object.keys(manifest.entries)).toHaveLength(20)
})

test('stale temp files of a killed run are removed; a live writer\'s are kept', async () => {
  const out = path.join(dir, 'out')
  const stale = [write(`out/.vb0123456789abcdef.${deadPid}${tempSuffix}`, 'x'), write(`out/sub/.a.csv.${deadPid}.0badf00d${tempSuffix}`, 'x')]
  const live = write(`out/.vbfedcba9876543210.${process.ppid}${tempSuffix}`, 'x')
  const summary = await runBatch([write('a.md')], {outDir: out, resume: true})
  expect([...summary.staleTempFiles].sort()).toEqual(stale.sort())
  for (const file of stale) expect(fs.existsSync(file)).toBe(false)
  expect(fs.existsSync(live)).toBe(true)
})

test.each([
  ['240 bytes', 'a'.repeat(236) + '.md'],
  ['120 × Đ', 'Đ'.repeat(120 - 2) + '.md']
])('an input name of %s gives an output (temp names have a fixed short length)', async (_, name) => {
  const out = path.join(dir, 'out')
  const input = write(name)
  const summary = await runBatch([input], {outDir: out, combine: path.join(dir, name.slice(0, -3) + '.csv')})
  expect(summary.filesFailed).toBe(0)
  expect(fs.readFileSync(path.join(out, name.slice(0, -3) + '.csv'), 'utf8')).toContain('Bộ Tài chính')
  expect(fs.existsSync(path.join(dir, name.slice(0, -3) + '.csv'))).toBe(true)
})

test.each([
  ['a string', 'file.md', TypeError, 'runBatch takes an array of paths, not a string: write runBatch(["file.md"])'],
  ['null', null, TypeError, 'runBatch takes an array of paths (got null)'],
  ['a null input', [null], InputError, 'input 1 is null, not a path'],
  ['a number input', ['a.md', 7], InputError, 'input 2 is 7, not a path'],
  ['an empty path', [''], InputError, 'input 1 is an empty path']
])('inputs: %s is refused', async (_, inputs, type, message) => {
  const run = runBatch(inputs as never)
  await expect(run).rejects.toThrow(message)
  await expect(run).rejects.toBeInstanceOf(type)
})

test.each([
  [{maxPages: -1}, 'runBatch: options.maxPages: '],
  [{jobs: 1.5}, 'runBatch: options.jobs: '],
  [{format: 'xml'}, 'runBatch: options.format: '],
  [{outdir: 'x'}, 'runBatch: unknown option "outdir"'],
  [{documentDate: '30/6/2026'}, 'runBatch: options.documentDate: must be YYYY-MM-DD (got "30/6/2026")'],
  [{resume: true}, 'runBatch: resume needs an output folder']
])('options %j are refused with a TypeError naming the option', async (options, message) => {
  const run = runBatch([write('a.md')], options as never)
  await expect(run).rejects.toThrow(message)
  await expect(run).rejects.toBeInstanceOf(TypeError)
})

test('failures are recorded in the manifest; the journal is folded in at the end', async () => {
  const out = path.join(dir, 'out')
  await runBatch([write('a.md'), write('b.md', '')], {outDir: out})
  expect(fs.readdirSync(out).sort()).toEqual(['.vanban-manifest.json', '.vanban-tasks.jsonl', 'a.csv'])
  const manifest = JSON.parse(fs.readFileSync(path.join(out, manifestName), 'utf8'))
  expect(Object.keys(manifest.entries)).toEqual(['a.csv'])
  expect(manifest.failures).toEqual({'b.csv': {input: path.join(dir, 'b.md'), code: 'empty-file', message: `${path.join(dir, 'b.md')}: the file is empty (0 bytes)`}})
})

test('a journal left by a killed run is replayed: its finished files are resumed', async () => {
  const out = path.join(dir, 'out')
  const inputs = [write('a.md'), write('b.md')]
  await runBatch(inputs, {outDir: out})
  // As if the run had been killed before compacting: the manifest is gone, the journal holds both files.
  const manifest = JSON.parse(fs.readFileSync(path.join(out, manifestName), 'utf8')) as {entries: Record<string, object>}
  const records = fs.readFileSync(path.join(out, '.vanban-tasks.jsonl'), 'utf8').trim().split('\n').map((line) => JSON.parse(line))
  fs.rmSync(path.join(out, manifestName))
  fs.rmSync(path.join(out, '.vanban-tasks.jsonl'))
  fs.writeFileSync(path.join(out, '.vanban-journal.jsonl'), records.map(({output, tasks}) => JSON.stringify({output, done: manifest.entries[output], tasks})).join('\n') + '\n{"output":"c.cs')
  const resumed = await runBatch(inputs, {outDir: out, resume: true, combine: path.join(dir, 'all.csv')})
  expect(resumed.filesResumed).toBe(2)
  expect(fs.readFileSync(path.join(dir, 'all.csv'), 'utf8').trimEnd().split('\r\n')).toHaveLength(3)
  expect(fs.existsSync(path.join(out, '.vanban-journal.jsonl'))).toBe(false)
})

test('--report: one JSON object per input with status, code, message, tasks, pages, seconds', async () => {
  const report = path.join(dir, 'report.jsonl')
  const out = path.join(dir, 'out')
  const inputs = [write('a.md'), path.join(dir, 'missing.md'), write('w.txt', Buffer.from('1. B\xf4 T\xe0i ch\xednh ch\u1ee7 tr\xec.\n', 'latin1').toString('latin1'))]
  await runBatch(inputs, {outDir: out, report})
  await runBatch(inputs, {outDir: out, report, resume: true})
  const lines = fs.readFileSync(report, 'utf8').trim().split('\n').map((line) => JSON.parse(line))
  expect(lines.map((line) => [path.basename(line.file), line.status, line.code])).toEqual([['a.md', 'skipped', 'resumed'], ['missing.md', 'failed', 'not-found'], ['w.txt', 'skipped', 'resumed']])
  for (const line of lines) expect(Object.keys(line)).toEqual(['file', 'tasks', 'pages', 'seconds', 'output', 'status', 'code', 'message'])
  expect(lines[1].message).toBe(`${path.join(dir, 'missing.md')}: file not found (moved or deleted before or during the run?)`)
})

test('an abort reports the inputs never reached as skipped (interrupted)', async () => {
  const controller = new AbortController()
  const report = path.join(dir, 'report.jsonl')
  const inputs = Array.from({length: 10}, (_, k) => write(`n${k}.md`))
  const summary = await runBatch(inputs, {report, signal: controller.signal, onProgress: (event) => event.type === 'file-done' && controller.abort()})
  expect(summary.interrupted).toBe(true)
  const lines = fs.readFileSync(report, 'utf8').trim().split('\n').map((line) => JSON.parse(line))
  // Every input once, in order: those finished before the abort took effect, then the rest.
  expect(lines.map((line) => line.file)).toEqual(inputs)
  const done = summary.results.length
  expect(done).toBeGreaterThanOrEqual(1)
  expect(done).toBeLessThan(inputs.length)
  expect(lines.slice(0, done).map((line) => line.status)).toEqual(Array(done).fill('ok'))
  expect(lines.slice(done).map((line) => [line.status, line.code])).toEqual(Array(inputs.length - done).fill(['skipped', 'interrupted']))
})

test('a write error names the output, never the temp file', async () => {
  const out = path.join(dir, 'out')
  fs.mkdirSync(path.join(out, 'a.csv', 'blocker'), {recursive: true})
  const summary = await runBatch([write('a.md')], {outDir: out})
  const message = summary.results[0]!.error!.message
  expect(message).toMatch(new RegExp(`^${path.join(dir, 'a.md')}: cannot write its output ${path.join(out, 'a.csv')} \\(E[A-Z]+: [^,]+\\)$`))
  expect(message).not.toContain(tempSuffix)
})

test('a file counts its tasks, not the group headings over them, fresh and resumed', async () => {
  const input = write('grouped.md', '2. Chỉ đạo, điều hành\n\na) Bộ Tài chính chủ trì, hoàn thành trước ngày 30/6/2026.\n\nb) Bộ Tư pháp rà soát văn bản trong quý III/2026.\n')
  const out = path.join(dir, 'out')
  const first = await runBatch([input], {outDir: out, format: 'json'})
  const records = (JSON.parse(fs.readFileSync(first.results[0]!.output!, 'utf8')) as {tasks: Array<{kind: string}>}).tasks
  expect(records.map((r) => r.kind)).toEqual(['group', 'task', 'task'])
  expect([first.results[0]!.taskCount, first.tasks]).toEqual([2, 2])
  const again = await runBatch([input], {outDir: out, format: 'json', resume: true})
  expect([again.results[0]!.resumed, again.results[0]!.taskCount, again.tasks]).toEqual([true, 2, 2])
})
