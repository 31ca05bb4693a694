import {fromMarkdown} from 'mdast-util-from-markdown'
import {toString} from 'mdast-util-to-string'

/**
 * Inline Markdown that converters put around Vietnamese text: `**bold**`,
 * `*italic*`, escapes, links, character references. The text is kept; the
 * marks go. Only paired marks are removed, so a lone `*` (a footnote sign)
 * survives.
 */

/** `**x**` / `__x__` pairs. */
const BOLD = /(\*\*|__)(?=\S)([\s\S]*?\S)\1/g

/** Removes `**bold**` marks only (used for plain .txt, where other marks may be real text). */
export function stripBold(text: string): string {
  return text.replace(BOLD, '$2')
}

/**
 * Block constructs turned off when a line is read for its inline content: the
 * block structure (headings, list markers, tables, page breaks) is read by
 * `textToBlocks`, which knows the notices' conventions; a line here is always
 * one paragraph's text, its `1.` or `-` kept.
 */
const inlineOnly = {
  disable: {null: ['blockQuote', 'codeFenced', 'codeIndented', 'definition', 'headingAtx', 'htmlFlow', 'list', 'setextUnderline', 'thematicBreak']}
}

/**
 * One line or block of Markdown → its text, read by micromark (CommonMark):
 * emphasis and strong marks, escapes and code marks go; a link or image keeps
 * its text (`[Nghị định](https://…)` → `Nghị định`); named and numeric
 * character references are decoded (`&agrave;` → `à`); inline HTML tags go.
 */
export function stripInlineMarkdown(text: string): string {
  if (!/[*_\\`[\]<&!]/.test(text)) return text
  return toString(fromMarkdown(text, {extensions: [inlineOnly]}), {includeHtml: false})
}

/** True when the whole line is one bold span (`**PHỤ LỤC**`), the sign of a bold heading or paragraph. */
export function isWhollyBold(line: string): boolean {
  const t = line.trim()
  const m = /^(\*\*|__)(.+)\1$/.exec(t)
  return m !== null && !m[2]!.includes(m[1]!)
}
