export interface CleanTextOptions {
  /**
   * Keep line breaks (table cells keep theirs as `\n`); otherwise lines are
   * joined into one paragraph line.
   * @default false
   * @example cleanText('a\n  b') //=> 'a b'
   */
  readonly keepLineBreaks?: boolean
}

// Spaces that print as a blank: NBSP, the U+2000 block, narrow NBSP, ideographic space, tab.
const oddSpace = /[\t\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]/g
// Invisible characters: zero-width space/joiners, word joiner, BOM, direction marks, C0/C1 controls.
const invisible = /[\u200B-\u200F\u2060-\u2064\uFEFF\u202A-\u202E\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g
// A soft hyphen at a line end joins the word; elsewhere it is invisible.
const softHyphenBreak = /\u00AD[ \t]*\r?\n[ \t]*/g
const softHyphen = /\u00AD/g
// A hyphen glued to a word at a line end is a compound's (`COVID-\n19`, `e-\nlearning`):
// Vietnamese syllables are never split, so keep the hyphen and drop the break. With a
// space before it (`kinh tế -\nxã hội`) it is a dash and the break becomes a space.
const hyphenBreak = /-[ \t]*(?:\r\n|\r|\n)[ \t]*/g
const wordChar = /[\p{L}\p{M}\d]/u
const lineBreak = /[ \t]*(?:\r\n|\r|\n|\u2028|\u2029)[ \t]*/g
const spaceRun = / {2,}/g
// Conservative punctuation spacing: only a space before , ; ! ? ) ] and after ( [ —
// never around `-` (kinh tế - xã hội), `/` (57-NQ/TW, 16/3/2026) or `.` and `:` (1.000, 8:30).
const spaceBeforeClosing = / +([,;!?)\]])/g
const spaceAfterOpening = /([([]) +/g
const needsWork = /[\t\u00A0\u1680\u2000-\u200F\u202A-\u202F\u205F\u2060-\u2064\u3000\uFEFF\u00AD\u0000-\u0009\u000B-\u001F\u007F-\u009F\r\u2028\u2029]| {2}|^ | $|\n | \n| [,;!?)\]]|[([] /

function joinHyphen(match: string, offset: number, whole: string): string {
  const before = whole[offset - 1]
  const after = whole[offset + match.length]
  return before && after && wordChar.test(before) && wordChar.test(after) ? '-' : match
}

/**
 * Whitespace and invisible-character cleanup: odd spaces → one space, zero-width
 * characters and soft hyphens removed, runs of spaces collapsed, lines trimmed,
 * stray spaces before closing punctuation removed. Dashes, dates and footnote
 * numbers glued to words (`tỷ đồng17.`) are left as written.
 * @example cleanText('Bộ\u00A0Tư  pháp ,') //=> 'Bộ Tư pháp,'
 */
export function cleanText(text: string, options: CleanTextOptions = {}): string {
  const keep = options.keepLineBreaks ?? false
  if (!needsWork.test(text) && (keep || !text.includes('\n'))) return text
  let out = text.replace(softHyphenBreak, '').replace(hyphenBreak, joinHyphen).replace(softHyphen, '').replace(oddSpace, ' ').replace(invisible, '')
  out = keep
    ? out.replace(lineBreak, '\n').replace(/\n{3,}/g, '\n\n')
    : out.replace(lineBreak, ' ')
  out = out.replace(spaceRun, ' ').replace(spaceBeforeClosing, '$1').replace(spaceAfterOpening, '$1')
  return out.replace(/^ +| +$/gm, '').trim()
}
