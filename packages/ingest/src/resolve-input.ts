import {readFile, stat} from 'node:fs/promises'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {UnsupportedInputError} from '@vanban/core'
import {sniffType, typeOfExtension, type DocumentType} from './sniff.ts'
import {readError} from './read-error.ts'
import {checkFileSize} from './limits.ts'

/** What `readDocument` reads: the name it reports, the bytes, the reader to use and what a reviewer should know about that choice. */
export interface ResolvedInput {
  file: string
  bytes: Uint8Array
  type: DocumentType
  warnings: string[]
}

/** Types that a signature identifies for sure: content says what they are, whatever the name. */
const signed: ReadonlySet<DocumentType> = new Set(['pdf', 'image', 'docx', 'odt', 'doc', 'rtf'])

const label: Readonly<Record<DocumentType, string>> = {
  pdf: 'a PDF',
  image: 'an image',
  docx: 'a Word document (.docx)',
  odt: 'an OpenDocument text (.odt)',
  doc: 'a Word 97–2003 document (.doc)',
  rtf: 'an RTF document',
  html: 'a web page (HTML)',
  markdown: 'Markdown text',
  text: 'plain text'
}

/**
 * A path, file URL or bytes → the bytes and the reader. The content decides
 * (a `.pdf` that is a Word file is read as one, with a warning); the name
 * decides only what content leaves open (Markdown or text, a ZIP too damaged
 * to tell). A path with an extension vanban does not know is refused before
 * it is read, as before; `options.type` skips the sniffing.
 */
export async function resolveInput(input: string | URL | Uint8Array, options: {name?: string; type?: DocumentType; signal?: AbortSignal; maxFileBytes?: number}): Promise<ResolvedInput> {
  options.signal?.throwIfAborted()
  let file: string
  let bytes: Uint8Array
  if (input instanceof Uint8Array) {
    file = options.name ?? '(input)'
    bytes = input
  } else {
    // vanban reads no network: a URL must name a local file.
    if (input instanceof URL && input.protocol !== 'file:') throw new UnsupportedInputError(`only file: URLs are read, not ${input.protocol} (vanban uses no network; fetch the bytes and pass them)`, {file: input.href})
    file = input instanceof URL ? fileURLToPath(input) : input
    const ext = path.extname(file).toLowerCase()
    if (ext !== '' && typeOfExtension[ext] === undefined && options.type === undefined) throw unsupported(file, ext)
    // Its size is checked before it is read (limits.ts); the reader checks again for the sniffed type.
    let size: number
    try {
      size = (await stat(file)).size
    } catch (cause) {
      throw readError(file, cause)
    }
    const named = typeOfExtension[ext] ?? options.type
    checkFileSize(file, size, named === 'text' || named === 'markdown' || named === 'html' ? 'text' : 'binary', options)
    try {
      bytes = await readFile(file, options.signal ? {signal: options.signal} : {})
    } catch (cause) {
      throw readError(file, cause)
    }
  }
  if (options.type !== undefined) return {file, bytes, type: options.type, warnings: []}
  const ext = path.extname(options.name ?? file).toLowerCase()
  const named = typeOfExtension[ext]
  const sniffed = sniffType(bytes, options.name ?? file)
  if (sniffed === null) {
    // A damaged file named as a format vanban reads: its reader says what is wrong.
    if (named !== undefined && signed.has(named)) return {file, bytes, type: named, warnings: []}
    throw unsupported(file, ext)
  }
  if (named === undefined || named === sniffed || (named === 'text' && sniffed === 'markdown') || (named === 'markdown' && sniffed === 'text')) {
    return {file, bytes, type: sniffed, warnings: []}
  }
  // Named as a binary format but holding text: that format's reader gives its own error ("not a PDF").
  if (signed.has(named) && !signed.has(sniffed) && sniffed !== 'html') return {file, bytes, type: named, warnings: []}
  return {file, bytes, type: sniffed, warnings: [`named ${ext} but is ${label[sniffed]}: read as such`]}
}

function unsupported(file: string, ext: string): UnsupportedInputError {
  const known = Object.keys(typeOfExtension).join(', ')
  return new UnsupportedInputError(
    ext === '' ? `unknown content: not a PDF, Word, OpenDocument, RTF, HTML, text or image file; vanban reads ${known}` : `unsupported file type "${ext}"; vanban reads ${known}`,
    {file}
  )
}
