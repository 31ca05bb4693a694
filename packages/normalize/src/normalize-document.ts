import type {VanbanDocument} from '@vanban/core'

export interface NormalizeOptions {
  /** Diacritic repair: `auto` repairs only paragraphs that look broken. @default 'auto' */
  readonly repair?: 'auto' | 'always' | 'never'
}

/** STUB: Document → Document with clean Unicode Vietnamese text. */
export function normalizeDocument(doc: VanbanDocument, _options: NormalizeOptions = {}): VanbanDocument {
  return doc
}
