import {child, elements, isOn, parseXml, type Element} from './xml.ts'

/** What vanban needs of a Word style, its `basedOn` chain resolved. */
export interface WordStyle {
  /** Heading level from the style (`heading 2` → 2, `Title` → 1) or its outline level. */
  level?: number
  numId?: string
  ilvl?: number
  bold?: boolean
  caps?: boolean
}

interface RawStyle extends WordStyle {
  basedOn?: string
}

/** `word/styles.xml` → style id → resolved style. */
export function readStyles(xml: Uint8Array | undefined): Map<string, WordStyle> {
  const raw = new Map<string, RawStyle>()
  if (xml) {
    for (const root of parseXml(xml)) {
      for (const style of elements(root).filter((e) => e.name === 'w:style')) {
        const id = style.attribs['w:styleId']
        if (id === undefined) continue
        const name = child(style, 'w:name')?.attribs['w:val']?.toLowerCase() ?? ''
        const pPr = child(style, 'w:pPr')
        const rPr = child(style, 'w:rPr')
        const entry: RawStyle = {}
        const basedOn = child(style, 'w:basedOn')?.attribs['w:val']
        if (basedOn !== undefined) entry.basedOn = basedOn
        const heading = /^heading\s*(\d)$/.exec(name)
        const outline = Number(child(pPr ?? style, 'w:outlineLvl')?.attribs['w:val'] ?? NaN)
        if (heading) entry.level = Number(heading[1])
        else if (name === 'title') entry.level = 1
        else if (outline >= 0 && outline < 9) entry.level = outline + 1
        const numPr = pPr && child(pPr, 'w:numPr')
        if (numPr) {
          const numId = child(numPr, 'w:numId')?.attribs['w:val']
          if (numId !== undefined) entry.numId = numId
          const ilvl = child(numPr, 'w:ilvl')?.attribs['w:val']
          if (ilvl !== undefined) entry.ilvl = Number(ilvl)
        }
        if (rPr) {
          const b = child(rPr, 'w:b')
          if (b) entry.bold = isOn(b)
          const caps = child(rPr, 'w:caps')
          if (caps) entry.caps = isOn(caps)
        }
        raw.set(id, entry)
      }
    }
  }
  const resolved = new Map<string, WordStyle>()
  const resolve = (id: string, depth: number): WordStyle => {
    const done = resolved.get(id)
    if (done) return done
    const own = raw.get(id)
    if (!own) return {}
    const base = own.basedOn !== undefined && depth < 20 ? resolve(own.basedOn, depth + 1) : {}
    const {basedOn: _, ...props} = own
    // A heading level is the style's own: a body style based on a heading style is not a heading.
    const style: WordStyle = {...base, ...props}
    if (own.level === undefined) delete style.level
    if (base.level !== undefined && own.level === undefined && /^heading/i.test(id)) style.level = base.level
    resolved.set(id, style)
    return style
  }
  for (const id of raw.keys()) resolve(id, 0)
  return resolved
}

/** Run properties that matter: bold, all caps, hidden. */
export interface RunFormat {
  bold: boolean
  caps: boolean
  hidden: boolean
}

export function runFormat(rPr: Element | undefined, inherited: RunFormat, styles: ReadonlyMap<string, WordStyle>): RunFormat {
  if (!rPr) return inherited
  const format = {...inherited}
  const rStyle = child(rPr, 'w:rStyle')?.attribs['w:val']
  const style = rStyle === undefined ? undefined : styles.get(rStyle)
  if (style?.bold !== undefined) format.bold = style.bold
  if (style?.caps !== undefined) format.caps = style.caps
  const b = child(rPr, 'w:b')
  if (b) format.bold = isOn(b)
  const caps = child(rPr, 'w:caps')
  if (caps) format.caps = isOn(caps)
  if (isOn(child(rPr, 'w:vanish')) || isOn(child(rPr, 'w:specVanish'))) format.hidden = true
  return format
}
