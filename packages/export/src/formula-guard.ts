/**
 * First characters that make a spreadsheet read a cell as a formula (OWASP,
 * "CSV Injection"): `=`, `+`, `-` and `@` start one in Excel, LibreOffice and
 * Google Sheets; a leading tab or carriage return is stripped by some of them
 * on import, exposing the character after it.
 */
const formulaStart = /^[=+\-@\t\r]/

/**
 * Text a spreadsheet would run as a formula, made inert with a leading `'`
 * (the apostrophe spreadsheets themselves use for "this is text"), as OWASP
 * recommends; any other text is returned unchanged. Task text comes from
 * documents anyone can send, so `=HYPERLINK(…)` in a notice must reach the
 * clerk as text, never as a live link or a call.
 *
 * @example
 * neutralizeFormula('=1+1') //=> "'=1+1"
 * neutralizeFormula('Bộ Tài chính') //=> 'Bộ Tài chính'
 */
export function neutralizeFormula(text: string): string {
  return formulaStart.test(text) ? `'${text}` : text
}
