import {spawn, spawnSync} from 'node:child_process'
import {createHash, randomBytes} from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {gunzipSync} from 'node:zlib'
import {pgmAsTiff} from './pgm-tiff.ts'
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
 * wasm build: version 4.1 or later (LSTM engine, TSV output).
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

/** tesseract.js parameters the pool sets → the CLI's options, reading the image `file` (or `stdin`). */
function cliArguments(file: string, parameters: Record<string, string>, tessdata: string): string[] {
  const args = [file, 'stdout', '-l', 'vie', '--tessdata-dir', tessdata, '--oem', '1']
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

/** A wasm worker for cell re-reads, started on the first crop; `drop` terminates it (the next crop starts another). */
export interface RereadWorker {
  recognize(image: Buffer, parameters: object): Promise<{data: {tsv?: string | null}}>
  drop(): Promise<void>
}

/** Starts tesseract.js's Vietnamese worker (tests count starts with one of their own). */
export type StartWorker = () => Promise<OcrEngineWorker>
const startVieWorker: StartWorker = () => createVieWorker() as Promise<unknown> as Promise<OcrEngineWorker>

export function rereadWorker(start: StartWorker = startVieWorker): RereadWorker {
  let worker: Promise<OcrEngineWorker> | undefined
  return {
    recognize(image, parameters) {
      const started = (worker ??= start())
      // One that failed to start is not kept: the next crop tries again.
      started.catch(() => {
        if (worker === started) worker = undefined
      })
      return started.then((ready) => ready.recognize(image, parameters, {text: false, tsv: true}))
    },
    async drop() {
      const started = worker
      worker = undefined
      await started?.then((ready) => ready.terminate(), () => {})
    }
  }
}

/**
 * The native engine's workers for one pool. Each page goes to a `tesseract`
 * process of its own, and each process loads the model afresh (about 0.1 CPU s):
 * worth it for a page (1–3 CPU s), not for the dozens of cell crops a table page
 * reads again with a segmentation mode of their own. Those go to one wasm
 * worker shared by every slot of the pool, started with the first crop (about
 * 1.5 CPU s to compile and optimise the wasm and load the model: once per
 * pool, not once per slot) and terminated by `close`.
 */
export function nativeWorkers(native?: NativeTesseract, startReread?: StartWorker): {create: () => Promise<OcrEngineWorker>; close: () => Promise<void>} {
  const rereads = rereadWorker(startReread)
  return {
    create: () => createNativeWorker(native ?? findNativeTesseract() ?? missing(), rereads),
    close: () => rereads.drop()
  }
}

/**
 * A native engine "worker": one `tesseract` process per recognition, single-
 * threaded (`OMP_THREAD_LIMIT=1`: the pool runs one per core, as it runs one
 * wasm worker per core). Cell re-reads go to `rereads` (a pool's shared one;
 * by default one of this worker's own). `terminate` kills the recognition in flight.
 */
export async function createNativeWorker(native: NativeTesseract = findNativeTesseract() ?? missing(), rereads?: RereadWorker): Promise<OcrEngineWorker> {
  const tessdata = nativeTessdataDir()
  const crops = rereads ?? rereadWorker()
  let current: ReturnType<typeof spawn> | null = null
  let rereading = false
  let terminated = false
  return {
    async recognize(image, parameters) {
      if ('tessedit_pageseg_mode' in parameters) {
        rereading = true
        try {
          return await crops.recognize(image, parameters)
        } finally {
          rereading = false
        }
      }
      // A temp folder that cannot be written (read-only, full) costs speed, not the page: standard input then.
      const file = await writeImageFile(image).catch(() => null)
      try {
        return await new Promise((resolve, reject) => {
          if (terminated) return reject(new Error('tesseract terminated'))
          const child = spawn(native.binary, cliArguments(file ?? 'stdin', parameters as Record<string, string>, tessdata), {
            env: {...process.env, OMP_THREAD_LIMIT: '1'},
            stdio: [file ? 'ignore' : 'pipe', 'pipe', 'pipe']
          })
          current = child
          const out: Buffer[] = []
          let err = ''
          child.stdout!.on('data', (chunk: Buffer) => out.push(chunk))
          child.stderr!.on('data', (chunk: Buffer) => (err += chunk.toString('utf8')))
          child.once('error', reject)
          child.once('close', (code, signal) => {
            current = null
            if (code === 0) resolve({data: {tsv: Buffer.concat(out).toString('utf8')}})
            else reject(new Error(`tesseract ${signal ? `killed by ${signal}` : `exited ${code}`}: ${err.trim().split('\n').at(-1) ?? ''}`))
          })
          if (child.stdin) {
            // A killed process closes its stdin under us: the close handler reports it.
            child.stdin.on('error', () => {})
            child.stdin.end(image)
          }
        })
      } finally {
        if (file) await fs.promises.rm(file, {force: true})
      }
    },
    async terminate() {
      terminated = true
      current?.kill('SIGKILL')
      current = null
      // Its own re-read worker goes with it; a shared one only when a crop ran past its time limit and wedged it.
      if (!rereads || rereading) await crops.drop()
    }
  }
}

/**
 * The image in a file of its own in the temp folder, removed by the caller after the read: a
 * rendered page (PGM) as an uncompressed TIFF (see pgm-tiff.ts: about a tenth less CPU a page
 * than a PGM on standard input), any other image (an image file's PNG, JPEG…) as it is.
 * Created exclusively (`wx`) under a random name, so nothing already in a shared temp folder is written through.
 */
async function writeImageFile(image: Buffer): Promise<string> {
  const tiff = pgmAsTiff(image)
  const file = path.join(os.tmpdir(), `vanban-ocr-${process.pid}-${randomBytes(6).toString('hex')}${tiff ? '.tif' : ''}`)
  const handle = await fs.promises.open(file, 'wx', 0o600)
  try {
    await handle.writev(tiff ?? [image])
  } catch (error) {
    await handle.close().catch(() => {})
    await fs.promises.rm(file, {force: true})
    throw error
  }
  await handle.close()
  return file
}

function missing(): never {
  throw new Error('no native tesseract (4.1 or later) on the PATH: install it (Debian: tesseract-ocr) or use --ocr-engine wasm')
}
