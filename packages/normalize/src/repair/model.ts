/**
 * The restorer's model: language model + channel, compiled once into query structures.
 * The shipped data file is built by scripts/train-lm.ts; callers may pass their own.
 */
import defaultData from '../../data/repair-model.json' with {type: 'json'}
import {CandidateIndex} from './candidates.ts'
import type {Candidate} from './candidates.ts'
import {Channel} from './channel.ts'
import type {ChannelData} from './channel.ts'
import {LanguageModel} from './language-model.ts'
import type {LanguageModelData} from './language-model.ts'

/** Serializable model: what the data file holds and what retraining produces. */
export interface RepairModelData {
  readonly version: 1
  readonly lm: LanguageModelData
  readonly channel: ChannelData
}

const CACHE_LIMIT = 50_000

export class RepairModel {
  readonly lm: LanguageModel
  readonly channel: Channel
  readonly index: CandidateIndex
  // Tokens repeat across a document and across documents; the search is the costly part.
  private readonly cache = new Map<string, Candidate[]>()

  constructor(readonly data: RepairModelData) {
    this.lm = new LanguageModel(data.lm)
    this.channel = new Channel(data.channel)
    this.index = new CandidateIndex(this.channel, this.lm)
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
}

const compiled = new WeakMap<RepairModelData, RepairModel>()

/** Compiles (once per data object) a model for `repairText`. */
export function loadRepairModel(data: RepairModelData): RepairModel {
  let m = compiled.get(data)
  if (!m) compiled.set(data, (m = new RepairModel(data)))
  return m
}

/** The shipped model, trained on the clean texts in fixtures/ (see scripts/train-lm.ts). */
export function defaultRepairModel(): RepairModel {
  return loadRepairModel(defaultData as unknown as RepairModelData)
}
