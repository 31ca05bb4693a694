/**
 * Channel model of OCR confusions: cost (−log P) of the engine printing an OCR segment (0–3
 * characters) for a clean segment (0–2 characters: `ụ` → `ii`, `ơ` → `cc`, `ệ` → ``, `` → `?`).
 * Learned from real (OCR, clean) token pairs by Viterbi-EM alignment (`trainChannel`).
 */
import {skeleton} from './syllables.ts'

/** Serializable channel: [clean segment, OCR segment, cost in nats]. */
export interface ChannelData {
  readonly rules: ReadonlyArray<readonly [string, string, number]>
}

const MAX_CLEAN = 2
const MAX_OCR = 3

/** Cost of a pair nobody has seen: cheap when only marks differ, dear otherwise. */
export function defaultCost(clean: string, ocr: string): number {
  if (clean === ocr) return 0.05
  if (clean === '' || ocr === '') return 6 + 2 * (clean.length + ocr.length)
  if (skeleton(clean) === skeleton(ocr)) return 2.5 * Math.max(clean.length, ocr.length)
  return 5 * Math.max(clean.length, ocr.length) + 1
}

const VOWELS = ['a', 'e', 'i', 'o', 'u', 'y']
/** Cost of reading an unseen marked consonant as a vowel: dearer than its own letter (2). */
const MARKED_CONSONANT_AS_VOWEL = 3

export class Channel {
  private readonly full = new Map<string, Map<string, number>>()
  /** OCR segment → skeleton segments it may stand for, with the cheapest cost over full forms. */
  readonly byOcr = new Map<string, Array<{skel: string; cost: number}>>()
  /** Skeleton char → cheapest cost of dropping it. */
  readonly dropCost = new Map<string, number>()

  constructor(data: ChannelData) {
    for (const [c, o, cost] of data.rules) {
      let m = this.full.get(c)
      if (!m) this.full.set(c, (m = new Map()))
      m.set(o, cost)
      const s = skeleton(c)
      if (o === '') {
        if (s.length === 1) this.dropCost.set(s, Math.min(this.dropCost.get(s) ?? Infinity, cost))
        continue
      }
      let list = this.byOcr.get(o)
      if (!list) this.byOcr.set(o, (list = []))
      const hit = list.find((x) => x.skel === s)
      if (hit) hit.cost = Math.min(hit.cost, cost)
      else list.push({skel: s, cost})
    }
    this.withInsertions()
  }

  /**
   * Any single OCR character may be junk the engine inserted (`ctfu` for cứu): where the
   * rules hold no insertion for it, one at the unseen-pair cost is added, so a token with a
   * stray letter still reaches its syllable.
   */
  private withInsertions(): void {
    for (const [o, list] of this.byOcr) {
      if ([...o].length !== 1) continue
      // A rarely seen insertion is no dearer than an unseen one.
      const unseen = defaultCost('', o)
      const seen = list.find((x) => x.skel === '')
      if (!seen) list.push({skel: '', cost: unseen})
      else if (seen.cost > unseen) seen.cost = unseen
    }
  }

  /**
   * Skeleton readings of a single OCR character the rules never saw: identity on its base letter,
   * and, for a consonant with a mark no Vietnamese consonant has (`ś`, `ń`, `ć`: `dśc` for đặc,
   * `chńc` for chức), any vowel too: an engine that prints such letters drew them from a marked
   * vowel's shape.
   */
  fallback(o: string): Array<{skel: string; cost: number}> {
    const s = skeleton(o)
    if (!/^[a-z]$/.test(s)) return [{skel: '', cost: 7}]
    const options = [{skel: s, cost: s === o ? 0.3 : 2}]
    if (s !== o && !VOWELS.includes(s) && s !== 'd') for (const v of VOWELS) options.push({skel: v, cost: MARKED_CONSONANT_AS_VOWEL})
    return options
  }

  /** Cost of OCR segment `o` for clean (full, lower-case) segment `c`. */
  cost(c: string, o: string): number {
    let m = this.full.get(c)
    const hit = m?.get(o)
    if (hit !== undefined) return hit
    const v =
      c.length === 2 && o.length === 1
        ? Math.min(this.cost(c[0]!, o) + this.cost(c[1]!, ''), this.cost(c[0]!, '') + this.cost(c[1]!, o))
        : defaultCost(c, o)
    // Memoised: the derived costs (skeleton comparisons) sit in the candidate search's inner loop.
    if (!m) this.full.set(c, (m = new Map()))
    if (m.size < 4096) m.set(o, v)
    return v
  }
}

/** One clean syllable / OCR token alignment as segments. */
type Segments = Array<[string, string]>

