/**
 * Measures shared by tests, `pnpm eval` and `pnpm bench`. Kept outside the
 * packages: they judge vanban's output, they are not part of it.
 */

/** Lower-cased NFC runs of letters and digits: the units syllable accuracy counts. */
export function syllables(text: string): string[] {
  return text.normalize('NFC').toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []
}

/** Levenshtein distance over two token arrays (O(n·m) time, O(m) memory). */
export function tokenEditDistance(a: readonly string[], b: readonly string[]): number {
  let previous = Array.from({length: b.length + 1}, (_, j) => j)
  for (let i = 1; i <= a.length; i++) {
    const current = [i]
    for (let j = 1; j <= b.length; j++) {
      const substitution = previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1)
      current[j] = Math.min(substitution, previous[j]! + 1, current[j - 1]! + 1)
    }
    previous = current
  }
  return previous[b.length]!
}

/**
 * Syllable accuracy of `hypothesis` against `reference`: 1 − edit distance over
 * syllables / reference length. The distance is Ukkonen's banded edit
 * distance, exact whenever the distance fits the band, which doubles until it
 * does: the full dynamic programme takes minutes on a 25k-syllable document.
 */
export function syllableAccuracy(hypothesis: string, reference: string): number {
  const a = syllables(hypothesis)
  const b = syllables(reference)
  if (b.length === 0) return a.length === 0 ? 1 : 0
  for (let band = Math.max(64, Math.abs(a.length - b.length) + 1); ; band *= 2) {
    const d = bandedDistance(a, b, band)
    if (d <= band || band > a.length + b.length) return Math.max(0, 1 - d / b.length)
  }
}

function bandedDistance(a: readonly string[], b: readonly string[], band: number): number {
  const big = a.length + b.length + 1
  let prev = new Int32Array(b.length + 1).fill(big)
  let curr = new Int32Array(b.length + 1).fill(big)
  for (let j = 0; j <= Math.min(b.length, band); j++) prev[j] = j
  for (let i = 1; i <= a.length; i++) {
    const from = Math.max(1, i - band)
    const to = Math.min(b.length, i + band)
    curr.fill(big, Math.max(0, from - 1), Math.min(b.length, to + 1) + 1)
    if (from === 1) curr[0] = i
    for (let j = from; j <= to; j++) {
      const sub = prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1)
      curr[j] = Math.min(sub, prev[j]! + 1, curr[j - 1]! + 1)
    }
    ;[prev, curr] = [curr, prev]
  }
  return prev[b.length]!
}

export interface TaskLike {
  id: string
  owner: string | null
  due: string | null
  text?: string
}

export interface TaskScores {
  precision: number
  recall: number
  f1: number
  /** Share of matched tasks whose owner equals the gold owner (normalised spacing, case kept). */
  owner: number
  /** Share of matched tasks whose due date equals the gold one (both null counts as equal). */
  due: number
  /** Share of gold tasks found with the right owner and the right due date: what a clerk need not touch. */
  exact: number
  matched: number
  predicted: number
  gold: number
}

/** An owner as compared: NFC, spaces collapsed, tone placement folded (see `foldTonePlacement`). */
export const clean = (s: string | null): string | null => (s === null ? null : foldTonePlacement(s.normalize('NFC').replace(/\s+/g, ' ').trim()))

// Tone marks of the second vowel of an open oa/oe/uy syllable, and the same mark on the first.
const SECOND = 'àáảãạèéẻẽẹỳýỷỹỵ'
const FIRST_O = 'òóỏõọ'
const FIRST_U = 'ùúủũụ'

/**
 * Both tone placements of open oa/oe/uy syllables are standard spellings (`Đảng uỷ` and `Đảng ủy`,
 * `hoà` and `hòa`); documents print one or the other, and a clerk counts either as right. NFC in,
 * the old placement (on the first vowel) out. `quý`, `quả` keep theirs: `qu` is the onset.
 */
export function foldTonePlacement(text: string): string {
  return text.replace(/(^|[^\p{L}])(\p{L}*?)([oOuU])([àáảãạèéẻẽẹỳýỷỹỵ])(?![\p{L}])/giu, (all, before: string, onset: string, vowel: string, marked: string) => {
    if (/[qQ]$/.test(onset)) return all
    const lower = marked.toLowerCase()
    const tone = SECOND.indexOf(lower) % 5
    const base = 'aey'[Math.floor(SECOND.indexOf(lower) / 5)]
    const isU = vowel === 'u' || vowel === 'U'
    if (isU !== (base === 'y')) return all
    const first = (isU ? FIRST_U : FIRST_O)[tone]
    return before + onset + (vowel === vowel.toUpperCase() ? first.toUpperCase() : first) + (marked === lower ? base : base.toUpperCase())
  })
}

