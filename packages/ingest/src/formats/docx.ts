import {isText} from 'domhandler'
import {InputError, type VanbanDocument} from '@vanban/core'
import type {ReadOptions} from '../read-document.ts'
import {flowToBlocks, type FlowCell, type FlowItem, type FlowParagraph, type FlowTable} from './flow.ts'
import {Numbering} from './docx-numbering.ts'
import {documentPart, mainPartName} from './docx-package.ts'
import {readStyles, runFormat, type RunFormat, type WordStyle} from './docx-styles.ts'
import {child, elements, find, isOn, parseXml, type Element} from './xml.ts'
import {hasZipHeader, readZipParts, zipEntryNames, ZipPartError} from './zip.ts'

const parts = new Set([documentPart, 'word/styles.xml', 'word/numbering.xml', '_rels/.rels'])

/**
 * A Word `.docx` → Document, read straight from its OOXML (ECMA-376): the body
 * only (headers, footers, footnotes, endnotes and comments live in other parts
 * and are not read; their reference marks in the body are skipped), text boxes
 * after the paragraph they are anchored in, paragraphs
 * with the list markers Word prints for automatic numbering, tables as table
 * blocks, heading styles as headings, bold where every letter is bold.
 */
export function readDocx(bytes: Uint8Array, file: string, options: ReadOptions = {}): VanbanDocument {
  options.signal?.throwIfAborted()
  const xml = wordParts(bytes, file)
  const styles = readStyles(xml.get('word/styles.xml'))
  const reader = new BodyReader(styles, new Numbering(xml.get('word/numbering.xml'), styles))
  const main = mainPart(bytes, xml) ?? (xml.has(documentPart) ? documentPart : undefined)
  const root = main === undefined ? undefined : parseXml(xml.get(main)!).find((e) => e.name === 'w:document')
  const body = root && child(root, 'w:body')
  const blocks = flowToBlocks(body ? reader.items(body) : [])
  if (blocks.length === 0) throw new InputError('empty-file', 'the Word document has no text', {file})
  options.onPage?.({file, page: 1, pages: 1})
  return {file, pages: [], blocks, warnings: []}
}

/**
 * The main document part, when the package's relationships name another one
 * than `word/document.xml` (some converters write `word/document2.xml`); it is
 * then read too. Undefined for the usual name.
 */
