/**
 * OCR measurements (not a test): pages per second on a scan with N workers,
 * beside the `tesseract` command-line program on the same rendered pages and
 * the same `vie` model when it is installed, and syllable accuracy of some
 * tb20 scan pages against the published text.
 *
 *   npx tsx scripts/bench-ocr.ts [--jobs 2] [--scan path.pdf] [--accuracy-pages 1,2,3] [--no-cli]
 *
 * With `--engines`, issue 17's comparison instead: whole `vanban text --ocr-engine native|wasm`
 * processes on the first pages of the tb20 scan (cut with qpdf), the engines interleaved, round
 * after round, and their texts compared (syllable accuracy of native against wasm). `--cli` names
 * a compiled CLI (default: this repository's, so `npx tsc -b tsconfig.build.json` first); give it
 * more than once, as `name=path`, to interleave several builds (before and after a change) in the same run.
 *
 *   npx tsx scripts/bench-ocr.ts --engines [--engines-scan tb20.scan.pdf] [--pages 1-8] [--rounds 3] [--jobs 2] [--cli before=/x/bin.js --cli after=/y/bin.js]
 */
import {execFile, execFileSync, spawn} from 'node:child_process'
import {mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {parseArgs, promisify} from 'node:util'
import {gunzipSync} from 'node:zlib'
import {getDocument} from 'pdfjs-dist/legacy/build/pdf.mjs'
import {ocrDpi, ocrPdfPages} from '../packages/ingest/src/ocr/ocr-pdf-pages.ts'
import {closeOcr, OcrPool} from '../packages/ingest/src/ocr/ocr-pool.ts'
import {ocrPageText} from '../packages/ingest/src/ocr/ocr-words.ts'
import {pdfjsDocumentParams} from '../packages/ingest/src/ocr/pdfjs-params.ts'
import {renderPageGrey} from '../packages/ingest/src/ocr/render-page.ts'
import {vieLangPath} from '../packages/ingest/src/ocr/tesseract-setup.ts'
import {pageAccuracy} from '../packages/ingest/test/ocr-align.ts'
import {syllableAccuracy} from '../test/support/metrics.ts'
import {machineBusy} from './machine-busy.ts'

const shared = path.resolve(import.meta.dirname, '../../shared/fixtures/pdf')
const {values} = parseArgs({
  options: {
    jobs: {type: 'string', default: '2'},
    scan: {type: 'string', default: path.join(shared, 'nq71-2025-tables.scan.pdf')},
    'accuracy-scan': {type: 'string', default: path.join(shared, 'tb20-2026-notice.scan.pdf')},
    'accuracy-pages': {type: 'string', default: '1,2,3'},
    'no-cli': {type: 'boolean', default: false},
    engines: {type: 'boolean', default: false},
    'engines-scan': {type: 'string', default: path.join(shared, 'tb20-2026-notice.scan.pdf')},
    pages: {type: 'string', default: '1-8'},
    rounds: {type: 'string', default: '3'},
    cli: {type: 'string', multiple: true}
  }
})
const jobs = Number(values.jobs)
const seconds = (start: number): number => (performance.now() - start) / 1000
/**
 * CPU seconds used so far by this process (all threads: the OCR workers are threads) and by its
 * finished children (the CLI runs), from /proc. The machine is shared, so wall-clock rates swing
 * with other people's load; CPU seconds a page do not, and 2 / (CPU s a page) is the rate on two
 * free cores.
 */
function cpuSeconds(): {self: number; children: number} {
  const usage = process.cpuUsage()
  let children = 0
  try {
    // Fields after the command name: cutime and cstime are the 14th and 15th (clock ticks, 100 a second on Linux).
    const fields = readFileSync('/proc/self/stat', 'utf8').split(') ')[1]!.split(' ')
    children = (Number(fields[13]) + Number(fields[14])) / 100
  } catch {
    children = Number.NaN
  }
  return {self: (usage.user + usage.system) / 1e6, children}
}
const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)]!

if (values.engines) await compareEngines()
else await throughput()

/**
 * Issue 17's figure: `vanban text` on the first pages of the tb20 scan, native against wasm, as
 * whole processes (start-up, reading, layout, normalising and all), interleaved: each round runs
 * every build and engine once, the order turned around every other round, so a change in other
 * people's load falls on all of them alike. Wall and CPU seconds (the process and its tesseract
 * children), medians over the rounds, and the others' load meanwhile (cores busy with other work).
 */
