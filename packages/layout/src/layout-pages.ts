import type {Block, Page} from '@vanban/core'
import type {PageInput} from './types.ts'

export interface LayoutOptions {
  /** Reserved. */
  readonly debug?: boolean
}

export interface LayoutResult {
  pages: Page[]
  blocks: Block[]
}

/** Positioned text of every page → pages (with furniture) and blocks in reading order. */
export function layoutPages(pages: PageInput[], _options: LayoutOptions = {}): LayoutResult {
  // STUB: to be replaced by the real layout (lines, paragraphs, furniture, tables).
  return {
    pages: pages.map((p) => ({number: p.number, source: p.source, furniture: [], warnings: p.warnings ?? []})),
    blocks: []
  }
}
