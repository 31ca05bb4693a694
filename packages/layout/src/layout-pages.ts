import type {Block, Page, TableBlock, TextBlock} from '@vanban/core'
import type {PageInput, TextItem} from './types.ts'
import {baselineOf, buildLines, sizeOf, type Line} from './lines.ts'
import {findGrids, cellOf, type Grid} from './table-grid.ts'
import {buildPageTable, type PageTable} from './page-table.ts'
import {findFurniture} from './furniture.ts'
import {listMarker} from './markers.ts'
import {joinWrapped} from './join-lines.ts'
import {appendTablePage, continuesTable} from './table-merge.ts'
import {findGapTables} from './gap-table.ts'
import {findBorderlessTables} from './borderless-table.ts'

export interface LayoutOptions {
  /**
   * Mean OCR confidence (0–100) under which a block gets a warning.
   * @default 60
   */
  readonly lowConfidence?: number
  /**
   * Remove page numbers and repeated headers/footers from the blocks (they are
   * always listed in `Page.furniture`).
   * @default true
   */
  readonly removeFurniture?: boolean
  /**
   * Rebuild tables without ruling lines from column alignment.
   * @default true
   */
  readonly gapTables?: boolean
  /**
   * Keep each page's analysis (its lines and tables) and use it again when the same page object
   * comes again in this process, in a document where it follows the same table (or none). Only
   * for pages not changed since: the CLI lays out the parts of a long PDF while the rest is read,
   * then the whole from the same pages (nq71, after its last page: ~45 ms cold in the parse thread
   * → 10–30 ms here, by how many parts were laid out in time).
   * @default false
   */
  readonly reuse?: boolean
}

export interface LayoutResult {
  pages: Page[]
  blocks: Block[]
}

type Element = {type: 'line'; line: Line; index: number} | {type: 'table'; table: PageTable; top: number}

interface PageLayout {
  input: PageInput
  flow: Line[]
  elements: Element[]
  /** Baselines of every visual line on the page, sorted: line numbers are positions here. */
  baselines: number[]
  leftMargin: number
  rightEdge: number
  /** Typical distance between the baselines of two lines of one paragraph. */
  pitch: number
}

/** Positioned text of every page → pages (with furniture) and blocks in reading order. */
export function layoutPages(pages: PageInput[], options: LayoutOptions = {}): LayoutResult {
  const layouts: PageLayout[] = []
  const analyse = options.reuse === true ? analysedBefore : analysePage
  for (const page of pages) layouts.push(analyse(page, options, endingTable(layouts[layouts.length - 1], page)))
  const furniture = findFurniture(layouts.map((l) => ({height: l.input.height, lines: l.flow})))
  const outPages: Page[] = layouts.map((l, p) => ({
    number: l.input.number,
    source: l.input.source,
    furniture: [...furniture[p]!].sort((a, b) => a - b).map((k) => l.flow[k]!.text),
    warnings: [...(l.input.warnings ?? [])]
  }))
  const emitter = new BlockEmitter(options)
  layouts.forEach((layout, p) => {
    const skip = options.removeFurniture === false ? new Set<number>() : furniture[p]!
    emitter.page(layout, skip)
  })
  return {pages: outPages, blocks: emitter.finish()}
}

/** The borderless table that ends the page before `page` (its last element), which `page` may continue without a header. */
function endingTable(previous: PageLayout | undefined, page: PageInput): Grid | undefined {
  if (!previous || previous.input.number !== page.number - 1 || page.source !== 'text-layer') return undefined
  const last = previous.elements[previous.elements.length - 1]
  return last?.type === 'table' && last.table.grid.fromText === true ? last.table.grid : undefined
}

/**
 * Page analyses kept for `reuse`, by page object: with what they were made (a page's analysis
 * reads its own items and rules, `gapTables`, and the borderless table the page before ended
 * with). Nothing downstream changes an analysis (the blocks copy the cells they merge).
 */
const analyses = new WeakMap<PageInput, {gapTables: boolean; continuing: Grid | undefined; layout: PageLayout}>()

function analysedBefore(page: PageInput, options: LayoutOptions, continuing?: Grid): PageLayout {
  const gapTables = options.gapTables !== false
  const kept = analyses.get(page)
  if (kept && kept.gapTables === gapTables && kept.continuing === continuing) return kept.layout
  const layout = analysePage(page, options, continuing)
  analyses.set(page, {gapTables, continuing, layout})
  return layout
}

