/**
 * Diacritic restoration: per paragraph, candidates per word (channel) chosen jointly with a
 * syllable trigram model by beam Viterbi. Data (numbers, codes, addresses), abbreviations,
 * punctuation, spacing and each word's capitalisation pattern are kept.
 */
import {isAbbreviationLike, brokenness} from './brokenness.ts'
import type {Candidate} from './candidates.ts'
import {ABBREVIATIONS} from './data/abbreviations.ts'
import {BOUNDARY, NUMBER, UNKNOWN} from './language-model.ts'
import {defaultRepairModel, loadRepairModel, RepairModel} from './model.ts'
import type {RepairModelData} from './model.ts'
import {skeleton} from './syllables.ts'
import {tokenize} from './tokenize.ts'

export interface RepairOptions {
  /**
   * `auto` repairs paragraphs that look broken and, elsewhere, only words that are not valid
   * syllables; `always` repairs every paragraph; `never` returns the text unchanged.
   * @default 'auto'
   */
  readonly mode?: 'auto' | 'always' | 'never'
  /** Model data (from `trainLanguageModel` + channel) or a compiled model. @default the shipped model */
  readonly model?: RepairModelData | RepairModel
  /** Weight of the channel cost against the language model. @default 1 */
  readonly channelWeight?: number
}

export interface RepairResult {
  readonly text: string
  /** True when any character changed. */
  readonly changed: boolean
  /** Mean confidence (0–1) of the words that were changed; 1 when nothing changed. */
  readonly confidence: number
  /** Paragraph indexes (0-based, split on blank lines) that were repaired. */
  readonly repairedParagraphs: readonly number[]
  /** Low-confidence choices, one line each. */
  readonly warnings: readonly string[]
}

const LIMIT = 8
const BEAM = 8
const KEEP_COST = 7
const WARN_BELOW = 0.55
const MAX_WARNINGS = 30

const ABBR_BY_SKELETON = new Map(ABBREVIATIONS.map((a) => [skeleton(a), a]))

interface Slot {
  /** Index of the word piece in the paragraph's pieces, −1 for context-only units. */
  readonly piece: number
  readonly options: ReadonlyArray<{text: string; id: number; cost: number; keep: boolean}>
}

function restoreCase(original: string, word: string, allCaps: boolean): string {
  if (allCaps) return word.toUpperCase()
  const first = [...original][0]!
  if (first !== first.toLowerCase()) return word.charAt(0).toUpperCase() + word.slice(1)
  return word
}

const isUpperWord = (w: string): boolean => /\p{L}.*\p{L}/u.test(w) && w === w.toUpperCase()

export function repairText(text: string, options: RepairOptions = {}): RepairResult {
  const mode = options.mode ?? 'auto'
  if (mode === 'never' || text.length === 0) return {text, changed: false, confidence: 1, repairedParagraphs: [], warnings: []}
  const model = options.model instanceof RepairModel ? options.model : options.model ? loadRepairModel(options.model) : defaultRepairModel()
  const weight = options.channelWeight ?? 1
  const paragraphs = text.split(/(\n[ \t]*\n)/)
  const warnings: string[] = []
  const repaired: number[] = []
  let confSum = 0
  let confN = 0
  let index = -1
  const out = paragraphs.map((para) => {
    if (/^\n[ \t]*\n$/.test(para)) return para
    index++
    const full = mode === 'always' || brokenness(para).broken
    const r = repairParagraph(para, model, full, weight)
    if (r.text !== para) repaired.push(index)
    for (const c of r.confidences) {
      confSum += c.p
      confN++
      if (c.p < WARN_BELOW && warnings.length < MAX_WARNINGS) warnings.push(`low-confidence repair: "${c.from}" → "${c.to}" (${c.p.toFixed(2)})`)
    }
    return r.text
  })
  const result = out.join('')
  return {text: result, changed: result !== text, confidence: confN ? confSum / confN : 1, repairedParagraphs: repaired, warnings}
}

interface ParagraphResult {
  text: string
  confidences: Array<{from: string; to: string; p: number}>
}

