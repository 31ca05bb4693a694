import type {Block} from '@vanban/core'

/**
 * Minimal plain-text rendering for tests: one text block a line; a table as
 * its header then its rows, cells joined by a tab and line breaks inside a
 * cell flattened to spaces. (The export package owns the real `renderText`.)
 */
export function renderBlocks(blocks: readonly Block[]): string {
  const out: string[] = []
  for (const block of blocks) {
    if (block.kind === 'table') {
      if (block.header.length > 0) out.push(block.header.map(flat).join('\t'))
      for (const row of block.rows) out.push(row.cells.map(flat).join('\t'))
    } else out.push(block.text)
  }
  return out.join('\n')
}

const flat = (cell: string): string => cell.replace(/\s*\n\s*/g, ' ')
