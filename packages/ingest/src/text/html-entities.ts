/**
 * Named HTML entities that converters (Word → HTML → text, web CMS exports of
 * legal documents) leave in Vietnamese text. A subset of the WHATWG list
 * (https://html.spec.whatwg.org/multipage/named-characters.html): the ones
 * seen in typography, not the thousands of mathematical names. Numeric
 * entities (`&#7897;`, `&#x1EA1;`) are decoded separately and cover the rest.
 */
export const htmlEntities: Readonly<Record<string, string>> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
  ndash: '–',
  mdash: '—',
  hellip: '…',
  laquo: '«',
  raquo: '»',
  ldquo: '“',
  rdquo: '”',
  lsquo: '‘',
  rsquo: '’',
  bull: '•',
  middot: '·',
  deg: '°',
  le: '≤',
  ge: '≥',
  ne: '≠',
  plusmn: '±',
  times: '×',
  divide: '÷',
  percnt: '%',
  sect: '§',
  copy: '©',
  reg: '®'
}
