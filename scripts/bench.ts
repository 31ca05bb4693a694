/**
 * `pnpm bench`: speed and memory of each stage beside a reference measured in
 * the same run, as medians after a warm-up and as ratios (the machines are
 * shared and noisy, so absolute numbers alone mean little).
 *
 *   pnpm bench [--only text,scan,repair,memory] [--runs 5] [--json bench.json] [--long]
 *
 * References: bare pdfjs getTextContent (vanban's floor), poppler's pdftotext
 * and the tesseract command-line program when they are installed.
 */
import {execFileSync, spawnSync} from 'node:child_process'
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
import {nonRepeatingTexts} from './repair-texts.ts'

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

if (stages.has('scan')) {
  const file = existsSync(path.join(shared, 'pdf', 'nq71-2025-tables.scan.pdf')) ? path.join(shared, 'pdf', 'nq71-2025-tables.scan.pdf') : fixture('scan/nq71-2025-tables.p1.scan.pdf')
  let pages = 0
  const scanRuns = Math.min(runs, 2) // each run OCRs every page: seconds per page
  const vanban = await timeIt(async () => {
    const doc = normalizeDocument(await readDocument(file, {jobs: 2}))
    pages = doc.pages.length
    await formatTasks(extractTasks(doc), {format: 'csv'})
  }, scanRuns)
  report({stage: 'scan', figure: `vanban scan → tasks, 2 workers (${pages} pages)`, value: pages / vanban, unit: 'pages/s'})
  // Issue 17: what a second worker buys on two cores, and the native engine on the same pages.
  const scanWith = (options: {jobs: number; ocrEngine?: 'native'}) => async () => {
    const doc = normalizeDocument(await readDocument(file, options))
    await formatTasks(extractTasks(doc), {format: 'csv'})
    await closeOcr()
  }
  const one = await timeIt(scanWith({jobs: 1}), scanRuns)
  report({stage: 'scan', figure: `vanban scan → tasks, 1 worker`, value: pages / one, unit: 'pages/s'})
  report({stage: 'scan', figure: '2 workers ÷ 1 worker, speed', value: one / vanban, unit: '×', target: '≥ 1.7×'})
  if (has('tesseract')) {
    const native = await timeIt(scanWith({jobs: 2, ocrEngine: 'native'}), scanRuns)
    report({stage: 'scan', figure: `vanban scan → tasks, native engine, 2 workers`, value: pages / native, unit: 'pages/s'})
    report({stage: 'scan', figure: 'native ÷ wasm engine, speed', value: vanban / native, unit: '×', target: '≥ 1.25×'})
  }
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
  const repairText = (normalize as Record<string, unknown>).repairText as
    | ((text: string, options: {mode: 'auto' | 'always'}) => {text: string})
    | undefined
  if (repairText) {
    // Text the repair has not seen, each once (scripts/repair-texts.ts): a warm-up or a repeated
    // run would time cached token options. Start-up (reading and compiling the model) is done
    // before the clock by a two-word call.
    repairText('phat trien', {mode: 'auto'})
    let count = 0
    let seconds = 0
    let cpu = 0
    for (const {name, text} of nonRepeatingTexts()) {
      const n = syllables(text).length
      const start = performance.now()
      const startCpu = process.cpuUsage()
      repairText(text, {mode: 'auto'})
      const used = process.cpuUsage(startCpu)
      const s = (performance.now() - start) / 1000
      report({stage: 'repair', figure: `repairText auto, ${name} (${n} syllables, once)`, value: n / s, unit: 'syll/s'})
      count += n
      seconds += s
      cpu += (used.user + used.system) / 1e6
    }
    report({stage: 'repair', figure: `repairText auto, all non-repeating text, wall`, value: count / seconds, unit: 'syll/s', target: '≥ 50000'})
    report({stage: 'repair', figure: `repairText auto, all non-repeating text, CPU`, value: count / cpu, unit: 'syll/s', target: '≥ 50000'})
    const clean = readFileSync(fixture('tb20-2026-notice.md'), 'utf8')
    const cleanSeconds = await timeIt(() => repairText(clean, {mode: 'auto'}))
    report({stage: 'repair', figure: 'repairText auto on clean text (repeated)', value: syllables(clean).length / cleanSeconds, unit: 'syll/s'})
  } else {
    console.log('repair  (repairText not exported yet)')
  }
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
