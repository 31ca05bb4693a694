/**
 * List markers of Vietnamese administrative documents (Nghị định 30/2020/NĐ-CP
 * on document form: parts I., II.; items 1., 2.; points a), b) … đ) …; dashes
 * `-` and `+` for indents), plus `(1)` enumerations used inside paragraphs and
 * cells and `•` bullets from word processors.
 */
export const listMarkerPattern =
  /^(?:[IVXLC]+\.|\d{1,3}(?:\.\d{1,3})*\.(?!\d)|\d{1,2}(?:\.\d{1,2})+(?=\s)|[a-zđ]\)|\(\d{1,3}\)|\([a-zđ]\)|[-+•–*])(?=\s|$)/u

/** Markers that mark a real line break inside a table cell (bullets, enumerations). */
export const cellBreakPattern = /^(?:[-+•–*]|\(\d{1,3}\)|[a-zđ]\))(?=\s)/u
