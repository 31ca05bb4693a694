import type {Block, VanbanDocument} from '@vanban/core'
import type {Encoding} from './legacy/detect.ts'
import {normalizeTextDetailed} from './normalize-text.ts'
import type {NormalizeTextOptions} from './normalize-text.ts'
import {isPageFurniture} from './page-furniture.ts'

export interface NormalizeOptions {
  /**
   * Diacritic repair: `auto` repairs only paragraphs that look broken, `always`
   * every paragraph, `never` none. Repaired blocks get `provenance.repaired`.
   * @default 'auto'
   */
  readonly repair?: 'auto' | 'always' | 'never'
  /**
   * Source encoding: `auto` detects TCVN3, VNI and VIQR per block.
   * @default 'auto'
   * @example normalizeDocument(doc, {encoding: 'tcvn3'})
   */
  readonly encoding?: 'auto' | Encoding
  /**
   * Tone placement in open `oa`/`oe`/`uy` rhymes: `keep` as written, `old`
   * (`hòa`) or `new` (`hoà`).
   * @default 'keep'
   */
  readonly toneStyle?: 'keep' | 'old' | 'new'
}

const encodingNames: Readonly<Record<Encoding, string>> = {
  unicode: 'Unicode',
  tcvn3: 'TCVN3 (ABC)',
  vni: 'VNI',
  viqr: 'VIQR'
}

/**
 * Document → Document with clean Unicode Vietnamese in every text block and
 * table cell: legacy encodings decoded, Unicode forms folded, whitespace
 * cleaned, page-number paragraphs moved to their page's furniture, then the
 * diacritic repair. The input is not modified.
 */
export function normalizeDocument(doc: VanbanDocument, options: NormalizeOptions = {}): VanbanDocument {
  const textOptions: NormalizeTextOptions = {
    encoding: options.encoding ?? 'auto',
    toneStyle: options.toneStyle ?? 'keep',
    repair: options.repair ?? 'auto'
  }
  const cellOptions: NormalizeTextOptions = {...textOptions, keepLineBreaks: true}
  const pages = doc.pages.map((page) => ({...page, furniture: [...page.furniture]}))
  const converted = new Map<Encoding, number>()
  const count = (encodings: Encoding[]) => {
    for (const e of encodings) converted.set(e, (converted.get(e) ?? 0) + 1)
  }
  const blocks: Block[] = []
  for (const block of doc.blocks) {
    if (block.kind === 'table') {
      let repaired = false
      const warnings: string[] = []
      const cell = (text: string): string => {
        const r = normalizeTextDetailed(text, cellOptions)
        count(r.converted)
        repaired ||= r.repaired
        warnings.push(...r.warnings)
        return r.text
      }
      const header = block.header.map(cell)
      const rows = block.rows.map((row) => ({...row, cells: row.cells.map(cell)}))
      blocks.push(withRepair({...block, header, rows}, repaired, warnings))
      continue
    }
    const r = normalizeTextDetailed(block.text, textOptions)
    count(r.converted)
    if ((block.kind === 'paragraph' || block.kind === 'line') && isPageFurniture(r.text)) {
      const page = pages.find((p) => p.number === block.provenance.page)
      page?.furniture.push(r.text)
      continue
    }
    if (r.text === '' && block.text.trim() === '') continue
    blocks.push(withRepair({...block, text: r.text}, r.repaired, r.warnings))
  }
  const warnings = [...doc.warnings]
  for (const [encoding, n] of converted) {
    warnings.push(`${n} paragraph${n === 1 ? '' : 's'} converted from ${encodingNames[encoding]} to Unicode`)
  }
  return {...doc, pages, blocks, warnings}
}

function withRepair<B extends Block>(block: B, repaired: boolean, warnings: string[]): B {
  if (!repaired && warnings.length === 0) return block
  const out: B = {...block}
  if (repaired) out.provenance = {...block.provenance, repaired: true}
  if (warnings.length) out.warnings = [...(block.warnings ?? []), ...warnings]
  return out
}
