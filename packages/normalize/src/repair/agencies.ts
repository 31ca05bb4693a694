/**
 * Agency names from the gazetteer (`src/data/agencies.ts`) found in OCR-damaged word runs.
 * The names sit in a trie of word skeletons; a run of OCR tokens walks it, each step priced by
 * the confusion-weighted distance of the token from the name's word (`ocr-distance.ts`), so
 * `Van phông Trung u'ang Dáng` reaches Văn phòng Trung ương Đảng while a run that only starts
 * like a name is cut early.
 */
import {AGENCIES} from '../data/agencies.ts'
import type {AgencyEntry} from '../data/agencies.ts'
import {OcrDistance} from './ocr-distance.ts'
import {isSyllable, newStyle, skeleton} from './syllables.ts'

export interface AgencyMatch {
  /** The name as the gazetteer spells it (old tone style: `Ủy ban`, `Văn hóa`). */
  readonly name: string
  readonly entry: AgencyEntry
  /** How many OCR words the name covers. */
  readonly words: number
  /** Confusion-weighted distance of the printed letters above a perfect reading, in nats (0: only case or marks differ). */
  readonly distance: number
  /**
   * True when the reading is close (lost or wrong marks, a cheap confusion or two) and no
   * other name is nearly as close; an uncertain match should be checked by a person.
   */
  readonly certain: boolean
  /** How much further (nats) the nearest other name of as many words is; Infinity when none is. */
  readonly margin: number
}

export interface MatchOptions {
  /** Whether the words from index `end` on read `chủ trì` / `phối hợp`. */
  readonly followedBy?: (end: number) => boolean
  /**
   * The first token is known to be a plausible first word (a name's first word is among its
   * candidate readings): its letters are compared with the names' first words.
   */
  readonly opens?: boolean
  /**
   * The words as a decoder read them (lower case), one per token: a step onto the name's own
   * word costs nothing, and a name opens only on its own first word there.
   */
  readonly decoded?: readonly (string | undefined)[]
  /**
   * Only the names' own words, no distance: for text whose letters are intact (marks
   * stripped), where the decoder already reads every word of a name right or not at all.
   */
  readonly exact?: boolean
  /**
   * Whether the token at `at` may be read as a word of skeleton `skeleton` (it is among the
   * decoder's candidates): where a name can go on in several ways, only such words are
   * measured; where it has one or two ways left (`Trung` → ương), any token is.
   */
  readonly readsAs?: (at: number, skeleton: string) => boolean
}

interface Node {
  /** Skeleton of the word leading here. */
  readonly skeleton: string
  /** Children by the lower-case full form of their word, both tone styles (a clean word costs nothing). */
  readonly exact: Map<string, Node>
  readonly children: Map<string, Node>
  /** Children by the first letter of their skeleton (filled after the trie is built). */
  readonly byInitial: Map<string, Array<[string, Node]>>
  /** Names ending here. */
  readonly names: AgencyEntry[]
}

const wordsOf = new Map<string, readonly string[]>()

/** The name's words as matched: punctuation (`,` `-`) is not a word. Cached: names are few. */
export function nameWords(name: string): readonly string[] {
  let hit = wordsOf.get(name)
  if (!hit) {
    const words: string[] = []
    for (const w of name.split(/\s+/)) {
      const word = w.replace(/^[^\p{L}\d]+|[^\p{L}\d]+$/gu, '')
      if (word !== '') words.push(word)
    }
    wordsOf.set(name, (hit = words))
  }
  return hit
}

/** Most a single word may differ; a larger step means another word. */
const WORD_LIMIT = 7
/** Most the first word may differ: the head (Bộ, Ủy, Sở …) anchors the match. */
const HEAD_LIMIT = 4
/** Budget of a whole name: a base plus a share per word. */
const BASE_BUDGET = 2.5
const WORD_BUDGET = 1.6
/** Extra budget when the run is followed by `chủ trì` / `phối hợp`: an agency is expected there. */
const CONTEXT_BONUS = 3
const CERTAIN_DISTANCE = 1.6
const CERTAIN_MARGIN = 3

