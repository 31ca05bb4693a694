import type {Block, TextBlock} from '@vanban/core'
import {capitalsHeading, ocrRomanSource, readOcrRoman} from '@vanban/core/ocr-roman'
import {isWhollyBold, stripBold, stripInlineMarkdown} from './markdown-inline.ts'
import {htmlTableBlock} from './html-table.ts'
import {cleanCell, isPipeSeparator, joinQuotedRows, readTable, rowSyntax, splitRow} from './table-text.ts'

export interface TextBlocksOptions {
  /**
   * Read Markdown syntax: `#` headings, setext underlines, `*italic*`, escapes,
   * pipe tables. Plain text only loses `**bold**` marks, which converters put
   * in .txt files too.
   * @default false
   */
  readonly markdown?: boolean
}

/**
 * Markers that open a list item in Vietnamese notices: `1.`, `1.2.`, `a)`,
 * `đ)`, `-`, `+`, `•`, `(1)`, `(a)`, `(i)`, `I.`. A marker must be followed by
 * a space, so `2025.` glued to a word or `-5%` stays text.
 */
const LIST_MARKER = /^(?:\d{1,3}(?:\.\d{1,3})*[.)]|[a-zđ]\)|[-+•–*]|\((?:\d{1,3}|[a-zđ]|[ivx]+)\)|[IVXLC]+[.)])\s+\S/u
/** A Roman numeral as OCR reads it with small letters (`Il.`, `Ill.`, `Iv.`, `Vl.`, `ll. NHIỆM VỤ`), see `@vanban/core/ocr-roman`. */
const OCR_ROMAN_MARKER = new RegExp(String.raw`^(${ocrRomanSource})[.)]\s+(?=\S)`, 'u')

/** Does a list marker open the (trimmed) line? */
function opensWithMarker(line: string): boolean {
  if (LIST_MARKER.test(line)) return true
  const ocr = OCR_ROMAN_MARKER.exec(line)
  return ocr !== null && readOcrRoman(ocr[1]!, capitalsHeading(line.slice(ocr[0].length))) !== null
}

