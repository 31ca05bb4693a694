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

/**
 * Open-addressing hash table from a pair of non-negative int32 keys to a float: the n-gram
 * lookups sit in the decoder's inner loop, where a Map with large numeric or string keys
 * costs hashing and allocation.
 */
class PairTable {
  private readonly k1: Int32Array
  private readonly k2: Int32Array
  private readonly vals: Float32Array
  private readonly mask: number

  constructor(capacity: number) {
    let size = 16
    while (size < capacity * 2) size *= 2
    this.mask = size - 1
    this.k1 = new Int32Array(size).fill(-1)
    this.k2 = new Int32Array(size)
    this.vals = new Float32Array(size)
  }

  private slot(a: number, b: number): number {
    return (Math.imul(a, 0x9e3779b1) ^ Math.imul(b + 0x7f4a7c15, 0x85ebca6b)) & this.mask
  }

  set(a: number, b: number, v: number): void {
    let i = this.slot(a, b)
    while (this.k1[i] !== -1 && (this.k1[i] !== a || this.k2[i] !== b)) i = (i + 1) & this.mask
    this.k1[i] = a
    this.k2[i] = b
    this.vals[i] = v
  }

  /** The value, or NaN when absent. */
  get(a: number, b: number): number {
    let i = this.slot(a, b)
    for (;;) {
      const k = this.k1[i]!
      if (k === -1) return NaN
      if (k === a && this.k2[i] === b) return this.vals[i]!
      i = (i + 1) & this.mask
    }
  }
}

/** Query structure compiled from `LanguageModelData`: integer ids, open-addressing tables. */
export class LanguageModel {
  readonly ids: Map<string, number>
  readonly size: number
  private readonly uni: Float64Array
  private readonly bi: PairTable
  /** Keyed by (bigram id, w): each stored bigram context gets a dense id. */
  private readonly tri: PairTable
  private readonly ctxId: PairTable
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
    const nBi = data.bigrams.length / 3
    this.bi = new PairTable(nBi)
    this.ctxId = new PairTable(nBi)
    const biCount = new Float64Array(nBi)
    for (let i = 0, k = 0; i < data.bigrams.length; i += 3, k++) {
      const a = data.bigrams[i]!
      const b = data.bigrams[i + 1]!
      const c = data.bigrams[i + 2]!
      biCount[k] = c
      this.ctxId.set(a, b, k)
      this.bi.set(a, b, Math.log(c / data.unigrams[a]!))
    }
    this.tri = new PairTable(data.trigrams.length / 4)
    for (let i = 0; i < data.trigrams.length; i += 4) {
      const a = data.trigrams[i]!
      const b = data.trigrams[i + 1]!
      const c = data.trigrams[i + 2]!
      const n = data.trigrams[i + 3]!
      let ctx = this.ctxId.get(a, b)
      if (Number.isNaN(ctx)) {
        // A trigram whose context bigram was pruned still needs a context id.
        ctx = nBi + i
        this.ctxId.set(a, b, ctx)
      }
      const cn = ctx < nBi ? biCount[ctx]! : n
      this.tri.set(ctx, c, Math.log(n / Math.max(cn, n)))
    }
  }

  /** Id of a unit, or -1 when unseen. */
  id(unit: string): number {
    return this.ids.get(unit) ?? -1
  }

  /** Id of the (u, v) context for `scoreIn`, −1 when no trigram continues it. */
  context(u: number, v: number): number {
    if (u < 0 || v < 0) return -1
    const c = this.ctxId.get(u, v)
    return Number.isNaN(c) ? -1 : c
  }

  /** Stupid-backoff log score of w after (u, v); ids of -1 are unseen units. */
  score(u: number, v: number, w: number, unseen: number = this.unseenSyllable): number {
    return this.scoreIn(this.context(u, v), v, w, unseen)
  }

  /** `score` with the (u, v) context already looked up by `context`. */
  scoreIn(ctx: number, v: number, w: number, unseen: number = this.unseenSyllable): number {
    if (w < 0) return 2 * LOG_ALPHA + unseen
    if (v >= 0) {
      if (ctx >= 0) {
        const t = this.tri.get(ctx, w)
        if (t === t) return t
      }
      const b = this.bi.get(v, w)
      if (b === b) return LOG_ALPHA + b
    }
    return 2 * LOG_ALPHA + this.uni[w]!
  }

  /** Context-free log probability, used to rank candidates before decoding. */
  unigram(w: number): number {
    return w < 0 ? this.unseenSyllable : this.uni[w]!
  }
}
