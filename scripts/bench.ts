/**
 * `pnpm bench`: speed and memory of each stage beside a reference measured in
 * the same run, as medians after a warm-up and as ratios (the machines are
 * shared and noisy, so absolute numbers alone mean little).
 *
 *   pnpm bench [--only text,scan,repair,memory] [--runs 5] [--json bench.json] [--long]
 *
 * References: bare pdfjs getTextContent (vanban's floor), poppler's pdftotext
 * and the tesseract command-line program when they are installed. The scan
 * stage also runs one against two `vanban worker` processes on a throw-away
 * redis-server (when installed), with the native engine when tesseract is.
 *
 * The repair stage times `repairText` on text it has not seen (scripts/repair-texts.ts), in
 * fresh processes (scripts/bench-repair.ts) with start-up excluded: the model is read and the
 * JIT warmed on two other documents before the clock, then each measured text is repaired once.
 * Its figures: syllables/s of wall time, of CPU time of all the process's threads (V8 compiles
 * and collects garbage on helper threads: that is the work one core must do), of the main
 * thread alone, and of CPU time under `node --single-threaded`.
 */
import {type ChildProcess, execFileSync, spawn, spawnSync} from 'node:child_process'
import {existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {parseArgs} from 'node:util'
import {gunzipSync} from 'node:zlib'
import {renderText} from '@vanban/export'
import {closeOcr, readDocument} from '@vanban/ingest'
import * as normalize from '@vanban/normalize'
import {normalizeDocument} from '@vanban/normalize'
import {extractTasks} from '@vanban/tasks'
import {formatTasks} from '@vanban/export'
import {vieLangPath} from '../packages/ingest/src/ocr/tesseract-setup.ts'
import {syllables} from '../test/support/metrics.ts'
import {machineBusy} from './machine-busy.ts'

const root = path.resolve(import.meta.dirname, '..')
const shared = path.resolve(root, '..', 'shared', 'fixtures')
const fixture = (name: string) => path.join(root, 'fixtures', name)

const {values: flags} = parseArgs({
  options: {
    only: {type: 'string', default: 'text,scan,repair,memory'},
    runs: {type: 'string', default: '5'},
    json: {type: 'string'},
    long: {type: 'boolean', default: false}
  }
})
const runs = Math.max(1, Number(flags.runs))
const stages = new Set(flags.only!.split(','))

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b)
  const m = Math.floor(s.length / 2)
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2
}

/** CPU seconds (user + system) of this process for the last `timeIt`: steadier than wall time on a shared machine. */
let lastCpu = 0

async function timeIt(fn: () => Promise<unknown> | unknown, times = runs): Promise<number> {
  await fn() // warm-up: JIT, module loading, font/cmap caches
  const samples: number[] = []
  const cpu: number[] = []
  for (let i = 0; i < times; i++) {
    const start = performance.now()
    const startCpu = process.cpuUsage()
    await fn()
    const used = process.cpuUsage(startCpu)
    samples.push((performance.now() - start) / 1000)
    cpu.push((used.user + used.system) / 1e6)
  }
  lastCpu = median(cpu)
  return median(samples)
}

const has = (command: string) => spawnSync('sh', ['-c', `command -v ${command}`]).status === 0

interface Figure {
  stage: string
  figure: string
  value: number
  unit: string
  reference?: string
  ratio?: number
  target?: string
}
const figures: Figure[] = []
const report = (f: Figure) => {
  figures.push(f)
  const ratio = f.ratio === undefined ? '' : `  ratio ${f.ratio.toFixed(2)} vs ${f.reference}`
  console.log(`${f.stage.padEnd(7)} ${f.figure.padEnd(44)} ${f.value.toFixed(2).padStart(10)} ${f.unit}${ratio}${f.target ? `  (target ${f.target})` : ''}`)
}

console.log(`node ${process.version}, ${os.cpus().length} cores, median of ${runs} runs after a warm-up\n`)

/** Runs `scripts/bench-child.mjs` (plain node on the compiled packages) and parses its JSON line. */
function child<T>(...args: string[]): T {
  const out = execFileSync(process.execPath, [path.join(root, 'scripts', 'bench-child.mjs'), ...args], {cwd: root, encoding: 'utf8', maxBuffer: 1 << 26})
  return JSON.parse(out.trim().split('\n').at(-1)!) as T
}