/** `tokenOpens`: the token is a name's first word as printed; a capitalised word no syllable. */
const HEAD = 1
const UNREAD_CAPITAL = 2

/** A place name alone (Lạng Sơn) is matched only capitalised and close: it is also ordinary words. */
const PLACE_LIMIT = 2.5

export class AgencyIndex {
  private readonly root: Node = {skeleton: '', exact: new Map(), children: new Map(), byInitial: new Map(), names: []}
  private readonly openers = new Map<string, number>()
  private readonly initialsCache = new Map<string, readonly string[]>()

  constructor(
    readonly distance: OcrDistance,
    entries: readonly AgencyEntry[] = AGENCIES
  ) {
    for (const entry of entries) {
      const words = nameWords(entry.name)
      // A one-word name (Huế) is a common word too often: names need two words.
      if (words.length < 2) continue
      let node = this.root
      for (const w of words) {
        const k = skeleton(w)
        let next = node.children.get(k)
        if (!next) node.children.set(k, (next = {skeleton: k, exact: new Map(), children: new Map(), byInitial: new Map(), names: []}))
        node.exact.set(w.toLowerCase(), next).set(newStyle(w.toLowerCase()), next)
        node = next
      }
      node.names.push(entry)
    }
    const group = (node: Node): void => {
      for (const [k, child] of node.children) {
        const list = node.byInitial.get(k[0]!) ?? []
        list.push([k, child])
        node.byInitial.set(k[0]!, list)
        group(child)
      }
    }
    group(this.root)
  }

  /** Skeleton letters the token's first one to three characters may stand for. */
  private initials(token: string): readonly string[] {
    let hit = this.initialsCache.get(token)
    if (!hit) {
      const chars = [...token.toLowerCase()]
      const out = new Set<string>()
      let seg = ''
      for (let len = 1; len <= 3 && len <= chars.length; len++) {
        seg += chars[len - 1]!
        for (const r of this.distance.readings(seg)) if (r.skel !== '') out.add(r.skel[0]!)
      }
      if (this.initialsCache.size > 50_000) this.initialsCache.clear()
      this.initialsCache.set(token, (hit = [...out]))
    }
    return hit
  }

  /** Whether the token may open a name (cheap test before a walk), cached per token. */
  private mayOpen(token: string): boolean {
    let ok = this.openers.get(token)
    if (ok === undefined) {
      ok = 0
      search: for (const initial of this.initials(token)) {
        for (const [k] of this.root.byInitial.get(initial) ?? []) {
          if (Math.abs(k.length - token.length) <= 3 && this.distance.excess(k, token) <= HEAD_LIMIT) {
            ok = 1
            break search
          }
        }
      }
      if (this.openers.size > 50_000) this.openers.clear()
      this.openers.set(token, ok)
    }
    return ok === 1
  }

  /** Skeletons of the words names start with (bo, ban, uy, van …). */
  get heads(): ReadonlySet<string> {
    return (this.headSet ??= new Set(this.root.children.keys()))
  }

  private headSet: Set<string> | undefined

  /** Whether a name may open on this word as decoded (or printed): cheap, no distance. */
  /** Whether a lower-case word is some name's first word. */
  isHead(word: string): boolean {
    return this.root.exact.has(word)
  }

  opensOn(decoded: string | undefined, token: string, exact = false): boolean {
    if (decoded !== undefined && this.root.exact.has(decoded)) return true
    const t = this.tokenOpens(token)
    return t === HEAD || (!exact && t === UNREAD_CAPITAL)
  }

  /** What the token alone says of opening a name, cached: it is asked of every word of a run. */
  private tokenOpens(token: string): number {
    let t = this.tokenOpensCache.get(token)
    if (t === undefined) {
      t = this.root.exact.has(token.toLowerCase()) ? HEAD : /^\p{Lu}/u.test(token) && !isSyllable(token) ? UNREAD_CAPITAL : 0
      if (this.tokenOpensCache.size > 50_000) this.tokenOpensCache.clear()
      this.tokenOpensCache.set(token, t)
    }
    return t
  }

