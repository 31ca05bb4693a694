/**
 * Minimal PDFs for tests and fixture scripts: one page per entry — Helvetica
 * text lines (ASCII), a raw content stream (with its filter, e.g. a flate
 * bomb), or `null` for a page with no content at all.
 */
export type PdfPage = readonly string[] | {readonly content: Uint8Array; readonly filter?: string} | null

export function makePdf(pages: readonly PdfPage[], mediaBox = '0 0 595 842'): Buffer {
  const objects: Buffer[] = []
  const add = (body: string | Buffer) => objects.push(typeof body === 'string' ? Buffer.from(body, 'latin1') : body) // object number = index + 1
  add('<< /Type /Catalog /Pages 2 0 R >>')
  add('') // Pages, filled in once the kids are known
  add('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>')
  const kids: number[] = []
  for (const page of pages) {
    let resources = ''
    let contents = ''
    if (page) {
      const stream: {content: Uint8Array; filter?: string} = Array.isArray(page) ? {content: Buffer.from(textOperators(page), 'latin1')} : (page as {content: Uint8Array; filter?: string})
      const filter = stream.filter ? ` /Filter ${stream.filter}` : ''
      add(Buffer.concat([Buffer.from(`<< /Length ${stream.content.length}${filter} >>\nstream\n`, 'latin1'), stream.content, Buffer.from('\nendstream', 'latin1')]))
      contents = ` /Contents ${objects.length} 0 R`
      resources = ' /Resources << /Font << /F1 3 0 R >> >>'
    }
    add(`<< /Type /Page /Parent 2 0 R${resources}${contents} >>`)
    kids.push(objects.length)
  }
  objects[1] = Buffer.from(`<< /Type /Pages /MediaBox [${mediaBox}] /Count ${kids.length} /Kids [${kids.map((k) => `${k} 0 R`).join(' ')}] >>`, 'latin1')
  const parts: Buffer[] = [Buffer.from('%PDF-1.4\n', 'latin1')]
  let length = parts[0]!.length
  const offsets: number[] = []
  objects.forEach((object, i) => {
    offsets.push(length)
    const part = Buffer.concat([Buffer.from(`${i + 1} 0 obj\n`, 'latin1'), object, Buffer.from('\nendobj\n', 'latin1')])
    parts.push(part)
    length += part.length
  })
  let tail = `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`
  tail += offsets.map((offset) => `${String(offset).padStart(10, '0')} 00000 n \n`).join('')
  tail += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${length}\n%%EOF\n`
  parts.push(Buffer.from(tail, 'latin1'))
  return Buffer.concat(parts)
}

/** Content-stream operators that print `lines` in 12-point Helvetica from the top left. */
export function textOperators(lines: readonly string[]): string {
  return lines.map((line, i) => `BT /F1 12 Tf 72 ${770 - 18 * i} Td (${line.replace(/[\\()]/g, '\\$&')}) Tj ET`).join('\n')
}