async function compareEngines(): Promise<void> {
  const dir = mkdtempSync(path.join(tmpdir(), 'vanban-bench-engines-'))
  try {
    const source = values['engines-scan']
    const scan = path.join(dir, `${path.basename(source, '.pdf')}.p${values.pages}.pdf`)
    execFileSync('qpdf', ['--empty', '--pages', source, values.pages, '--', scan])
    const builds = (values.cli ?? [path.resolve(import.meta.dirname, '../packages/cli/dist/bin.js')]).map((spec) => {
      const at = spec.indexOf('=')
      return at > 0 ? {name: spec.slice(0, at), bin: spec.slice(at + 1)} : {name: 'vanban', bin: spec}
    })
    const configs = builds.flatMap((build) => (['native', 'wasm'] as const).map((engine) => ({...build, engine, key: `${build.name} ${engine}`})))
    const samples = new Map(configs.map(({key}) => [key, {wall: [] as number[], cpu: [] as number[], others: [] as number[], load: [] as number[]}]))
    const texts = new Map<string, string>()
    const rounds = Number(values.rounds)
    console.log(`${path.basename(scan)}, ${jobs} jobs, ${rounds} rounds; load average before: ${readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ')}`)
    for (let round = 0; round < rounds; round++) {
      for (const config of round % 2 === 0 ? configs : [...configs].reverse()) {
        const load = Number(readFileSync('/proc/loadavg', 'utf8').split(' ')[0])
        const [busy, cpu, start] = [machineBusy(), cpuSeconds().children, performance.now()]
        const text = await run(process.execPath, [config.bin, 'text', '--ocr-engine', config.engine, '--jobs', String(jobs), scan])
        const wall = seconds(start)
        const used = cpuSeconds().children - cpu
        const sample = samples.get(config.key)!
        sample.wall.push(wall)
        sample.cpu.push(used)
        sample.others.push((machineBusy() - busy - used) / wall)
        sample.load.push(load)
        texts.set(config.key, text)
        console.log(`  round ${round + 1}, ${config.key}: ${wall.toFixed(2)} s, ${used.toFixed(2)} CPU s, others' load ${((machineBusy() - busy - used) / wall).toFixed(2)} cores, load average ${load}`)
      }
    }
    // A change to the native engine must leave the wasm engine's text as it was (and its own as the other build's).
    for (const engine of ['native', 'wasm']) {
      const distinct = new Set(builds.map((build) => texts.get(`${build.name} ${engine}`)))
      if (builds.length > 1) console.log(`${engine} text ${distinct.size === 1 ? 'identical' : 'DIFFERENT'} across ${builds.map((build) => build.name).join(', ')}`)
    }
    for (const build of builds) {
      const [native, wasm] = (['native', 'wasm'] as const).map((engine) => samples.get(`${build.name} ${engine}`)!)
      const line = (name: string, s: typeof native) => `${name} ${median(s.wall).toFixed(2)} s, ${median(s.cpu).toFixed(2)} CPU s`
      const ratios = native.wall.map((wall, i) => (wasm.wall[i]! / wall).toFixed(2)).join(', ')
      console.log(`${build.name}: ${line('native', native)}; ${line('wasm', wasm)}; others' load ${median([...native.others, ...wasm.others]).toFixed(2)} cores`)
      console.log(`  native ÷ wasm: wall ${(median(wasm.wall) / median(native.wall)).toFixed(2)}× (each round: ${ratios}), CPU ${(median(wasm.cpu) / median(native.cpu)).toFixed(2)}×; text agreement ${syllableAccuracy(texts.get(`${build.name} native`)!, texts.get(`${build.name} wasm`)!).toFixed(4)} syllables`)
    }
  } finally {
    rmSync(dir, {recursive: true, force: true})
  }
}

/** Runs a command; resolves with its standard output, rejects when it fails. */
function run(command: string, args: string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {stdio: ['ignore', 'pipe', 'pipe']})
    const out: Buffer[] = []
    let err = ''
    child.stdout.on('data', (chunk: Buffer) => out.push(chunk))
    child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString('utf8')))
    child.once('error', reject)
    child.once('close', (code) => (code === 0 ? resolve(Buffer.concat(out).toString('utf8')) : reject(new Error(`${args.slice(0, 4).join(' ')} exited ${code}: ${err.trim()}`))))
  })
}

