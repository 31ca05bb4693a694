/** One recognised word: its text, confidence (0–100) and box in image pixels. */
export interface OcrWord {
  text: string
  confidence: number
  bbox: {x0: number; y0: number; x1: number; y1: number}
}

/** The words of one line, as tesseract segmented the page. */
export interface OcrLine {
  words: OcrWord[]
}

/**
 * tesseract's TSV output → lines of words. The TSV carries exactly what vanban
 * uses of the `blocks` output (word boxes, confidences, line membership), and
 * asking for it instead is measurably faster: `blocks` also builds and sends
 * every symbol and choice of the page across the worker boundary.
 * Columns: level page block par line word left top width height conf text.
 */
export function parseTesseractTsv(tsv: string): OcrLine[] {
  const lines: OcrLine[] = []
  let key = ''
  for (const row of tsv.split('\n')) {
    const cells = row.split('\t')
    // Level 5 is a word; other levels (page, block, paragraph, line) carry no text. The CLI adds a header row.
    if (cells.length < 12 || cells[0] !== '5') continue
    const [, , block, paragraph, line, , left, top, width, height, confidence] = cells.map(Number)
    const text = cells.slice(11).join('\t')
    const lineKey = `${block}/${paragraph}/${line}`
    if (lineKey !== key || lines.length === 0) {
      lines.push({words: []})
      key = lineKey
    }
    lines.at(-1)!.words.push({text, confidence: confidence!, bbox: {x0: left!, y0: top!, x1: left! + width!, y1: top! + height!}})
  }
  return lines
}
