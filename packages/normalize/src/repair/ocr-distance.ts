/**
 * Confusion-weighted edit distance between a clean word's letter skeleton and an OCR token:
 * the channel's own view of OCR segments as skeleton segments (`rn` → m, `cci` → cơ, `ii` → u,
 * `1` → l, `ü` → u …, each at its learned cost in nats), letters the engine dropped at their
 * drop cost, and any other substitution or insertion at a flat price. Marks are not letters
 * here: a lost or wrong mark costs what reading that letter's skeleton costs.
 */
import type {Channel} from './channel.ts'
import {skeleton} from './syllables.ts'

/** An OCR character the channel cannot read as the target letter. */
const SUBSTITUTE = 6
/** A target letter the OCR printed nothing for, where the channel knows no cheaper drop. */
const DROP = 6
const INSERT = 5
/** Distances beyond this are reported as Infinity (no caller accepts them). */
const CAP = 16
/** A marked OCR letter read as its base letter. */
const MARKED = 0.7

interface Segment {
  readonly skel: string
  readonly cost: number
}

/** An OCR token prepared once: its readings per (position, length). */
interface Prepared {
  readonly n: number
  /** segs[i * 3 + len - 1]: readings of the `len` characters at `i`. */
  readonly segs: ReadonlyArray<ReadonlyArray<Segment>>
  readonly dists: Map<string, number>
}

export class OcrDistance {
  private readonly tokens = new Map<string, Prepared>()
  private readonly segments = new Map<string, ReadonlyArray<Segment>>()
  private readonly dropCache = new Map<string, Float64Array>()
  /** DP table reused between calls (they never nest). */
  private scratch = new Float64Array(256)

  constructor(private readonly channel: Channel) {}

  /** Readings of OCR segment `o` (1–3 characters) as skeleton segments, with their costs. */
  readings(o: string): ReadonlyArray<Segment> {
    let r = this.segments.get(o)
    if (!r) {
      r = this.channel.byOcr.get(o) ?? ([...o].length === 1 ? this.channel.fallback(o) : [])
      // A marked letter stands for its own skeleton letter at a small price whatever the
      // training pairs saw: an engine that knows some Latin marks (ô ü ã é) prints them for
      // Vietnamese letters with other marks.
      const base = skeleton(o)
      if (o.length === 1 && base !== o && /^[a-z]$/.test(base)) {
        // And whatever its base letter may stand for, at that reading's cost plus the mark: an
        // engine (or a repair) that printed `ị` saw an `i`-like shape, which is often an `o`
        // (`Bị Tài chính` for Bộ Tài chính).
        const byBase = new Map(r.map((x) => [x.skel, x.cost]))
        byBase.set(base, Math.min(byBase.get(base) ?? Infinity, MARKED))
        for (const x of this.readings(base)) if (x.skel !== base) byBase.set(x.skel, Math.min(byBase.get(x.skel) ?? Infinity, x.cost + MARKED))
        r = [...byBase].map(([skel, cost]) => ({skel, cost}))
      }
      this.segments.set(o, r)
    }
    return r
  }

  private prepare(ocr: string): Prepared {
    let p = this.tokens.get(ocr)
    if (!p) {
      const o = [...ocr.normalize('NFC').toLowerCase()]
      const segs: Array<ReadonlyArray<Segment>> = []
      for (let i = 0; i < o.length; i++) {
        let seg = ''
        for (let len = 1; len <= 3; len++) {
          seg += o[i + len - 1] ?? ''
          segs.push(i + len <= o.length ? this.readings(seg) : [])
        }
      }
      if (this.tokens.size > 50_000) this.tokens.clear()
      this.tokens.set(ocr, (p = {n: o.length, segs, dists: new Map()}))
    }
    return p
  }

  /**
   * Distance of OCR token `ocr` (any case, NFC) from the word whose skeleton is `target`
   * (lower case, no marks: `co` for cơ), in nats. Identical letters cost the channel's
   * identity costs, so `distance(s, s)` is small but not 0; `excess` subtracts it.
   */
  distance(target: string, ocr: string): number {
    const p = this.prepare(ocr)
    const hit = p.dists.get(target)
    if (hit !== undefined) return hit
    const {n, segs} = p
    const m = target.length
    const width = m + 1
    const size = (n + 1) * width
    if (this.scratch.length < size) this.scratch = new Float64Array(size * 2)
    const D = this.scratch
    D.fill(Infinity, 0, size)
    D[0] = 0
    const drops = this.dropsOf(target)
    let past = false
    for (let i = 0; i <= n; i++) {
      // Costs only grow: once a whole row is past the cap, so is the end.
      let rowMin = Infinity
      for (let j = 0; j <= m; j++) if (D[i * width + j]! < rowMin) rowMin = D[i * width + j]!
      if (rowMin > CAP) {
        past = true
        break
      }
      for (let j = 0; j <= m; j++) {
        const here = D[i * width + j]!
        if (here === Infinity) continue
        if (j < m) {
          // The engine printed nothing for this letter.
          const drop = here + drops[j]!
          if (drop < D[i * width + j + 1]!) D[i * width + j + 1] = drop
        }
        if (i === n) continue
        for (let len = 1; len <= 3 && i + len <= n; len++) {
          const list = segs[i * 3 + len - 1]!
          for (let r = 0; r < list.length; r++) {
            const {skel, cost} = list[r]!
            const k = skel.length
            if (k > m - j) continue
            if (k > 0 && (target.charCodeAt(j) !== skel.charCodeAt(0) || (k === 2 && target.charCodeAt(j + 1) !== skel.charCodeAt(1)))) continue
            const at = (i + len) * width + j + k
            const v = here + cost
            if (v < D[at]!) D[at] = v
          }
        }
        // Anything else: a letter misread as another, or junk inserted.
        const ins = here + INSERT
        if (ins < D[(i + 1) * width + j]!) D[(i + 1) * width + j] = ins
        if (j < m) {
          const sub = here + SUBSTITUTE
          if (sub < D[(i + 1) * width + j + 1]!) D[(i + 1) * width + j + 1] = sub
        }
      }
    }
    const d = past ? Infinity : D[n * width + m]!
    p.dists.set(target, d)
    return d
  }

  private dropsOf(target: string): Float64Array {
    let d = this.dropCache.get(target)
    if (!d) {
      d = new Float64Array(target.length)
      for (let j = 0; j < target.length; j++) d[j] = this.channel.dropCost.get(target[j]!) ?? DROP
      this.dropCache.set(target, d)
    }
    return d
  }

  /** `distance` above what a perfect reading of the target's own letters costs (≥ 0 mostly). */
  excess(target: string, ocr: string): number {
    return this.distance(target, ocr) - this.distance(target, target)
  }
}
