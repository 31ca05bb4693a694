import type {Block, VanbanDocument} from '@vanban/core'

export interface RenderTextOptions {
  /**
   * Separator between the cells of a table row.
   * @default '\t'
   */
  readonly cellSeparator?: string
}

/** A cell's own line breaks (bullets inside a cell) would break the one-row-a-line layout. */
const flattenCell = (cell: string): string => cell.replace(/\s*\n\s*/g, ' ').trim()

function renderBlock(block: Block, separator: string): string {
  if (block.kind === 'table') {
    const lines = [block.header, ...block.rows.map((row) => row.cells)]
      .filter((cells) => cells.length > 0)
      .map((cells) => cells.map(flattenCell).join(separator))
    return lines.join('\n')
  }
  return block.text.replace(/\s*\n\s*/g, ' ').trim()
}

/**
 * A document's normalized text: one paragraph a line, tables one row a line
 * with cells left to right; page furniture is not in the blocks, so not here.
 */
export function renderText(doc: VanbanDocument, options: RenderTextOptions = {}): string {
  const separator = options.cellSeparator ?? '\t'
  const out: string[] = []
  for (const block of doc.blocks) {
    const text = renderBlock(block, separator)
    if (text !== '') out.push(text)
  }
  return out.length === 0 ? '' : out.join('\n') + '\n'
}
