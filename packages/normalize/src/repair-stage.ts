import {dropOcrSpecks} from './ocr-specks.ts'
import {repairText} from './repair/index.ts'
import type {RepairModelData} from './repair/index.ts'

/**
 * The single call site of the OCR diacritic restorer (src/repair/). `never`
 * skips it without loading the model.
 */
export interface RepairStageResult {
  text: string
  changed: boolean
  warnings: string[]
}

export interface RepairStageOptions {
  /** A model from `vanban train` (language model + channel); the shipped one when absent. */
  readonly model?: RepairModelData
  /** Whether the whole document looks broken: short blocks cannot be judged alone. */
  readonly documentBroken?: boolean
  /** Whether the whole document only lost its marks (see `RepairOptions.documentStripped`). */
  readonly documentStripped?: boolean
}

export function repairStage(text: string, mode: 'auto' | 'always' | 'never', options: RepairStageOptions = {}): RepairStageResult {
  if (mode === 'never' || text === '') return {text, changed: false, warnings: []}
  const result = repairText(text, {
    mode,
    ...(options.model && {model: options.model}),
    ...(options.documentBroken !== undefined && {documentBroken: options.documentBroken}),
    ...(options.documentStripped !== undefined && {documentStripped: options.documentStripped})
  })
  // Text the repair changed was read by OCR: its glued brackets are specks (see ocr-specks.ts).
  const out = result.changed ? dropOcrSpecks(result.text) : result.text
  return {text: out, changed: result.changed, warnings: [...result.warnings]}
}