function analysePage(page: PageInput, options: LayoutOptions, continuing?: Grid): PageLayout {
  const items = page.items.filter((item) => item.text.trim() !== '')
  const grids = findGrids(page.rules ?? [])
  const flowItems: TextItem[] = []
  const placed = grids.map(() => [] as {item: TextItem; band: number; column: number}[])
  for (const item of items) {
    let inGrid = false
    for (let g = 0; g < grids.length; g++) {
      const cell = cellOf(grids[g]!, item)
      if (cell) {
        placed[g]!.push({item, band: cell[0], column: cell[1]})
        inGrid = true
        break
      }
    }
    if (!inGrid) flowItems.push(item)
  }
  let flow = buildLines(flowItems)
  const elements: Element[] = []
  grids.forEach((grid: Grid, g) => {
    if (placed[g]!.length > 0) elements.push({type: 'table', table: buildPageTable(grid, placed[g]!), top: grid.top})
  })
  if (options.gapTables !== false) {
    // A text layer places text exactly, so its gutters show the columns; OCR boxes wander and keep the older reading.
    const found = page.source === 'text-layer' ? findBorderlessTables(flow, page.rules ?? [], continuing) : findGapTables(flow)
    if (found.tables.length > 0) {
      flow = found.rest
      for (const table of found.tables) elements.push({type: 'table', table, top: table.grid.top})
    }
  }
  flow.forEach((line, index) => elements.push({type: 'line', line, index}))
  elements.sort((a, b) => topOf(a) - topOf(b))

  const baselines = visualBaselines(items)
  const xs = flow.map((l) => l.x).sort((a, b) => a - b)
  const rights = flow.map((l) => l.right).sort((a, b) => a - b)
  const pitches: number[] = []
  for (let k = 1; k < flow.length; k++) {
    const d = flow[k]!.baseline - flow[k - 1]!.baseline
    if (d > 0.5 * flow[k]!.size && d < 3 * flow[k]!.size) pitches.push(d)
  }
  pitches.sort((a, b) => a - b)
  return {
    input: page,
    flow,
    elements,
    baselines,
    // Robust margins: the 10th percentile of line starts, the 90th of line ends.
    leftMargin: xs.length > 0 ? xs[Math.floor(xs.length * 0.1)]! : 0,
    rightEdge: rights.length > 0 ? rights[Math.floor(rights.length * 0.9)]! : page.width,
    pitch: pitches.length > 0 ? pitches[Math.floor(pitches.length * 0.3)]! : 0
  }
}

/**
 * `kinh tế` / `- xã hội`: a dash that opens a line is a bullet, unless the line
 * above runs to the right margin mid-sentence and the dash is followed by a
 * lowercase word — then it is a spaced dash the line wrapped before.
 */
function isWrappedDash(marker: string, text: string, open: OpenParagraph, size: number): boolean {
  if (marker !== '-' && marker !== '–') return false
  if (!startsLower.test(text.slice(marker.length).trimStart())) return false
  if (sentenceEnd.test(open.text) || /[,]$/.test(open.text)) return false
  return open.last.right >= open.layout.rightEdge - 2 * size
}

const topOf = (e: Element): number => (e.type === 'line' ? e.line.top : e.top)

/** Clusters the baselines of all items: the page's visual lines, for 1-based line numbers. */
function visualBaselines(items: readonly TextItem[]): number[] {
  const pairs = items.map((item) => [baselineOf(item), sizeOf(item)] as const).sort((a, b) => a[0] - b[0])
  const out: number[] = []
  let reference = -Infinity
  for (const [b, size] of pairs) {
    if (b - reference <= 0.4 * size) continue
    out.push(b)
    reference = b
  }
  return out
}

function lineNumber(layout: PageLayout, baseline: number): number {
  const list = layout.baselines
  let lo = 0
  let hi = list.length - 1
  let found = 0
  while (lo <= hi) {
    const mid = (lo + hi) >> 1
    if (list[mid]! <= baseline + 0.5) {
      found = mid
      lo = mid + 1
    } else hi = mid - 1
  }
  return found + 1
}

