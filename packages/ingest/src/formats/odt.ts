import {isText, type ChildNode} from 'domhandler'
import {InputError, type VanbanDocument} from '@vanban/core'
import type {ReadOptions} from '../read-document.ts'
import {flowToBlocks, type FlowCell, type FlowItem, type FlowParagraph, type FlowTable} from './flow.ts'
import {bulletText, formatNumber} from './list-numbering.ts'
import {child, elements, parseXml, type Element} from './xml.ts'
import {hasZipHeader, readZipParts, zipEntryNames, ZipPartError} from './zip.ts'

/**
 * An OpenDocument text (`.odt`, LibreOffice's own format) → Document: the same
 * flow as a .docx, read from `content.xml` and `styles.xml` (OASIS ODF 1.3,
 * part 3): paragraphs and headings, lists with the numbers their list style
 * prints, tables (spans as in Word), bold from text styles. Notes,
 * annotations, tracked deletions and frames are not the body.
 */
export function readOdt(bytes: Uint8Array, file: string, options: ReadOptions = {}): VanbanDocument {
  options.signal?.throwIfAborted()
  if (bytes.length === 0) throw new InputError('empty-file', 'file is empty', {file})
  if (!hasZipHeader(bytes)) throw new InputError('invalid-odt', 'not an OpenDocument .odt file (no ZIP header)', {file})
  const names = zipEntryNames(bytes)
  if (names === null) throw new InputError('invalid-odt', 'damaged or truncated OpenDocument file (its ZIP directory cannot be read)', {file})
  if (!names.includes('content.xml')) throw new InputError('invalid-odt', 'a ZIP archive, not an OpenDocument text (no content.xml)', {file})
  let parts: Map<string, Uint8Array>
  try {
    parts = readZipParts(bytes, (name) => name === 'content.xml' || name === 'styles.xml')
  } catch (cause) {
    const reason = cause instanceof ZipPartError ? cause.message : String(cause)
    throw new InputError('invalid-odt', `damaged OpenDocument file: cannot unpack its text (${reason})`, {file, cause})
  }
  const content = parseXml(parts.get('content.xml')!).find((e) => e.name === 'office:document-content')
  const styles = parts.has('styles.xml') ? parseXml(parts.get('styles.xml')!).find((e) => e.name === 'office:document-styles') : undefined
  const reader = new OdtReader([content, styles].filter((e): e is Element => e !== undefined))
  const text = content && child(content, 'office:body') && child(child(content, 'office:body')!, 'office:text')
  const blocks = flowToBlocks(text ? reader.items(text) : [])
  if (blocks.length === 0) throw new InputError('empty-file', 'the document has no text', {file})
  options.onPage?.({file, page: 1, pages: 1})
  return {file, pages: [], blocks, warnings: []}
}

interface ListLevel {
  bullet: string | null
  format: string
  prefix: string
  suffix: string
  displayLevels: number
  start: number
}

/** ODF's `style:num-format` → Word's names, which formatNumber speaks. */
const numFormats: Record<string, string> = {'1': 'decimal', a: 'lowerLetter', A: 'upperLetter', i: 'lowerRoman', I: 'upperRoman', '': 'none'}

/** Inline elements that are not the printed text of the body. */
const skippedInline = new Set(['text:note', 'office:annotation', 'text:tracked-changes', 'draw:frame', 'draw:custom-shape', 'text:bookmark-ref', 'svg:desc', 'svg:title'])

class OdtReader {
  private readonly bold = new Map<string, boolean>()
  private readonly parents = new Map<string, string>()
  private readonly paragraphLists = new Map<string, string>()
  private readonly lists = new Map<string, ListLevel[]>()
  /** Counters per list style; a list that does not continue the one before starts them again. */
  private readonly counters = new Map<string, number[]>()

