import type {Block, TextBlock, VanbanDocument} from '@vanban/core'
import {documentEncoding} from './legacy/decode-legacy.ts'
import type {Encoding} from './legacy/detect.ts'
import {cleanStages, languageModelOf} from './normalize-text.ts'
import type {NormalizeTextOptions} from './normalize-text.ts'
import {carryLineWords, withLineBreaks, wordsOf} from './line-words.ts'
import {isPageFurniture} from './page-furniture.ts'
import {repairStage} from './repair-stage.ts'
import type {RepairStageOptions, RepairStageResult} from './repair-stage.ts'
import {addCounts, countWords, judgeCounts, type Brokenness, type WordCounts} from './repair/brokenness.ts'
import {tokenize} from './repair/tokenize.ts'
import type {RepairModelData} from './repair/index.ts'
import {modelKey, textMemo} from './text-memo.ts'

export interface NormalizeOptions {
  /**
   * Diacritic repair: `auto` repairs only paragraphs that look broken, `always`
   * every paragraph, `never` none. Repaired blocks get `provenance.repaired`.
   * @default 'auto'
   */
  readonly repair?: 'auto' | 'always' | 'never'
  /**
   * Source encoding: `auto` detects TCVN3, VNI and VIQR per block, unless the
   * blocks together look like OCR garbage rather than legacy text.
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
  /**
   * Repair model (language model + OCR channel), e.g. from `vanban train`.
   * @default the model shipped with the package
   */
  readonly model?: RepairModelData
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
  const repair = options.repair ?? 'auto'
  // Two passes: decoding, forms and cleanup first, so that the brokenness of
  // the whole document is judged on clean Unicode (a TCVN3 document is not
  // "broken" once decoded); then the repair, block by block, told how the
  // whole document looks — a heading or a two-word cell is too short to tell.
  const textOptions: NormalizeTextOptions = {encoding: documentEncoding(blockTexts(doc.blocks), options.encoding), toneStyle: options.toneStyle ?? 'keep', repair: 'never'}
  const cellOptions: NormalizeTextOptions = {...textOptions, keepLineBreaks: true}
  const pages = doc.pages.map((page) => ({...page, furniture: [...page.furniture]}))
  const converted = new Map<Encoding, number>()
  // Glued words are cut with the language model's help where the document may be repaired.
  const lm = repair === 'never' ? undefined : languageModelOf(options.model)
  const context = (opts: NormalizeTextOptions): string => `${opts.encoding}|${opts.toneStyle}|${opts.keepLineBreaks === true}|${lm === undefined ? 'none' : modelKey(options.model)}`
  const textContext = context(textOptions)
  const cellContext = context(cellOptions)
  const clean = (text: string, opts: NormalizeTextOptions): string => {
    const r = cleanMemo.get(opts === cellOptions ? cellContext : textContext, text, () => cleanStages(text, opts, lm))
    for (const e of r.converted) converted.set(e, (converted.get(e) ?? 0) + 1)
    return r.text
  }
  const cleaned: Block[] = []
  for (const block of doc.blocks) {
    if (block.kind === 'table') {
      const cell = (text: string) => clean(text, cellOptions)
      cleaned.push({...block, header: block.header.map(cell), rows: block.rows.map((row) => ({...row, cells: row.cells.map(cell)}))})
      continue
    }
    const text = clean(block.text, textOptions)
    if ((block.kind === 'paragraph' || block.kind === 'line') && isPageFurniture(text)) {
      pages.find((p) => p.number === block.provenance.page)?.furniture.push(text)
      continue
    }
    if (text === '' && block.text.trim() === '') continue
    cleaned.push(withText(block, text))
  }

  const blocks = repair === 'never' ? cleaned : repairBlocks(cleaned, repair, options.model)
  const warnings = [...doc.warnings]
  for (const [encoding, n] of converted) {
    warnings.push(`${n} paragraph${n === 1 ? '' : 's'} converted from ${encodingNames[encoding]} to Unicode`)
  }
  return {...doc, pages, blocks, warnings}
}

