import {readFile} from 'node:fs/promises'
import {createRequire} from 'node:module'
import {constants, runInThisContext} from 'node:vm'
import {patchWorkerSource} from './stream-limit.ts'

type Pdfjs = typeof import('pdfjs-dist/legacy/build/pdf.mjs')

// Taken when this module loads, before anything in the process has loaded pdfjs (when it has not).
const push = Array.prototype.push
const parse = JSON.parse
const stringify = JSON.stringify

let loading: Promise<Pdfjs> | undefined

/**
 * pdfjs's legacy build (the one for Node) and its worker, loaded once, on the
 * first PDF. Both bundle core-js, whose probes fail on V8 for edge cases
 * nobody here meets (push onto an array-like of length ≥ 2^32, JSON.parse
 * source access), so loading them replaces `Array.prototype.push`,
 * `JSON.parse` and `JSON.stringify` process-wide with JavaScript versions
 * several times slower: about a tenth of a text-layer PDF's time, in pdfjs
 * and in every later stage. We put the engine's own functions back once both
 * modules have run (also when something else loaded pdfjs first). Loading
 * the worker module here also makes pdfjs run it in this thread without
 * importing it again. Lazy, so that runs without PDFs do not parse pdfjs.
 *
 * Memory: the minified build (the same code) and source maps off while it
 * loads. Under tsx (how vanban runs) Node otherwise reads and keeps the
 * 8 MB of pdfjs source maps and tsx maps the 3.3 MB of source: peak RSS for
 * the 83-page nq71 fell from ~450 to ~275 MB with bare getTextContent.
 *
 * The worker module is run from its patched source (`stream-limit.ts`: a cap
 * on decoded stream bytes) as a script (`workerScript`); it sets
 * `globalThis.pdfjsWorker`, which pdfjs's in-thread worker uses.
 */
export function loadPdfjs(): Promise<Pdfjs> {
  loading ??= (async () => {
    const sourceMaps = process.sourceMapsEnabled
    process.setSourceMapsEnabled(false)
    let lib: Pdfjs
    try {
      lib = await import('pdfjs-dist/legacy/build/pdf.min.mjs')
      const workerFile = createRequire(import.meta.url).resolve('pdfjs-dist/legacy/build/pdf.worker.min.mjs')
      runInThisContext(workerScript(patchWorkerSource(await readFile(workerFile, 'utf8'))), {filename: workerFile, importModuleDynamically: constants.USE_MAIN_CONTEXT_DEFAULT_LOADER})
    } finally {
      process.setSourceMapsEnabled(sourceMaps)
    }
    Array.prototype.push = push
    JSON.parse = parse
    JSON.stringify = stringify
    return lib
  })()
  return loading
}

/**
 * pdf.js's worker module as a classic script: it imports nothing, exports
 * only what it also puts on `globalThis.pdfjsWorker`, and reads
 * `import.meta.url` only to locate wasm files we pass as `wasmUrl` (inside a
 * try); its one dynamic `import()` (a JPEG 2000 fallback when wasm fails)
 * goes to Node's loader. A script, not a `data:` module, because loader hooks (tsx, vitest)
 * would transform 1.3 MB of JavaScript on every start.
 */
export function workerScript(moduleSource: string): string {
  const body = moduleSource.replace(/export\{WorkerMessageHandler\};?\s*$/, '').replaceAll('import.meta.url', 'undefined')
  // Two searches: one regular expression with both took ~9 ms over the 1.3 MB, in front of the first page.
  if (body.includes('import.meta') || /\bexport\s*\{/.test(body)) throw new Error('pdfjs-dist changed: its worker module no longer runs as a script')
  return `(function () {"use strict";\n${body}\n})()`
}
