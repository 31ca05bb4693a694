/**
 * Syllable trigram language model, interpolated Kneser-Ney: cheap to train on a small corpus,
 * cheap to query, and good enough to rank a handful of candidates per position.
 */
import {oldStyle} from './syllables.ts'
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
  /**
   * Per vocab entry, how often it was written capitalised (Đảng, Bộ) and in lower case
   * (đang, bộ) inside a sentence, where case is a choice of the writer and so a clue to the
   * word. Optional: models without it ignore case.
   */
  readonly titleCase?: readonly number[]
  readonly lowerCase?: readonly number[]
  /**
   * How counts are discounted: `modified` Kneser-Ney (three discounts per order, Chen & Goodman
   * 1998), or one discount per order when absent (the shipped model).
   */
  readonly discounting?: 'modified'
}

/** Case of a word inside a sentence: 1 capitalised, 0 lower case, −1 no evidence. */
export type CaseClue = 1 | 0 | -1

/** The case clue of a word as written, given whether it opens a sentence. */
export function caseClue(word: string, sentenceStart: boolean): CaseClue {
  if (sentenceStart || word.length === 0) return -1
  const first = word.charAt(0)
  if (first === first.toLowerCase()) return /^\p{Ll}+$/u.test(word) ? 0 : -1
  if (/^\p{Lu}\p{Ll}+$/u.test(word)) return 1
  return -1
}

export interface TrainLanguageModelOptions {
  /** Trigrams seen fewer times are dropped (keeps the file small). @default 1 */
  readonly minTrigramCount?: number
  /** Bigrams seen fewer times are dropped. @default 1 */
  readonly minBigramCount?: number
  /** Modified Kneser-Ney discounting (see `LanguageModelData.discounting`). @default false */
  readonly modifiedDiscounts?: boolean
}

/** `mostlyLower`: enough lower-case uses to judge, and capitals in at most this share of them. */
const MIN_LOWER = 3
const MAX_TITLE_SHARE = 0.05

export const BOUNDARY = '<s>'
export const NUMBER = '<num>'
export const UNKNOWN = '<unk>'

/** Units of a paragraph as the model sees them: lower-case words, <num>, <s> at sentence ends. */
export function lmUnits(paragraph: string): string[] {
  return lmUnitsWithCase(paragraph).units
}

/** `lmUnits` with each unit's case clue. */
export function lmUnitsWithCase(paragraph: string): {units: string[]; cases: CaseClue[]} {
  const out: string[] = [BOUNDARY]
  const cases: CaseClue[] = []
  for (const p of tokenize(paragraph)) {
    if (p.kind === 'space') continue
    if (p.kind === 'word') {
      cases[out.length] = caseClue(p.text, out[out.length - 1] === BOUNDARY)
      out.push(oldStyle(p.text.normalize('NFC').toLowerCase()))
    } else if (p.kind === 'marker') {
      if (out[out.length - 1] !== BOUNDARY) out.push(BOUNDARY)
    }
    else if (/^\d+([.,]\d+)*$/.test(p.text)) out.push(NUMBER)
    else if (/[.;:!?]/.test(p.text) && out[out.length - 1] !== BOUNDARY) out.push(BOUNDARY)
    else if (/\p{L}/u.test(p.text)) out.push(UNKNOWN)
  }
  if (out[out.length - 1] !== BOUNDARY) out.push(BOUNDARY)
  for (let i = 0; i < out.length; i++) cases[i] ??= -1
  return {units: out, cases}
}

