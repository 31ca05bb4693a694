import {readFile} from 'node:fs/promises'
import type {PDFDocumentProxy, PDFPageProxy, TextItem as PdfTextItem, TextContent} from 'pdfjs-dist/types/src/display/api.js'
import {InputError, PasswordError, VanbanError, type VanbanDocument} from '@vanban/core'
import {continueTableRules, layoutPages, type PageInput, type TextItem} from '@vanban/layout'
import type {ReadOptions} from './read-document.ts'
import {largestImageShare} from './pdf/images.ts'
import {extractRules} from './pdf/rules.ts'
import {loadPdfjs} from './pdf/pdfjs.ts'
import {isUsableTextLayer} from './ocr/text-layer-quality.ts'
import {ocrPdfPages} from './ocr/ocr-pdf-pages.ts'
import {pdfjsDocumentParams} from './ocr/pdfjs-params.ts'

/** A gap wider than this many em between two items on one baseline hints at table cells. */
const cellGapEm = 1.5

/** PDF text layer (and OCR of pages without one) → Document. */
export async function readPdf(file: string, options: ReadOptions): Promise<VanbanDocument> {
  options.signal?.throwIfAborted()
  let data: Uint8Array
  try {
    data = new Uint8Array(await readFile(file))
  } catch (error) {
    throw new InputError('unreadable', `cannot read file (${(error as NodeJS.ErrnoException).code ?? 'error'})`, {file, cause: error})
  }
  if (!hasPdfHeader(data)) throw new InputError('invalid-pdf', 'not a PDF (no %PDF header)', {file})

  const pdfjs = await loadPdfjs()
  // Fonts, CMaps and the wasm image decoders (JPEG 2000, JBIG2 in scans) come from the installed package.
  const task = pdfjs.getDocument({
    ...pdfjsDocumentParams(),
    data,
    ...(options.password === undefined ? {} : {password: options.password}),
    disableFontFace: true
  })
  let pdf: PDFDocumentProxy | undefined
  try {
    try {
      pdf = await task.promise
    } catch (error) {
      throw loadError(error, file, options.password !== undefined)
    }
    const count = pdf.numPages
    if (options.maxPages !== undefined && count > options.maxPages) {
      throw new InputError('too-many-pages', `${count} pages, more than the limit of ${options.maxPages}`, {file})
    }
    const mode = options.ocr ?? 'auto'
    const pages: (PageInput | null)[] = []
    const toOcr: number[] = []
    const warnings: string[] = []
    const tables: TableContext = {reference: null, previous: null}
    for (let number = 1; number <= count; number++) {
      options.signal?.throwIfAborted()
      if (mode === 'always') {
        pages.push(null)
        toOcr.push(number)
        continue
      }
      let page: PDFPageProxy
      let input: PageInput
      try {
        page = await pdf.getPage(number)
        input = await readPage(pdfjs, page, tables)
      } catch (error) {
        if (error instanceof VanbanError) throw error
        // One broken page should not lose the rest of the document.
        warnings.push(`page ${number}: cannot read the text layer (${(error as Error).message})`)
        tables.previous = null
        pages.push(mode === 'never' ? emptyPage(number) : null)
        if (mode !== 'never') toOcr.push(number)
        continue
      }
      if (mode === 'auto' && (!isUsableTextLayer(input.items) || (await isScanWithOverlay(pdfjs, page, input)))) {
        pages.push(null)
        toOcr.push(number)
        tables.previous = null
      } else pages.push(input)
      page.cleanup()
      // OCR'd pages report progress from the OCR step.
      if (pages[pages.length - 1] !== null) options.onPage?.({file, page: number, pages: count})
    }
    if (toOcr.length > 0) {
      const ocred = await ocrPdfPages(pdf, toOcr, {...options, file})
      const byNumber = new Map(ocred.map((p) => [p.number, p]))
      // ocrPdfPages reports each page through options.onPage as it finishes.
      for (const number of toOcr) pages[number - 1] = byNumber.get(number) ?? emptyPage(number)
    }
    const {pages: outPages, blocks} = layoutPages(pages.map((p, k) => p ?? emptyPage(k + 1)))
    return {file, pages: outPages, blocks, warnings}
  } finally {
    if (pdf) await pdf.destroy()
    else await task.destroy()
  }
}

function hasPdfHeader(data: Uint8Array): boolean {
  // The header may follow some junk bytes; PDF readers look in the first kilobyte.
  const head = Buffer.from(data.buffer, data.byteOffset, Math.min(1024, data.length)).toString('latin1')
  return head.includes('%PDF-')
}

const emptyPage = (number: number): PageInput => ({number, width: 595, height: 842, items: [], source: 'text-layer'})

function loadError(error: unknown, file: string, hadPassword: boolean): VanbanError {
  const name = (error as {name?: string})?.name
  const message = (error as Error)?.message ?? String(error)
  if (name === 'PasswordException') {
    return new PasswordError(hadPassword ? 'wrong password for this encrypted PDF' : 'encrypted PDF: a password is needed (--password)', {file, cause: error})
  }
  return new InputError('invalid-pdf', `not a readable PDF (${message.split('\n')[0]})`, {file, cause: error})
}

/** What the pages read so far tell about a table that may go on. */
interface TableContext {
  /** The last page whose ruling lines were read from its operator list and that had any. */
  reference: PageInput | null
  /** The page before, as read (its rules read or predicted). */
  previous: PageInput | null
}

/**
 * One page → layout input. The operator list (for ruling lines and font
 * names) costs about as much as the text itself, so it is fetched only when
 * the page needs it: a font seen for the first time (bold is read from the
 * font's name, and fonts are shared by all pages), text set in cells (wide
 * gaps on one baseline), or a table going on from the previous page — unless
 * layout can predict that page's rules from its text and the last ruled page
 * (`continueTableRules`), which it does for the plain case of a numbered
 * table running on from page to page.
 */