  private readonly tokenOpensCache = new Map<string, number>()

  /**
   * The best name starting at `tokens[start]`, or null. `followedBy` tells whether the run
   * after a candidate end looks like `chủ trì` / `phối hợp` (a caller-supplied test, since the
   * tokens after the name are OCR too). `opens`: the caller already knows the token may be a
   * name's first word (the repair reads it off its candidates), so the head test is skipped.
   */
  matchAt(tokens: readonly string[], start: number, options: MatchOptions = {}): AgencyMatch | null {
    const followedBy = options.followedBy
    if (!options.opens && !options.decoded && !this.mayOpen(tokens[start]!)) return null
    const found: Array<{entry: AgencyEntry; words: number; cost: number; letters: number}> = []
    const maxBudget = (k: number): number => BASE_BUDGET + WORD_BUDGET * k + CONTEXT_BONUS
    const decoded = options.decoded
    // `cost` decides whether a name matches (a word the decoder read as the name's own is free);
    // `letters` is the distance of the printed letters alone, which decides certainty.
    const walk = (node: Node, at: number, cost: number, letters: number): void => {
      if (node.names.length) for (const entry of node.names) found.push({entry, words: at - start, cost, letters})
      if (at >= tokens.length) return
      const token = tokens[at]!
      const lower = token.toLowerCase()
      const printed = node.exact.get(lower)
      const exact = printed ?? (decoded?.[at] !== undefined ? node.exact.get(decoded[at]!) : undefined)
      if (exact) walk(exact, at + 1, cost, printed ? letters : letters + Math.max(0, this.distance.excess(exact.skeleton, token)))
      // Printed as the name's own word: nothing else to try. Only decoded so (`Hli` read as
      // Hải): the letters may still spell another name's word (Hội).
      if (printed) return
      // A decoded run opens a name only on the name's own first word, unless the first word is
      // a capitalised non-syllable the decoder could not read (`B6`, `Cci`).
      if (options.exact || (at === start && decoded && !options.opens && !(/^\p{Lu}/u.test(token) && !isSyllable(token)))) return
      const limit = at === start ? HEAD_LIMIT : WORD_LIMIT
      for (const initial of this.initials(token)) {
        for (const [k, child] of node.byInitial.get(initial) ?? []) {
          if (child === exact || Math.abs(k.length - token.length) > 4) continue
          if (options.readsAs && node.children.size > 2 && !options.readsAs(at, k)) continue
          const e = Math.max(0, this.distance.excess(k, token))
          if (e > limit || cost + e > maxBudget(at - start + 1)) continue
          walk(child, at + 1, cost + e, letters + e)
        }
      }
    }
    walk(this.root, start, 0, 0)
    let best: (typeof found)[number] | undefined
    for (const f of found) {
      const budget = BASE_BUDGET + WORD_BUDGET * f.words + (followedBy?.(start + f.words) ? CONTEXT_BONUS : 0)
      if (f.cost > budget) continue
      if (f.entry.kind === 'province' && (f.cost > PLACE_LIMIT || !/^\p{Lu}/u.test(tokens[start]!))) continue
      // The longest name wins (Ủy ban nhân dân tỉnh Lạng Sơn over Ủy ban nhân dân tỉnh), then the closest.
      if (!best || f.words > best.words || (f.words === best.words && f.cost < best.cost)) best = f
    }
    if (!best) return null
    let rival = Infinity
    for (const f of found) if (f.entry.name !== best.entry.name && f.words === best.words && f.cost < rival) rival = f.cost
    return {
      name: best.entry.name,
      entry: best.entry,
      words: best.words,
      distance: Math.round(best.letters * 100) / 100,
      certain: best.letters <= CERTAIN_DISTANCE && rival - best.cost >= CERTAIN_MARGIN,
      margin: rival - best.cost
    }
  }
}
