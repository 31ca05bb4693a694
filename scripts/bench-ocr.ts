/**
 * OCR measurements (not a test): pages per second on a scan with N workers,
 * beside the `tesseract` command-line program on the same rendered pages and
 * the same `vie` model when it is installed, and syllable accuracy of some
 * tb20 scan pages against the published text.
 *
 *   npx tsx scripts/bench-ocr.ts [--jobs 2] [--scan path.pdf] [--accuracy-pages 1,2,3] [--no-cli]
 */
import {execFile, execFileSync} from 'node:child_process'
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

const shared = path.resolve(import.meta.dirname, '../../shared/fixtures/pdf')
const {values} = parseArgs({
  options: {
    jobs: {type: 'string', default: '2'},
    scan: {type: 'string', default: path.join(shared, 'nq71-2025-tables.scan.pdf')},
    'accuracy-scan': {type: 'string', default: path.join(shared, 'tb20-2026-notice.scan.pdf')},
    'accuracy-pages': {type: 'string', default: '1,2,3'},
    'no-cli': {type: 'boolean', default: false}
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
