/**
 * Turning the fixtures' clean twins into the plain text vanban should print,
 * so accuracy tests compare like with like. Used by tests and `pnpm eval`.
 */

/** The Markdown twin without its markup: emphasis, heading hashes, escapes and rules. */
export function markdownToPlainText(markdown: string): string {
  return markdown
    .split('\n')
    .filter((line) => !/^\s*-{3,}\s*$/.test(line))
    .map((line) => line.replace(/^#{1,6}\s+/, '').replace(/\\([*_\\#-])/g, '$1').replace(/\*+/g, ''))
    .join('\n')
}

/**
 * The tab-separated twin as a reader sees the printed tables: HTML tags inside
 * cells removed, and the header row repeated at each page printed once.
 */
export function tableTextReference(text: string): string {
  const seen = new Set<string>()
  return text
    .replace(/<[^>]+>/g, ' ')
    .split('\n')
    .filter((line) => {
      if (!line.includes('\t')) return true
      const key = line.trim()
      if (seen.has(key) && /^S?TT\t/i.test(key)) return false
      seen.add(key)
      return true
    })
    .join('\n')
}
