import path from 'node:path'
import {UnsupportedInputError, type VanbanDocument} from '@vanban/core'
import {readPdf} from './pdf.ts'
import {readTextFile} from './text.ts'
import {readImage} from './image.ts'

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
  /** Called after each page is read. */
  readonly onPage?: (event: {file: string; page: number; pages: number}) => void
  readonly signal?: AbortSignal
}

/** Extensions vanban reads, lower-case with the dot. */
export const supportedExtensions = ['.pdf', '.txt', '.md', '.png', '.jpg', '.jpeg', '.tif', '.tiff'] as const

/** Reads one input file into a Document, choosing the reader by extension. */
export async function readDocument(file: string, options: ReadOptions = {}): Promise<VanbanDocument> {
  const ext = path.extname(file).toLowerCase()
  switch (ext) {
    case '.pdf':
      return readPdf(file, options)
    case '.txt':
    case '.md':
      return readTextFile(file, options)
    case '.png':
    case '.jpg':
    case '.jpeg':
    case '.tif':
    case '.tiff':
      return readImage(file, options)
    default:
      throw new UnsupportedInputError(`unsupported file type "${ext || '(none)'}"; vanban reads ${supportedExtensions.join(', ')}`, {file})
  }
}
