import type {Block, Task, TaskWarning} from '@vanban/core'

/**
 * Mean OCR confidence (0–100) of a block under which its tasks are flagged: the line threshold
 * ingest reports (`lowLineConfidence`), applied to the block a task was read from.
 */
const lowConfidence = 60

/** A guess the diacritic repair marked as uncertain: `owner-repaired: "Bô Cong an" → "Bộ Công an" (…)`. */
const repairedPattern = /^(owner|deadline)-repaired: "(.*?)" → "(.*?)"/u

/**
 * What the earlier stages say about the block a task was read from, as the task's own
 * warnings: an uncertain repair of its owner or deadline (normalize), OCR of low confidence
 * (ingest). A repair counts only when its result is in this task's owner or deadline phrase.
 */
export function sourceWarnings(task: Task, block: Block | undefined): TaskWarning[] {
  if (!block || task.kind === 'group') return []
  const out: TaskWarning[] = []
  for (const warning of block.warnings ?? []) {
    const match = repairedPattern.exec(warning)
    if (!match) continue
    const [, kind, , to] = match
    const field = kind === 'owner' ? [task.owner, ...task.coordinators].join('; ') : task.deadlineText ?? ''
    if (to !== '' && field.includes(to!)) out.push({code: kind === 'owner' ? 'owner-repaired' : 'deadline-repaired', message: warning})
  }
  const confidence = block.provenance.confidence
  if (confidence !== undefined && confidence < lowConfidence) {
    out.push({code: 'ocr-low-confidence', message: `read by OCR with low confidence (${Math.round(confidence)})`})
  }
  return out
}
