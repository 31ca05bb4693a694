/**
 * The single call site of the OCR diacritic restorer (src/repair/, built
 * separately). Until it lands this stage passes text through unchanged.
 *
 * SWITCH ON when src/repair/index.ts exports `repairText`:
 *   import {repairText} from './repair/index.ts'
 *   and replace the body below with
 *   `return mode === 'never' ? unchanged(text) : repairText(text, {mode})`.
 */
export interface RepairStageResult {
  text: string
  changed: boolean
  warnings: string[]
}

export function repairStage(text: string, mode: 'auto' | 'always' | 'never'): RepairStageResult {
  if (mode === 'never') return {text, changed: false, warnings: []}
  return {text, changed: false, warnings: []}
}