/**
 * Scores predicted tasks against gold tasks matched by id. Leaf scoring is the
 * caller's choice: pass leaves only on both sides for leaf F1.
 */
export function scoreTasks(predicted: readonly TaskLike[], gold: readonly TaskLike[]): TaskScores {
  const byId = new Map(predicted.map((t) => [t.id, t]))
  return scorePairs(gold.map((g) => [g, byId.get(g.id)]), predicted.length, gold.length)
}

/**
 * Scores predicted tasks against gold tasks matched by their text where the gold
 * gives one, else by id. Unmarked directives have no printed number, so one task
 * found too many or too few would shift every id after it; the text says which
 * task is which. Each gold task takes the unclaimed prediction whose syllables
 * overlap its own most (Dice ≥ 0.5); a gold task without text falls back to its id.
 */
export function scoreTasksByText(predicted: readonly TaskLike[], gold: readonly TaskLike[]): TaskScores {
  return scorePairs(pairTasksByText(predicted, gold), predicted.length, gold.length)
}

/** Each gold task with the prediction `scoreTasksByText` matched to it (undefined: missed). */
export function pairTasksByText<T extends TaskLike, G extends TaskLike>(predicted: readonly T[], gold: readonly G[]): Array<[G, T | undefined]> {
  const claimed = new Set<T>()
  const bags = new Map(predicted.map((p) => [p, syllableBag(p.text ?? '')]))
  const pairs: Array<[G, T | undefined]> = []
  for (const g of gold) {
    let best: T | undefined
    if (g.text) {
      const goldBag = syllableBag(g.text)
      let bestScore = 0.5
      for (const p of predicted) {
        if (claimed.has(p)) continue
        const score = dice(goldBag, bags.get(p)!)
        if (score > bestScore || (score === bestScore && best !== undefined && p.id === g.id)) [best, bestScore] = [p, score]
      }
    }
    // No text, or none close enough (a task cut at another sentence): the printed id decides.
    best ??= predicted.find((p) => p.id === g.id && !claimed.has(p))
    if (best) claimed.add(best)
    pairs.push([g, best])
  }
  return pairs
}

/** Adds per-notice scores into micro-averaged ones (every task weighs the same). */
export function microScores(all: readonly TaskScores[]): TaskScores {
  const sum = (pick: (s: TaskScores) => number) => all.reduce((n, s) => n + pick(s), 0)
  const matched = sum((s) => s.matched)
  const predicted = sum((s) => s.predicted)
  const gold = sum((s) => s.gold)
  const ownerOk = sum((s) => s.owner * s.matched)
  const dueOk = sum((s) => s.due * s.matched)
  const exactOk = sum((s) => s.exact * s.gold)
  return summarise(matched, ownerOk, dueOk, exactOk, predicted, gold)
}

function scorePairs(pairs: ReadonlyArray<readonly [TaskLike, TaskLike | undefined]>, predicted: number, gold: number): TaskScores {
  let matched = 0
  let ownerOk = 0
  let dueOk = 0
  let exactOk = 0
  for (const [g, p] of pairs) {
    if (!p) continue
    matched++
    const owner = clean(p.owner) === clean(g.owner)
    const due = p.due === g.due
    if (owner) ownerOk++
    if (due) dueOk++
    if (owner && due) exactOk++
  }
  return summarise(matched, ownerOk, dueOk, exactOk, predicted, gold)
}

function summarise(matched: number, ownerOk: number, dueOk: number, exactOk: number, predicted: number, gold: number): TaskScores {
  const precision = predicted === 0 ? 0 : matched / predicted
  const recall = gold === 0 ? 0 : matched / gold
  return {
    precision,
    recall,
    f1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall),
    owner: matched === 0 ? 0 : ownerOk / matched,
    due: matched === 0 ? 0 : dueOk / matched,
    exact: gold === 0 ? 0 : exactOk / gold,
    matched,
    predicted,
    gold
  }
}

function syllableBag(text: string): Map<string, number> {
  const bag = new Map<string, number>()
  for (const s of syllables(text.toLowerCase())) bag.set(s, (bag.get(s) ?? 0) + 1)
  return bag
}

/** Dice coefficient of two multisets. */
function dice(a: ReadonlyMap<string, number>, b: ReadonlyMap<string, number>): number {
  let common = 0
  let total = 0
  for (const [key, n] of a) {
    common += Math.min(n, b.get(key) ?? 0)
    total += n
  }
  for (const n of b.values()) total += n
  return total === 0 ? 0 : (2 * common) / total
}

/** Tasks that no other task names as its parent. */
export function leaves<T extends {id: string; parent: string | null}>(tasks: readonly T[]): T[] {
  const parents = new Set(tasks.map((t) => t.parent).filter((p): p is string => p !== null))
  return tasks.filter((t) => !parents.has(t.id))
}
