/**
 * Candidate syllables for one OCR token: a best-first walk of the skeleton trie driven by the
 * channel's OCR-side rules (so `vii` reaches `vu` through `ii` → `u`), then every full form of
 * each skeleton reached is rescored exactly with the channel, character by character.
 */
import type {Channel} from './channel.ts'
import type {LanguageModel} from './language-model.ts'
import {generateSyllables, skeleton} from './syllables.ts'

export interface Candidate {
  /** Lower-case syllable. */
  readonly text: string
  /** Language-model id, −1 when the model never saw it. */
  readonly id: number
  /** Channel cost in nats. */
  readonly cost: number
}

interface Align {
  readonly start: number
  readonly len: number
  readonly ocr: string
  readonly prev: Align | null
}

interface State {
  node: number
  cost: number
  depth: number
  drops: number
  align: Align | null
}

/** Skeleton letters: a–z. */
const A = 0x61
const LETTERS = 26
/** Longer tokens are no syllable whatever the engine did. */
const MAX_TOKEN = 12
const BEAM = 24
const SPREAD = 9
const MAX_DROPS = 2
/** Skeleton letters a vowel can be (ă â → a, ê → e, ô ơ → o, ư → u). */
const VOWEL_SKELETONS = ['a', 'e', 'i', 'o', 'u', 'y']
/** Same-skeleton forms ranked this far (nats) behind the first are left out. */
const SAME_SKELETON_SPREAD = 7

/** One full form of a skeleton, with what ranking it needs precomputed. */
interface Form {
  readonly text: string
  readonly chars: readonly string[]
  /** `pairs[i]` = chars[i] + chars[i + 1]: two-letter clean segments, built once, not per rescoring. */
  readonly pairs: readonly string[]
  readonly id: number
  readonly unigram: number
}

export class CandidateIndex {
  private readonly children: Array<Map<string, number>> = [new Map()]
  private readonly terminal: Array<string | undefined> = [undefined]
  /** Each skeleton's syllables, in the order `generateSyllables` gives them. */
  private readonly spellings = new Map<string, string[]>()
  /**
   * Each skeleton's forms, built on the first search that reaches it (`formsOf`): a search
   * reaches a few dozen skeletons, and building the forms of all ~17,000 syllables up front was
   * most of the index's ~0.1 s cold construction, paid by a document with one odd word.
   */
  private readonly forms = new Map<string, Form[]>()
  /** Best (highest) unigram log-probability among each skeleton's forms: a bound for pruning. */
  private readonly bestUnigram = new Map<string, number>()
  readonly syllables: ReadonlySet<string>

  constructor(
    private readonly channel: Channel,
    private readonly lm: LanguageModel,
    extra: Iterable<string> = []
  ) {
    const all = new Set(generateSyllables())
    for (const w of extra) all.add(w)
    this.syllables = all
    for (const s of all) {
      const k = skeleton(s)
      let list = this.spellings.get(k)
      if (!list) {
        this.spellings.set(k, (list = []))
        this.insert(k)
      }
      list.push(s)
    }
    // The search steps from node to node millions of times per document: a flat table indexed
    // by node and letter (skeletons are plain a–z) instead of a Map per node.
    this.kids = new Int32Array(this.children.length * LETTERS).fill(-1)
    this.children.forEach((map, node) => {
      for (const [ch, next] of map) {
        const letter = ch.charCodeAt(0) - A
        if (letter >= 0 && letter < LETTERS) this.kids[node * LETTERS + letter] = next
      }
    })
  }

  private readonly kids: Int32Array

  /** The child of `node` along letter `code` (a char code), −1 when none. */
  private kid(node: number, code: number): number {
    const letter = code - A
    if (letter >= 0 && letter < LETTERS) return this.kids[node * LETTERS + letter]!
    // A letter outside a–z (a word given as `extra`): the Map has it.
    return this.children[node]!.get(String.fromCharCode(code)) ?? -1
  }

  /** The forms of skeleton `k` (undefined when no syllable has it), built once. */
  private formsOf(k: string): Form[] | undefined {
    let list = this.forms.get(k)
    if (list) return list
    const spellings = this.spellings.get(k)
    if (!spellings) return undefined
    list = []
    let best = -Infinity
    for (const s of spellings) {
      const id = this.lm.id(s)
      const unigram = this.lm.unigram(id)
      const chars = [...s]
      const pairs: string[] = []
      for (let i = 0; i + 1 < chars.length; i++) pairs.push(chars[i]! + chars[i + 1]!)
      list.push({text: s, chars, pairs, id, unigram})
      if (unigram > best) best = unigram
    }
    this.forms.set(k, list)
    this.bestUnigram.set(k, best)
    return list
  }