if (stages.has('text')) {
  const file = fixture('nq71-2025-action-program.pdf')
  // Each run takes well under a second, so more of them than the slow stages get.
  const textRuns = Math.max(runs, 11)
  const t = child<{pages: number; bare: number[]; vanban: number[]; bareCpu: number[]; vanbanCpu: number[]}>('text', file, String(textRuns))
  const [bare, vanban] = [median(t.bare), median(t.vanban)]
  const pages = t.pages
  report({stage: 'text', figure: `bare pdfjs getTextContent (${pages} pages)`, value: pages / bare, unit: 'pages/s'})
  report({stage: 'text', figure: 'vanban PDF → tasks CSV', value: pages / vanban, unit: 'pages/s', target: '≥ 60 pages/s'})
  report({stage: 'text', figure: 'vanban time / bare pdfjs time', value: vanban / bare, unit: '×', target: '≤ 1.5×'})
  report({stage: 'text', figure: 'vanban CPU / bare pdfjs CPU', value: median(t.vanbanCpu) / median(t.bareCpu), unit: '×'})
  if (has('pdftotext')) {
    const poppler = await timeIt(() => execFileSync('pdftotext', ['-layout', file, '-'], {maxBuffer: 1 << 28}))
    report({stage: 'text', figure: 'pdftotext -layout', value: pages / poppler, unit: 'pages/s'})
    report({stage: 'text', figure: 'vanban pages/s ÷ pdftotext pages/s', value: poppler / vanban, unit: '×'})
  }
}


/** CPU seconds (user + system, its threads and its finished children) of a running process, from /proc; NaN elsewhere. */
function processCpu(pid: number): number {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ')
    return (Number(fields[11]) + Number(fields[12]) + Number(fields[13]) + Number(fields[14])) / 100
  } catch {
    return Number.NaN
  }
}

/** CPU seconds of each thread of a running process (Linux); empty elsewhere. */
function threadCpu(pid: number): Map<string, number> {
  const threads = new Map<string, number>()
  try {
    for (const tid of readdirSync(`/proc/${pid}/task`)) {
      const stat = readFileSync(`/proc/${pid}/task/${tid}/stat`, 'utf8')
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
      threads.set(tid, (Number(fields[11]) + Number(fields[12])) / 100)
    }
  } catch {
    // A thread that ended while being read, or no /proc.
  }
  return threads
}

/**
 * Issue 17: what a second OCR worker buys on this machine, and the native engine, measured as an
 * archive runs them: `vanban worker` processes (one OCR worker each, `--jobs 1`) on a real Redis,
 * one against two, started and warmed up first (workers run for hours, so their start-up is not
 * the question), then the same batch of scans queued and waited for, interleaved and repeated.
 * Each run's CPU seconds say what wall time cannot on a shared machine; `others` is the load
 * other programs put on the machine meanwhile (two free cores means about 0).
 */
