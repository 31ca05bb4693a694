import {cleanText} from './clean-text.ts'
import {decodeLegacy} from './legacy/decode-legacy.ts'
import type {Encoding} from './legacy/detect.ts'
import {fixUnicodeForms} from './unicode-forms.ts'
import {fixOcrLetterForms, splitGluedCapitals, splitGluedSyllables} from './glued-capitals.ts'
import {repairStage} from './repair-stage.ts'
import {defaultRepairModel, loadRepairModel, type RepairModelData} from './repair/index.ts'
import type {LanguageModel} from './repair/language-model.ts'

export interface NormalizeTextOptions {
  /**
   * Source encoding of the text. `auto` detects TCVN3, VNI and VIQR paragraph
   * by paragraph and converts only those.
   * @default 'auto'
   * @example normalizeText('Bé Y tÕ') //=> 'Bộ Y tế'
   */
  readonly encoding?: 'auto' | Encoding
  /**
   * Tone placement in open `oa`/`oe`/`uy` rhymes: `keep` as written, `old`
   * (`hòa`, `thủy`) or `new` (`hoà`, `thuỷ`).
   * @default 'keep'
   * @example normalizeText('hoà', {toneStyle: 'old'}) //=> 'hòa'
   */
  readonly toneStyle?: 'keep' | 'old' | 'new'
  /**
   * Diacritic repair of OCR-damaged text: `auto` repairs only paragraphs that
   * look broken, `always` every paragraph, `never` none.
   * @default 'auto'
   * @example normalizeText('nhim vii', {repair: 'always'}) //=> 'nhiệm vụ'
   */
  readonly repair?: 'auto' | 'always' | 'never'
  /**
   * Keep line breaks inside the text (table cells); otherwise lines are joined.
   * @default false
   */
  readonly keepLineBreaks?: boolean
  /**
   * Repair model: language model + OCR channel, e.g. retrained on your own
   * notices with `vanban train`.
   * @default the model shipped in data/repair-model.json
   */
  readonly model?: RepairModelData
  /**
   * Whether the surrounding document looks broken, for texts too short to
   * judge alone (a heading, a table cell). `normalizeDocument` sets it.
   * @default judged from the text itself
   */
  readonly documentBroken?: boolean
}

/** What normalizing one block of text did, for provenance and warnings. */
export interface NormalizedText {
  text: string
  /** Legacy encodings converted (one entry per converted paragraph). */
  converted: Encoding[]
  /** True when the diacritic repair changed the text. */
  repaired: boolean
  warnings: string[]
}

// Text made only of printable ASCII and precomposed Vietnamese letters, with single
// spaces and no marks that the forms stage folds, needs nothing but the repair stage.
const alreadyClean =
  /^(?! )(?:[!-&(-\]_a-}\u00C0-\u00C3\u00C8-\u00CA\u00CC\u00CD\u00D2-\u00D5\u00D9\u00DA\u00DD\u00E0-\u00E3\u00E8-\u00EA\u00EC\u00ED\u00F2-\u00F5\u00F9\u00FA\u00FD\u0102\u0103\u0110\u0111\u0128\u0129\u0168\u0169\u01A0\u01A1\u01AF\u01B0\u1EA0-\u1EF9\u2013\u2014\u2018\u201C\u201D\u2026]| (?! |$))*$/
const unicodeOnly = /[\u0102\u0103\u0110\u0111\u0128\u0129\u0168\u0169\u01A0\u01A1\u01AF\u01B0\u1EA0-\u1EF9]/

/**
 * One text through every stage: legacy decoding, Unicode forms, whitespace
 * cleanup, then diacritic repair. Returns what was done alongside the text.
 */
export function normalizeTextDetailed(text: string, options: NormalizeTextOptions = {}): NormalizedText {
  const repair = options.repair ?? 'auto'
  // (The language model, built on first use, only where a repair may run: `never` loads no model.)
  const cleaned = cleanStages(text, options, repair === 'never' ? undefined : languageModelOf(options.model))
  const repaired = repairStage(cleaned.text, repair, {
    ...(options.model && {model: options.model}),
    ...(options.documentBroken !== undefined && {documentBroken: options.documentBroken})
  })
  return {text: repaired.text, converted: cleaned.converted, repaired: repaired.changed, warnings: repaired.warnings}
}

/** The shipped model's language model, or the given model's, built when first asked for. */
export const languageModelOf = (model: RepairModelData | undefined): (() => LanguageModel) => () => (model ? loadRepairModel(model) : defaultRepairModel()).lm

/**
 * The stages before the repair: legacy decoding, Unicode forms, whitespace cleanup, glued words
 * cut (`lm`: the language model that tells a common pair in a glued word, when one may be loaded).
 */
export function cleanStages(text: string, options: NormalizeTextOptions, lm: (() => LanguageModel) | undefined): {text: string; converted: Encoding[]} {
  let out = text
  let converted: Encoding[] = []
  const toneStyle = options.toneStyle ?? 'keep'
  // Fast path: one line of clean NFC text holding a Unicode-only letter (so it is not
  // TCVN3/VNI/VIQR) and nothing the forms or cleanup stages touch skips them.
  const fast = alreadyClean.test(out) && unicodeOnly.test(out)
  if (!fast || toneStyle !== 'keep') {
    const legacy = decodeLegacy(out, {encoding: options.encoding ?? 'auto'})
    out = legacy.text
    converted = legacy.converted
    out = fixUnicodeForms(out, {toneStyle})
    out = cleanText(out, {keepLineBreaks: options.keepLineBreaks ?? false})
  }
  return {text: splitGluedSyllables(splitGluedCapitals(fixOcrLetterForms(out)), lm), converted}
}

/**
 * Plain text → clean Unicode Vietnamese (see `NormalizeTextOptions`).
 * @example normalizeText('Vieät Nam  ') //=> 'Việt Nam'
 */
export function normalizeText(text: string, options: NormalizeTextOptions = {}): string {
  return normalizeTextDetailed(text, options).text
}
