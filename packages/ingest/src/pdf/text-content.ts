import type {PDFPageProxy, TextContent} from 'pdfjs-dist/types/src/display/api.js'

/**
 * Most text items read from one page: a dense A3 table set glyph by glyph has
 * ~30,000; a hostile page drawing one line 290,000 times costs pdf.js ~20 µs
 * an item (seconds), and nothing past this is read.
 */
export const maxPageItems = 100_000

/**
 * A page's text content, as `page.getTextContent` gives it, read from pdf.js's
 * stream so that it can stop after `maxItems` items. The reader then stops
 * pulling: pdf.js's extraction of the page stalls once its queue is full and
 * costs nothing more. It is not cancelled — pdf.js then keeps sending chunks
 * into the closed stream and throws — so the stalled task stays, and
 * `pdf.destroy()` would wait for it forever: the caller must not destroy the
 * document, and ends the thread instead (`truncated`).
 */
export async function readTextContent(page: PDFPageProxy, maxItems = maxPageItems): Promise<{content: TextContent; truncated: boolean}> {
  const content: TextContent = {items: [], styles: Object.create(null) as TextContent['styles'], lang: null}
  const reader = page.streamTextContent({disableNormalization: true}).getReader() as ReadableStreamDefaultReader<TextContent>
  for (;;) {
    const {value, done} = await reader.read()
    if (done) return {content, truncated: false}
    content.lang ??= value.lang
    Object.assign(content.styles, value.styles)
    for (const item of value.items) content.items.push(item)
    if (content.items.length > maxItems) return {content, truncated: true}
  }
}
