/**
 * `wordAffinity`: how much a word belongs after another in the language the shipped model was
 * trained on, for callers that must decide which of several runs of text a word goes on (the
 * task parser rebuilding a table that OCR read line by line: `mới sáng` / `tạo,` continues a
 * name, `trong` / `tạo,` does not).
 */
import {defaultRepairModel, loadRepairModel} from './model.ts'
import type {RepairModelData} from './model.ts'
import {oldStyle} from './syllables.ts'

const unit = (word: string): string => oldStyle(word.normalize('NFC').replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '').toLowerCase())

/**
 * log P(word | previous) − log P(word): above 0 when the pair is more usual than the word alone
 * (`sáng` → `tạo`), below when less; 0 when either word is unknown to the model (an OCR ruin).
 *
 * @example wordAffinity('sáng', 'tạo') > 0 //=> true
 */
export function wordAffinity(previous: string, word: string, model?: RepairModelData): number {
  const lm = (model ? loadRepairModel(model) : defaultRepairModel()).lm
  const v = lm.id(unit(previous))
  const w = lm.id(unit(word))
  if (v < 0 || w < 0) return 0
  return Math.log(lm.lowerProb(v, w)) - Math.log(lm.lowerProb(-1, w))
}