async function scanWorkers(): Promise<void> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'vanban-bench-batch-'))
  const {startRedis} = await import('../test/support/redis.ts')
  const {addBatch, waitForBatch} = await import('@vanban/queue')
  const redis = await startRedis()
  const workers: ChildProcess[] = []
  try {
    const batch = path.join(dir, 'in')
    mkdirSync(batch)
    // Two-page files of a table scan and of a prose scan: a batch an archive would queue.
    const cuts: [string, string][] = [['nq71-2025-tables.scan.pdf', '1-2'], ['nq71-2025-tables.scan.pdf', '3-4'], ['tb20-2026-notice.scan.pdf', '1-2'], ['tb20-2026-notice.scan.pdf', '3-4']]
    if (has('qpdf') && cuts.every(([name]) => existsSync(path.join(shared, 'pdf', name)))) {
      for (const [index, [name, pages]] of cuts.entries()) execFileSync('qpdf', ['--empty', '--pages', path.join(shared, 'pdf', name), pages, '--', path.join(batch, `${index + 1}-${name.split('.')[0]}-${pages}.pdf`)])
    } else {
      for (const name of ['nq71-2025-tables.scan.p1.pdf', 'tb20-2026-notice.scan.p2.pdf']) writeFileSync(path.join(batch, name), readFileSync(fixture(`scan/${name}`)))
    }
    const files = readdirSync(batch).length
    const pages = files === cuts.length ? cuts.reduce((sum, [, range]) => sum + 1 + Number(range.split('-')[1]) - Number(range.split('-')[0]), 0) : files
    const configs: {name: string; count: number; engine: string}[] = [
      {name: '1 worker', count: 1, engine: 'wasm'},
      {name: '2 workers', count: 2, engine: 'wasm'}
    ]
    if (has('tesseract')) configs.push({name: '2 workers, native engine', count: 2, engine: 'native'})
    const pids = new Map<string, number[]>()
    for (const config of configs) {
      const started = Array.from({length: config.count}, () =>
        spawn(process.execPath, [path.join(root, 'packages/cli/dist/bin.js'), 'worker', '--redis', redis.url, '--queue', config.name.replace(/\W+/g, '-'), '--jobs', '1', '--ocr-engine', config.engine, '--quiet'], {cwd: root, stdio: 'ignore'}))
      workers.push(...started)
      pids.set(config.name, started.map((child) => child.pid!))
    }
    const samples = new Map(configs.map(({name}) => [name, {wall: [] as number[], cpu: [] as number[], others: [] as number[], busiest: [] as number[]}]))
    // A warm-up round (workers loading the pipeline, the wasm compiled), then up to three measured ones.
    for (let round = 0; round <= Math.min(runs, 3); round++) {
      for (const config of configs) {
        const queue = config.name.replace(/\W+/g, '-')
        const cpuOf = () => pids.get(config.name)!.reduce((sum, pid) => sum + processCpu(pid), 0)
        const [cpu, busy, start, threads] = [cpuOf(), machineBusy(), performance.now(), threadCpu(pids.get(config.name)![0]!)]
        const {batch: id} = await addBatch([batch], {redis: redis.url, queue, outDir: path.join(dir, `out-${round}-${queue}`)})
        const outcome = await waitForBatch(id, {redis: redis.url, queue, pollMs: 100})
        const wall = (performance.now() - start) / 1000
        const used = cpuOf() - cpu
        // The busiest thread of the (first) worker: its OCR worker, which a single worker's time cannot go below.
        const busiest = Math.max(...[...threadCpu(pids.get(config.name)![0]!)].map(([tid, seconds]) => seconds - (threads.get(tid) ?? seconds)))
        if (outcome.failed.length > 0) throw new Error(`bench batch: ${outcome.failed.map((failed) => failed.reason).join('; ')}`)
        if (round === 0) continue
        const sample = samples.get(config.name)!
        sample.wall.push(wall)
        sample.cpu.push(used)
        sample.others.push((machineBusy() - busy - used) / wall)
        sample.busiest.push(busiest)
      }
    }
    const at = (name: string) => {
      const sample = samples.get(name)!
      return {wall: median(sample.wall), cpu: median(sample.cpu), others: median(sample.others), busiest: median(sample.busiest)}
    }
    for (const {name} of configs) {
      const {wall, cpu, others} = at(name)
      report({stage: 'scan', figure: `queue, ${files} scans (${pages} pages), ${name}`, value: pages / wall, unit: 'pages/s'})
      report({stage: 'scan', figure: '  CPU a page', value: cpu / pages, unit: 'CPU s'})
      report({stage: 'scan', figure: '  cores it kept busy (CPU ÷ wall)', value: cpu / wall, unit: 'cores'})
      report({stage: 'scan', figure: "  others' load meanwhile", value: others, unit: 'cores'})
    }
    const one = at('1 worker')
    const two = at('2 workers')
    report({stage: 'scan', figure: '2 workers ÷ 1 worker, speed', value: one.wall / two.wall, unit: '×', target: '≥ 1.7×'})
    report({stage: 'scan', figure: '  2 workers ÷ 1 worker, CPU a page', value: two.cpu / one.cpu, unit: '×'})
    // By CPU alone (what others' load does not move): one worker takes at least its OCR thread's
    // time, two workers on two free cores at least half their CPU.
    report({stage: 'scan', figure: '  1 worker: OCR thread share of its CPU', value: one.busiest / one.cpu, unit: ''})
    report({stage: 'scan', figure: '  ceiling of 2 ÷ 1 on two free cores (OCR thread ÷ ½ CPU of 2)', value: one.busiest / (two.cpu / 2), unit: '×'})
    if (samples.has('2 workers, native engine')) {
      const native = at('2 workers, native engine')
      report({stage: 'scan', figure: 'native ÷ wasm engine, speed (2 workers)', value: two.wall / native.wall, unit: '×', target: '≥ 1.25×'})
      report({stage: 'scan', figure: '  native ÷ wasm engine, CPU a page', value: two.cpu / native.cpu, unit: '×'})
    }
  } finally {
    for (const worker of workers) worker.kill('SIGTERM')
    await Promise.all(workers.map((worker) => (worker.exitCode !== null || worker.signalCode !== null ? undefined : new Promise((resolve) => worker.once('exit', resolve)))))
    await redis.stop()
    rmSync(dir, {recursive: true, force: true})
  }
}

