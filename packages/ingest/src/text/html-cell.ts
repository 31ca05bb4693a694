import {htmlEntities} from './html-entities.ts'

/**
 * Tags that converters leave inside table cells. Only these are treated as
 * markup, so a cell that really says `< 5%` or `<2025>` is left alone.
 */
const TAG = /<\/?(?:p|div|br|ul|ol|li|span|b|i|u|em|strong|sup|sub|font|a|table|tbody|thead|tr|td|th|h[1-6])\b[^<>]*\/?>/gi

/** Tags that end a line of text in the rendered cell. */
const LINE_BREAKING = /^<\/?(?:p|div|br|ul|ol|li|tr|h[1-6])\b/i

/** True when the string holds markup `htmlCellToText` would change. */
export function hasHtml(text: string): boolean {
  TAG.lastIndex = 0
  return TAG.test(text) || /&(?:#\d+|#x[0-9a-f]+|[a-z]+);/i.test(text)
}

/**
 * An HTML fragment from a cell → plain text: block tags (`<p>`, `<li>`, `<br>`,
 * lists) become line breaks (`\n`), other tags vanish, entities are decoded,
 * spaces inside a line are collapsed. Never returns raw tags.
 */
export function htmlCellToText(html: string): string {
  const withBreaks = html.replace(TAG, (tag) => (LINE_BREAKING.test(tag) ? '\n' : ''))
  return decodeEntities(withBreaks)
    .split('\n')
    .map((line) => line.replace(/[ \t\u00a0]+/g, ' ').trim())
    .filter((line) => line !== '')
    .join('\n')
}

/** `&amp;`, `&#7897;`, `&#x1EA1;` → characters; unknown names stay as written. */
export function decodeEntities(text: string): string {
  return text.replace(/&(#\d+|#x[0-9a-f]+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] === '#') {
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10)
      return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole
    }
    return htmlEntities[name.toLowerCase()] ?? whole
  })
}