const sentenceEnd = /[.!?:;…]["”’)]*$/u
const hasLower = /\p{Ll}/u
const hasUpper = /\p{Lu}.*\p{Lu}/u
const startsLower = /^[\p{Ll}]/u

/** A line in capitals (at least two capital letters, no lowercase): a title. */
const isAllCaps = (text: string): boolean => !hasLower.test(text) && hasUpper.test(text)

interface OpenParagraph {
  text: string
  marker: boolean
  bold: boolean
  caps: boolean
  page: number
  lineStart: number
  lineEnd: number
  confidenceSum: number
  confidenceCount: number
  last: Line
  layout: PageLayout
}

class BlockEmitter {
  readonly blocks: Block[] = []
  private open: OpenParagraph | null = null
  /** The table block that was the last thing emitted, with its last page's grid, while it can still continue. */
  private table: {block: TableBlock; last: PageTable; page: number} | null = null
  private readonly lowConfidence: number

  constructor(options: LayoutOptions) {
    this.lowConfidence = options.lowConfidence ?? 60
  }

  page(layout: PageLayout, furniture: ReadonlySet<number>): void {
    let first = true
    for (const element of layout.elements) {
      if (element.type === 'line') {
        if (furniture.has(element.index)) continue
        this.line(layout, element.line, first)
      } else this.tableElement(layout, element.table, first)
      first = false
    }
  }

  finish(): Block[] {
    this.flush()
    return this.blocks
  }

  private tableElement(layout: PageLayout, table: PageTable, firstOnPage: boolean): void {
    const page = layout.input.number
    const previous = this.table
    if (previous && firstOnPage && this.open === null && page === previous.page + 1 && continuesTable(previous.last, table, layout.input.width)) {
      appendTablePage(previous.block, table, page)
      previous.last = table
      previous.page = page
      return
    }
    this.flush()
    let rows = table.rows
    let header: string[] = []
    if (rows.length > 1 && (rows[0]!.bold || rows[0]!.header === true)) {
      header = [...rows[0]!.cells]
      rows = rows.slice(1)
    }
    const first = table.rows[0]
    const last = table.rows[table.rows.length - 1]
    const block: TableBlock = {
      kind: 'table',
      header,
      // Copies: a row cut by the next page gets the rest of its cells (appendTablePage), and the
      // page's own table stays as it was read (`reuse`).
      rows: rows.map((row) => ({cells: [...row.cells], page})),
      provenance: {
        page,
        lineStart: first ? lineNumber(layout, first.firstBaseline) : 0,
        lineEnd: last ? lineNumber(layout, last.lastBaseline) : 0,
        source: layout.input.source
      }
    }
    if (table.confidence !== undefined) {
      block.provenance.confidence = table.confidence
      if (table.confidence < this.lowConfidence) block.warnings = [`low OCR confidence (${Math.round(table.confidence)}) in a table on page ${page}`]
    }
    this.blocks.push(block)
    this.table = {block, last: table, page}
  }

  private line(layout: PageLayout, line: Line, firstOnPage: boolean): void {
    const open = this.open
    this.table = null
    if (open && this.continues(open, layout, line, firstOnPage)) {
      open.text = joinWrapped(open.text, line.text)
      open.bold &&= line.bold
      open.caps &&= isAllCaps(line.text)
      open.last = line
      open.layout = layout
      if (open.page === layout.input.number) open.lineEnd = lineNumber(layout, line.baseline)
      if (line.confidence !== undefined) {
        open.confidenceSum += line.confidence
        open.confidenceCount++
      }
      return
    }
    this.flush()
    this.open = {
      text: line.text,
      marker: listMarker(line.text) !== null,
      bold: line.bold,
      caps: isAllCaps(line.text),
      page: layout.input.number,
      lineStart: lineNumber(layout, line.baseline),
      lineEnd: lineNumber(layout, line.baseline),
      confidenceSum: line.confidence ?? 0,
      confidenceCount: line.confidence === undefined ? 0 : 1,
      last: line,
      layout
    }
  }

  /** Does `line` continue the open paragraph? */
  private continues(open: OpenParagraph, layout: PageLayout, line: Line, firstOnPage: boolean): boolean {
    const prev = open.last
    const size = Math.max(line.size, 1)
    const marker = listMarker(line.text)
    if (marker !== null && !isWrappedDash(marker, line.text, open, size)) return false
    const headingLike = line.bold || isAllCaps(line.text)
    const openHeading = !open.marker && (open.bold || open.caps)
    const ended = sentenceEnd.test(open.text)
    if (open.layout !== layout) {
      // Across a page break: continue an unfinished sentence with a line that is not a new start.
      if (!firstOnPage || ended || openHeading || headingLike) return false
      return startsLower.test(line.text) || line.x <= layout.leftMargin + size
    }
    const pitch = layout.pitch > 0 ? layout.pitch : 1.2 * size
    const gap = line.baseline - prev.baseline
    if (gap > 1.3 * pitch || gap < 0) return false
    // A title continues only with more title; a title does not absorb body text. A numbered
    // title set in bold that ends short of the margin (`1. Kiện toàn Ban Chỉ đạo`) is a title
    // too: the plain line under it starts the section's body (OCR'd pages have no gap to tell
    // them apart). A bold line that runs to the margin wraps on into the same paragraph.
    if (openHeading) return headingLike && !ended
    if (open.marker && open.bold && !line.bold && prev.right < layout.rightEdge - 4 * size) return false
    if (headingLike && (ended || line.x > layout.leftMargin + 2 * size)) return false
    // An indented line after a full one starts a paragraph (first-line indent).
    if (line.x > prev.x + 1.5 * size) return false
    // A short line that closes a sentence ends its paragraph.
    if (ended && prev.right < layout.rightEdge - 4 * size) return false
    return true
  }

  private flush(): void {
    const open = this.open
    if (!open) return
    this.open = null
    const kind = open.marker ? 'list-item' : open.bold || open.caps ? 'heading' : 'paragraph'
    const block: TextBlock = {
      kind,
      text: open.text,
      provenance: {page: open.page, lineStart: open.lineStart, lineEnd: open.lineEnd, source: open.layout.input.source}
    }
    if (open.bold) block.bold = true
    if (open.confidenceCount > 0) {
      const confidence = open.confidenceSum / open.confidenceCount
      block.provenance.confidence = confidence
      if (confidence < this.lowConfidence) block.warnings = [`low OCR confidence (${Math.round(confidence)}) on page ${open.page}`]
    }
    this.blocks.push(block)
  }
}
