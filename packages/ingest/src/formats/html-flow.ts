import {isTag, isText, type ChildNode, type Element} from 'domhandler'
import {formatNumber} from './list-numbering.ts'
import type {FlowCell, FlowItem, FlowTable} from './flow.ts'

/** Elements that start and end a paragraph of their own. */
const blockTags = new Set([
  'address', 'article', 'blockquote', 'body', 'center', 'dd', 'div', 'dl', 'dt', 'figcaption', 'figure', 'header', 'hr', 'html',
  'li', 'main', 'ol', 'p', 'pre', 'section', 'ul', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'caption', 'tbody', 'thead', 'tfoot', 'tr'
])
/** Inline elements whose text is not shown as part of the text (deleted, ruby annotations). */
const hiddenInline = new Set(['del', 's', 'strike', 'rt', 'rp', 'script', 'style'])

/** `<ol type="a">` → Word-style number format (a browser draws `a.`, `i.`, `A.`). */
const olFormats: Readonly<Record<string, string>> = {'1': 'decimal', a: 'lowerLetter', A: 'upperLetter', i: 'lowerRoman', I: 'upperRoman'}

interface Piece {
  text: string
  bold: boolean
}

/**
 * The content of a page → flow: block elements are paragraphs, `<br>` breaks
 * a line, list items get the marker a browser draws (`1.`, `I.`, `•`; letters as `a)`),
 * headings keep their level, tables become tables (spans kept), spaces
 * collapse as a browser collapses them (not inside `<pre>`).
 */
export class HtmlFlow {
  private readonly items: FlowItem[] = []
  private pieces: Piece[] = []
  private level: number | undefined
  private marker: string | null = null

  static of(nodes: readonly ChildNode[]): FlowItem[] {
    const flow = new HtmlFlow()
    for (const node of nodes) flow.node(node, false, false)
    flow.flush()
    return flow.items
  }

  private flush(): void {
    let text = this.pieces.map((p) => p.text).join('')
    text = text
      .split('\n')
      .map((line) => line.replace(/[ \t\r\f]+/g, ' ').trim())
      .join('\n')
      .trim()
    if (this.marker !== null && text !== '') text = `${this.marker} ${text}`
    if (text !== '') {
      const letters = this.pieces.filter((p) => /\p{L}/u.test(p.text))
      const bold = letters.length > 0 && letters.every((p) => p.bold)
      this.items.push({kind: 'paragraph', text, bold, ...(this.level === undefined ? {} : {level: this.level})})
      // A list item's marker goes to its first paragraph (`<li><p>…</p></li>`), not to the empty text before it.
      this.marker = null
    }
    this.pieces = []
    this.level = undefined
  }

  private node(node: ChildNode, bold: boolean, pre: boolean): void {
    if (isText(node)) {
      // HTML collapses ASCII white space only: a no-break space stays.
      this.pieces.push({text: pre ? node.data : node.data.replace(/[ \t\n\r\f]+/g, ' '), bold})
      return
    }
    if (!isTag(node)) return
    const el = node
    if (hiddenInline.has(el.name)) return
    if (el.name === 'br') {
      this.pieces.push({text: '\n', bold})
      return
    }
    if (el.name === 'table') {
      this.flush()
      this.items.push(this.table(el))
      return
    }
    const strong = bold || el.name === 'b' || el.name === 'strong' || /font-weight\s*:\s*(?:bold|[6-9]00)/i.test(el.attribs['style'] ?? '')
    if (!blockTags.has(el.name)) {
      for (const c of el.children) this.node(c, strong, pre)
      return
    }
    this.flush()
    if (el.name === 'ol' || el.name === 'ul') {
      this.list(el, strong, pre)
      return
    }
    const heading = /^h([1-6])$/.exec(el.name)
    if (heading) this.level = Number(heading[1])
    for (const c of el.children) this.node(c, strong, pre || el.name === 'pre')
    this.flush()
  }

  /** List items with the markers a browser draws; nested lists restart their own count. */
  private list(el: Element, bold: boolean, pre: boolean): void {
    const ordered = el.name === 'ol'
    const format = olFormats[el.attribs['type'] ?? '1'] ?? 'decimal'
    let n = Number(el.attribs['start'] ?? 1)
    if (!Number.isFinite(n)) n = 1
    for (const c of el.children) {
      if (!isTag(c) || c.name !== 'li') {
        this.node(c, bold, pre)
        continue
      }
      const value = Number(c.attribs['value'] ?? NaN)
      if (Number.isFinite(value)) n = value
      this.flush()
      // A browser draws `a.`; HTML cannot say `a)`, which is how notices letter their items (and what converters lost).
      this.marker = ordered ? `${formatNumber(n, format)}${format.endsWith('Letter') ? ')' : '.'}` : '•'
      for (const d of c.children) this.node(d, bold, pre)
      this.flush()
      this.marker = null
      n++
    }
  }

  private table(el: Element): FlowTable {
    const rows: FlowCell[][] = []
    let headerRows = 0
    let leadingHeader = true
    const addRow = (tr: Element, inHead: boolean): void => {
      const cells = tr.children.filter((c): c is Element => isTag(c) && (c.name === 'td' || c.name === 'th'))
      if (cells.length === 0) return
      const isHeader = inHead || cells.every((c) => c.name === 'th')
      if (leadingHeader && isHeader) headerRows++
      else leadingHeader = false
      rows.push(
        cells.map((cell) => ({
          content: HtmlFlow.of(cell.children),
          colspan: Number(cell.attribs['colspan'] ?? 1) || 1,
          rowspan: Number(cell.attribs['rowspan'] ?? 1) || 1,
          continues: false
        }))
      )
    }
    for (const c of el.children) {
      if (!isTag(c)) continue
      // A caption is the table's title: a paragraph before it.
      if (c.name === 'caption') this.items.push(...HtmlFlow.of(c.children))
      if (c.name === 'tr') addRow(c, false)
      else if (c.name === 'thead' || c.name === 'tbody' || c.name === 'tfoot') for (const tr of c.children) if (isTag(tr) && tr.name === 'tr') addRow(tr, c.name === 'thead')
    }
    return {kind: 'table', rows, headerRows}
  }
}
