import type {VanbanDocument} from '@vanban/core'
import type {ReadOptions} from './read-document.ts'

/** STUB: .txt / .md → Document. */
export async function readTextFile(file: string, _options: ReadOptions): Promise<VanbanDocument> {
  return {file, pages: [], blocks: [], warnings: []}
}
