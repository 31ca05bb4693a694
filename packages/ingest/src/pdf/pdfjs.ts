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
 */
export function loadPdfjs(): Promise<Pdfjs> {
  loading ??= (async () => {
    const lib = await import('pdfjs-dist/legacy/build/pdf.mjs')
    await import('pdfjs-dist/legacy/build/pdf.worker.mjs')
    Array.prototype.push = push
    JSON.parse = parse
    JSON.stringify = stringify
    return lib
  })()
  return loading
}
