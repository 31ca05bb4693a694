import {parseDocument} from 'htmlparser2'
import {isTag, type Element} from 'domhandler'
import iconv from 'iconv-lite'
import {InputError, type VanbanDocument} from '@vanban/core'
import type {ReadOptions} from '../read-document.ts'
import {decodeText} from '../text/decode.ts'
import {flowToBlocks} from './flow.ts'
import {dropLinkLists, findContent, removeChrome} from './html-content.ts'
import {HtmlFlow} from './html-flow.ts'

/**
 * A saved web page (`.html`, `.htm`) → Document: decoded by its BOM or
 * `<meta charset>` (else detected as text files are), parsed by htmlparser2
 * (every named and numeric entity), the site's chrome removed and the
 * notice's own content found (`html-content.ts`), then read as paragraphs,
 * lists, headings and tables.
 */
export function readHtml(bytes: Uint8Array, file: string, options: ReadOptions = {}): VanbanDocument {
  options.signal?.throwIfAborted()
  if (bytes.length === 0) throw new InputError('empty-file', 'file is empty', {file})
  const {text, warnings} = decodeHtml(bytes, file)
  const dom = parseDocument(text)
  // htmlparser2 builds no implied <html>/<body>: a page may lack either.
  const html = dom.children.find((c): c is Element => isTag(c) && c.name === 'html')
  const body = (html ?? dom).children.find((c): c is Element => isTag(c) && c.name === 'body') ?? html ?? null
  const root = body ?? dom
  removeChrome(root)
  const content = body ? (findContent(body) ?? [body]) : root.children.filter(isTag)
  for (const el of content) dropLinkLists(el)
  const blocks = flowToBlocks(HtmlFlow.of(content))
  if (blocks.length === 0) throw new InputError('empty-file', 'the web page has no text', {file})
  options.onPage?.({file, page: 1, pages: 1})
  return {file, pages: [], blocks, warnings}
}

/** Charsets a page may declare, by the labels people write (`windows-1258`, `cp1258`, `viscii`). */
function decoderFor(label: string): ((bytes: Uint8Array) => string) | null {
  const name = label.trim().toLowerCase()
  if (name === 'viscii' || name === 'csviscii') return (bytes) => iconv.decode(Buffer.from(bytes), 'viscii')
  try {
    const decoder = new TextDecoder(name === 'cp1258' ? 'windows-1258' : name, {fatal: true})
    return (bytes) => decoder.decode(bytes)
  } catch {
    return null
  }
}

/**
 * A page's text: a BOM wins, then the `<meta charset>` or `http-equiv`
 * declaration in its first 4 KB; a declaration that does not fit the bytes
 * (a page re-saved as UTF-8 that still says windows-1258) and no declaration
 * at all fall back to the text files' detection. Tone marks that
 * Windows-1258 writes as combining characters are composed (NFC).
 */
export function decodeHtml(bytes: Uint8Array, file: string): {text: string; warnings: string[]} {
  const bom = (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) || (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)
  if (!bom) {
    const head = Buffer.from(bytes.subarray(0, 4096)).toString('latin1')
    const declared = /<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)/i.exec(head)?.[1]
    const decode = declared === undefined ? null : decoderFor(declared)
    if (decode) {
      try {
        return {text: decode(bytes).normalize('NFC'), warnings: []}
      } catch {
        const detected = decodeText(bytes, file)
        return {text: detected.text.normalize('NFC'), warnings: [`declares charset ${declared} but is not: ${detected.warnings[0] ?? 'decoded as UTF-8'}`]}
      }
    }
  }
  const detected = decodeText(bytes, file)
  return {text: detected.text.normalize('NFC'), warnings: detected.warnings}
}
