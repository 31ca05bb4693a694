import type {Block} from '@vanban/core'
import {renderText} from '../../packages/export/src/index.ts'

/** Blocks as `vanban text` prints them (the export package's `renderText`), for tests that hold blocks only. */
export function renderBlocks(blocks: readonly Block[]): string {
  return renderText({file: '', pages: [], blocks: [...blocks], warnings: []})
}