  constructor(roots: readonly Element[]) {
    for (const root of roots) {
      for (const group of elements(root).filter((e) => e.name === 'office:styles' || e.name === 'office:automatic-styles')) {
        for (const style of elements(group)) {
          const name = style.attribs['style:name']
          if (name === undefined) continue
          if (style.name === 'style:style') {
            const weight = child(style, 'style:text-properties')?.attribs['fo:font-weight']
            if (weight !== undefined) this.bold.set(name, weight === 'bold' || Number(weight) >= 600)
            const parent = style.attribs['style:parent-style-name']
            if (parent !== undefined) this.parents.set(name, parent)
            const list = style.attribs['style:list-style-name']
            if (list) this.paragraphLists.set(name, list)
          } else if (style.name === 'text:list-style') {
            this.lists.set(name, listLevels(style))
          }
        }
      }
    }
  }

  private isBold(styleName: string | undefined): boolean | undefined {
    for (let name = styleName, hop = 0; name !== undefined && hop < 20; name = this.parents.get(name), hop++) {
      const bold = this.bold.get(name)
      if (bold !== undefined) return bold
    }
    return undefined
  }

  /** Block content: paragraphs, headings, lists, tables, sections. */
  items(container: {children: ChildNode[]}): FlowItem[] {
    const items: FlowItem[] = []
    for (const el of elements(container)) {
      switch (el.name) {
        case 'text:p':
        case 'text:h': {
          items.push(this.paragraph(el, null))
          break
        }
        case 'text:list':
          items.push(...this.list(el, 0, el.attribs['text:style-name'] ?? null))
          break
        case 'table:table':
          items.push(this.table(el))
          break
        case 'text:section':
        case 'text:soft-page-break':
          items.push(...this.items(el))
          break
        default:
          break
      }
    }
    return items
  }

  private list(el: Element, depth: number, inherited: string | null): FlowItem[] {
    const styleName = el.attribs['text:style-name'] ?? inherited
    const continues = el.attribs['text:continue-numbering'] === 'true' || el.attribs['text:continue-list'] !== undefined
    const key = styleName ?? '(none)'
    if (depth === 0 && !continues) this.counters.set(key, [])
    const items: FlowItem[] = []
    for (const item of elements(el)) {
      if (item.name === 'text:list-header') {
        items.push(...this.items(item))
        continue
      }
      if (item.name !== 'text:list-item') continue
      const nested = elements(item).find((e) => e.name === 'text:list')
      const first = elements(item).find((e) => e.name === 'text:p' || e.name === 'text:h')
      // A list item holding only a deeper list is no item of its own: it carries that list one level down.
      if (!first && nested) {
        items.push(...this.list(nested, depth + 1, styleName))
        continue
      }
      const paragraphStyle = first?.attribs['text:style-name']
      const levels = this.lists.get(styleName ?? this.paragraphLists.get(paragraphStyle ?? '') ?? '') ?? []
      const marker = this.next(key, depth, levels, item.attribs['text:start-value'])
      for (const part of elements(item)) {
        if (part.name === 'text:list') items.push(...this.list(part, depth + 1, styleName))
        else if (part === first) items.push(this.paragraph(part, marker))
        else items.push(...this.items({children: [part]}))
      }
    }
    return items
  }

  private next(key: string, depth: number, levels: readonly ListLevel[], startValue: string | undefined): string | null {
    const level = levels[Math.min(depth, levels.length - 1)]
    if (!level) return null
    const count = this.counters.get(key) ?? []
    this.counters.set(key, count)
    count[depth] = startValue !== undefined ? Number(startValue) : (count[depth] ?? level.start - 1) + 1
    count.length = depth + 1
    if (level.bullet !== null) return bulletText(level.bullet)
    if (level.format === 'none') return null
    const shown: string[] = []
    for (let k = Math.max(0, depth - level.displayLevels + 1); k <= depth; k++) {
      shown.push(formatNumber(count[k] ?? levels[k]?.start ?? 1, numFormats[levels[k]?.format ?? '1'] ?? 'decimal'))
    }
    return `${level.prefix}${shown.join('.')}${level.suffix}`.trim() || null
  }