if (stages.has('scan')) {
  const file = existsSync(path.join(shared, 'pdf', 'nq71-2025-tables.scan.pdf')) ? path.join(shared, 'pdf', 'nq71-2025-tables.scan.pdf') : fixture('scan/nq71-2025-tables.scan.p1.pdf')
  let pages = 0
  const scanRuns = Math.min(runs, 2) // each run OCRs every page: seconds per page
  const vanban = await timeIt(async () => {
    const doc = normalizeDocument(await readDocument(file, {jobs: 2}))
    pages = doc.pages.length
    await formatTasks(extractTasks(doc), {format: 'csv'})
  }, scanRuns)
  report({stage: 'scan', figure: `vanban scan → tasks, 2 workers (${pages} pages)`, value: pages / vanban, unit: 'pages/s'})
  if (has('redis-server')) await scanWorkers()
  else console.log('scan    (workers on a queue: needs redis-server)')
  if (has('tesseract') && has('pdftoppm')) {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'vanban-bench-'))
    try {
      execFileSync('pdftoppm', ['-r', '300', '-gray', '-png', file, path.join(dir, 'p')])
      const images = readdirSync(dir).filter((f) => f.endsWith('.png')).map((f) => path.join(dir, f))
      // The model vanban ships (best_int), unpacked for the CLI: the system's vie is the smaller
      // "fast" model, and comparing engines means comparing them on the same model.
      const tessdata = path.join(dir, 'tessdata')
      mkdirSync(tessdata)
      writeFileSync(path.join(tessdata, 'vie.traineddata'), gunzipSync(readFileSync(path.join(vieLangPath, 'vie.traineddata.gz'))))
      // Two single-threaded tesseract processes at a time: the same two cores vanban's pool gets.
      const cliRun = (extra: string) =>
        `printf '%s\\n' ${images.map((i) => `'${i}'`).join(' ')} | OMP_THREAD_LIMIT=1 xargs -P 2 -I{} tesseract {} - ${extra} -l vie --psm 3 > /dev/null 2>&1`
      const same = await timeIt(() => execFileSync('sh', ['-c', cliRun(`--tessdata-dir '${tessdata}' --oem 1`)]), scanRuns)
      // The system's own vie model only when Debian's tesseract-ocr-vie is installed.
      const systemVie = execFileSync('tesseract', ['--list-langs'], {encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe']}).split('\n').includes('vie')
      const system = systemVie ? await timeIt(() => execFileSync('sh', ['-c', cliRun('')]), scanRuns) : Number.NaN
      report({stage: 'scan', figure: `tesseract CLI, vanban's model, 2 processes (${images.length} pages)`, value: images.length / same, unit: 'pages/s'})
      if (!Number.isNaN(system)) report({stage: 'scan', figure: `tesseract CLI, system vie model (fast), 2 processes`, value: images.length / system, unit: 'pages/s'})
      report({stage: 'scan', figure: 'vanban ÷ tesseract CLI, same model', value: same / vanban * (pages / images.length), unit: '×', target: '≥ 0.9×'})
      if (!Number.isNaN(system)) report({stage: 'scan', figure: 'vanban ÷ tesseract CLI, system model', value: system / vanban * (pages / images.length), unit: '×'})
    } finally {
      rmSync(dir, {recursive: true, force: true})
    }
  }
}

