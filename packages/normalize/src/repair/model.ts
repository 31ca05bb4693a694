/**
 * The restorer's model: language model + channel, compiled once into query structures.
 * The shipped data file is built by scripts/train-lm.ts; callers may pass their own.
 */
import {AgencyIndex} from './agencies.ts'
import {CandidateIndex} from './candidates.ts'
import type {Candidate} from './candidates.ts'
import {Channel} from './channel.ts'
import type {ChannelData} from './channel.ts'
import {LanguageModel} from './language-model.ts'
import type {LanguageModelData} from './language-model.ts'
import {OcrDistance} from './ocr-distance.ts'
import {readShippedModel} from './shipped-model.ts'

/** Serializable model: what the data file holds and what retraining produces. */
export interface RepairModelData {
  readonly version: 1
  readonly lm: LanguageModelData
  readonly channel: ChannelData
}

const CACHE_LIMIT = 50_000

/** One position's options as the decoder reads them (see repair-text.ts). */
export interface SlotOptions {
  readonly texts: readonly string[]
  readonly ids: Int32Array
  readonly costs: Float64Array
  readonly keep: number
}

export class RepairModel {
  readonly lm: LanguageModel
  readonly channel: Channel
  readonly index: CandidateIndex
  // Tokens repeat across a document and across documents; the search is the costly part.
  private readonly cache = new Map<string, Candidate[]>()
  /** Decoder options per (mode, weight, token), filled by repair-text.ts; bounded there. */
  readonly slotCache = new Map<string, SlotOptions | null>()
  /** The same for changeable words: per decoding mode, per lower-case token. */
  readonly optionCache = new Map<string, Map<string, SlotOptions | null>>()
  private readonly fixedCache = new Map<number, SlotOptions>()
  /** Confusion-weighted skeleton distance under this model's channel (names, deadline words). */
  readonly distance: OcrDistance
  private agencyIndex: AgencyIndex | undefined

  constructor(readonly data: RepairModelData) {
    this.lm = new LanguageModel(data.lm)
    this.channel = new Channel(data.channel)
    this.index = new CandidateIndex(this.channel, this.lm)
    this.distance = new OcrDistance(this.channel)
  }

  /** The agency gazetteer under this model's channel, built on first use. */
  get agencies(): AgencyIndex {
    return (this.agencyIndex ??= new AgencyIndex(this.distance))
  }

  candidates(lowerToken: string, limit: number): Candidate[] {
    const key = `${limit}|${lowerToken}`
    let hit = this.cache.get(key)
    if (!hit) {
      if (this.cache.size >= CACHE_LIMIT) this.cache.clear()
      hit = this.index.candidates(lowerToken, limit)
      this.cache.set(key, hit)
    }
    return hit
  }

  /** Forms of the token's own skeleton only (text whose marks were stripped), cached. */
  sameSkeleton(lowerToken: string, limit: number): Candidate[] {
    const key = `S${limit}|${lowerToken}`
    let hit = this.cache.get(key)
    if (!hit) {
      if (this.cache.size >= CACHE_LIMIT) this.cache.clear()
      hit = this.index.sameSkeleton(lowerToken, limit)
      this.cache.set(key, hit)
    }
    return hit
  }

  /** Syllables `onset` + any one vowel + `coda` (`CandidateIndex.anyVowel`), cached. */
  anyVowel(onset: string, coda: string, limit: number): Candidate[] {
    const key = `V${limit}|${onset}|${coda}`
    let hit = this.cache.get(key)
    if (!hit) {
      if (this.cache.size >= CACHE_LIMIT) this.cache.clear()
      hit = this.index.anyVowel(onset, coda, limit)
      this.cache.set(key, hit)
    }
    return hit
  }

  /** A single-option position for LM unit `id`; its text '' means "as written". */
  fixed(id: number): SlotOptions {
    let o = this.fixedCache.get(id)
    if (!o) this.fixedCache.set(id, (o = {texts: [''], ids: Int32Array.of(id), costs: Float64Array.of(0), keep: 0}))
    return o
  }
}

const compiled = new WeakMap<RepairModelData, RepairModel>()

/** Compiles (once per data object) a model for `repairText`. */
export function loadRepairModel(data: RepairModelData): RepairModel {
  let m = compiled.get(data)
  if (!m) compiled.set(data, (m = new RepairModel(data)))
  return m
}

let shipped: RepairModel | undefined
/** Milliseconds the shipped model took to read, parse and compile (0 until first use). */
export let defaultModelLoadMs = 0

/**
 * The shipped model, trained on the clean texts in fixtures/ (see scripts/train-lm.ts).
 * Read lazily: importing the package costs nothing until a paragraph needs repair.
 */
export function defaultRepairModel(): RepairModel {
  if (!shipped) {
    const t0 = performance.now()
    const data = readShippedModel()
    shipped = new RepairModel(data)
    defaultModelLoadMs = performance.now() - t0
  }
  return shipped
}

/**
 * A repair model from a language model trained on your own clean notices
 * (`trainLanguageModel`) and the shipped OCR channel: OCR confusions belong
 * to the engine, not to the documents, so only the language model is retrained.
 */
export function repairModelFromLanguageModel(lm: LanguageModelData): RepairModelData {
  return {version: 1, lm, channel: defaultRepairModel().data.channel}
}

/** Is this parsed JSON a repair model file (as `vanban train` writes)? */
export function isRepairModelData(value: unknown): value is RepairModelData {
  const v = value as Partial<RepairModelData> | null
  return typeof v === 'object' && v !== null && v.version === 1 && typeof v.lm === 'object' && v.lm !== null && typeof v.channel === 'object' && v.channel !== null
}
