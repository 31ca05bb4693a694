import type {Block} from '@vanban/core'
import {lowLineConfidence} from './ocr-words.ts'

/**
 * Adds a review warning to every OCR'd block whose confidence (the mean the
 * layout code keeps in `provenance.confidence`) is low, so the tasks built
 * from it carry the warning too. Returns new blocks; the input is not changed.
 */
export function flagLowConfidenceBlocks(blocks: readonly Block[], threshold = lowLineConfidence): Block[] {
  return blocks.map((block) => {
    const {confidence, source} = block.provenance
    if (source !== 'ocr' || confidence === undefined || confidence >= threshold) return block
    const warning = `low OCR confidence (${Math.round(confidence)}): check against the original page ${block.provenance.page ?? '?'}`
    if (block.warnings?.includes(warning)) return block
    return {...block, warnings: [...(block.warnings ?? []), warning]}
  })
}