/** Counts syllable n-grams over clean texts (one string per document; paragraphs split on newlines). */
export function trainLanguageModel(texts: readonly string[], options: TrainLanguageModelOptions = {}): LanguageModelData {
  const minTri = options.minTrigramCount ?? 1
  const minBi = options.minBigramCount ?? 1
  const ids = new Map<string, number>([[BOUNDARY, 0], [NUMBER, 1], [UNKNOWN, 2]])
  const vocab = [BOUNDARY, NUMBER, UNKNOWN]
  const uni: number[] = [0, 0, 0]
  const title: number[] = [0, 0, 0]
  const lower: number[] = [0, 0, 0]
  const bi = new Map<string, number>()
  const tri = new Map<string, number>()
  const idOf = (w: string): number => {
    let id = ids.get(w)
    if (id === undefined) {
      id = vocab.length
      ids.set(w, id)
      vocab.push(w)
      uni.push(0)
      title.push(0)
      lower.push(0)
    }
    return id
  }
  for (const text of texts) {
    for (const para of text.normalize('NFC').split(/\r?\n|\t/)) {
      if (!para.trim()) continue
      const {units, cases} = lmUnitsWithCase(para)
      const u = units.map(idOf)
      for (let i = 0; i < u.length; i++) {
        uni[u[i]!]!++
        if (cases[i] === 1) title[u[i]!]!++
        else if (cases[i] === 0) lower[u[i]!]!++
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
  const data = {vocab, unigrams: uni, bigrams: flat(bi, minBi), trigrams: flat(tri, minTri), titleCase: title, lowerCase: lower}
  return options.modifiedDiscounts ? {...data, discounting: 'modified'} : data
}

/**
 * Modified Kneser-Ney discounts [D₁, D₂, D₃₊] of one order from its counts of counts n₁…n₄
 * (Chen & Goodman 1998, eq. 26), each kept within [0.3, its count].
 */
function discounts(ngrams: readonly number[], stride: number): [number, number, number] {
  const n = [0, 0, 0, 0, 0]
  for (let i = stride - 1; i < ngrams.length; i += stride) if (ngrams[i]! <= 4) n[ngrams[i]!]!++
  if (n[1]! === 0 || n[2]! === 0 || n[3]! === 0) return [0.7, 0.7, 0.7]
  const y = n[1]! / (n[1]! + 2 * n[2]!)
  const within = (d: number, hi: number): number => Math.min(hi, Math.max(0.3, d))
  return [within(1 - (2 * y * n[2]!) / n[1]!, 1), within(2 - (3 * y * n[3]!) / n[2]!, 2), within(3 - (4 * y * n[4]!) / n[3]!, 3)]
}

/** The discount of an n-gram seen `count` times. */
function discountOf(d: readonly [number, number, number], count: number): number {
  return count <= 0 ? 0 : d[Math.min(count, 3) - 1]!
}

/**
 * Open-addressing hash table from a pair of non-negative int32 keys to a float: the n-gram
 * lookups sit in the decoder's inner loop, where a Map with large numeric or string keys
 * costs hashing and allocation. Each slot's two keys and value sit side by side (16 bytes, four
 * to a cache line): the tables are megabytes and a lookup is mostly a memory read, one where
 * three separate arrays took three.
 */
/**
 * Each bigram's probability (`probability(first, count)`, by the discounting in use) into `bi` and
 * its id, its index, into `ids` (the trigram contexts start from them); the counts, by id.
 */
function fillBigrams(bigrams: readonly number[], bi: PairTable, ids: PairTable, probability: (first: number, count: number) => number): Float64Array {
  const counts = new Float64Array(bigrams.length / 3)
  for (let i = 0, k = 0; i < bigrams.length; i += 3, k++) {
    const a = bigrams[i]!
    const b = bigrams[i + 1]!
    const c = bigrams[i + 2]!
    counts[k] = c
    ids.set(a, b, k)
    bi.set(a, b, probability(a, c))
  }
  return counts
}

/**
 * The context id of every trigram (its first two syllables): the bigram's id where the bigram was
 * kept (`ids` holds them), new ids from `nBi` on for contexts whose bigram was pruned, added to `ids`.
 */
function trigramContexts(trigrams: readonly number[], ids: PairTable, nBi: number): {ctxOf: Int32Array; extra: number} {
  const ctxOf = new Int32Array(trigrams.length / 4)
  let extra = nBi
  for (let i = 0, k = 0; i < trigrams.length; i += 4, k++) {
    let ctx = ids.get(trigrams[i]!, trigrams[i + 1]!)
    if (Number.isNaN(ctx)) ids.set(trigrams[i]!, trigrams[i + 1]!, (ctx = extra++))
    ctxOf[k] = ctx
  }
  return {ctxOf, extra}
}

class PairTable {
  /** Slot i: keys at [4i] (−1 when empty) and [4i + 1]; the value is `vals[4i + 2]`. */
  private readonly cells: Int32Array
  private readonly vals: Float32Array
  private readonly mask: number

  constructor(capacity: number) {
    let size = 16
    while (size < capacity * 2) size *= 2
    this.mask = size - 1
    const buffer = new ArrayBuffer(size * 16)
    this.cells = new Int32Array(buffer)
    this.vals = new Float32Array(buffer)
    for (let i = 0; i < size; i++) this.cells[i * 4] = -1
  }

  private slot(a: number, b: number): number {
    return (Math.imul(a, 0x9e3779b1) ^ Math.imul(b + 0x7f4a7c15, 0x85ebca6b)) & this.mask
  }

  set(a: number, b: number, v: number): void {
    let i = this.slot(a, b)
    while (this.cells[i * 4] !== -1 && (this.cells[i * 4] !== a || this.cells[i * 4 + 1] !== b)) i = (i + 1) & this.mask
    this.cells[i * 4] = a
    this.cells[i * 4 + 1] = b
    this.vals[i * 4 + 2] = v
  }

  /** The value, or NaN when absent. */
  get(a: number, b: number): number {
    const cells = this.cells
    let i = this.slot(a, b)
    for (;;) {
      const k = cells[i * 4]!
      if (k === -1) return NaN
      if (k === a && cells[i * 4 + 1] === b) return this.vals[i * 4 + 2]!
      i = (i + 1) & this.mask
    }
  }
}

/**
 * Query structure compiled from `LanguageModelData`: interpolated Kneser-Ney (absolute
 * discounting — one per order, or three with `discounting: 'modified'` — with continuation
 * counts for the lowest order), which spreads probability to
 * unseen word pairs far better than stupid backoff when the corpus is small — and a notice
 * the model never saw is made mostly of pairs it never saw. Integer ids, open-addressing tables.
 */
/** The interpolated Kneser-Ney tables of a `LanguageModel` (see there), built from its data. */
class NgramTables {
  /** Continuation probability of each unit (how many different units precede it). */
  readonly cont: Float64Array
  /** Discounted bigram probability (c(v,w) − D₂) / c(v). */
  readonly bi: PairTable
  /** Backoff mass of bigram context v: D₂ · N₁₊(v •) / c(v). */
  readonly biGamma: Float64Array
  /** Keyed by (context id, w): discounted trigram probability. */
  readonly tri: PairTable
  readonly ctxId: PairTable
  /** Backoff mass of each trigram context id. */
  readonly triGamma: Float64Array
  readonly unseenCont: number

  constructor(data: LanguageModelData) {
    const V = data.vocab.length
    // Continuation counts, with half a pseudo-count so every unit keeps some mass; a syllable
    // outside the vocabulary gets a fifth of one.
    const nBi = data.bigrams.length / 3
    const preceders = new Float64Array(V)
    for (let i = 0; i < data.bigrams.length; i += 3) preceders[data.bigrams[i + 1]!]!++
    this.cont = new Float64Array(V)
    const contTotal = nBi + 0.5 * V + 0.2
    for (let i = 0; i < V; i++) this.cont[i] = (preceders[i]! + 0.5) / contTotal
    this.unseenCont = 0.2 / contTotal
    this.bi = new PairTable(nBi)
    this.ctxId = new PairTable(nBi)
    this.biGamma = new Float64Array(V)
    const nTri = data.trigrams.length / 4
    if (data.discounting === 'modified') {
      // Modified Kneser-Ney (Chen & Goodman 1998): three discounts per order — for n-grams seen
      // once, twice, three or more times — from that order's counts of counts. One discount for all
      // took as much from a pair seen 40 times as from one seen twice. Measured with the test
      // dispatches added (scripts/train-lm.ts --dispatches --modified-discounts): most eval rows up.
      const d2 = discounts(data.bigrams, 3)
      const d3 = discounts(data.trigrams, 4)
      const vTotal = new Float64Array(V)
      const vGamma = new Float64Array(V)
      for (let i = 0; i < data.bigrams.length; i += 3) {
        const a = data.bigrams[i]!
        const c = data.bigrams[i + 2]!
        vTotal[a]! += c
        vGamma[a]! += discountOf(d2, c)
      }
      for (let v = 0; v < V; v++) this.biGamma[v] = vTotal[v]! > 0 ? Math.min(1, vGamma[v]! / vTotal[v]!) : 1
      const biCount = fillBigrams(data.bigrams, this.bi, this.ctxId, (a, c) => Math.max(0, c - discountOf(d2, c)) / vTotal[a]!)
      const {ctxOf, extra} = trigramContexts(data.trigrams, this.ctxId, nBi)
      // A context's count is its bigram's; the share of it no trigram continues (a paragraph's
      // last pair) goes to the lower order with the discounted mass.
      const ctxSum = new Float64Array(extra)
      const ctxGamma = new Float64Array(extra)
      for (let i = 0, k = 0; i < data.trigrams.length; i += 4, k++) {
        ctxSum[ctxOf[k]!]! += data.trigrams[i + 3]!
        ctxGamma[ctxOf[k]!]! += discountOf(d3, data.trigrams[i + 3]!)
      }
      const ctxCount = new Float64Array(extra)
      for (let c = 0; c < extra; c++) ctxCount[c] = Math.max(c < nBi ? biCount[c]! : 0, ctxSum[c]!)
      this.triGamma = new Float64Array(extra).fill(1)
      for (let c = 0; c < extra; c++) if (ctxSum[c]! > 0) this.triGamma[c] = Math.min(1, (ctxGamma[c]! + ctxCount[c]! - ctxSum[c]!) / ctxCount[c]!)
      this.tri = new PairTable(nTri)
      for (let i = 0, k = 0; i < data.trigrams.length; i += 4, k++) {
        const ctx = ctxOf[k]!
        const n = data.trigrams[i + 3]!
        this.tri.set(ctx, data.trigrams[i + 2]!, Math.max(0, n - discountOf(d3, n)) / ctxCount[ctx]!)
      }
    } else {
      // One absolute discount per order (the models trained before `discounting` existed).
      const discount = (counts: readonly number[], stride: number): number => {
        let n1 = 0
        let n2 = 0
        for (let i = stride - 1; i < counts.length; i += stride) {
          if (counts[i] === 1) n1++
          else if (counts[i] === 2) n2++
        }
        return n1 + n2 > 0 ? Math.min(0.9, Math.max(0.3, n1 / (n1 + 2 * n2))) : 0.7
      }
      const d2 = discount(data.bigrams, 3)
      const d3 = discount(data.trigrams, 4)
      const followers = new Float64Array(V)
      for (let i = 0; i < data.bigrams.length; i += 3) followers[data.bigrams[i]!]!++
      for (let v = 0; v < V; v++) this.biGamma[v] = data.unigrams[v]! > 0 ? Math.min(1, (d2 * followers[v]!) / data.unigrams[v]!) : 1
      const biCount = fillBigrams(data.bigrams, this.bi, this.ctxId, (a, c) => Math.max(0, c - d2) / Math.max(c, data.unigrams[a]!))
      const {ctxOf, extra} = trigramContexts(data.trigrams, this.ctxId, nBi)
      const ctxCount = new Float64Array(extra)
      const ctxFollowers = new Float64Array(extra)
      ctxCount.set(biCount)
      for (let i = 0, k = 0; i < data.trigrams.length; i += 4, k++) {
        const ctx = ctxOf[k]!
        ctxFollowers[ctx]!++
        if (ctx >= nBi) ctxCount[ctx]! += data.trigrams[i + 3]!
      }
      this.triGamma = new Float64Array(extra).fill(1)
      for (let c = 0; c < extra; c++) if (ctxFollowers[c]! > 0) this.triGamma[c] = Math.min(1, (d3 * ctxFollowers[c]!) / ctxCount[c]!)
      this.tri = new PairTable(nTri)
      for (let i = 0, k = 0; i < data.trigrams.length; i += 4, k++) {
        const ctx = ctxOf[k]!
        const n = data.trigrams[i + 3]!
        this.tri.set(ctx, data.trigrams[i + 2]!, Math.max(0, n - d3) / Math.max(n, ctxCount[ctx]!))
      }
    }
  }
}

export class LanguageModel {
  readonly ids: Map<string, number>
  readonly size: number
  private readonly uni: Float64Array
  /** Log-probability of a valid syllable never seen in training (context-free). */
  readonly unseenSyllable: number
  /** log P(capitalised | unit) and log P(lower case | unit) inside a sentence; empty without case data. */
  private readonly logTitle: Float64Array
  private readonly logLower: Float64Array
  private readonly titleRate: number
  /** Raw counts of the same: capitalised and lower case inside a sentence. */
  private readonly titleCount: Int32Array
  private readonly lowerCount: Int32Array

  /**
   * The n-gram tables, built on the first query that reads them (`context`, `lowerProb`,
   * `upperProb`): ranking a word's candidates needs only the ids and unigrams, and a clean
   * document whose only odd word is a loan word (`chip`, whose best candidate is another
   * word's) never decodes, so it never pays the ~0.1 s of the tables.
   */
  private ngramTables: NgramTables | undefined

  constructor(private readonly data: LanguageModelData) {
    const V = data.vocab.length
    this.size = V
    this.ids = new Map(data.vocab.map((w, i) => [w, i]))
    let total = 0
    for (const c of data.unigrams) total += c
    this.uni = new Float64Array(V)
    for (let i = 0; i < V; i++) this.uni[i] = Math.log((data.unigrams[i]! + 0.5) / (total + V))
    this.unseenSyllable = Math.log(0.3 / (total + V))
    // Case: a Beta prior at the corpus-wide rate, two pseudo-observations strong.
    const t = data.titleCase ?? []
    const l = data.lowerCase ?? []
    let tSum = 0
    let lSum = 0
    for (let i = 0; i < t.length; i++) {
      tSum += t[i]!
      lSum += l[i]!
    }
    this.titleRate = tSum + lSum > 0 ? tSum / (tSum + lSum) : 0.5
    this.titleCount = Int32Array.from(t)
    this.lowerCount = Int32Array.from(l)
    this.logTitle = new Float64Array(t.length)
    this.logLower = new Float64Array(t.length)
    for (let i = 0; i < t.length; i++) {
      const n = t[i]! + l[i]! + 2
      this.logTitle[i] = Math.log((t[i]! + 2 * this.titleRate) / n)
      this.logLower[i] = Math.log((l[i]! + 2 * (1 - this.titleRate)) / n)
    }
  }

  private get ngrams(): NgramTables {
    return (this.ngramTables ??= new NgramTables(this.data))
  }

  /** Id of a unit, or -1 when unseen; both tone styles (hoà, hòa) share one id. */
  id(unit: string): number {
    return this.ids.get(unit) ?? this.ids.get(oldStyle(unit)) ?? -1
  }

  /** Id of the (u, v) context for `scoreIn`, −1 when no trigram continues it. */
  context(u: number, v: number): number {
    if (u < 0 || v < 0) return -1
    const c = this.ngrams.ctxId.get(u, v)
    return Number.isNaN(c) ? -1 : c
  }

  /** Log probability of w after (u, v); ids of −1 are unseen units. */
  score(u: number, v: number, w: number): number {
    return this.scoreIn(this.context(u, v), v, w)
  }

  /** `score` with the (u, v) context already looked up by `context`. */
  scoreIn(ctx: number, v: number, w: number): number {
    return Math.log(this.upperProb(ctx, w, this.lowerProb(v, w)))
  }

  /** P(w | v), the bigram level of the interpolation (the decoder shares it between histories). */
  lowerProb(v: number, w: number): number {
    const g = this.ngrams
    const p = w < 0 ? g.unseenCont : g.cont[w]!
    if (v < 0) return p
    const b = w < 0 ? NaN : g.bi.get(v, w)
    return (b === b ? b : 0) + g.biGamma[v]! * p
  }

  /** P(w | u, v) from the trigram context id and the bigram level `lower`. */
  upperProb(ctx: number, w: number, lower: number): number {
    if (ctx < 0) return lower
    const g = this.ngrams
    const t = w < 0 ? NaN : g.tri.get(ctx, w)
    return (t === t ? t : 0) + g.triGamma[ctx]! * lower
  }

  /** log P(case clue | unit): 0 when there is no clue or the model has no case data. */
  caseScore(w: number, clue: CaseClue): number {
    if (clue < 0 || this.logTitle.length === 0) return 0
    if (w < 0 || w >= this.logTitle.length) return Math.log(clue === 1 ? this.titleRate : 1 - this.titleRate)
    return clue === 1 ? this.logTitle[w]! : this.logLower[w]!
  }

  /**
   * Whether the corpus writes this unit in lower case inside a sentence and (almost) never
   * capitalised there: seen in lower case at least `MIN_LOWER` times, capitalised at most a
   * `MAX_TITLE_SHARE` of its sentence-inner uses. False without case data.
   */
  mostlyLower(w: number): boolean {
    if (w < 0 || w >= this.lowerCount.length) return false
    const lower = this.lowerCount[w]!
    return lower >= MIN_LOWER && this.titleCount[w]! <= MAX_TITLE_SHARE * (lower + this.titleCount[w]!)
  }

  /** Context-free log probability, used to rank candidates before decoding. */
  unigram(w: number): number {
    return w < 0 ? this.unseenSyllable : this.uni[w]!
  }
}
