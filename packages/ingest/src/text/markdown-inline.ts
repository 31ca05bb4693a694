/**
 * Inline Markdown that converters put around Vietnamese text: `**bold**`,
 * `__bold__`, `*italic*`, `_italic_` and backslash escapes (`\*`, `\-`). The
 * text is kept; the marks go. Only paired marks are removed, so a lone `*`
 * (a footnote sign) survives.
 */

/** `**x**` / `__x__` pairs. */
const BOLD = /(\*\*|__)(?=\S)([\s\S]*?\S)\1/g
/** `*x*` / `_x_` pairs not inside a word (`a_b_c` stays). */
const ITALIC = /(^|[^\p{L}\p{N}*_\\])([*_])(?=\S)([\s\S]*?\S)\2(?![\p{L}\p{N}])/gu
/** CommonMark escapable ASCII punctuation. */
const ESCAPE = /\\([!"#$%&'()*+,\-./:;<=>?@[\]^_`{|}~])/g

/** Placeholder for escaped characters while the pairs are matched (a private-use code point). */
const HOLD = '\ue000'

/** Removes `**bold**` marks only (used for plain .txt, where other marks may be real text). */
export function stripBold(text: string): string {
  return text.replace(BOLD, '$2')
}

/** Removes bold, italic and escapes from one line or block of Markdown. */
export function stripInlineMarkdown(text: string): string {
  const escaped: string[] = []
  const held = text.replace(ESCAPE, (_, ch: string) => {
    escaped.push(ch)
    return HOLD
  })
  const plain = held.replace(BOLD, '$2').replace(ITALIC, '$1$3')
  let k = 0
  return plain.replace(new RegExp(HOLD, 'g'), () => escaped[k++] ?? '')
}

/** True when the whole line is one bold span (`**PHỤ LỤC**`), the sign of a bold heading or paragraph. */
export function isWhollyBold(line: string): boolean {
  const t = line.trim()
  const m = /^(\*\*|__)(.+)\1$/.exec(t)
  return m !== null && !m[2]!.includes(m[1]!)
}
