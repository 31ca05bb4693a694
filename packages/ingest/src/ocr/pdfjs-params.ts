import {createRequire} from 'node:module'
import path from 'node:path'

const require = createRequire(import.meta.url)

/** Folder of the installed pdfjs-dist package: fonts and CMaps are read from it, never fetched. */
const pdfjsRoot = path.dirname(require.resolve('pdfjs-dist/package.json'))

/**
 * `getDocument` parameters for reading local PDFs in Node: no eval (a PDF must
 * not make pdf.js compile code), and the standard fonts, CMaps and wasm
 * decoders from the installed package (pdf.js reads these paths with `fs` in
 * Node), so rendering and text extraction never reach for the network.
 * `maxImageSize`: pdf.js decodes an image into width × height × components
 * bytes whatever its stream says, so an image claiming more pixels than the
 * image reader allows (`maxImagePixels`, 100 M: an A3 scan at 600 dpi is 70 M)
 * is left out of the page rather than decoded.
 */
export function pdfjsDocumentParams(): {
  isEvalSupported: false
  cMapUrl: string
  cMapPacked: true
  standardFontDataUrl: string
  wasmUrl: string
  iccUrl: string
  useSystemFonts: false
  verbosity: 0
  maxImageSize: number
} {
  return {
    isEvalSupported: false,
    cMapUrl: path.join(pdfjsRoot, 'cmaps') + path.sep,
    cMapPacked: true,
    standardFontDataUrl: path.join(pdfjsRoot, 'standard_fonts') + path.sep,
    wasmUrl: path.join(pdfjsRoot, 'wasm') + path.sep,
    iccUrl: path.join(pdfjsRoot, 'iccs') + path.sep,
    useSystemFonts: false,
    verbosity: 0,
    maxImageSize: 100e6
  }
}
