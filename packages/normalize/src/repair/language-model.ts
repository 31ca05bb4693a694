/**
 * Syllable trigram language model with stupid backoff (Brants et al. 2007): cheap to train on a
 * small corpus, cheap to query, and good enough to rank a handful of candidates per position.
 */
import {tokenize} from './tokenize.ts'

/** Serializable counts; what `trainLanguageModel` returns and the model file stores. */
export interface LanguageModelData {
  readonly vocab: readonly string[]
  /** Count of each vocab entry. */
  readonly unigrams: readonly number[]
  /** Flattened [a, b, count] triples over vocab ids. */
  readonly bigrams: readonly number[]
  /** Flattened [a, b, c, count] quadruples over vocab ids. */
  readonly trigrams: readonly number[]
}

export interface TrainLanguageModelOptions {
  /** Trigrams seen fewer times are dropped (keeps the file small). @default 1 */
  readonly minTrigramCount?: number
  /** Bigrams seen fewer times are dropped. @default 1 */
  readonly minBigramCount?: number
}

export const BOUNDARY = '<s>'
export const NUMBER = '<num>'
export const UNKNOWN = '<unk>'

/** Units of a paragraph as the model sees them: lower-case words, <num>, <s> at sentence ends. */
export function lmUnits(paragraph: string): string[] {
  const out: string[] = [BOUNDARY]
  for (const p of tokenize(paragraph)) {
    if (p.kind === 'space') continue
    if (p.kind === 'word') out.push(p.text.normalize('NFC').toLowerCase())
    else if (p.kind === 'marker') {
      if (out[out.length - 1] !== BOUNDARY) out.push(BOUNDARY)
    }
    else if (/^\d+([.,]\d+)*$/.test(p.text)) out.push(NUMBER)
    else if (/[.;:!?]/.test(p.text) && out[out.length - 1] !== BOUNDARY) out.push(BOUNDARY)
    else if (/\p{L}/u.test(p.text)) out.push(UNKNOWN)
  }
  if (out[out.length - 1] !== BOUNDARY) out.push(BOUNDARY)
  return out
}

/** Counts syllable n-grams over clean texts (one string per document; paragraphs split on newlines). */
export function trainLanguageModel(texts: readonly string[], options: TrainLanguageModelOptions = {}): LanguageModelData {
  const minTri = options.minTrigramCount ?? 1
  const minBi = options.minBigramCount ?? 1
  const ids = new Map<string, number>([[BOUNDARY, 0], [NUMBER, 1], [UNKNOWN, 2]])
  const vocab = [BOUNDARY, NUMBER, UNKNOWN]
  const uni: number[] = [0, 0, 0]
  const bi = new Map<string, number>()
  const tri = new Map<string, number>()
  const idOf = (w: string): number => {
    let id = ids.get(w)
    if (id === undefined) {
      id = vocab.length
      ids.set(w, id)
      vocab.push(w)
      uni.push(0)
    }
    return id
  }
  for (const text of texts) {
    for (const para of text.normalize('NFC').split(/\r?\n|\t/)) {
      if (!para.trim()) continue
      const u = lmUnits(para).map(idOf)
      for (let i = 0; i < u.length; i++) {
        uni[u[i]!]!++
        if (i >= 1) bi.set(`${u[i - 1]},${u[i]}`, (bi.get(`${u[i - 1]},${u[i]}`) ?? 0) + 1)
        if (i >= 2) tri.set(`${u[i - 2]},${u[i - 1]},${u[i]}`, (tri.get(`${u[i - 2]},${u[i - 1]},${u[i]}`) ?? 0) + 1)
      }
    }
  }
  const flat = (m: Map<string, number>, min: number): number[] => {
    const out: number[] = []
    for (const [k, c] of m) if (c >= min) out.push(...k.split(',').map(Number), c)
    return out
  }
  return {vocab, unigrams: uni, bigrams: flat(bi, minBi), trigrams: flat(tri, minTri)}
}

const LOG_ALPHA = Math.log(0.4)

/** Query structure compiled from `LanguageModelData`: integer ids, numeric-key maps. */
export class LanguageModel {
  readonly ids: Map<string, number>
  readonly size: number
  private readonly uni: Float64Array
  private readonly bi = new Map<number, number>()
  private readonly tri = new Map<number, number>()
  /** Log-probability of a valid syllable never seen in training. */
  readonly unseenSyllable: number

  constructor(data: LanguageModelData) {
    const V = data.vocab.length
    this.size = V
    this.ids = new Map(data.vocab.map((w, i) => [w, i]))
    let total = 0
    for (const c of data.unigrams) total += c
    this.uni = new Float64Array(V)
    for (let i = 0; i < V; i++) this.uni[i] = Math.log((data.unigrams[i]! + 0.5) / (total + V))
    this.unseenSyllable = Math.log(0.3 / (total + V))
    const biCount = new Map<number, number>()
    for (let i = 0; i < data.bigrams.length; i += 3) {
      const [a, b, c] = [data.bigrams[i]!, data.bigrams[i + 1]!, data.bigrams[i + 2]!]
      biCount.set(a * V + b, c)
      this.bi.set(a * V + b, Math.log(c / data.unigrams[a]!))
    }
    for (let i = 0; i < data.trigrams.length; i += 4) {
      const [a, b, c, n] = [data.trigrams[i]!, data.trigrams[i + 1]!, data.trigrams[i + 2]!, data.trigrams[i + 3]!]
      const ctx = biCount.get(a * V + b) ?? n
      this.tri.set((a * V + b) * V + c, Math.log(n / Math.max(ctx, n)))
    }
  }

  /** Id of a unit, or -1 when unseen. */
  id(unit: string): number {
    return this.ids.get(unit) ?? -1
  }

  /** Stupid-backoff log score of w after (u, v); ids of -1 are unseen units. */
  score(u: number, v: number, w: number, unseen: number = this.unseenSyllable): number {
    if (w < 0) return 2 * LOG_ALPHA + unseen
    const V = this.size
    if (v >= 0) {
      if (u >= 0) {
        const t = this.tri.get((u * V + v) * V + w)
        if (t !== undefined) return t
      }
      const b = this.bi.get(v * V + w)
      if (b !== undefined) return LOG_ALPHA + b
    }
    return 2 * LOG_ALPHA + this.uni[w]!
  }

  /** Context-free log probability, used to rank candidates before decoding. */
  unigram(w: number): number {
    return w < 0 ? this.unseenSyllable : this.uni[w]!
  }
}
