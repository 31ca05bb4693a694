import type {Block, VanbanDocument} from '@vanban/core'

/** A document of plain paragraphs, as the text reader gives them: one block each, lines counted from 1. */
export function paragraphsDocument(paragraphs: readonly string[], file = 'doc.md'): VanbanDocument {
  const blocks: Block[] = paragraphs.map((text, i) => ({kind: 'paragraph', text, provenance: {page: null, lineStart: i + 1, lineEnd: i + 1, source: 'text'}}))
  return {file, pages: [], blocks, warnings: []}
}

/** A document written inline in a test: one paragraph per blank-line chunk. */
export function inlineDocument(text: string, file = 'doc.md'): VanbanDocument {
  return paragraphsDocument(
    text
      .split(/\n\s*\n/u)
      .map((chunk) => chunk.trim())
      .filter((chunk) => chunk !== ''),
    file
  )
}
