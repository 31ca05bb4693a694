import {spawn, spawnSync} from 'node:child_process'
import {createHash} from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {gunzipSync} from 'node:zlib'
import {createVieWorker, vieLangPath} from './tesseract-setup.ts'

/**
 * The part of a tesseract.js worker the OCR pool uses, so a pool can run either
 * engine: the WebAssembly build inside worker threads, or the system's native
 * `tesseract` binary in child processes.
 */
export interface OcrEngineWorker {
  recognize(image: Buffer, parameters: object, output: {text: false; tsv: true}): Promise<{data: {tsv?: string | null}}>
  terminate(): Promise<unknown>
}

/** Which engine reads scans: `wasm` (tesseract.js, needs nothing installed), `native` (the system `tesseract`), or `auto`. */
export type OcrEngine = 'auto' | 'wasm' | 'native'

export interface NativeTesseract {
  readonly binary: string
  readonly version: string
}

let found: NativeTesseract | null | undefined

/**
 * The system's `tesseract` when it is one vanban can drive the same way as its
 * wasm build: version 4.1 or later (LSTM engine, `stdin` input, TSV output).
 * Looked up once per process; null when there is none or it is too old.
 */
export function findNativeTesseract(binary = 'tesseract'): NativeTesseract | null {
  if (found !== undefined && binary === 'tesseract') return found
  const run = spawnSync(binary, ['--version'], {encoding: 'utf8', timeout: 5000})
  const version = /tesseract v?(\d+)\.(\d+)(?:\.\d+)?/i.exec(`${run.stdout ?? ''}${run.stderr ?? ''}`)
  const ok = run.status === 0 && version !== null && (Number(version[1]) > 4 || (Number(version[1]) === 4 && Number(version[2]) >= 1))
  const result = ok ? {binary, version: `${version[1]}.${version[2]}`} : null
  if (binary === 'tesseract') found = result
  return result
}

/**
 * A folder holding vanban's own `vie.traineddata`, unpacked from the model that
 * @tesseract.js-data/vie ships (gzip): the native engine then reads the very
 * model the wasm engine reads, so both give the same text. Unpacked once per
 * model into the temp folder, written atomically so concurrent workers agree.
 */
export function nativeTessdataDir(): string {
  const gz = fs.readFileSync(path.join(vieLangPath, 'vie.traineddata.gz'))
  const dir = path.join(os.tmpdir(), `vanban-tessdata-${createHash('sha256').update(gz).digest('hex').slice(0, 12)}`)
  const model = path.join(dir, 'vie.traineddata')
  if (!fs.existsSync(model)) {
    fs.mkdirSync(dir, {recursive: true})
    const temp = `${model}.${process.pid}.tmp`
    fs.writeFileSync(temp, gunzipSync(gz))
    fs.renameSync(temp, model)
  }
  return dir
}

/** tesseract.js parameters the pool sets → the CLI's options. */
function cliArguments(parameters: Record<string, string>, tessdata: string): string[] {
  const args = ['stdin', 'stdout', '-l', 'vie', '--tessdata-dir', tessdata, '--oem', '1']
  // The wasm worker's standing settings (tesseract-setup.ts), so both engines segment alike.
  const settings: Record<string, string> = {preserve_interword_spaces: '1', tessedit_do_invert: '0', ...parameters}
  args.push('--psm', settings.tessedit_pageseg_mode ?? '3')
  if (settings.user_defined_dpi) args.push('--dpi', settings.user_defined_dpi)
  for (const [key, value] of Object.entries(settings)) {
    if (key === 'tessedit_pageseg_mode' || key === 'user_defined_dpi') continue
    args.push('-c', `${key}=${value}`)
  }
  // TSV by settings, not by the `tsv` config file: that lives in the system's tessdata, not ours.
  args.push('-c', 'tessedit_create_tsv=1', '-c', 'tessedit_create_txt=0')
  return args
}

/**
 * A native engine "worker": one `tesseract` process per recognition, single-
 * threaded (`OMP_THREAD_LIMIT=1`: the pool runs one per core, as it runs one
 * wasm worker per core). `terminate` kills the recognition in flight.
 */
export async function createNativeWorker(native: NativeTesseract = findNativeTesseract() ?? missing()): Promise<OcrEngineWorker> {
  const tessdata = nativeTessdataDir()
  let current: ReturnType<typeof spawn> | null = null
  // Each native process loads the model afresh (a few hundred ms): worth it for a page, not for
  // the dozens of cell crops a table page reads again with a segmentation mode of their own.
  // Those go to one wasm worker, started the first time one is asked for and kept.
  let small: Promise<OcrEngineWorker> | undefined
  return {
    recognize(image, parameters) {
      if ('tessedit_pageseg_mode' in parameters) {
        small ??= createVieWorker() as Promise<unknown> as Promise<OcrEngineWorker>
        return small.then((worker) => worker.recognize(image, parameters, {text: false, tsv: true}))
      }
      return new Promise((resolve, reject) => {
        const child = spawn(native.binary, cliArguments(parameters as Record<string, string>, tessdata), {
          env: {...process.env, OMP_THREAD_LIMIT: '1'},
          stdio: ['pipe', 'pipe', 'pipe']
        })
        current = child
        const out: Buffer[] = []
        let err = ''
        child.stdout.on('data', (chunk: Buffer) => out.push(chunk))
        child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString('utf8')))
        child.once('error', reject)
        child.once('close', (code, signal) => {
          current = null
          if (code === 0) resolve({data: {tsv: Buffer.concat(out).toString('utf8')}})
          else reject(new Error(`tesseract ${signal ? `killed by ${signal}` : `exited ${code}`}: ${err.trim().split('\n').at(-1) ?? ''}`))
        })
        // A killed process closes its stdin under us: the close handler reports it.
        child.stdin.on('error', () => {})
        child.stdin.end(image)
      })
    },
    async terminate() {
      current?.kill('SIGKILL')
      current = null
      await small?.then((worker) => worker.terminate(), () => {})
    }
  }
}

function missing(): never {
  throw new Error('no native tesseract (4.1 or later) on the PATH: install it (Debian: tesseract-ocr) or use --ocr-engine wasm')
}
