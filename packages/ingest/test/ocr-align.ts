import {syllables, syllableAccuracy} from '../../../test/support/metrics.ts'

/**
 * The part of `reference` that `hypothesis` covers, found by semi-global
 * alignment over syllables (free skips before and after in the reference), so
 * a test can score one OCR'd page against a whole document without
 * hard-coding where the page starts and ends.
 */
export function alignedReference(hypothesis: string, reference: string): string {
  const hyp = syllables(hypothesis)
  const ref = syllables(reference)
  const n = hyp.length
  const m = ref.length
  // cost[i][j]: best cost aligning hyp[0..i) ending at ref[j]; start[i][j]: where in ref it began.
  let cost = new Int32Array(m + 1)
  let start = Int32Array.from({length: m + 1}, (_, j) => j)
  for (let i = 1; i <= n; i++) {
    const nextCost = new Int32Array(m + 1)
    const nextStart = new Int32Array(m + 1)
    nextCost[0] = i
    nextStart[0] = 0
    for (let j = 1; j <= m; j++) {
      const sub = cost[j - 1]! + (hyp[i - 1] === ref[j - 1] ? 0 : 1)
      const del = cost[j]! + 1
      const ins = nextCost[j - 1]! + 1
      if (sub <= del && sub <= ins) {
        nextCost[j] = sub
        nextStart[j] = start[j - 1]!
      } else if (del <= ins) {
        nextCost[j] = del
        nextStart[j] = start[j]!
      } else {
        nextCost[j] = ins
        nextStart[j] = nextStart[j - 1]!
      }
    }
    cost = nextCost
    start = nextStart
  }
  let end = 0
  for (let j = 1; j <= m; j++) if (cost[j]! < cost[end]!) end = j
  return ref.slice(start[end]!, end).join(' ')
}

/** Syllable accuracy of one page's OCR against the slice of the document it covers. */
export function pageAccuracy(hypothesis: string, reference: string): number {
  return syllableAccuracy(hypothesis, alignedReference(hypothesis, reference))
}
