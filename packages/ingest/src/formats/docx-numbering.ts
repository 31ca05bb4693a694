import {bulletText, formatNumber} from './list-numbering.ts'
import {child, elements, isOn, parseXml, type Element} from './xml.ts'
import type {WordStyle} from './docx-styles.ts'

interface Level {
  start: number
  format: string
  /** `%1.`, `%1.%2.`, `%1)`, a bullet character. */
  text: string
  /** `w:isLgl`: every counter in the text printed as a decimal. */
  legal: boolean
  /** The level whose new item restarts this one (`w:lvlRestart`, 1-based); default: any higher level. */
  restart?: number
}

interface Num {
  abstractId: string
  /** Level overrides of this list instance: a new start, or a whole new level. */
  starts: Map<number, number>
  levels: Map<number, Level>
}

/**
 * Word's automatic list numbering, replayed in document order so each
 * numbered paragraph gets the marker a reader sees (`1.`, `a)`, `1.2.`, `-`).
 * Counters belong to the abstract list, as in Word: two list instances of one
 * abstract list continue each other unless an instance overrides its start.
 */
export class Numbering {
  private readonly abstracts = new Map<string, Map<number, Level>>()
  /** Abstract lists that defer to a numbering style (`w:numStyleLink`). */
  private readonly styleLinks = new Map<string, string>()
  private readonly nums = new Map<string, Num>()
  private readonly counters = new Map<string, Array<number | undefined>>()
  private readonly started = new Set<string>()

  constructor(
    xml: Uint8Array | undefined,
    private readonly styles: ReadonlyMap<string, WordStyle>
  ) {
    if (!xml) return
    for (const root of parseXml(xml)) {
      for (const el of elements(root)) {
        if (el.name === 'w:abstractNum') {
          const id = el.attribs['w:abstractNumId']
          if (id === undefined) continue
          this.abstracts.set(id, levelsOf(el))
          const link = child(el, 'w:numStyleLink')?.attribs['w:val']
          if (link !== undefined) this.styleLinks.set(id, link)
        } else if (el.name === 'w:num') {
          const id = el.attribs['w:numId']
          const abstractId = child(el, 'w:abstractNumId')?.attribs['w:val']
          if (id === undefined || abstractId === undefined) continue
          const num: Num = {abstractId, starts: new Map(), levels: new Map()}
          for (const override of elements(el).filter((e) => e.name === 'w:lvlOverride')) {
            const ilvl = Number(override.attribs['w:ilvl'] ?? 0)
            const start = child(override, 'w:startOverride')?.attribs['w:val']
            if (start !== undefined) num.starts.set(ilvl, Number(start))
            const lvl = child(override, 'w:lvl')
            if (lvl) num.levels.set(ilvl, levelOf(lvl))
          }
          this.nums.set(id, num)
        }
      }
    }
  }

  /** The marker of the next item of list `numId` at level `ilvl` (advancing the counters), or null when it has none. */
  next(numId: string, ilvl: number): string | null {
    const num = this.resolve(numId)
    if (!num) return null
    const levels = this.abstracts.get(num.abstractId) ?? new Map<number, Level>()
    const levelAt = (k: number): Level | undefined => num.levels.get(k) ?? levels.get(k)
    const level = levelAt(ilvl)
    if (!level) return null
    let counters = this.counters.get(num.abstractId)
    if (!counters) {
      counters = []
      this.counters.set(num.abstractId, counters)
    }
    if (!this.started.has(numId)) {
      this.started.add(numId)
      for (const [k, start] of num.starts) counters[k] = start - 1
    }
    const startAt = (k: number): number => num.starts.get(k) ?? levelAt(k)?.start ?? 1
    counters[ilvl] = (counters[ilvl] ?? startAt(ilvl) - 1) + 1
    for (let k = ilvl + 1; k < 9; k++) {
      const deeper = levelAt(k)
      // A deeper level restarts after any item above it, unless its lvlRestart names a level above this one (0: never).
      if (deeper?.restart === undefined || (deeper.restart !== 0 && deeper.restart >= ilvl + 1)) counters[k] = undefined
    }
    if (level.format === 'bullet') return bulletText(level.text)
    const text = level.text.replace(/%([1-9])/g, (_, d: string) => {
      const k = Number(d) - 1
      const value = counters[k] ?? startAt(k)
      const format = level.legal ? 'decimal' : (levelAt(k)?.format ?? 'decimal')
      return formatNumber(value, format)
    })
    return text.trim()
  }

  /** A list instance, following an abstract list's link to a numbering style's list. */
  private resolve(numId: string): Num | undefined {
    let num = this.nums.get(numId)
    for (let hop = 0; num && hop < 3; hop++) {
      const link = this.styleLinks.get(num.abstractId)
      const linked = link === undefined ? undefined : this.styles.get(link)?.numId
      if (linked === undefined || linked === numId) break
      const target = this.nums.get(linked)
      if (!target) break
      num = {...target, starts: new Map([...target.starts, ...num.starts]), levels: new Map([...target.levels, ...num.levels])}
    }
    return num
  }
}

function levelsOf(abstractNum: Element): Map<number, Level> {
  const levels = new Map<number, Level>()
  for (const lvl of elements(abstractNum).filter((e) => e.name === 'w:lvl')) levels.set(Number(lvl.attribs['w:ilvl'] ?? 0), levelOf(lvl))
  return levels
}

function levelOf(lvl: Element): Level {
  const restart = child(lvl, 'w:lvlRestart')?.attribs['w:val']
  const level: Level = {
    start: Number(child(lvl, 'w:start')?.attribs['w:val'] ?? 1),
    format: child(lvl, 'w:numFmt')?.attribs['w:val'] ?? 'decimal',
    text: child(lvl, 'w:lvlText')?.attribs['w:val'] ?? '',
    legal: isOn(child(lvl, 'w:isLgl'))
  }
  if (restart !== undefined) level.restart = Number(restart)
  return level
}
