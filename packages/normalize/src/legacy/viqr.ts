import {viqrModifiers, viqrTones} from '../data/viqr.ts'

/**
 * One VIQR letter: a vowel with an optional modifier and an optional tone, or
 * `dd`/`d-` for đ, or a backslash escape. A tone mark at the end of a word is
 * a tone only when a letter follows (`Vie^.t`) or when the text around makes
 * it clearly not punctuation; see `isToneAt`.
 */
const sequence = /\\([(^+'`?~.\\dD-])|([dD])([dD]|-(?=[\p{L}]))|([aeiouyAEIOUY])([(^+])?([`'?~.])?/gu

const lineEnd = /^[ \t]*(?:\n|$)/

/**
 * Is the mark at `index` (after a vowel) a tone? Always, except a `.` or `?`
 * that ends the line: VIQR writers type `Bo^.` for `Bộ` before a capital, and
 * `ho^..` for a sentence-final `hộ.`, so only the line end is left ambiguous.
 */
function isToneAt(text: string, index: number, mark: string): boolean {
  if (mark !== '.' && mark !== '?') return true
  return !lineEnd.test(text.slice(index + 1, index + 40))
}

/**
 * VIQR → Unicode NFC.
 * @example decodeViqr('Vie^.t Nam') //=> 'Việt Nam'
 */
export function decodeViqr(text: string): string {
  return text
    .replace(
      sequence,
      (match, escaped?: string, d?: string, dSecond?: string, vowel?: string, modifier?: string, tone?: string, offset?: number) => {
        if (escaped) return escaped
        if (d && dSecond) {
          // `dd`, `DD`, `Dd`, `d-`: the case of the first letter decides.
          return d === 'D' ? 'Đ' : 'đ'
        }
        if (!vowel) return match
        let out = vowel
        const lower = vowel.toLowerCase()
        let consumed = 1
        if (modifier) {
          const fits = modifier === '^' ? 'aeo'.includes(lower) : modifier === '(' ? lower === 'a' : 'ou'.includes(lower)
          if (!fits) return match
          out += viqrModifiers[modifier]
          consumed++
        }
        let tail = ''
        if (tone) {
          const at = (offset ?? 0) + consumed
          if (isToneAt(text, at, tone)) out += viqrTones[tone]
          else tail = tone
        }
        return out + tail
      }
    )
    .normalize('NFC')
}

const toneToMark = new Map(Object.entries(viqrTones).map(([mark, comb]) => [comb, mark]))
const modifierToMark = new Map(Object.entries(viqrModifiers).map(([mark, comb]) => [comb, mark]))
const viqrMark = /[(^+'`?~.\\]/

/**
 * Unicode → VIQR. A literal mark after a vowel (`Ha.` at a sentence end) is
 * escaped with `\` so decoding gives it back.
 * @example encodeViqr('Việt Nam') //=> 'Vie^.t Nam'
 */
export function encodeViqr(text: string): string {
  let out = ''
  let lastWasVowel = false
  for (const ch of text.normalize('NFC')) {
    if (ch === 'đ' || ch === 'Đ') {
      out += ch === 'đ' ? 'dd' : 'DD'
      lastWasVowel = false
      continue
    }
    const nfd = ch.normalize('NFD')
    const base = nfd[0]
    if (/[aeiouyAEIOUY]/.test(base)) {
      let modifiers = ''
      let tones = ''
      for (const mark of nfd.slice(1)) {
        const m = modifierToMark.get(mark)
        const t = toneToMark.get(mark)
        if (m) modifiers += m
        else if (t) tones += t
      }
      out += base + modifiers + tones
      lastWasVowel = true
      continue
    }
    if (lastWasVowel && viqrMark.test(ch)) out += '\\'
    // `d` before `d` or `-` would read as đ.
    else if ((ch === 'd' || ch === 'D' || ch === '-') && /[dD]$/.test(out) && !/\\[dD]$/.test(out)) out += '\\'
    out += ch
    lastWasVowel = false
  }
  return out
}
