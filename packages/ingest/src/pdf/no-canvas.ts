import Module, {createRequire} from 'node:module'

/**
 * pdf.js's Node build loads `@napi-rs/canvas` as it loads (a native module:
 * ~130 ms, and its pages then read slower: the 83-page nq71's text and
 * operator lists took 1.1–1.5 s in a thread without it against 1.8 s with it)
 * to polyfill `DOMMatrix`, `ImageData` and `Path2D` for rendering. The parse
 * thread never renders (OCR pages are rendered by the calling thread), so it
 * gives pdf.js stand-ins instead, through `require.cache` (entries may be
 * added, see Node's modules documentation): a `DOMMatrix` that is the identity
 * (pdf.js builds one as it loads) and classes that throw if anything tried to
 * draw. Call before pdf.js loads, in that thread only.
 */
export function withoutCanvas(): void {
  const pdfjsFile = createRequire(import.meta.url).resolve('pdfjs-dist/legacy/build/pdf.min.mjs')
  let file: string
  try {
    file = createRequire(pdfjsFile).resolve('@napi-rs/canvas')
  } catch {
    return // not installed: pdf.js only warns
  }
  const require = createRequire(import.meta.url)
  if (require.cache[file]) return
  const stub = new Module(file)
  stub.filename = file
  stub.loaded = true
  stub.exports = {DOMMatrix: IdentityMatrix, ImageData: cannot('ImageData'), Path2D: cannot('Path2D'), createCanvas: cannot('createCanvas')}
  require.cache[file] = stub
}

/** The identity matrix, all pdf.js asks of `DOMMatrix` outside rendering. */
class IdentityMatrix {
  a = 1
  b = 0
  c = 0
  d = 1
  e = 0
  f = 0
}

function cannot(name: string): new () => never {
  return class {
    constructor() {
      throw new Error(`${name}: the PDF parse thread does not render`)
    }
  } as new () => never
}