  private paragraph(el: Element, marker: string | null): FlowParagraph {
    const runs: {text: string; bold: boolean}[] = []
    this.inline(el, this.isBold(el.attribs['text:style-name']) ?? false, runs)
    let text = runs.map((r) => r.text).join('')
    if (marker) text = `${marker} ${text.replace(/^[ \t]+/, '')}`
    const letters = runs.filter((r) => /\p{L}/u.test(r.text))
    const level = el.name === 'text:h' ? Number(el.attribs['text:outline-level'] ?? 1) : undefined
    return {kind: 'paragraph', text, bold: letters.length > 0 && letters.every((r) => r.bold), ...(level === undefined ? {} : {level})}
  }

  private inline(node: Element, bold: boolean, out: {text: string; bold: boolean}[]): void {
    for (const c of node.children) {
      if (isText(c)) {
        out.push({text: c.data, bold})
        continue
      }
      if (c.type !== 'tag') continue
      const el = c as Element
      if (skippedInline.has(el.name)) continue
      switch (el.name) {
        case 'text:s':
          out.push({text: ' '.repeat(Number(el.attribs['text:c'] ?? 1)), bold})
          break
        case 'text:tab':
          out.push({text: '\t', bold})
          break
        case 'text:line-break':
          out.push({text: '\n', bold})
          break
        default:
          this.inline(el, this.isBold(el.attribs['text:style-name']) ?? bold, out)
      }
    }
  }

  private table(el: Element): FlowTable {
    const rows: FlowCell[][] = []
    let headerRows = 0
    const addRows = (container: Element, header: boolean): void => {
      for (const part of elements(container)) {
        if (part.name === 'table:table-header-rows') addRows(part, true)
        else if (part.name === 'table:table-rows' || part.name === 'table:table-row-group') addRows(part, header)
        else if (part.name === 'table:table-row') {
          const cells: FlowCell[] = []
          for (const cell of elements(part)) {
            if (cell.name !== 'table:table-cell') continue
            const repeat = Math.min(50, Number(cell.attribs['table:number-columns-repeated'] ?? 1))
            for (let k = 0; k < repeat; k++) {
              cells.push({
                content: this.items(cell),
                colspan: Number(cell.attribs['table:number-columns-spanned'] ?? 1),
                rowspan: Number(cell.attribs['table:number-rows-spanned'] ?? 1),
                continues: false
              })
            }
          }
          const repeatRows = Math.min(50, Number(part.attribs['table:number-rows-repeated'] ?? 1))
          for (let k = 0; k < repeatRows; k++) rows.push(cells)
          if (header) headerRows += repeatRows
        }
      }
    }
    addRows(el, false)
    return {kind: 'table', rows, headerRows}
  }
}

/** `text:list-style` → its levels (1–10), numbers or bullets. */
function listLevels(style: Element): ListLevel[] {
  const levels: ListLevel[] = []
  for (const el of elements(style)) {
    const level = Number(el.attribs['text:level'] ?? 1) - 1
    if (el.name === 'text:list-level-style-number') {
      levels[level] = {
        bullet: null,
        format: el.attribs['style:num-format'] ?? '1',
        prefix: el.attribs['style:num-prefix'] ?? '',
        suffix: el.attribs['style:num-suffix'] ?? '',
        displayLevels: Number(el.attribs['text:display-levels'] ?? 1),
        start: Number(el.attribs['text:start-value'] ?? 1)
      }
    } else if (el.name === 'text:list-level-style-bullet' || el.name === 'text:list-level-style-image') {
      levels[level] = {bullet: el.attribs['text:bullet-char'] ?? '•', format: '', prefix: '', suffix: '', displayLevels: 1, start: 1}
    }
  }
  for (let k = 0; k < levels.length; k++) levels[k] ??= {bullet: null, format: '', prefix: '', suffix: '', displayLevels: 1, start: 1}
  return levels
}
