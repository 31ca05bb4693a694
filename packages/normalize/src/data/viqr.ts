/**
 * VIQR (Vietnamese Quoted-Readable, RFC 1456): ASCII only — a vowel followed
 * by a modifier `(` breve, `^` circumflex, `+` horn, then a tone `'` sắc,
 * `` ` `` huyền, `?` hỏi, `~` ngã, `.` nặng; `dd` (and the common `d-`) for đ;
 * `\` before a mark keeps it literal.
 *
 * Source: RFC 1456 "Conventions for Encoding the Vietnamese Language" (1993).
 */
export const viqrModifiers: Readonly<Record<string, string>> = {'(': '\u0306', '^': '\u0302', '+': '\u031B'}

export const viqrTones: Readonly<Record<string, string>> = {
  "'": '\u0301', '`': '\u0300', '?': '\u0309', '~': '\u0303', '.': '\u0323'
}
