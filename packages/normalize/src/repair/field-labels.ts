/**
 * A field line's label read by an engine without Vietnamese (`- Thói han: Háng tháng`, `Don vi chú
 * tri: Vu Pháp chê`): at the start of a paragraph, before its colon, a run of words whose letters
 * are those of a known label, marks aside. The label is written back as printed, and the line is
 * then repaired whole; the task parser reads fields by their labels.
 */
import {FIELD_LABELS} from './data/field-labels.ts'
import {skeleton} from './syllables.ts'

const bySkeleton = new Map<string, string>(FIELD_LABELS.map((l) => [skeleton(l), l]))

/** A paragraph's opening `Label:` and what it stands for: `- Thói han: …` → `- Thời hạn: …`. The same text when none. */
export function restoreFieldLabel(paragraph: string): string {
  const m = /^(\s*(?:[-–+•*]\s*)?)(\p{L}+(?:\s+\p{L}+){0,4})(\s*:)/u.exec(paragraph)
  if (!m) return paragraph
  const label = bySkeleton.get(skeleton(m[2]!.replace(/\s+/gu, ' ')))
  if (label === undefined || label === m[2]) return paragraph
  // The print's capital: `Thời hạn`, or `thời hạn` after a marker in lower case.
  const written = /^\p{Lu}/u.test(m[2]!) ? label : label.charAt(0).toLowerCase() + label.slice(1)
  return m[1] + written + paragraph.slice(m[1]!.length + m[2]!.length)
}