/** `#`…`######` ATX heading. */
const ATX_HEADING = /^ {0,3}(#{1,6})(?:\s+(.*?))?(?:\s+#+)?\s*$/
/** A thematic break (`---`, `***`, `___`, `- - -`); in text files a rule of dashes or underscores. */
const RULE = /^ {0,3}([-*_=])(?:\s*\1){2,}\s*$/

export interface SourceLine {
  text: string
  /** 1-based line number in the file. */
  line: number
}

/**
 * Text (already decoded) → blocks. One block per blank-line-separated chunk,
 * except that a list marker, a Markdown heading or a rule starts a new block,
 * and runs of table rows (tab-separated, Markdown pipes, an HTML `<table>`)
 * become one table block each.
 */
export function textToBlocks(text: string, options: TextBlocksOptions = {}): Block[] {
  const markdown = options.markdown ?? false
  const {lines, first, last} = joinQuotedRows(text.split(/\r\n|\r|\n/))
  const blocks: Block[] = []
  let chunk: SourceLine[] = []
  const flush = (): void => {
    blocks.push(...chunkBlocks(chunk, markdown))
    chunk = []
  }
  // The title is in the first lines, before the first list item.
  const head = lines.slice(0, 15)
  const firstItem = head.findIndex((l) => opensWithMarker(l.trim()))
  const titleWords = wordsOf(head.slice(0, firstItem < 0 ? head.length : firstItem).join(' '))
  let i = 0
  while (i < lines.length) {
    const line = lines[i]!
    if (line.trim() === '') {
      flush()
      i++
      continue
    }
    // Text copied from a PDF keeps its page breaks: a page number alone on its line, often
    // followed by the running header (a shortened title). Neither is part of the sentence
    // the page break cut; the number becomes a block of its own (normalize moves it to the
    // page's furniture) and the header is dropped.
    if (PAGE_NUMBER_LINE.test(line) && i > 0) {
      flush()
      blocks.push({kind: 'paragraph', text: line.trim(), provenance: {page: null, lineStart: first[i]!, lineEnd: last[i]!, source: 'text'}})
      i++
      // The header may sit after a blank line of its own.
      let next = i
      while (next < lines.length && lines[next]!.trim() === '') next++
      if (next < lines.length && isRunningHeader(lines[next]!, titleWords)) i = next + 1
      continue
    }
    if (/<table\b/i.test(line)) {
      let end = i
      while (end < lines.length - 1 && !/<\/table>/i.test(lines[end]!)) end++
      const table = htmlTableBlock(lines.slice(i, end + 1).join('\n'), first[i]!, last[end]!)
      if (table) {
        flush()
        blocks.push(table)
        i = end + 1
        continue
      }
    }
    const syntax = rowSyntax(line, markdown)
    if (syntax && startsTable(lines, i, syntax, markdown)) {
      flush()
      const {block, end} = readTable(lines, i, syntax, markdown)
      block.provenance = {...block.provenance, lineStart: first[i]!, lineEnd: last[end - 1]!}
      blocks.push(block)
      i = end
      continue
    }
    chunk.push({text: syntax === 'tsv' ? splitRow(line, 'tsv').map((c) => cleanCell(c, markdown)).filter((c) => c !== '').join(' ') : line, line: first[i]!})
    i++
  }
  flush()
  return blocks
}

/** `2`, `- 2 -`, `Trang 2`, `2/5` alone on a line (indented or not). */
const PAGE_NUMBER_LINE = /^\s*(?:[-–]\s*\d{1,3}\s*[-–]|(?:trang\s+)?\d{1,3}(?:\s*\/\s*\d{1,3})?)\s*$/iu

const wordsOf = (text: string): Set<string> => new Set((text.toLowerCase().normalize('NFC').match(/\p{L}+/gu) ?? []))

/**
 * The line after a page number is a running header when it is short, has no
 * list marker or closing punctuation, and its words are the notice's title
 * words (`Kế hoạch chỉnh trang đô thị` under `KẾ HOẠCH / Chỉnh trang đô thị …`).
 */
function isRunningHeader(line: string, titleWords: ReadonlySet<string>): boolean {
  const text = line.trim()
  if (text === '' || opensWithMarker(text) || /[.;:,]$/u.test(text)) return false
  const words = text.toLowerCase().normalize('NFC').match(/\p{L}+/gu) ?? []
  if (words.length < 2 || words.length > 12) return false
  return words.filter((w) => titleWords.has(w)).length >= 0.8 * words.length
}

/**
 * A table needs a header and at least one more row (a pipe header needs its
 * separator line). A lone tab-separated line is a line with a tab in it.
 */
function startsTable(lines: readonly string[], i: number, syntax: 'tsv' | 'pipe', markdown: boolean): boolean {
  const next = lines[i + 1]
  if (next === undefined) return false
  if (syntax === 'pipe') return isPipeSeparator(next) || (!markdown && rowSyntax(next, markdown) === 'pipe')
  return rowSyntax(next, markdown) === 'tsv'
}

/**
 * Splits a chunk of consecutive text lines into blocks and classifies them:
 * a list marker or a change between capitals and prose starts a new block.
 * Shared with the Word and HTML readers, whose paragraphs are such chunks.
 */
export function chunkBlocks(chunk: readonly SourceLine[], markdown: boolean): TextBlock[] {
  const blocks: TextBlock[] = []
  let group: SourceLine[] = []
  let groupCaps = false
  const flush = (): void => {
    if (group.length > 0) blocks.push(makeBlock(group, markdown))
    group = []
  }
  // The width hard-wrapped lines fill: a line well short of it ended where its writer ended it.
  const width = Math.max(0, ...chunk.map((source) => source.text.trim().length))
  for (const source of chunk) {
    const raw = markdown ? source.text.replace(/^ {0,3}> ?/, '') : source.text
    const atx = markdown ? ATX_HEADING.exec(raw) : null
    if (atx) {
      flush()
      blocks.push(headingBlock(atx[2] ?? '', atx[1]!.length, source, source))
      continue
    }
    const rule = RULE.exec(raw)
    if (rule) {
      // A Markdown setext underline (`===` / `---` right under text) makes that text a heading.
      if (markdown && group.length > 0 && (rule[1] === '=' || rule[1] === '-') && !/\s/.test(raw.trim())) {
        const first = group[0]!
        const text = group.map((g) => g.text.trim()).join(' ')
        group = []
        blocks.push(headingBlock(text, rule[1] === '=' ? 1 : 2, first, source))
      } else {
        flush()
      }
      continue
    }
    const plain = plainLine(raw, markdown)
    // Hard-wrapped text (OCR output, e-mail) has no blank lines around its titles: a line in
    // capitals (`PHỤ LỤC`, `SAO Y`, `CHÁNH VĂN PHÒNG`) is not part of the prose around it.
    const caps = isCapsLine(plain)
    // So is a numbered title on a short line of its own (`3. Sở Tài chính`) over its paragraph.
    if (group.length > 0 && (opensWithMarker(plain) || caps !== groupCaps || (!markdown && isTitleLine(group, width) && /^\p{Lu}/u.test(plain)))) flush()
    if (group.length === 0) groupCaps = caps
    group.push({text: raw, line: source.line})
  }
  flush()
  return blocks
}

/**
 * A group that is one short numbered line without an end mark (`3. Sở Tài chính`, `4.S0Y té`) in text
 * wrapped at `width` characters (60 or more: OCR output, e-mail): a title, not the first line of a paragraph.
 */
function isTitleLine(group: readonly SourceLine[], width: number): boolean {
  if (group.length !== 1 || width < 60) return false
  const line = group[0]!.text.trim()
  // A wrapped line falls short of the width by less than its next word: some 0.8 of it or more.
  return opensWithMarker(line) && line.length < width * 0.7 && line.split(/\s+/u).length <= 12 && !/[.,;:!?]$/u.test(line)
}

/** A line in capitals of two words or more (`SAO Y`, `PHỤ LỤC`): a lone `UBND` wrapped onto its own line is prose. */
const isCapsLine = (line: string): boolean => (line.match(/\p{L}+/gu)?.length ?? 0) >= 2 && isCapsHeading(line)

/** A line without its inline marks, for marker tests (`**1. Title**` starts with `1.`). */
function plainLine(line: string, markdown: boolean): string {
  return (markdown ? stripInlineMarkdown(line) : stripBold(line)).trim()
}

function headingBlock(raw: string, level: number, from: SourceLine, to: SourceLine): TextBlock {
  return {
    kind: 'heading',
    text: stripInlineMarkdown(raw).trim(),
    ...(isWhollyBold(raw) ? {bold: true} : {}),
    level,
    provenance: {page: null, lineStart: from.line, lineEnd: to.line, source: 'text'}
  }
}

/**
 * Joins the lines of one block with spaces (Markdown hard breaks — two
 * trailing spaces or a backslash — included) and decides its kind.
 */
function makeBlock(group: readonly SourceLine[], markdown: boolean): TextBlock {
  const parts = group.map((g) => {
    let t = g.text.replace(/\s+$/, '')
    if (markdown) t = t.replace(/\\$/, '')
    return t.trim()
  })
  const bold = isWhollyBold(parts[0]!)
  const plain = parts.map((p) => (markdown ? stripInlineMarkdown(p) : stripBold(p)))
  const text = plain.join(' ').trim()
  const kind = opensWithMarker(text) ? 'list-item' : isCapsHeading(text) ? 'heading' : 'paragraph'
  const lineWords = group.length > 1 ? wordsPerLine(plain, text) : null
  return {
    kind,
    text,
    ...(bold ? {bold: true} : {}),
    provenance: {page: null, lineStart: group[0]!.line, lineEnd: group.at(-1)!.line, source: 'text', ...(lineWords && {lineWords})}
  }
}

const wordCount = (text: string): number => text.split(/\s+/u).filter((w) => w !== '').length

/** Words on each line of a joined block; null when they do not add up to the block's (an inline mark spanned lines). */
function wordsPerLine(lines: readonly string[], text: string): number[] | null {
  const counts = lines.map(wordCount)
  return counts.reduce((a, b) => a + b, 0) === wordCount(text) ? counts : null
}

/**
 * A title set in capitals (`NGHỊ QUYẾT`, `QUYẾT NGHỊ:`): every letter upper
 * case, at least two letters, and not a long run of prose.
 */
export function isCapsHeading(text: string): boolean {
  // One pass that stops at the first small letter: most lines are prose and end here at once.
  let letters = 0
  for (const ch of text) {
    const code = ch.charCodeAt(0)
    if (code < 0x80) {
      if (code >= 0x61 && code <= 0x7a) return false
      if (code >= 0x41 && code <= 0x5a) letters++
      continue
    }
    const upper = ch.toUpperCase()
    if (ch !== upper) return false
    if (ch !== ch.toLowerCase()) letters++
    else if (/\p{L}/u.test(ch)) return false
  }
  return letters >= 2 && text.split(/\s+/).length <= 60
}