if (stages.has('repair')) {
  // Issue 18: text the repair has not seen (scripts/repair-texts.ts), each text once, in fresh
  // processes on the compiled package (scripts/bench-repair.ts). Start-up is excluded: model
  // load and JIT warm-up (two other documents, one broken, one stripped) come before the clock;
  // a warm-up or a repeated run of the measured texts themselves would time cached options.
  // "CPU, all threads" counts V8's helper threads (concurrent compiling, garbage collection)
  // with the main thread: what one core must do. --single-threaded runs everything on one.
  type RepairRun = {warmUp: string[]; rows: Array<{name: string; syllables: number; wall: number; cpu: number; main: number}>}
  const repairRun = (...nodeFlags: string[]): RepairRun => {
    const out = execFileSync(process.execPath, [...nodeFlags, '--import', 'tsx', path.join(root, 'scripts', 'bench-repair.ts')], {cwd: root, encoding: 'utf8'})
    return JSON.parse(out.trim().split('\n').at(-1)!) as RepairRun
  }
  const normal = Array.from({length: runs}, () => repairRun())
  const single = Array.from({length: Math.max(1, Math.min(runs, 3))}, () => repairRun('--single-threaded'))
  const sum = (run: RepairRun, key: 'syllables' | 'wall' | 'cpu' | 'main') => run.rows.reduce((total, row) => total + row[key], 0)
  const count = sum(normal[0]!, 'syllables')
  console.log(`repair  warm-up before the clock: ${normal[0]!.warmUp.join(', ')}`)
  normal[0]!.rows.forEach((row, i) => {
    report({stage: 'repair', figure: `repairText auto, ${row.name} (${row.syllables} syllables, once)`, value: row.syllables / (median(normal.map((run) => run.rows[i]!.wall)) / 1000), unit: 'syll/s'})
  })
  const rate = (runsOf: RepairRun[], key: 'wall' | 'cpu' | 'main') => {
    const rates = runsOf.map((run) => count / (sum(run, key) / 1000))
    return {value: median(rates), spread: `${Math.round(Math.min(...rates) / 1000)}k–${Math.round(Math.max(...rates) / 1000)}k`}
  }
  const line = (figure: string, runsOf: RepairRun[], key: 'wall' | 'cpu' | 'main', target?: string) => {
    const {value, spread} = rate(runsOf, key)
    report({stage: 'repair', figure: `${figure} (${runsOf.length} runs ${spread})`, value, unit: 'syll/s', ...(target ? {target} : {})})
  }
  line('all non-repeating text, wall', normal, 'wall')
  line('all non-repeating text, CPU all threads', normal, 'cpu', '≥ 50000')
  if (!Number.isNaN(sum(normal[0]!, 'main'))) line('  of which main thread alone', normal, 'main')
  line('all non-repeating text, --single-threaded, CPU', single, 'cpu', '≥ 50000')
  const repairText = (normalize as Record<string, unknown>).repairText as (text: string, options: {mode: 'auto'}) => {text: string}
  const clean = readFileSync(fixture('tb20-2026-notice.md'), 'utf8')
  const cleanSeconds = await timeIt(() => repairText(clean, {mode: 'auto'}))
  report({stage: 'repair', figure: 'repairText auto on clean text (repeated)', value: syllables(clean).length / cleanSeconds, unit: 'syll/s'})
}

if (stages.has('memory')) {
  const rss = (file: string) => child<{maxRssMB: number}>('rss', file, '2').maxRssMB
  report({stage: 'memory', figure: 'peak RSS, 83-page text PDF → tasks', value: rss(fixture('nq71-2025-action-program.pdf')), unit: 'MB', target: '< 300 MB'})
  const scan = path.join(shared, 'pdf', 'tb20-2026-notice.scan.pdf')
  if (existsSync(scan) && flags.long && has('qpdf')) {
    // A 10-page and a 100-page scan cut from the 13-page tb20 scan (repeated for the long one):
    // memory must be bounded by the OCR pool, not by the page count.
    const dir = mkdtempSync(path.join(os.tmpdir(), 'vanban-bench-scan-'))
    try {
      const ten = path.join(dir, 'scan-10.pdf')
      const hundred = path.join(dir, 'scan-100.pdf')
      execFileSync('qpdf', ['--empty', '--pages', scan, '1-10', '--', ten])
      execFileSync('qpdf', ['--empty', '--pages', ...Array.from({length: 8}, () => [scan, '1-z']).flat(), '--', path.join(dir, 'scan-104.pdf')])
      execFileSync('qpdf', ['--empty', '--pages', path.join(dir, 'scan-104.pdf'), '1-100', '--', hundred])
      const small = rss(ten)
      report({stage: 'memory', figure: 'peak RSS, 10-page scan → tasks', value: small, unit: 'MB'})
      const large = rss(hundred)
      report({stage: 'memory', figure: 'peak RSS, 100-page scan → tasks', value: large, unit: 'MB'})
      report({stage: 'memory', figure: '100-page / 10-page scan peak', value: large / small, unit: '×', target: '≤ 1.2×'})
    } finally {
      rmSync(dir, {recursive: true, force: true})
    }
  } else if (existsSync(scan)) {
    const small = rss(path.join(shared, 'pdf', 'nq71-2025-tables.scan.pdf'))
    report({stage: 'memory', figure: 'peak RSS, 6-page scan → tasks', value: small, unit: 'MB'})
    console.log('memory  (--long with qpdf installed compares a 10-page and a 100-page scan)')
  }
}

// Keep renderText in the measured import graph honest (it is what `vanban text` runs).
void renderText

if (flags.json) writeFileSync(flags.json, JSON.stringify({date: new Date().toISOString(), node: process.version, runs, figures}, null, 2) + '\n')

await closeOcr()
