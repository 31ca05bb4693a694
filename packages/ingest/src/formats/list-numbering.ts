/**
 * List numbers as Word prints them: a counter in a number format (`w:numFmt`,
 * ECMA-376 17.18.59), and the bullets Word draws from symbol fonts as the
 * characters a reader sees.
 */

const romanDigits: [number, string][] = [
  [1000, 'm'], [900, 'cm'], [500, 'd'], [400, 'cd'], [100, 'c'], [90, 'xc'],
  [50, 'l'], [40, 'xl'], [10, 'x'], [9, 'ix'], [5, 'v'], [4, 'iv'], [1, 'i']
]

function roman(n: number): string {
  let out = ''
  let rest = n
  for (const [value, digits] of romanDigits) {
    while (rest >= value) {
      out += digits
      rest -= value
    }
  }
  return out
}

/** Word's letters: 1 → a … 26 → z, 27 → aa, 28 → bb (the letter repeated, not base 26). */
function letters(n: number): string {
  const letter = String.fromCharCode(97 + ((n - 1) % 26))
  return letter.repeat(Math.floor((n - 1) / 26) + 1)
}

/** A counter in a Word number format; unknown formats print as decimals. */
export function formatNumber(n: number, format: string): string {
  switch (format) {
    case 'none':
      return ''
    case 'decimalZero':
      return n < 10 ? `0${n}` : String(n)
    case 'lowerLetter':
      return n > 0 ? letters(n) : String(n)
    case 'upperLetter':
      return n > 0 ? letters(n).toUpperCase() : String(n)
    case 'lowerRoman':
      return n > 0 ? roman(n) : String(n)
    case 'upperRoman':
      return n > 0 ? roman(n).toUpperCase() : String(n)
    default:
      return String(n)
  }
}

/** Bullet characters kept as they are: the markers the tasks stage reads. */
const plainBullets = new Set(['-', '–', '+', '*', '•'])

/**
 * A bullet's `lvlText` → the character printed. Symbol and Wingdings bullets
 * are private-use code points (U+F0B7 is Symbol's •, U+F02D its hyphen);
 * `o` in Courier New, ▪, ●, ➢, ✓ and the like are drawn bullets, read as •.
 */
export function bulletText(lvlText: string): string {
  const ch = lvlText.trim()
  if (ch === '') return ''
  if (plainBullets.has(ch)) return ch
  if (ch === '\uf02d' || ch === '\u2212' || ch === '\u2010') return '-'
  if (ch === '\uf02b') return '+'
  return '•'
}
