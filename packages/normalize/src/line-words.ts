/**
 * Where a block's source lines broke (`provenance.lineWords`, the words on each line), carried over
 * a change of its text that keeps most words and splits, drops or adds a few (the cleanup cuts
 * `SởTài` in two and drops a speck `|`; the repair changes words one for one), and put back as line
 * breaks for the repair to read each line's start.
 */

/** The words of a text as `lineWords` counts them: runs of non-space. */
export const wordsOf = (text: string): string[] => text.split(/\s+/u).filter((w) => w !== '')

/** How far apart two texts may be and still share their line breaks: a word in ten changed in count. */
const MAX_CHANGE = 0.1

/**
 * The words on each line of `after`, given `before`'s words per line; null when the two differ too
 * much to tell. Words are paired in order: equal words, a word split in two (`SởTài` → `Sở Tài`),
 * a word dropped or added; any other pair counts as the same word changed.
 */
export function carryLineWords(before: string, lineWords: readonly number[], after: string): number[] | null {
  const old = wordsOf(before)
  const now = wordsOf(after)
  if (old.length !== lineWords.reduce((a, b) => a + b, 0)) return null
  if (old.length === now.length) return [...lineWords]
  if (Math.abs(old.length - now.length) > Math.max(2, MAX_CHANGE * old.length)) return null
  const lineOf: number[] = []
  lineWords.forEach((n, line) => {
    for (let k = 0; k < n; k++) lineOf.push(line)
  })
  const out = lineWords.map(() => 0)
  let i = 0
  let j = 0
  while (j < now.length) {
    const line = lineOf[Math.min(i, old.length - 1)] ?? 0
    if (i < old.length && now[j] === old[i]) {
      out[line]!++
      i++
      j++
    } else if (i < old.length && j + 1 < now.length && old[i] === now[j]! + now[j + 1]!) {
      // One word split in two.
      out[line]! += 2
      i++
      j += 2
    } else if (i + 1 < old.length && now[j] === old[i + 1]) {
      // A word dropped.
      i++
    } else if (j + 1 < now.length && now[j + 1] === old[i]) {
      // A word added.
      out[line]!++
      j++
    } else {
      out[line]!++
      i++
      j++
    }
  }
  return out.reduce((a, b) => a + b, 0) === now.length ? out : null
}

/** The paragraph with a line break where each source line ended; as it is when the words do not add up. */
export function withLineBreaks(text: string, lineWords: readonly number[] | undefined): string {
  if (lineWords === undefined) return text
  const words = wordsOf(text)
  if (words.length !== lineWords.reduce((a, b) => a + b, 0)) return text
  const lines: string[] = []
  let at = 0
  for (const n of lineWords) {
    if (n > 0) lines.push(words.slice(at, at + n).join(' '))
    at += n
  }
  return lines.join('\n')
}