function repairParagraph(para: string, model: RepairModel, full: boolean, weight: number): ParagraphResult {
  const pieces = tokenize(para)
  const lm = model.lm
  const boundary = lm.id(BOUNDARY)
  const slots: Slot[] = [{piece: -1, options: [{text: '', id: boundary, cost: 0, keep: true}]}]
  const fixed = (id: number): void => {
    slots.push({piece: -1, options: [{text: '', id, cost: 0, keep: true}]})
  }
  const words = pieces.map((p, i) => (p.kind === 'word' ? i : -1)).filter((i) => i >= 0)
  let anyVariable = false
  for (let i = 0; i < pieces.length; i++) {
    const p = pieces[i]!
    if (p.kind === 'space') continue
    if (p.kind === 'marker') {
      fixed(boundary)
      continue
    }
    if (p.kind === 'keep') {
      if (/^\d+([.,]\d+)*$/.test(p.text)) fixed(lm.id(NUMBER))
      else if (/[.;:!?]/.test(p.text)) fixed(boundary)
      else if (/\p{L}/u.test(p.text)) fixed(lm.id(UNKNOWN))
      continue
    }
    const lower = p.text.normalize('NFC').toLowerCase()
    const abbr = ABBR_BY_SKELETON.get(skeleton(p.text))
    if (isAbbreviationLike(p.text) || (abbr && p.text === p.text.toUpperCase() && p.text.length > 1)) {
      const text = abbr && full ? abbr : p.text
      slots.push({piece: i, options: [{text, id: lm.id(text.toLowerCase()), cost: 0, keep: true}]})
      continue
    }
    const valid = model.index.syllables.has(lower)
    if (!full && valid) {
      slots.push({piece: i, options: [{text: lower, id: lm.id(lower), cost: 0, keep: true}]})
      continue
    }
    const cands: Candidate[] = model.candidates(lower, LIMIT)
    const opts = cands.map((c) => ({text: c.text, id: c.id, cost: c.cost * weight, keep: c.text === lower}))
    // In a clean paragraph, an invalid word is only touched when it is plainly Vietnamese with a
    // lost or wrong mark (its skeleton is a syllable's); loan words and names stay.
    if (!full && !(opts.length && skeleton(opts[0]!.text) === skeleton(lower))) {
      slots.push({piece: i, options: [{text: lower, id: lm.id(lower), cost: 0, keep: true}]})
      continue
    }
    if (!valid) opts.push({text: lower, id: lm.id(lower), cost: KEEP_COST, keep: true})
    slots.push({piece: i, options: opts})
    anyVariable = true
  }
  fixed(boundary)
  if (!anyVariable) return {text: para, confidences: []}
  const choice = decode(slots, model)
  const result = pieces.map((p) => p.text)
  const confidences: ParagraphResult['confidences'] = []
  for (let s = 0; s < slots.length; s++) {
    const slot = slots[s]!
    if (slot.piece < 0) continue
    const opt = slot.options[choice[s]!]!
    const original = pieces[slot.piece]!.text
    if (opt.keep && opt.text.toLowerCase() === original.normalize('NFC').toLowerCase()) continue
    const at = words.indexOf(slot.piece)
    const neighbourCaps = [words[at - 1], words[at + 1]].some((w) => w !== undefined && isUpperWord(pieces[w]!.text))
    const allCaps = isUpperWord(original) && (neighbourCaps || words.length === 1)
    const text = ABBR_BY_SKELETON.has(skeleton(opt.text)) && opt.text === opt.text.toUpperCase() ? opt.text : restoreCase(original, opt.text, allCaps)
    result[slot.piece] = text
    if (slot.options.length > 1) confidences.push({from: original, to: text, p: confidence(slots, choice, s, model)})
  }
  return {text: result.join(''), confidences}
}

/** Beam Viterbi over slots with trigram context; returns the chosen option index per slot. */
function decode(slots: readonly Slot[], model: RepairModel): number[] {
  interface Hyp {
    u: number
    v: number
    score: number
    choice: number
    back: Hyp | null
  }
  const lm = model.lm
  let beam: Hyp[] = [{u: -1, v: -1, score: 0, choice: 0, back: null}]
  const V = lm.size + 1
  for (const slot of slots) {
    const next: Hyp[] = []
    const seen = new Map<number, Hyp>()
    for (const h of beam) {
      for (let c = 0; c < slot.options.length; c++) {
        const o = slot.options[c]!
        const score = h.score + lm.score(h.u, h.v, o.id) - o.cost
        // Recombine hypotheses with the same two-word history: only the best can win.
        // Unseen units (id −1) are told apart by option index.
        const key = ((h.v + 1) * V + (o.id + 1)) * 16 + (o.id < 0 ? c : 0)
        const same = seen.get(key)
        if (same) {
          if (same.score < score) {
            same.score = score
            same.choice = c
            same.back = h
          }
        } else {
          const hyp = {u: h.v, v: o.id, score, choice: c, back: h}
          seen.set(key, hyp)
          next.push(hyp)
        }
      }
    }
    next.sort((a, b) => b.score - a.score)
    beam = next.slice(0, BEAM)
  }
  const choice = new Array<number>(slots.length)
  let h: Hyp | null = beam[0]!
  for (let s = slots.length - 1; s >= 0 && h; s--, h = h.back) choice[s] = h.choice
  return choice
}

/** Local posterior of the chosen option against its rivals, neighbours held fixed. */
function confidence(slots: readonly Slot[], choice: readonly number[], s: number, model: RepairModel): number {
  const id = (k: number): number => (k >= 0 && k < slots.length ? slots[k]!.options[choice[k]!]!.id : -1)
  const local = (o: {id: number; cost: number}): number =>
    model.lm.score(id(s - 2), id(s - 1), o.id) + model.lm.score(id(s - 1), o.id, id(s + 1)) + model.lm.score(o.id, id(s + 1), id(s + 2)) - o.cost
  const scores = slots[s]!.options.map(local)
  const max = Math.max(...scores)
  let z = 0
  for (const x of scores) z += Math.exp(x - max)
  return Math.exp(scores[choice[s]!]! - max) / z
}
