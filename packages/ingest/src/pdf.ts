import type {VanbanDocument} from '@vanban/core'
import type {ReadOptions} from './read-document.ts'

/** STUB: PDF text layer (and OCR fallback) → Document. */
export async function readPdf(file: string, _options: ReadOptions): Promise<VanbanDocument> {
  return {file, pages: [], blocks: [], warnings: []}
}
