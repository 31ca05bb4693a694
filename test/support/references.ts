/**
 * Turning the fixtures' clean twins into the plain text vanban should print,
 * so accuracy tests compare like with like. Used by tests and `pnpm eval`.
 */

/** The Markdown twin without its markup: emphasis, heading hashes, escapes and rules. */
export function markdownToPlainText(markdown: string): string {
  return markdown
    .split('\n')
    .filter((line) => !/^\s*-{3,}\s*$/.test(line))
    // `<br>` in a Markdown table cell (a header's line breaks) is a line break as printed.
    .map((line) => line.replace(/^#{1,6}\s+/, '').replace(/\\([*_\\#-])/g, '$1').replace(/\*+/g, '').replace(/<br\s*\/?>/gi, '\n'))
    .join('\n')
}

/**
 * The tab-separated twin as a reader sees the printed tables: HTML tags inside
 * cells removed, the header row repeated at each page printed once, and a row
 * the page break cut (its continuation starts with an empty first cell)
 * joined to the row before, column by column — the merge issue 4 asks for, so
 * both sides read each row once.
 */
export function tableTextReference(text: string): string {
  const seenHeaders = new Set<string>()
  const out: string[][] = []
  for (const line of text.replace(/<[^>]+>/g, ' ').split('\n')) {
    if (!line.includes('\t')) {
      out.push([line])
      continue
    }
    const key = line.trim()
    if (seenHeaders.has(key)) continue
    if (/^S?TT\t/i.test(key)) seenHeaders.add(key)
    const cells = line.split('\t')
    while (out.length > 0 && out.at(-1)!.join('').trim() === '') out.pop()
    const previous = out.at(-1)
    if (cells[0]!.trim() === '' && previous && previous.length === cells.length) {
      cells.forEach((cell, k) => {
        if (cell.trim() !== '') previous[k] = `${previous[k]} ${cell}`
      })
      continue
    }
    out.push(cells)
  }
  return out.map((cells) => cells.join('\t')).join('\n')
}
