/**
 * A field line's label read by an engine without Vietnamese (`- Thói han: Háng tháng`, `Don vi chú
 * tri: Vu Pháp chê`): at the start of a paragraph, before its colon, a run of words whose letters
 * are those of a known label, marks aside. The label is written back as printed, and the line is
 * then repaired whole; the task parser reads fields by their labels.
 */
import {FIELD_LABELS} from './data/field-labels.ts'
import type {OcrDistance} from './ocr-distance.ts'
import {skeleton} from './syllables.ts'

const bySkeleton = new Map<string, string>(FIELD_LABELS.map((l) => [skeleton(l), l]))
const labelWords = FIELD_LABELS.map((l) => ({label: l, words: skeleton(l).split(' ')}))
/**
 * Most a misread label's word may differ from the label's by OCR distance (nats), its first letter
 * kept (`Thái` for Thời: 5.8), and most the whole label may differ per word: the place (a paragraph's
 * start, before its colon) and the words together make a label, where one word alone would not.
 */
const WORD_LIMIT = 6
const LABEL_LIMIT_PER_WORD = 4

/**
 * A paragraph's opening `Label:` and what it stands for: `- Thói han: …` → `- Thời hạn: …`, and with
 * an OCR distance also a label whose letters were misread (`Thái hạn:`). The same text when none.
 */
export function restoreFieldLabel(paragraph: string, distance?: OcrDistance): string {
  const m = /^(\s*(?:[-–+•*]\s*)?)(\p{L}+(?:\s+\p{L}+){0,4})(\s*:)/u.exec(paragraph)
  if (!m) return paragraph
  const printed = m[2]!.replace(/\s+/gu, ' ')
  const label = bySkeleton.get(skeleton(printed)) ?? (distance ? nearestLabel(printed, distance) : undefined)
  if (label === undefined || label === m[2]) return paragraph
  // The print's case: `THỜI HẠN` in a heading in capitals, `Thời hạn`, or `thời hạn` in lower case.
  const written = m[2] === m[2]!.toUpperCase() && /\p{L}{2}/u.test(m[2]!) ? label.toUpperCase() : /^\p{Lu}/u.test(m[2]!) ? label : label.charAt(0).toLowerCase() + label.slice(1)
  return m[1] + written + paragraph.slice(m[1]!.length + m[2]!.length)
}

/** The label whose every word is near the printed one's (first letters equal), or undefined. */
function nearestLabel(printed: string, distance: OcrDistance): string | undefined {
  const words = printed.split(' ')
  let best: string | undefined
  let bestCost = Infinity
  for (const {label, words: target} of labelWords) {
    if (target.length !== words.length) continue
    let cost = 0
    for (let k = 0; k < words.length && cost < Infinity; k++) {
      const e = skeleton(words[k]!).charAt(0) === target[k]!.charAt(0) ? Math.max(0, distance.excess(target[k]!, words[k]!)) : Infinity
      cost = e > WORD_LIMIT ? Infinity : cost + e
    }
    if (cost <= LABEL_LIMIT_PER_WORD * words.length && cost < bestCost) [best, bestCost] = [label, cost]
  }
  return best
}