  private insert(k: string): void {
    let node = 0
    for (const ch of k) {
      let next = this.children[node]!.get(ch)
      if (next === undefined) {
        next = this.children.length
        this.children.push(new Map())
        this.terminal.push(undefined)
        this.children[node]!.set(ch, next)
      }
      node = next
    }
    this.terminal[node] = k
  }

  private walk(node: number, s: string): number {
    for (let i = 0; i < s.length && node >= 0; i++) node = this.kid(node, s.charCodeAt(i))
    return node
  }

  /** Skeletons reachable from the OCR token, each with its cheapest alignment. */
  /** Per trie node, its droppable children as flat [next, cost, …] (built on first use). */
  private readonly dropLists: Array<Float64Array | undefined> = []

  private drops(node: number): Float64Array {
    let list = this.dropLists[node]
    if (!list) {
      const flat: number[] = []
      for (const [ch, next] of this.children[node]!) {
        const dc = this.channel.dropCost.get(ch)
        if (dc !== undefined) flat.push(next, dc)
      }
      this.dropLists[node] = list = Float64Array.from(flat)
    }
    return list
  }

  /**
   * The search's beams, reused by every call (calls never nest): per position, its states in
   * the order their nodes were first reached, and where each node's state sits in that list
   * (`slots[position × nodes + node]`, index + 1, 0 when absent). A Map per position cost
   * more in hashing than the search itself.
   */
  private readonly beams: State[][] = Array.from({length: MAX_TOKEN + 1}, () => [])
  private slots = new Int32Array(0)

  private skeletons(ocr: string[]): Map<string, {cost: number; align: Align | null}> {
    const n = ocr.length
    const nodes = this.children.length
    if (this.slots.length < (n + 1) * nodes) this.slots = new Int32Array((MAX_TOKEN + 1) * nodes)
    const slots = this.slots
    const beams = this.beams
    // Cheapest cost reached at each position so far: a state dearer than it + SPREAD would be
    // cut at that position anyway, so it is never built.
    const best = new Float64Array(n + 1).fill(Infinity)
    const push = (i: number, node: number, cost: number, depth: number, drops: number, prev: Align | null, start: number, len: number, o: string | null): State | null => {
      if (cost > best[i]! + SPREAD) return null
      const beam = beams[i]!
      const at = slots[i * nodes + node]!
      if (at !== 0 && beam[at - 1]!.cost <= cost) return null
      const st = {node, cost, depth, drops, align: o === null ? prev : {start, len, ocr: o, prev}}
      // A cheaper state for a node keeps the node's place in the order (as Map.set would).
      if (at !== 0) beam[at - 1] = st
      else slots[i * nodes + node] = beam.push(st)
      if (cost < best[i]!) best[i] = cost
      return st
    }
    try {
      return this.search(ocr, push, best)
    } finally {
      for (let i = 0; i <= n; i++) {
        for (const st of beams[i]!) slots[i * nodes + st.node] = 0
        beams[i]!.length = 0
      }
    }
  }

  private search(
    ocr: string[],
    push: (i: number, node: number, cost: number, depth: number, drops: number, prev: Align | null, start: number, len: number, o: string | null) => State | null,
    best: Float64Array
  ): Map<string, {cost: number; align: Align | null}> {
    const n = ocr.length
    const beams = this.beams
    push(0, 0, 0, 0, 0, null, 0, 0, null)
    const subs: string[][] = [[], [], [], []]
    for (let len = 1; len <= 3; len++) for (let i = 0; i + len <= n; i++) subs[len]![i] = ocr.slice(i, i + len).join('')
    const out = new Map<string, {cost: number; align: Align | null}>()
    for (let i = 0; i <= n; i++) {
      // Dropped clean letters (`nhim` for `nhiệm`) consume no OCR input.
      const queue = beams[i]!.slice()
      for (let q = 0; q < queue.length; q++) {
        const st = queue[q]!
        if (st.drops >= MAX_DROPS) continue
        const list = this.drops(st.node)
        for (let k = 0; k < list.length; k += 2) {
          const ns = push(i, list[k]!, st.cost + list[k + 1]!, st.depth + 1, st.drops + 1, st.align, st.depth, 1, '')
          if (ns) queue.push(ns)
        }
      }
      // Only states within SPREAD of the cheapest survive: filter before sorting (sort is
      // stable, so the kept order — and which state wins a tie later — is the same).
      let min = Infinity
      for (const st of beams[i]!) if (st.cost < min) min = st.cost
      if (min === Infinity) continue
      const limit = min + SPREAD
      // The BEAM cheapest, in stable cost order (ties in insertion order), by insertion into
      // a short sorted list: sorting every state here was half the search's time.
      const states: State[] = []
      for (const st of beams[i]!) {
        if (st.cost > limit || (states.length === BEAM && st.cost >= states[BEAM - 1]!.cost)) continue
        let j = states.length < BEAM ? states.length : BEAM - 1
        while (j > 0 && states[j - 1]!.cost > st.cost) {
          states[j] = states[j - 1]!
          j--
        }
        states[j] = st
      }
      if (i === n) {
        for (const st of states) {
          const k = this.terminal[st.node]
          if (k !== undefined && !out.has(k)) out.set(k, {cost: st.cost, align: st.align})
        }
        break
      }
      for (let len = 1; len <= 3 && i + len <= n; len++) {
        const o = subs[len]![i]!
        const options = this.channel.byOcr.get(o) ?? (len === 1 ? this.channel.fallback(o) : undefined)
        if (!options) continue
        for (const st of states) {
          for (const {skel, cost} of options) {
            const total = st.cost + cost
            if (total > best[i + len]! + SPREAD) continue
            const node = skel.length === 0 ? st.node : skel.length === 1 ? this.kid(st.node, skel.charCodeAt(0)) : this.walk(st.node, skel)
            if (node < 0) continue
            push(i + len, node, total, st.depth + skel.length, st.drops, st.align, st.depth, skel.length, o)
          }
        }
      }
    }
    return out
  }