function repairBlocks(blocks: Block[], mode: 'auto' | 'always', model: RepairModelData | undefined): Block[] {
  const whole = documentBrokenness(blocks)
  const options: RepairStageOptions = {
    ...(model && {model}),
    ...(mode === 'auto' && {documentBroken: whole.broken}),
    documentStripped: whole.stripped
  }
  const context = `${mode}|${options.documentBroken}|${options.documentStripped}|${modelKey(model)}`
  const stage = (text: string): RepairStageResult => {
    const r = repairMemo.get(context, text, () => repairStage(text, mode, options))
    return r.warnings.length === 0 ? r : {...r, warnings: [...r.warnings]}
  }
  return blocks.map((block) => {
    if (block.kind === 'table') {
      let repaired = false
      const warnings: string[] = []
      const cell = (text: string): string => {
        const r = stage(text)
        repaired ||= r.changed
        warnings.push(...r.warnings)
        return r.text
      }
      const header = block.header.map(cell)
      const rows = block.rows.map((row) => ({...row, cells: row.cells.map(cell)}))
      return withRepair({...block, header, rows}, repaired, warnings)
    }
    // The repair reads each source line's start (a Roman numeral opening a table's group row, a
    // marker): it gets the lines back where they broke, and gives one paragraph back.
    const lined = withLineBreaks(block.text, block.provenance.lineWords)
    const r = stage(lined)
    const text = lined === block.text ? r.text : r.text.replace(/\n/gu, ' ')
    return withRepair(withText(block, text), r.changed, r.warnings)
  })
}

/**
 * The clean and repair stages' results per text and options (see text-memo.ts): the same text
 * under the same options gives the same result, so it is computed once.
 */
const cleanMemo = textMemo<{text: string; converted: Encoding[]}>()
const repairMemo = textMemo<RepairStageResult>()

/** Every text block's text and every table cell. */
function* blockTexts(blocks: readonly Block[]): Generator<string> {
  for (const block of blocks) {
    if (block.kind === 'table') {
      yield* block.header
      for (const row of block.rows) yield* row.cells
    } else yield block.text
  }
}

/**
 * How broken the whole document looks: the word counts of every text block and table row
 * (each row's cells as one text; not the header), summed. Each text is counted alone, as its
 * own paragraph, and its counts kept (`partCounts`): the CLI's warm-ups have counted most of a
 * long PDF's texts before the document's run (nq71: 28 of normalize's ~60 ms after the last
 * page went to this measure, tokenizing the whole document again).
 */
function documentBrokenness(blocks: readonly Block[]): Brokenness {
  const total: WordCounts = {words: 0, invalid: 0, vietnamese: 0, unmarked: 0, markedValid: 0, intact: 0}
  const add = (text: string): void => {
    addCounts(total, partCounts.get('', text, () => countWords(tokenize(text))))
  }
  for (const block of blocks) {
    if (block.kind === 'table') for (const row of block.rows) add(row.cells.join(' '))
    else add(block.text)
  }
  return judgeCounts(total)
}

const partCounts = textMemo<Readonly<WordCounts>>()

/** The block with new text; where its source lines broke (`lineWords`) is carried over to it, or dropped when it cannot be. */
function withText(block: TextBlock, text: string): TextBlock {
  const lineWords = block.provenance.lineWords
  if (lineWords === undefined || wordsOf(text).length === lineWords.reduce((a, b) => a + b, 0)) return {...block, text}
  const carried = carryLineWords(block.text, lineWords, text)
  const {lineWords: _, ...provenance} = block.provenance
  return {...block, text, provenance: carried ? {...provenance, lineWords: carried} : provenance}
}

function withRepair<B extends Block>(block: B, repaired: boolean, warnings: string[]): B {
  if (!repaired && warnings.length === 0) return block
  const out: B = {...block}
  if (repaired) out.provenance = {...block.provenance, repaired: true}
  if (warnings.length) out.warnings = [...(block.warnings ?? []), ...warnings]
  return out
}