async function throughput(): Promise<void> {
  const open = async (file: string) => getDocument({data: new Uint8Array(readFileSync(file)), ...pdfjsDocumentParams()}).promise

  // 1. vanban end to end: render + OCR streamed through the pool.
  const pdf = await open(values.scan)
  const pages = Array.from({length: pdf.numPages}, (_, i) => i + 1)
  let start = performance.now()
  let cpu = cpuSeconds()
  await ocrPdfPages(pdf, pages, {file: values.scan, jobs})
  const endToEnd = seconds(start)
  const endToEndCpu = (cpuSeconds().self - cpu.self) / pages.length
  console.log(`vanban render+OCR, ${jobs} jobs, first file (starts the workers): ${pages.length} pages in ${endToEnd.toFixed(1)} s = ${(pages.length / endToEnd).toFixed(3)} pages/s; ${endToEndCpu.toFixed(2)} CPU s a page`)
  // A second file in the same process: the shared pool's workers are already running (as in a batch).
  start = performance.now()
  cpu = cpuSeconds()
  await ocrPdfPages(pdf, pages, {file: values.scan, jobs})
  const warm = seconds(start)
  const warmCpu = (cpuSeconds().self - cpu.self) / pages.length
  console.log(`vanban render+OCR, ${jobs} jobs, next file (workers running): ${(pages.length / warm).toFixed(3)} pages/s; ${warmCpu.toFixed(2)} CPU s a page`)
  await closeOcr()

  // 2. The same pages rendered once, then OCR alone: vanban's pool and the tesseract CLI see the same images.
  const dir = mkdtempSync(path.join(tmpdir(), 'vanban-bench-ocr-'))
  start = performance.now()
  const images: string[] = []
  for (const number of pages) {
    const rendered = await renderPageGrey(pdf, number, ocrDpi)
    const file = path.join(dir, `page-${number}.pgm`)
    writeFileSync(file, rendered.image)
    images.push(file)
  }
  console.log(`render alone (main thread): ${(seconds(start) / pages.length).toFixed(2)} s a page`)
  await pdf.destroy()

  const pool = new OcrPool({jobs})
  start = performance.now()
  cpu = cpuSeconds()
  await Promise.all(images.map((file) => pool.recognize(readFileSync(file), {dpi: ocrDpi})))
  const poolOnly = seconds(start)
  const poolCpu = (cpuSeconds().self - cpu.self) / pages.length
  await pool.close()
  console.log(`vanban OCR of rendered pages, ${jobs} workers: ${(pages.length / poolOnly).toFixed(3)} pages/s (incl. worker start); ${poolCpu.toFixed(2)} CPU s a page`)

  if (!values['no-cli']) {
    try {
      execFileSync('tesseract', ['--version'], {stdio: 'ignore'})
      // The same model file tesseract.js uses, unpacked for the CLI.
      const tessdata = path.join(dir, 'tessdata')
      execFileSync('mkdir', ['-p', tessdata])
      writeFileSync(path.join(tessdata, 'vie.traineddata'), gunzipSync(readFileSync(path.join(vieLangPath, 'vie.traineddata.gz'))))
      const run = promisify(execFile)
      const cliRun = async (extra: string[]): Promise<{rate: number; cpu: number}> => {
        const queue = [...images]
        const begin = performance.now()
        const before = cpuSeconds().children
        await Promise.all(
          Array.from({length: jobs}, async () => {
            for (let file = queue.shift(); file; file = queue.shift()) {
              // One thread per process, `jobs` processes: the CLI's fair share of the same cores.
              await run('tesseract', [file, '-', '--tessdata-dir', tessdata, '-l', 'vie', '--oem', '1', '--psm', '3', '--dpi', String(ocrDpi), ...extra], {
                env: {...process.env, OMP_THREAD_LIMIT: '1'},
                maxBuffer: 1 << 24
              })
            }
          })
        )
        return {rate: pages.length / seconds(begin), cpu: (cpuSeconds().children - before) / pages.length}
      }
      const version = execFileSync('tesseract', ['--version']).toString().split('\n')[0]
      // vanban turns off tesseract's inverted retry (tesseract-setup.ts): measured both against the CLI's default and its same setting.
      const cliDefault = await cliRun([])
      const cliSame = await cliRun(['-c', 'tessedit_do_invert=0'])
      console.log(`tesseract CLI ${version}, ${jobs} processes, defaults: ${cliDefault.rate.toFixed(3)} pages/s; ${cliDefault.cpu.toFixed(2)} CPU s a page`)
      console.log(`tesseract CLI, tessedit_do_invert=0 like vanban: ${cliSame.rate.toFixed(3)} pages/s; ${cliSame.cpu.toFixed(2)} CPU s a page`)
      const vanbanOcr = pages.length / poolOnly
      console.log(`speed vs CLI by wall clock (shared machine: noisy): OCR ${(vanbanOcr / cliDefault.rate).toFixed(2)}× defaults, ${(vanbanOcr / cliSame.rate).toFixed(2)}× same settings; render+OCR ${(pages.length / endToEnd / cliDefault.rate).toFixed(2)}× defaults`)
      console.log(`speed vs CLI by CPU s a page: OCR ${(cliDefault.cpu / poolCpu).toFixed(2)}× defaults, ${(cliSame.cpu / poolCpu).toFixed(2)}× same settings; render+OCR ${(cliDefault.cpu / endToEndCpu).toFixed(2)}× defaults, ${(cliSame.cpu / endToEndCpu).toFixed(2)}× same settings; next file ${(cliDefault.cpu / warmCpu).toFixed(2)}× defaults, ${(cliSame.cpu / warmCpu).toFixed(2)}× same settings`)
    } catch (error) {
      console.log(`tesseract CLI not measured: ${(error as Error).message.split('\n')[0]}`)
    }
  }
  rmSync(dir, {recursive: true, force: true})

  // 3. Accuracy on tb20 scan pages against the published text, each page against the slice it covers.
  const reference = readFileSync(path.resolve(import.meta.dirname, '../fixtures/tb20-2026-notice.md'), 'utf8')
  const accuracyPdf = await open(values['accuracy-scan'])
  const wanted = values['accuracy-pages'].split(',').map(Number)
  const read = await ocrPdfPages(accuracyPdf, wanted, {file: values['accuracy-scan'], jobs})
  for (const page of read) console.log(`tb20 scan page ${page.number}: syllable accuracy ${pageAccuracy(ocrPageText(page), reference).toFixed(4)}`)
  await accuracyPdf.destroy()
  await closeOcr()
}