  /**
   * Up to `limit` forms of the token's own skeleton (`phat` → phát, phát, phạt …), ranked like
   * `candidates`: for text whose marks were stripped but whose letters are intact, where any
   * other skeleton is wrong by construction and the search would only cost time.
   */
  sameSkeleton(token: string, limit: number): Candidate[] {
    const ocr = [...token.normalize('NFC').toLowerCase()]
    const forms = this.formsOf(skeleton(token))
    if (!forms) return []
    const found: Array<Candidate & {rank: number}> = []
    for (const form of forms) {
      if (form.chars.length !== ocr.length) continue
      let cost = 0
      for (let i = 0; i < ocr.length; i++) cost += this.channel.cost(form.chars[i]!, ocr[i]!)
      found.push({text: form.text, id: form.id, cost, rank: cost - form.unigram})
    }
    found.sort((a, b) => a.rank - b.rank)
    // Forms far behind the best would never survive the decoder's beam.
    const cut = (found[0]?.rank ?? 0) + SAME_SKELETON_SPREAD
    return found
      .slice(0, limit)
      .filter((c) => c.rank <= cut)
      .map(({text, id, cost}) => ({text, id, cost}))
  }

  /**
   * Up to `limit` syllables spelled `onset` + one vowel letter (any of a e i o u y, any marks)
   * + `coda`, the most frequent first, at no channel cost: for a letter the OCR printed as
   * something that says nothing of the vowel it stood for (see `misread-capitals.ts`).
   */
  anyVowel(onset: string, coda: string, limit: number): Candidate[] {
    const found: Array<Candidate & {rank: number}> = []
    for (const v of VOWEL_SKELETONS) {
      for (const form of this.formsOf(onset + v + coda) ?? []) found.push({text: form.text, id: form.id, cost: 0, rank: -form.unigram})
    }
    found.sort((a, b) => a.rank - b.rank)
    return found.slice(0, limit).map(({text, id, cost}) => ({text, id, cost}))
  }

  /** Up to `limit` candidates, ranked by channel cost minus unigram log-probability. */
  candidates(token: string, limit: number): Candidate[] {
    const ocr = [...token.normalize('NFC').toLowerCase()]
    if (ocr.length > MAX_TOKEN) return []
    // Skeletons in order of their cheapest alignment; the walk cost bounds every form's cost
    // from below, so once bound − best unigram cannot beat the limit-th rank, stop.
    const skels = [...this.skeletons(ocr)].sort((a, b) => a[1].cost - b[1].cost)
    const found: Array<Candidate & {rank: number}> = []
    let worst = Infinity
    for (const [k, {cost: bound, align}] of skels) {
      const forms = this.formsOf(k)!
      if (found.length >= limit && bound - this.bestUnigram.get(k)! >= worst) continue
      for (const form of forms) {
        if (found.length >= limit && bound - form.unigram >= worst) continue
        const chars = form.chars
        let cost = 0
        for (let a = align; a; a = a.prev) cost += this.channel.cost(a.len === 1 ? chars[a.start]! : a.len === 2 ? (form.pairs[a.start] ?? chars.slice(a.start).join('')) : chars.slice(a.start, a.start + a.len).join(''), a.ocr)
        const rank = cost - form.unigram
        if (found.length >= limit && rank >= worst) continue
        found.push({text: form.text, id: form.id, cost, rank})
      }
      // The limit-th best rank so far bounds what later skeletons must beat.
      if (found.length >= limit) {
        found.sort((x, y) => x.rank - y.rank)
        found.length = limit
        worst = found[limit - 1]!.rank
      }
    }
    found.sort((a, b) => a.rank - b.rank)
    return found.slice(0, limit).map(({text, id, cost}) => ({text, id, cost}))
  }
}
