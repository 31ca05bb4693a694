import path from 'node:path'
import {imageFormat} from './ocr/image-files.ts'
import {hasOleHeader} from './formats/ole.ts'
import {mainPartName} from './formats/docx-package.ts'
import {hasZipHeader, zipEntryNames} from './formats/zip.ts'

/** The kinds of input vanban reads, each with its reader. */
export const documentTypes = ['pdf', 'image', 'docx', 'odt', 'doc', 'rtf', 'html', 'markdown', 'text'] as const
export type DocumentType = (typeof documentTypes)[number]

/** Extension (lower-case, with the dot) → the type a file so named should hold. */
export const typeOfExtension: Readonly<Record<string, DocumentType>> = {
  '.pdf': 'pdf',
  '.png': 'image',
  '.jpg': 'image',
  '.jpeg': 'image',
  '.tif': 'image',
  '.tiff': 'image',
  '.docx': 'docx',
  '.docm': 'docx',
  '.dotx': 'docx',
  '.odt': 'odt',
  '.doc': 'doc',
  '.dot': 'doc',
  '.rtf': 'rtf',
  '.html': 'html',
  '.htm': 'html',
  '.xhtml': 'html',
  '.md': 'markdown',
  '.markdown': 'markdown',
  '.txt': 'text'
}

/** How much of the start of a file the sniffer looks at for text signatures. */
const sniffBytes = 8192

/**
 * The type of a document from its content: `%PDF`, an image signature, a ZIP
 * holding `word/document.xml` (docx) or an OpenDocument text (odt), an OLE compound
 * file (Word 97–2003, or a password-protected docx, which its reader reports),
 * `{\rtf`,
 * `<html`/`<!doctype html`, or text (Markdown when its syntax shows or the name
 * says so). `name` only settles what the bytes leave open: a ZIP too damaged to
 * list, Markdown against plain text. Null: nothing vanban reads (another
 * archive, a spreadsheet, unknown binary data).
 */
export function sniffType(bytes: Uint8Array, name?: string): DocumentType | null {
  const byName = name === undefined ? undefined : typeOfExtension[path.extname(name).toLowerCase()]
  if (bytes.length === 0) return byName ?? 'text'
  if (startsWithPdf(bytes)) return 'pdf'
  if (imageFormat(bytes) !== null) return 'image'
  if (hasZipHeader(bytes)) return zipType(bytes, name === undefined ? '' : path.extname(name).toLowerCase())
  if (hasOleHeader(bytes)) return 'doc'
  // RTF is 7-bit text that starts with its header; portals serve many "Word" files that are RTF.
  if (Buffer.from(bytes.subarray(0, 5)).toString('latin1') === '{\\rtf') return 'rtf'
  const head = textHead(bytes)
  if (head === null) return null
  if (looksLikeHtml(head)) return 'html'
  // A fragment saved as a page (`<div class="noidung">…`, no <html>): its name says so, and it has tags.
  if (byName === 'html' && /<\/?[a-z][a-z0-9]*[\s>\/]/i.test(head)) return 'html'
  if (byName === 'markdown' || byName === 'text') return byName
  return looksLikeMarkdown(head) ? 'markdown' : 'text'
}

/** `%PDF-` within the first kilobyte (pdf.js accepts junk before it, as readers do). */
function startsWithPdf(bytes: Uint8Array): boolean {
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.length, 1024)).toString('latin1')
  return head.includes('%PDF-')
}

function zipType(bytes: Uint8Array, ext: string): DocumentType | null {
  const names = zipEntryNames(bytes)
  // Too damaged to list: its reader says so, as the Word file it most likely is, unless its name says otherwise.
  if (names === null) return typeOfExtension[ext] === 'odt' ? 'odt' : ext === '' || typeOfExtension[ext] === 'docx' || typeOfExtension[ext] === 'doc' ? 'docx' : null
  if (names.some((name) => mainPartName.test(name))) return 'docx'
  // An OpenDocument file starts with its `mimetype` entry, stored uncompressed.
  const mimetype = Buffer.from(bytes.subarray(30, 30 + 8 + 39)).toString('latin1')
  return names.includes('content.xml') && mimetype === 'mimetypeapplication/vnd.oasis.opendocument.text' ? 'odt' : null
}

/**
 * The first characters of a text file, or null when the bytes are binary
 * (NULs outside a UTF-16 pattern, control bytes). Decoded loosely: only ASCII
 * signatures are looked for.
 */
function textHead(bytes: Uint8Array): string | null {
  const head = bytes.subarray(0, sniffBytes)
  if ((head[0] === 0xff && head[1] === 0xfe) || (head[0] === 0xfe && head[1] === 0xff)) {
    return new TextDecoder(head[0] === 0xff ? 'utf-16le' : 'utf-16be').decode(head)
  }
  let zeros = 0
  let controls = 0
  for (const b of head) {
    if (b === 0) zeros++
    else if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c && b !== 0x1a) controls++
  }
  if (zeros > 0) {
    // UTF-16 without a BOM: a zero in most bytes of one parity, (nearly) none in the other.
    const odd = head.filter((b, i) => b === 0 && i % 2 === 1).length
    const even = zeros - odd
    const pairs = Math.floor(head.length / 2)
    const le = odd > pairs * 0.4 && even <= pairs * 0.05
    const be = even > pairs * 0.4 && odd <= pairs * 0.05
    if (!le && !be) return null
    return new TextDecoder(le ? 'utf-16le' : 'utf-16be').decode(head.subarray(0, pairs * 2))
  }
  if (controls > head.length * 0.01 + 2) return null
  return Buffer.from(head).toString('latin1')
}

/** An HTML document starts (after a BOM, space, an XML declaration and comments) with its doctype or a top-level tag. */
function looksLikeHtml(head: string): boolean {
  const start = head
    .replace(/^\ufeff|^\u00ef\u00bb\u00bf/, '')
    .replace(/^(?:\s|<\?xml[^>]*>|<!--[\s\S]*?-->)*/, '')
    .slice(0, 200)
    .toLowerCase()
  return /^<(?:!doctype\s+html|html[\s>]|head[\s>]|body[\s>]|meta[\s>]|title[\s>])/.test(start)
}

/** Markdown shows in ATX headings, pipe-table separators, `**bold**` lines or `[text](url)` links. */
function looksLikeMarkdown(head: string): boolean {
  return /^ {0,3}#{1,6}\s+\S/m.test(head) || /^\s*\|?\s*:?-{3,}:?\s*\|/m.test(head) || /^\s*\*\*[^*\n]+\*\*/m.test(head) || /\]\([^)\s]+\)/.test(head)
}
