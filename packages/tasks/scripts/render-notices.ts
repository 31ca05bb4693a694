/**
 * Renders the synthetic notices of test/notices to text-layer PDFs (`<name>.pdf` next
 * to each), so the parser is also measured through the PDF reader: wrapped lines,
 * paragraph gaps, first-line indents, bold headings and page numbers in the footer,
 * as a word processor would print them. Script-time only; the PDFs are committed.
 *
 * Needs the DejaVu or Liberation fonts (apt-get install fonts-dejavu fonts-liberation)
 * and @napi-rs/canvas, installed as pdfjs-dist's dependency (resolved from the pnpm store).
 * Usage: npx tsx packages/tasks/scripts/render-notices.ts [name-filter]
 */
import {existsSync, readFileSync, readdirSync, writeFileSync} from 'node:fs'
import {createRequire} from 'node:module'
import {join} from 'node:path'

interface Ctx {
  font: string
  fillStyle: string
  fillText(text: string, x: number, y: number): void
  measureText(text: string): {width: number}
}
interface Canvas {
  PDFDocument: new (meta?: {title?: string; compressionLevel?: number}) => {beginPage(w: number, h: number): Ctx; endPage(): void; close(): Buffer}
  GlobalFonts: {registerFromPath(path: string, name: string): unknown}
}

const root = new URL('../../../', import.meta.url).pathname
const store = join(root, 'node_modules/.pnpm')
const canvasDir = readdirSync(store).find((d) => /^@napi-rs\+canvas@/.test(d))
if (!canvasDir) throw new Error('@napi-rs/canvas not found in the pnpm store')
const canvas = createRequire(join(store, canvasDir, 'node_modules/@napi-rs/canvas/index.js'))('./index.js') as Canvas

const fonts = [
  ['/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf', '/usr/share/fonts/truetype/dejavu/DejaVuSerif-Bold.ttf'],
  ['/usr/share/fonts/truetype/liberation/LiberationSerif-Regular.ttf', '/usr/share/fonts/truetype/liberation/LiberationSerif-Bold.ttf']
].find(([regular]) => existsSync(regular!))
if (!fonts) throw new Error('no Liberation or DejaVu serif font installed')
canvas.GlobalFonts.registerFromPath(fonts[0]!, 'NoticeSerif')
canvas.GlobalFonts.registerFromPath(fonts[1]!, 'NoticeSerifBold')

const page = {width: 595, height: 842, margin: 64, size: 13, leading: 18, gap: 6, indent: 28}
const marker = /^(?:\d{1,2}(?:\.\d{1,2})*[.)]|[a-zđ][.)]|[-+•]|\(\d{1,2}\)|[IVX]{1,5}[.)])\s/u

interface Line {
  text: string
  bold: boolean
  /** Space before: a blank line in the source is a wider gap. */
  before: number
}

/** Source lines → printable lines: Markdown marks dropped, bold kept as a font. */
function sourceLines(text: string): Line[] {
  const out: Line[] = []
  let before = 0
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim()
    if (line === '') {
      before = page.gap * 2
      continue
    }
    if (/^\|?\s*-{3,}/.test(line) || /^-{3,}$/.test(line)) continue
    const cells = line.startsWith('|') ? line.split('|').map((c) => c.trim()).filter((c) => c !== '') : [line]
    for (const cell of cells) {
      const bold = /^#{1,6}\s/.test(cell) || /^\*\*[^*]+\*\*:?$/.test(cell) || /^[\p{Lu}\d\s,.:;()/-]+$/u.test(cell.replace(/\*/g, ''))
      const plain = cell.replace(/^#{1,6}\s+/, '').replace(/\*\*/g, '').replace(/(?<!\w)\*(?=\S)|(?<=\S)\*(?!\w)/gu, '').trim()
      out.push({text: plain, bold, before: Math.max(before, page.gap)})
      before = 0
    }
  }
  return out
}

function wrap(ctx: Ctx, text: string, width: number, firstIndent: number): string[] {
  const words = text.split(/\s+/)
  const lines: string[] = []
  let current = ''
  for (const word of words) {
    const candidate = current === '' ? word : `${current} ${word}`
    const limit = lines.length === 0 ? width - firstIndent : width
    if (current !== '' && ctx.measureText(candidate).width > limit) {
      lines.push(current)
      current = word
    } else current = candidate
  }
  if (current !== '') lines.push(current)
  return lines
}

function render(source: string, title: string): Buffer {
  const doc = new canvas.PDFDocument({title, compressionLevel: 9})
  const lines = sourceLines(source)
  let pageNo = 0
  let ctx: Ctx | null = null
  let y = 0
  const newPage = (): Ctx => {
    if (ctx) footer(ctx)
    pageNo++
    ctx = doc.beginPage(page.width, page.height)
    ctx.fillStyle = '#000'
    y = page.margin
    return ctx
  }
  const footer = (c: Ctx): void => {
    c.font = `11px NoticeSerif`
    c.fillText(String(pageNo), page.width / 2 - 3, page.height - 30)
    doc.endPage()
  }
  let c = newPage()
  const width = page.width - 2 * page.margin
  for (const line of lines) {
    c.font = `${page.size}px ${line.bold ? 'NoticeSerifBold' : 'NoticeSerif'}`
    const indent = line.bold || marker.test(line.text) ? 0 : page.indent
    const wrapped = wrap(c, line.text, width, indent)
    y += line.before
    wrapped.forEach((text, i) => {
      if (y + page.leading > page.height - page.margin) {
        c = newPage()
        c.font = `${page.size}px ${line.bold ? 'NoticeSerifBold' : 'NoticeSerif'}`
      }
      y += page.leading
      c.fillText(text, page.margin + (i === 0 ? indent : 0), y)
    })
  }
  footer(c)
  return doc.close()
}

const dir = new URL('../test/notices/', import.meta.url).pathname
const only = process.argv[2]
for (const name of readdirSync(dir).filter((f) => /\.(md|txt)$/.test(f) && (only === undefined || f.includes(only))).sort()) {
  const pdf = render(readFileSync(join(dir, name), 'utf8'), name)
  writeFileSync(join(dir, name.replace(/\.(md|txt)$/, '.pdf')), pdf)
  console.log(`${name} → ${pdf.length} bytes`)
}