async function readPage(pdfjs: Awaited<ReturnType<typeof loadPdfjs>>, page: PDFPageProxy, tables: TableContext): Promise<PageInput> {
  const viewport = page.getViewport({scale: 1})
  // pdfjs would run a Unicode regex over every item; the characters it
  // rewrites (no-break spaces, ligatures, presentation forms) are rare, so we
  // look for them ourselves and call its own normalizeUnicode only then.
  const content: TextContent = await page.getTextContent({disableNormalization: true})
  const textItems = content.items.filter((item): item is PdfTextItem => 'str' in item && item.str.trim() !== '')
  const fonts = page.commonObjs
  let newFont = false
  for (const name of Object.keys(content.styles)) if (!fonts.has(name)) newFont = true
  const transform = viewport.transform
  const items: TextItem[] = []
  for (const item of textItems) {
    const m = pdfjs.Util.transform(transform, item.transform)
    const size = Math.hypot(m[2]!, m[3]!) || item.height
    const style = content.styles[item.fontName]
    const ascent = style?.ascent && style.ascent > 0.5 && style.ascent < 1.2 ? style.ascent : 0.8
    const descent = style?.descent && style.descent < 0 && style.descent > -0.5 ? -style.descent : 0.2
    const baseline = m[5]!
    items.push({
      text: needsNormalizing(item.str) ? pdfjs.normalizeUnicode(item.str) : item.str,
      x: m[4]!,
      y: baseline - ascent * size,
      width: Math.abs(item.width * (viewport.scale ?? 1)),
      height: (ascent + descent) * size,
      baseline,
      fontSize: size,
      fontName: item.fontName
    })
  }
  const input: PageInput = {number: page.pageNumber, width: viewport.width, height: viewport.height, items, rules: [], source: 'text-layer'}
  const {reference, previous} = tables
  const previousHadRules = (previous?.rules?.length ?? 0) > 0
  const predicted = !newFont && previousHadRules && reference ? continueTableRules(reference, previous!, input) : null
  if (predicted) input.rules = predicted
  else if (newFont || previousHadRules || hasWideGaps(items)) {
    const operatorList = await page.getOperatorList()
    input.rules = extractRules(operatorList, pdfjs.OPS, transform, viewport.width * viewport.height)
    if (input.rules.length > 0) tables.reference = input
  }
  tables.previous = input
  const boldByFont = new Map<string, boolean>()
  for (const item of items) {
    const name = item.fontName!
    let bold = boldByFont.get(name)
    if (bold === undefined) {
      bold = fonts.has(name) ? isBoldFont(fonts.get(name)) : false
      boldByFont.set(name, bold)
    }
    if (bold) item.bold = true
  }
  return input
}

/**
 * Has the text a character pdfjs's `normalizeUnicode` rewrites (the ranges of
 * its regex, pdf.js src/shared/util.js, taken wider: U+2000–U+2126 whole)?
 * Vietnamese letters (U+00C0–U+01B0, U+0300–U+0323, U+1EA0–U+1EF9) are not.
 */
function needsNormalizing(text: string): boolean {
  for (let k = 0; k < text.length; k++) {
    const c = text.charCodeAt(k)
    if (c < 0xa0) continue
    if (c === 0xa0 || c === 0xb5 || c === 0x37e || c === 0xeb3 || (c >= 0x2000 && c <= 0x2126) || c >= 0xfb00) return true
  }
  return false
}

/** Fewer letters than this on a page makes its text layer suspect as the whole of its text. */
const sparseTextLetters = 300
/** A page mostly covered by one image is a scan. */
const scanImageShare = 0.6

/**
 * A scanned page can carry a little real text on top — a digital "SAO Y" copy
 * stamp, a page number — which makes its text layer look usable. When the
 * text is sparse, look at what the page paints: one image over most of it
 * means the page's real text is in the image. (Only sparse pages pay for the
 * operator list.)
 */
async function isScanWithOverlay(pdfjs: Awaited<ReturnType<typeof loadPdfjs>>, page: PDFPageProxy, input: PageInput): Promise<boolean> {
  let letters = 0
  for (const item of input.items) {
    letters += item.text.replace(/[^\p{L}]/gu, '').length
    if (letters >= sparseTextLetters) return false
  }
  const viewport = page.getViewport({scale: 1})
  const operatorList = await page.getOperatorList()
  return largestImageShare(operatorList, pdfjs.OPS, viewport.transform, viewport.width * viewport.height) >= scanImageShare
}

/** A font object from pdfjs's commonObjs: bold by its flags or its PostScript name. */
function isBoldFont(font: {name?: string; bold?: boolean; black?: boolean; loadedName?: string} | undefined): boolean {
  if (!font) return false
  if (font.bold || font.black) return true
  return /bold|black|heavy|semibold|demi/i.test(font.name ?? '')
}

/** Items on one baseline separated by more than `cellGapEm`: text set in table cells. */
function hasWideGaps(items: readonly TextItem[]): boolean {
  const byBaseline = new Map<number, TextItem[]>()
  for (const item of items) {
    const key = Math.round(item.baseline! / 2)
    let list = byBaseline.get(key)
    if (!list) byBaseline.set(key, (list = []))
    list.push(item)
  }
  for (const list of byBaseline.values()) {
    if (list.length < 2) continue
    list.sort((a, b) => a.x - b.x)
    for (let k = 1; k < list.length; k++) {
      const prev = list[k - 1]!
      if (list[k]!.x - (prev.x + prev.width) > cellGapEm * (prev.fontSize ?? prev.height)) return true
    }
  }
  return false
}
