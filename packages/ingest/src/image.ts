import type {VanbanDocument} from '@vanban/core'
import type {ReadOptions} from './read-document.ts'

/** STUB: PNG/JPEG/TIFF → OCR → Document. */
export async function readImage(file: string, _options: ReadOptions): Promise<VanbanDocument> {
  return {file, pages: [], blocks: [], warnings: []}
}