function mainPart(bytes: Uint8Array, xml: Map<string, Uint8Array>): string | undefined {
  const rels = xml.get('_rels/.rels')
  if (!rels) return undefined
  const relationship = parseXml(rels)
    .flatMap((root) => elements(root))
    .find((el) => el.attribs['Type']?.endsWith('/officeDocument'))
  const target = relationship?.attribs['Target']?.replace(/^\//, '')
  if (target === undefined || target === documentPart || !mainPartName.test(target)) return undefined
  const part = readZipParts(bytes, (name) => name === target).get(target)
  if (!part) return undefined
  xml.set(target, part)
  return target
}

/** The XML parts of a .docx, or one clear error: not a ZIP, damaged, not a Word document, encrypted entries. */
function wordParts(bytes: Uint8Array, file: string): Map<string, Uint8Array> {
  if (bytes.length === 0) throw new InputError('empty-file', 'file is empty', {file})
  if (!hasZipHeader(bytes)) throw new InputError('invalid-docx', 'not a Word .docx file (no ZIP header)', {file})
  const names = zipEntryNames(bytes)
  if (names === null) throw new InputError('invalid-docx', 'damaged or truncated Word file (its ZIP directory cannot be read)', {file})
  if (!names.some((name) => mainPartName.test(name))) {
    throw new InputError('invalid-docx', `a ZIP archive, not a Word document (no ${documentPart}${names.length > 0 ? `; it holds ${names.slice(0, 3).join(', ')}${names.length > 3 ? ', …' : ''}` : ''})`, {file})
  }
  try {
    return readZipParts(bytes, (name) => parts.has(name))
  } catch (cause) {
    const reason = cause instanceof ZipPartError ? cause.message : String(cause)
    throw new InputError('invalid-docx', `damaged Word file: cannot unpack its text (${reason})`, {file, cause})
  }
}

const plain: RunFormat = {bold: false, caps: false, hidden: false}

/** Elements that only wrap content: read what is inside. */
const wrappers = new Set(['w:hyperlink', 'w:smartTag', 'w:ins', 'w:moveTo', 'w:customXml', 'w:fldSimple', 'w:dir', 'w:bdo', 'w:sdtContent'])
/** Elements whose text is not in the body as printed: deletions, field codes, embedded objects, reference marks. */
/** Elements that may hold a text box (`w:txbxContent`): drawings, VML pictures, and the alternatives Word writes for both. */
const drawings = new Set(['w:drawing', 'w:pict', 'mc:AlternateContent'])
const skipped = new Set(['w:del', 'w:moveFrom', 'w:delText', 'w:instrText', 'w:delInstrText', 'w:object', 'w:footnoteReference', 'w:endnoteReference', 'w:commentReference', 'w:annotationRef', 'w:footnoteRef', 'w:endnoteRef', 'w:pPr', 'w:rPr', 'w:sdtPr', 'w:sdtEndPr'])

class BodyReader {
  constructor(
    private readonly styles: ReadonlyMap<string, WordStyle>,
    private readonly numbering: Numbering
  ) {}

  /** The block-level content of the body, a cell or a content control. */
  items(container: Element): FlowItem[] {
    const items: FlowItem[] = []
    for (const el of elements(container)) {
      if (el.name === 'w:p') {
        const boxes: FlowItem[] = []
        items.push(this.paragraph(el, boxes), ...boxes)
      }
      else if (el.name === 'w:tbl') items.push(this.table(el))
      else if (el.name === 'w:sdt' || el.name === 'w:customXml') items.push(...this.items(child(el, 'w:sdtContent') ?? el))
    }
    return items
  }

  /** A paragraph; the text boxes anchored in it go to `boxes`, read after it. */
  private paragraph(p: Element, boxes: FlowItem[]): FlowParagraph {
    const pPr = child(p, 'w:pPr')
    const styleId = pPr && child(pPr, 'w:pStyle')?.attribs['w:val']
    const style = (styleId === undefined ? undefined : this.styles.get(styleId)) ?? this.styles.get('Normal') ?? {}
    const base: RunFormat = {bold: style.bold ?? false, caps: style.caps ?? false, hidden: false}
    const runs: {text: string; bold: boolean}[] = []
    this.inline(p, base, runs, boxes)
    let text = runs.map((r) => r.text).join('')
    const marker = this.marker(pPr, style)
    if (marker) text = `${marker} ${text.replace(/^[ \t]+/, '')}`
    const letters = runs.filter((r) => /\p{L}/u.test(r.text))
    const bold = letters.length > 0 && letters.every((r) => r.bold)
    const outline = pPr && child(pPr, 'w:outlineLvl')?.attribs['w:val']
    const level = outline !== undefined && Number(outline) < 9 ? Number(outline) + 1 : style.level
    return {kind: 'paragraph', text, bold, ...(level === undefined ? {} : {level})}
  }

  /** The list marker of a numbered paragraph (its own numPr, or its style's), advancing the list's counters. */
  private marker(pPr: Element | undefined, style: WordStyle): string | null {
    const numPr = pPr && child(pPr, 'w:numPr')
    const numId = (numPr && child(numPr, 'w:numId')?.attribs['w:val']) ?? style.numId
    if (numId === undefined || numId === '0') return null
    const ilvl = Number((numPr && child(numPr, 'w:ilvl')?.attribs['w:val']) ?? style.ilvl ?? 0)
    return this.numbering.next(numId, ilvl)
  }

  /** Runs of a paragraph (through hyperlinks, insertions, content controls) → text pieces with their weight. */
  private inline(node: Element, format: RunFormat, out: {text: string; bold: boolean}[], boxes: FlowItem[]): void {
    for (const el of elements(node)) {
      if (skipped.has(el.name)) continue
      if (drawings.has(el.name)) {
        this.textBoxes(el, boxes)
      } else if (el.name === 'w:r') {
        const run = runFormat(child(el, 'w:rPr'), format, this.styles)
        if (run.hidden) continue
        for (const part of elements(el)) {
          if (drawings.has(part.name)) {
            this.textBoxes(part, boxes)
            continue
          }
          const text = runText(part)
          if (text !== '') out.push({text: run.caps ? text.toUpperCase() : text, bold: run.bold})
        }
      } else if (wrappers.has(el.name) || el.name === 'w:sdt') {
        this.inline(el.name === 'w:sdt' ? (child(el, 'w:sdtContent') ?? el) : el, format, out, boxes)
      }
    }
  }

  /**
   * The text boxes of a drawing, as paragraphs. Word writes a shape twice, as
   * DrawingML (`mc:Choice`) and as VML (`mc:Fallback`): only one is read.
   */
  private textBoxes(el: Element, boxes: FlowItem[]): void {
    const source = el.name === 'mc:AlternateContent' ? (elements(el).find((e) => e.name === 'mc:Choice' && find(e, 'w:txbxContent')) ?? child(el, 'mc:Fallback') ?? el) : el
    for (const box of findAll(source, 'w:txbxContent')) boxes.push(...this.items(box))
  }

  private table(tbl: Element): FlowTable {
    const rows: FlowCell[][] = []
    let headerRows = 0
    let inHeader = true
    for (const tr of rowsOf(tbl)) {
      const trPr = child(tr, 'w:trPr')
      const isHeader = trPr !== undefined && isOn(child(trPr, 'w:tblHeader'))
      if (inHeader && isHeader) headerRows++
      else inHeader = false
      const cells: FlowCell[] = []
      const before = Number((trPr && child(trPr, 'w:gridBefore')?.attribs['w:val']) ?? 0)
      if (before > 0) cells.push({content: [], colspan: before, rowspan: 1, continues: false})
      for (const tc of cellsOf(tr)) {
        const tcPr = child(tc, 'w:tcPr')
        const span = Number((tcPr && child(tcPr, 'w:gridSpan')?.attribs['w:val']) ?? 1)
        const vMerge = tcPr && child(tcPr, 'w:vMerge')
        const continues = vMerge !== undefined && vMerge.attribs['w:val'] !== 'restart'
        cells.push({content: this.items(tc), colspan: span, rowspan: 1, continues})
      }
      rows.push(cells)
    }
    return {kind: 'table', rows, headerRows}
  }
}

/** The text one element of a run stands for. */
function runText(el: Element): string {
  switch (el.name) {
    case 'w:t':
      return el.children.map((c) => (isText(c) ? c.data : '')).join('')
    case 'w:tab':
    case 'w:ptab':
      return '\t'
    case 'w:br':
    case 'w:cr':
      return '\n'
    case 'w:noBreakHyphen':
      return '-'
    case 'w:sym': {
      const code = parseInt(el.attribs['w:char'] ?? '', 16)
      // Symbol-font characters are stored in the private-use area F000–F0FF; their low byte is the Latin-1 look-alike.
      return Number.isFinite(code) ? String.fromCharCode(code >= 0xf000 && code <= 0xf0ff ? code - 0xf000 : code) : ''
    }
    default:
      return ''
  }
}

/** Every `name` element below `node`, outermost first (a text box inside a text box is read with its parent). */
function findAll(node: Element, name: string): Element[] {
  return elements(node).flatMap((el) => (el.name === name ? [el] : findAll(el, name)))
}

/** Rows of a table, inside content controls too. */
function rowsOf(tbl: Element): Element[] {
  return elements(tbl).flatMap((el) => (el.name === 'w:tr' ? [el] : el.name === 'w:sdt' || el.name === 'w:customXml' ? rowsOf(child(el, 'w:sdtContent') ?? el) : []))
}

function cellsOf(tr: Element): Element[] {
  return elements(tr).flatMap((el) => (el.name === 'w:tc' ? [el] : el.name === 'w:sdt' || el.name === 'w:customXml' ? cellsOf(child(el, 'w:sdtContent') ?? el) : []))
}
