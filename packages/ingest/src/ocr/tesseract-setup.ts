import {existsSync} from 'node:fs'
import {createRequire} from 'node:module'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import type {Worker} from 'tesseract.js'

const require = createRequire(import.meta.url)

/**
 * The `vie` model shipped by @tesseract.js-data/vie. Its `4.0.0_best_int`
 * folder holds the LSTM-only integer model (1.4 MB gz), the one tesseract.js
 * itself downloads for LSTM-only workers; `4.0.0` adds the legacy engine's
 * data we do not use. A plain path (not a URL, not file://) makes tesseract.js
 * read it with fs instead of fetching.
 */
export const vieLangPath = path.join(path.dirname(require.resolve('@tesseract.js-data/vie/package.json')), '4.0.0_best_int')

/**
 * Our worker entry: disables fetch in the worker thread, then loads tesseract.js's
 * worker. It lives outside `src` so that `src/ocr` and the compiled `dist/ocr`
 * reach it by the same relative path.
 */
export const offlineWorkerPath = fileURLToPath(new URL('../../workers/offline-worker.cjs', import.meta.url))

/**
 * A tesseract.js worker for Vietnamese that reads its model from the installed
 * package and writes no cache (`cacheMethod: 'none'`: the default would write
 * `vie.traineddata` into the current directory, and would read one from there).
 */
export async function createVieWorker(): Promise<Worker> {
  // Checked first: a worker whose model fails to load is left running by tesseract.js.
  const model = path.join(vieLangPath, 'vie.traineddata.gz')
  if (!existsSync(model)) throw new Error(`Vietnamese OCR model not found at ${model}; reinstall @tesseract.js-data/vie`)
  // Loaded with the first OCR worker: a run that OCRs nothing never loads tesseract.js.
  const {createWorker, OEM, PSM} = await import('tesseract.js')
  // tesseract.js never settles createWorker when loading the model fails (it swallows the
  // rejection and calls errorHandler), so the first reported error settles it here.
  let failInit: (error: Error) => void = () => {}
  const initFailed = new Promise<never>((_, reject) => {
    failInit = reject
  })
  const worker = await Promise.race([
    createWorker('vie', OEM.LSTM_ONLY, {
      langPath: vieLangPath,
      gzip: true,
      cacheMethod: 'none',
      workerPath: offlineWorkerPath,
      // Without a handler tesseract.js rethrows a job's error from its message listener,
      // which would crash the process; the job's own promise still rejects.
      errorHandler: (error: unknown) => failInit(new Error(`OCR engine failed to start: ${String(error)}`))
    }),
    initFailed
  ])
  initFailed.catch(() => {})
  // Auto segmentation finds columns and table cells, and keeping interword spaces lets the
  // layout code see the wide gaps between table columns. No inverted retry: tesseract 5 reads
  // every doubtful word a second time as white-on-black, which printed notices never are; on
  // table scans that retry was most of the time (see README, OCR), with no accuracy change on tb20.
  // debug_file: tesseract's diagnostics (`Image too small to scale!!`, `Estimated internal resolution`) go to stderr, which would
  // break a CLI's one line per file; real failures still reject the job.
  const parameters: Record<string, string> = {tessedit_pageseg_mode: PSM.AUTO, preserve_interword_spaces: '1', tessedit_do_invert: '0', debug_file: '/dev/null'}
  await worker.setParameters(parameters)
  return worker
}
