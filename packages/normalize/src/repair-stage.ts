import {repairText} from './repair/index.ts'

/**
 * The single call site of the OCR diacritic restorer (src/repair/). `never`
 * skips it without loading the model.
 */
export interface RepairStageResult {
  text: string
  changed: boolean
  warnings: string[]
}

export function repairStage(text: string, mode: 'auto' | 'always' | 'never'): RepairStageResult {
  if (mode === 'never' || text === '') return {text, changed: false, warnings: []}
  const result = repairText(text, {mode})
  return {text: result.text, changed: result.changed, warnings: [...result.warnings]}
}
