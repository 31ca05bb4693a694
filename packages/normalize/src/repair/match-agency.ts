/**
 * `matchAgency`: the gazetteer name an OCR'd span stands for, for callers outside the repair
 * (the task parser checking an owner it read, a clerk's tool). Same distance as the repair.
 */
import type {AgencyKind} from '../data/agencies.ts'
import {defaultRepairModel, loadRepairModel} from './model.ts'
import type {RepairModelData} from './model.ts'
import {tokenize} from './tokenize.ts'

export interface MatchAgencyOptions {
  /**
   * Match a name at the start of the span and ignore what follows (`Bộ Công an chủ trì` →
   * Bộ Công an); otherwise the whole span must be the name.
   * @default false
   */
  readonly prefix?: boolean
  /** Model whose OCR channel prices the confusions. @default the shipped model */
  readonly model?: RepairModelData
}

export interface AgencyMatchResult {
  /** The name as the gazetteer spells it (`Văn phòng Trung ương Đảng`). */
  readonly name: string
  readonly kind: AgencyKind
  /** Abolished or merged in 2025 (Bộ Kế hoạch và Đầu tư, tỉnh Hà Giang …). */
  readonly former: boolean
  /** Confusion-weighted distance of the span's letters from the name, in nats (0: only marks or case). */
  readonly distance: number
  /** Close and without a close rival: safe to use without a warning. */
  readonly certain: boolean
  /**
   * How much further (nats) the nearest other name of as many words lies; Infinity when none
   * does. A caller that knows the span names a body (an owner's place) may accept an uncertain
   * match that is long and has no close rival.
   */
  readonly margin: number
  /** Characters of the span the name covers (the whole span unless `prefix`). */
  readonly end: number
}

/**
 * The gazetteer name a span of text — clean or OCR-damaged — stands for, or null.
 * @example matchAgency('Van phông Trung uong Dãng') //=> {name: 'Văn phòng Trung ương Đảng', certain: true, …}
 * @example matchAgency('Bô Cong an chü tri', {prefix: true}) //=> {name: 'Bộ Công an', end: 10, …}
 */
export function matchAgency(span: string, options: MatchAgencyOptions = {}): AgencyMatchResult | null {
  const model = options.model ? loadRepairModel(options.model) : defaultRepairModel()
  const pieces = tokenize(span.normalize('NFC'))
  const words: string[] = []
  const ends: number[] = []
  let at = 0
  for (const p of pieces) {
    at += p.text.length
    if (p.kind === 'word') {
      words.push(p.text)
      ends.push(at)
    }
  }
  if (words.length === 0) return null
  const match = model.agencies.matchAt(words, 0)
  if (!match || (!options.prefix && match.words !== words.length)) return null
  return {
    name: match.name,
    kind: match.entry.kind,
    former: match.entry.former ?? false,
    distance: match.distance,
    certain: match.certain,
    margin: match.margin,
    end: ends[match.words - 1]!
  }
}
