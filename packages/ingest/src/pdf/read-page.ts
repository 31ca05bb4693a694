import type {PDFPageProxy, TextItem as PdfTextItem} from 'pdfjs-dist/types/src/display/api.js'
import {continueTableRules, type PageInput, type TextItem} from '@vanban/layout'
import {largestImageShare} from './images.ts'
import {extractRules} from './rules.ts'
import {maxPageItems, readTextContent} from './text-content.ts'
import type {loadPdfjs} from './pdfjs.ts'

type Pdfjs = Awaited<ReturnType<typeof loadPdfjs>>

/** A gap wider than this many em between two items on one baseline hints at table cells. */
const cellGapEm = 1.5

/** What the pages read so far tell about a table that may go on. */
export interface TableContext {
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
export async function readPage(pdfjs: Pdfjs, page: PDFPageProxy, tables: TableContext): Promise<PageInput & {truncated?: true}> {
  const viewport = page.getViewport({scale: 1})
  // pdfjs would run a Unicode regex over every item; the characters it
  // rewrites (no-break spaces, ligatures, presentation forms) are rare, so we
  // look for them ourselves and call its own normalizeUnicode only then.
  const {content, truncated} = await readTextContent(page)
  const textItems = content.items.filter((item): item is PdfTextItem => 'str' in item && item.str.trim() !== '')
  const fonts = page.commonObjs
  let newFont = false
  for (const name of Object.keys(content.styles)) if (!fonts.has(name)) newFont = true
  const transform = viewport.transform
  const items: TextItem[] = []
  const seen = new Set<string>()
  for (const item of textItems) {
    const m = pdfjs.Util.transform(transform, item.transform)
    // The same text drawn again at the same place prints nothing new. A page can repeat one line
    // hundreds of thousands of times (a hostile file), and layout's work grows with the square
    // of the items on a line.
    // Hundredths of a point, as integers: a float's shortest decimal form is slow to make.
    const key = `${Math.round(m[4]! * 100)},${Math.round(m[5]! * 100)},${Math.round(m[0]! * 100)},${Math.round(m[3]! * 100)},${Math.round(item.width * 100)}\u0000${item.str}`
    if (seen.has(key)) continue
    seen.add(key)
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
  if (truncated) {
    // A page past the item limit is not a notice page: its text as far as read, no operator list (as costly again).
    input.warnings = [`page ${page.pageNumber}: more than ${maxPageItems.toLocaleString('en')} text items; the rest of the page is not read`]
    tables.previous = null
    return Object.assign(input, {truncated: true as const})
  }
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
export async function isScanWithOverlay(pdfjs: Pdfjs, page: PDFPageProxy, input: PageInput): Promise<boolean> {
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
