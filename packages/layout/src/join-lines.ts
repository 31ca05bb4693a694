/**
 * Joins a wrapped line to the text before it. Vietnamese words are single
 * syllables separated by spaces, so text is almost never hyphenated to wrap:
 * a hyphen at a line end is part of the text (`57-` + `NQ/TW`, `2025-` +
 * `2030`) and is kept, the two parts glued. A spaced dash (`kinh tế -` +
 * `xã hội`) stays spaced. Only a split that is clearly a foreign word
 * (`tech-` + `nology`: lowercase ASCII on both sides, no Vietnamese syllable
 * break possible) loses its hyphen.
 */
export function joinWrapped(before: string, after: string): string {
  if (before === '') return after
  if (after === '') return before
  const last = before.charCodeAt(before.length - 1)
  if (last === 45 /* - */ || last === 0x2010 /* ‐ */) {
    const prev = before.charCodeAt(before.length - 2)
    if (prev === 32) return `${before} ${after}`
    if (isSplitForeignWord(before, after)) return before.slice(0, -1) + after
    return before + after
  }
  // A narrow time column wraps inside a date's year (`Trước ngày 31/3/20` + `28`): the digits go together.
  const year = splitYear.exec(before)
  const rest = year ? /^\d{1,3}(?!\d)/.exec(after) : null
  if (year && rest && Number(year[1]) <= 12 && year[2]!.length + rest[0].length === 4) return before + after
  return `${before} ${after}`
}

/** A date (`31/3/20`, `11/202`) whose year the line end cut: its month, the year's first digits. */
const splitYear = /(?:^|[^\d/])(?:\d{1,2}\/)?(\d{1,2})\/(\d{1,3})$/

const asciiLower = /^[a-z]{3,}$/
const vowels = /[aeiouy]/

function isSplitForeignWord(before: string, after: string): boolean {
  const left = before.slice(before.lastIndexOf(' ') + 1, -1)
  const spaceAt = after.indexOf(' ')
  const right = (spaceAt < 0 ? after : after.slice(0, spaceAt)).replace(/[.,;:!?)]+$/, '')
  // A Vietnamese syllable is never longer than 7 letters and never hyphen-split;
  // lowercase ASCII fragments whose join is longer than any syllable are a split word.
  return asciiLower.test(left) && asciiLower.test(right) && vowels.test(left) && left.length + right.length > 8
}