function align(clean: string[], ocr: string[], cost: (c: string, o: string) => number): Segments {
  const n = clean.length
  const m = ocr.length
  const D = Array.from({length: n + 1}, () => new Float64Array(m + 1).fill(Infinity))
  const B = Array.from({length: n + 1}, () => new Int8Array((m + 1) * 2))
  D[0]![0] = 0
  for (let i = 0; i <= n; i++) {
    for (let j = 0; j <= m; j++) {
      const here = D[i]![j]!
      if (here === Infinity) continue
      for (let a = 0; a <= MAX_CLEAN && i + a <= n; a++) {
        for (let b = 0; b <= MAX_OCR && j + b <= m; b++) {
          // Segments are 1:0, 0:1, 1:1, 1:2, 1:3 or 2:1; 2:2 would let identity pairs (`ai`/`ai`)
          // swallow the per-letter mark evidence the rescoring needs.
          if (a + b === 0 || (a === 0 && b > 1) || (a === 2 && b !== 1)) continue
          const c = clean.slice(i, i + a).join('')
          const o = ocr.slice(j, j + b).join('')
          const v = here + cost(c, o)
          if (v < D[i + a]![j + b]!) {
            D[i + a]![j + b] = v
            B[i + a]![(j + b) * 2] = a
            B[i + a]![(j + b) * 2 + 1] = b
          }
        }
      }
    }
  }
  const segs: Segments = []
  for (let i = n, j = m; i > 0 || j > 0; ) {
    const a = B[i]![j * 2]!
    const b = B[i]![j * 2 + 1]!
    segs.push([clean.slice(i - a, i).join(''), ocr.slice(j - b, j).join('')])
    i -= a
    j -= b
  }
  return segs.reverse()
}

export interface TrainChannelOptions {
  /** Viterbi-EM rounds. @default 3 */
  readonly iterations?: number
  /** Extra [clean, OCR, pseudo-count] observations mixed in (prior knowledge of glyph confusions). */
  readonly prior?: ReadonlyArray<readonly [string, string, number]>
  /** Rules seen fewer times are dropped. @default 2 */
  readonly minCount?: number
}

/** Learns a channel from (OCR token, clean syllable) pairs, both lower-case NFC. */
export function trainChannel(pairs: ReadonlyArray<readonly [string, string]>, options: TrainChannelOptions = {}): ChannelData {
  const rounds = options.iterations ?? 3
  const minCount = options.minCount ?? 2
  let table = new Map<string, number>()
  const key = (c: string, o: string): string => `${c}\u0000${o}`
  const costOf = (c: string, o: string): number => table.get(key(c, o)) ?? defaultCost(c, o) + (table.size ? 1 : 0)
  let counts = new Map<string, number>()
  // Denominator of P(o | c): how often the clean segment occurs at all, so a rare two-letter
  // segment the aligner grouped twice does not look certain.
  const occurrences = new Map<string, number>()
  for (const [, clean] of pairs) {
    const chars = [...clean]
    for (let i = 0; i < chars.length; i++) {
      occurrences.set(chars[i]!, (occurrences.get(chars[i]!) ?? 0) + 1)
      if (i + 1 < chars.length) occurrences.set(chars[i]! + chars[i + 1]!, (occurrences.get(chars[i]! + chars[i + 1]!) ?? 0) + 1)
    }
  }
  occurrences.set('', pairs.length)
  for (let r = 0; r < rounds; r++) {
    counts = new Map()
    const cleanTotals = new Map<string, number>()
    const bump = (c: string, o: string, n: number): void => {
      counts.set(key(c, o), (counts.get(key(c, o)) ?? 0) + n)
      cleanTotals.set(c, (cleanTotals.get(c) ?? 0) + n)
    }
    for (const [ocr, clean] of pairs) {
      for (const [c, o] of align([...clean], [...ocr], costOf)) bump(c, o, 1)
      // Each token offers one chance of an inserted junk segment, so P('' → o) has a denominator.
      cleanTotals.set('', (cleanTotals.get('') ?? 0) + 1)
    }
    for (const [c, o, n] of options.prior ?? []) bump(c, o, n)
    const next = new Map<string, number>()
    for (const [k, n] of counts) {
      const c = k.slice(0, k.indexOf('\u0000'))
      // Single characters keep their multi-character rivals in the denominator: add-one smoothing.
      const total = Math.max(cleanTotals.get(c) ?? 0, occurrences.get(c) ?? 0)
      next.set(k, -Math.log(n / (total + 1)))
    }
    table = next
  }
  const rules: Array<[string, string, number]> = []
  for (const [k, cost] of table) {
    const [c, o] = k.split('\u0000') as [string, string]
    if ((counts.get(k) ?? 0) >= minCount || (c === o && c.length === 1)) rules.push([c, o, Math.round(cost * 100) / 100])
  }
  rules.sort((a, b) => (a[0] + a[1] < b[0] + b[1] ? -1 : 1))
  return {rules}
}
