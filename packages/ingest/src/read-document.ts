import type {VanbanDocument} from '@vanban/core'
import {resolveInput} from './resolve-input.ts'
import {typeOfExtension, type DocumentType} from './sniff.ts'

export interface ReadOptions {
  /** Password of an encrypted PDF. */
  readonly password?: string
  /** Refuse documents with more pages than this. @default Infinity */
  readonly maxPages?: number
  /** OCR worker count. @default os.availableParallelism() */
  readonly jobs?: number
  /** When to OCR a PDF page: `auto` (no usable text layer), `always`, `never`. @default 'auto' */
  readonly ocr?: 'auto' | 'always' | 'never'
  /** Per-page OCR time limit in milliseconds. @default 120000 */
  readonly pageTimeout?: number
  /**
   * OCR engine: `wasm` (tesseract.js, needs nothing installed), `native` (the system
   * `tesseract` ≥ 4.1 with vanban's own model: the same text, faster), `auto` (native
   * when installed). @default 'wasm'
   */
  readonly ocrEngine?: 'auto' | 'wasm' | 'native'
  /**
   * Time limit in milliseconds for reading one PDF page's text layer, and for laying out each
   * 100 pages. A page past it is left out with a warning (up to 3 pages); then, or for the layout,
   * the read fails with `InputError('parse-timeout')`. @default 20000
   */
  readonly parseTimeout?: number
  /**
   * Largest decoded PDF stream, bytes: a stream inflating past it fails the read with
   * `InputError('stream-too-large')` (a decompression bomb). @default 256e6 (256 MB)
   */
  readonly maxStreamBytes?: number
  /**
   * Largest input file, bytes; a larger one fails with `InputError('file-too-large')` before it is
   * decoded. @default 50e6 for text (.txt, .md, .html), 500e6 for anything else
   */
  readonly maxFileBytes?: number
  /** Called after each page is read. */
  readonly onPage?: (event: {file: string; page: number; pages: number}) => void
  readonly signal?: AbortSignal
  /**
   * The name of bytes passed in (`document.file` and messages; its extension
   * settles what the content leaves open). For a path, the path is the name.
   * @default '(input)'
   * @example {name: 'tb20.docx'} //=> errors read "tb20.docx: …"
   */
  readonly name?: string
  /** Read as this type and skip sniffing the content. @default sniffed (see `sniffType`) */
  readonly type?: DocumentType
}

/** Extensions vanban reads, lower-case with the dot. */
export const supportedExtensions = Object.keys(typeOfExtension)

/**
 * Reads one input — a path, a `file:` URL or the bytes of a file — into a
 * Document. The reader is chosen by the content (`sniffType`), not only the
 * extension.
 */
export async function readDocument(input: string | URL | Uint8Array, options: ReadOptions = {}): Promise<VanbanDocument> {
  const {file, bytes, type, warnings} = await resolveInput(input, options)
  // pdf.js may take over the buffer it is given: a caller's own bytes are copied.
  const owned = input instanceof Uint8Array ? new Uint8Array(bytes) : bytes
  const doc = await readAs(type, owned, file, options)
  return warnings.length === 0 ? doc : {...doc, warnings: [...warnings, ...doc.warnings]}
}

// Each reader loads with the first file that needs it: reading a .md never loads pdf.js,
// tesseract.js or the Word and HTML parsers.
async function readAs(type: DocumentType, bytes: Uint8Array, file: string, options: ReadOptions): Promise<VanbanDocument> {
  switch (type) {
    case 'pdf':
      return (await import('./pdf.ts')).readPdf(file, options, bytes)
    case 'image':
      return (await import('./image.ts')).readImage(file, options, bytes)
    case 'docx':
      return (await import('./formats/docx.ts')).readDocx(bytes, file, options)
    case 'odt':
      return (await import('./formats/odt.ts')).readOdt(bytes, file, options)
    case 'rtf':
      return (await import('./formats/rtf.ts')).readRtf(bytes, file, options)
    case 'doc':
      return (await import('./formats/doc.ts')).readDoc(bytes, file, options)
    case 'html':
      return (await import('./formats/html.ts')).readHtml(bytes, file, options)
    case 'markdown':
    case 'text':
      return (await import('./text.ts')).readText(bytes, file, {...options, markdown: type === 'markdown'})
  }
}
