/**
 * Regenerates real (OCR, clean) training and test pairs for the diacritic restorer:
 * renders clean Vietnamese prose to page images and reads them back with tesseract's
 * ENGLISH model, so the errors come from an engine that does not know Vietnamese,
 * not from a hand-written noise model.
 *
 * Needs, at script time only (the runtime never calls tesseract):
 *   apt-get install -y tesseract-ocr tesseract-ocr-eng fonts-dejavu fonts-liberation
 *
 * Clean sources: fixtures/nq71-2025-action-program.txt and
 * fixtures/ocr-pairs/corpus/report-2025-part1.txt. tb20 is never used: it is the held-out test.
 * The last fifth of the report's paragraphs is the `test` split (also kept out of the LM).
 *
 * Output: fixtures/ocr-pairs/pages.jsonl, one page per line: {id, split, font, px, blur, clean, ocr}.
 * Usage: npx tsx scripts/make-ocr-pairs.ts [--pages 60]
 *        npx tsx scripts/make-ocr-pairs.ts --append 60 --seed 71   (adds train pages only, so the
 *        test split stays comparable across runs; `scan` pages are skewed, grey-noised and
 *        JPEG-compressed like a 300 dpi office scan)
 */
import {execFileSync} from 'node:child_process'
import {appendFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {createRequire} from 'node:module'
import {tmpdir} from 'node:os'
import {join} from 'node:path'

const root = new URL('..', import.meta.url).pathname
/** The few @napi-rs/canvas calls used here (the package is not a dependency of the root). */
interface Ctx {
  fillStyle: string
  font: string
  fillRect(x: number, y: number, w: number, h: number): void
  fillText(t: string, x: number, y: number): void
  translate(x: number, y: number): void
  rotate(a: number): void
  drawImage(c: unknown, x: number, y: number, w: number, h: number): void
  getImageData(x: number, y: number, w: number, h: number): {data: Uint8ClampedArray}
  putImageData(d: unknown, x: number, y: number): void
}
interface Surface {
  width: number
  height: number
  getContext(kind: '2d'): Ctx
  toBuffer(mime: 'image/png'): Buffer
  toBuffer(mime: 'image/jpeg', quality: number): Buffer
}
interface Canvas {
  createCanvas(w: number, h: number): Surface
  GlobalFonts: {registerFromPath(path: string, name: string): unknown}
}
// @napi-rs/canvas is installed as pdfjs-dist's dependency; resolve it through the pnpm store.
// Loaded lazily so that train-lm.ts can import the corpus split without it.
const canvasLib = (): Canvas =>
  createRequire(join(root, 'node_modules/.pnpm/@napi-rs+canvas@0.1.100/node_modules/@napi-rs/canvas/index.js'))('./index.js') as Canvas

export const corpusFiles = {
  nq71: join(root, 'fixtures/nq71-2025-action-program.txt'),
  report: join(root, 'fixtures/ocr-pairs/corpus/report-2025-part1.txt')
}

/** Paragraphs of prose: table cells split out, HTML tags dropped, short scraps skipped. */
export function proseParagraphs(text: string): string[] {
  const out: string[] = []
  for (const line of text.normalize('NFC').split(/\r?\n/)) {
    for (const cell of line.split('\t')) {
      const clean = cell.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ').trim()
      if (clean.split(' ').length >= 4) out.push(clean)
    }
  }
  return out
}

/**
 * The clean test notices of packages/tasks (administrative prose full of agency names and
 * deadlines); their `-ocr` copies are OCR output, not clean text, and are left out.
 * `packages/tasks/test/dispatches` (clean dispatches, telegrams and conclusions written for the
 * tests: ports, dikes, projects, inventories …) is read the same way.
 */
export function noticeTexts(folder = 'packages/tasks/test/notices'): string[] {
  const dir = join(root, folder)
  if (!existsSync(dir)) return []
  return readdirSync(dir)
    .filter((f) => /\.(md|txt)$/.test(f) && !/-ocr\./.test(f) && f !== 'README.md')
    .sort()
    .map((f) => readFileSync(join(dir, f), 'utf8').replace(/[*#|]+/g, ' '))
}

/** The split used everywhere: report's last fifth is held out; tb20 is never used. */
export function splitCorpus(): {train: string[]; test: string[]} {
  const nq = proseParagraphs(readFileSync(corpusFiles.nq71, 'utf8'))
  const rep = proseParagraphs(readFileSync(corpusFiles.report, 'utf8'))
  const notices = noticeTexts().flatMap(proseParagraphs)
  const cut = Math.floor(rep.length * 0.8)
  return {train: [...nq, ...rep.slice(0, cut), ...notices], test: rep.slice(cut)}
}

const fonts = [
  {file: '/usr/share/fonts/truetype/liberation/LiberationSerif-Regular.ttf', name: 'Liberation Serif'},
  {file: '/usr/share/fonts/truetype/liberation/LiberationSerif-Bold.ttf', name: 'Liberation Serif Bold'},
  {file: '/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf', name: 'DejaVu Serif'},
  {file: '/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf', name: 'Liberation Sans'},
  {file: '/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf', name: 'DejaVu Sans'}
]
/** Appended pages lean towards what notices are printed in: Times-like serif, some bold/italic. */
const appendFonts = [
  ...fonts,
  {file: '/usr/share/fonts/truetype/liberation/LiberationSerif-Regular.ttf', name: 'Liberation Serif'},
  {file: '/usr/share/fonts/truetype/liberation/LiberationSerif-Regular.ttf', name: 'Liberation Serif'},
  {file: '/usr/share/fonts/truetype/liberation/LiberationSerif-Italic.ttf', name: 'Liberation Serif Italic'},
  {file: '/usr/share/fonts/truetype/liberation/LiberationSerif-BoldItalic.ttf', name: 'Liberation Serif Bold Italic'},
  {file: '/usr/share/fonts/truetype/dejavu/DejaVuSerifCondensed.ttf', name: 'DejaVu Serif Condensed'},
  {file: '/usr/share/fonts/truetype/liberation/LiberationSansNarrow-Regular.ttf', name: 'Liberation Sans Narrow'}
]

/** Deterministic PRNG so regenerated pairs are the same. */
function mulberry32(seed: number): () => number {
  return () => {
    seed |= 0
    seed = (seed + 0x6d2b79f5) | 0
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

function wrap(paragraphs: string[], width: number): string[] {
  const lines: string[] = []
  for (const p of paragraphs) {
    let line = ''
    for (const w of p.split(' ')) {
      if (line && line.length + 1 + w.length > width) {
        lines.push(line)
        line = w
      } else line = line ? `${line} ${w}` : w
    }
    if (line) lines.push(line)
  }
  return lines
}

interface Page {
  id: string
  split: 'train' | 'test'
  font: string
  px: number
  blur: boolean
  scan?: boolean
  clean: string
  ocr: string
}

function renderAndRead({createCanvas}: Canvas, lines: string[], font: string, px: number, blur: boolean, rand: () => number, dir: string, scan = false): string {
  const lineHeight = Math.round(px * 1.5)
  const width = Math.round(px * 40)
  const height = lineHeight * (lines.length + 2)
  // Blurred pages are drawn at half size and scaled up: soft strokes like a low-resolution scan.
  const scale = blur ? 0.5 : 1
  const small = createCanvas(Math.round(width * scale), Math.round(height * scale))
  const ctx = small.getContext('2d')
  ctx.fillStyle = 'white'
  ctx.fillRect(0, 0, small.width, small.height)
  ctx.fillStyle = 'black'
  ctx.font = `${px * scale}px "${font}"`
  if (scan) {
    // A sheet laid slightly askew on the glass: ±0.6°.
    ctx.translate(small.width / 2, small.height / 2)
    ctx.rotate(((rand() - 0.5) * 1.2 * Math.PI) / 180)
    ctx.translate(-small.width / 2, -small.height / 2)
  }
  lines.forEach((l, i) => ctx.fillText(l, px * scale, (i + 1.5) * lineHeight * scale))
  let canvas = small
  if (blur) {
    canvas = createCanvas(width, height)
    canvas.getContext('2d').drawImage(small, 0, 0, width, height)
  }
  // Salt-and-pepper noise, a few per mille, as scanners leave.
  const c2 = canvas.getContext('2d')
  const img = c2.getImageData(0, 0, width, height)
  for (let k = 0; k < width * height * 0.002; k++) {
    const p = Math.floor(rand() * width * height) * 4
    const v = rand() < 0.5 ? 0 : 255
    img.data[p] = img.data[p + 1] = img.data[p + 2] = v
  }
  if (scan) {
    // Grey paper and sensor noise: a light background tone and ±12 levels of jitter.
    for (let p = 0; p < img.data.length; p += 4) {
      const v = Math.max(0, Math.min(255, img.data[p]! * 0.92 + 8 + (rand() - 0.5) * 24))
      img.data[p] = img.data[p + 1] = img.data[p + 2] = v
    }
  }
  c2.putImageData(img, 0, 0)
  const png = join(dir, scan ? 'page.jpg' : 'page.png')
  writeFileSync(png, scan ? canvas.toBuffer('image/jpeg', 55 + Math.floor(rand() * 25)) : canvas.toBuffer('image/png'))
  return execFileSync('tesseract', [png, '-', '-l', 'eng', '--psm', '6'], {encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore']})
}

/** Adds `count` train pages (scan-like half the time) to the existing file. */
function append(count: number, seed: number): void {
  const lib = canvasLib()
  for (const f of appendFonts) lib.GlobalFonts.registerFromPath(f.file, f.name)
  const rand = mulberry32(seed)
  const file = join(root, 'fixtures/ocr-pairs/pages.jsonl')
  const existing = readFileSync(file, 'utf8').trim().split('\n')
  const trainLines = wrap(splitCorpus().train, 75)
  const dir = mkdtempSync(join(tmpdir(), 'ocr-pairs-'))
  const linesPerPage = 30
  for (let n = 0; n < count; n++) {
    const start = Math.floor(rand() * Math.max(1, trainLines.length - linesPerPage))
    const lines = trainLines.slice(start, start + linesPerPage)
    const font = appendFonts[Math.floor(rand() * appendFonts.length)]!.name
    const px = [34, 42, 50, 54, 58][Math.floor(rand() * 5)]!
    const blur = rand() < 0.3
    const scan = rand() < 0.5
    const ocr = renderAndRead(lib, lines, font, px, blur, rand, dir, scan)
    const page: Page = {id: `s${seed}-${n}`, split: 'train', font, px, blur, scan, clean: lines.join('\n'), ocr}
    writeFileSync(file, [...existing, JSON.stringify(page)].join('\n') + '\n')
    existing.push(JSON.stringify(page))
    process.stderr.write(`page ${n + 1}/${count} ${font} ${px}px${blur ? ' blur' : ''}${scan ? ' scan' : ''}\n`)
  }
  rmSync(dir, {recursive: true})
}

/**
 * Kinds of damage beyond tesseract's English model on a clean page, each a different source
 * of letter confusions: other Latin models (French, German: they print ä ü ç é for Vietnamese
 * letters), low resolution (small glyphs, marks lost or merged), heavy JPEG, and broken glyph
 * shapes (thinned strokes that break, thickened ones that swallow marks, speckled edges).
 */
export const NOISE_KINDS = ['fra', 'deu', 'lowres', 'jpeg', 'thin', 'thick', 'speckle', 'por', 'ces'] as const
/** Kinds that are another Latin model reading clean pages (its own marks on Vietnamese letters). */
const MODEL_KINDS: ReadonlySet<NoiseKind> = new Set(['fra', 'deu', 'por', 'ces'])
export type NoiseKind = (typeof NOISE_KINDS)[number]

interface NoisePage {
  id: string
  split: 'train' | 'test'
  kind: NoiseKind
  lang: string
  font: string
  px: number
  clean: string
  ocr: string
}

/** ImageMagick arguments of a damage kind (applied to the clean rendering). */
function damage(kind: NoiseKind, rand: () => number): string[] {
  switch (kind) {
    case 'jpeg':
      return ['-attenuate', '0.3', '+noise', 'Gaussian', '-quality', String(8 + Math.floor(rand() * 17))]
    case 'thin':
      // Morphology treats white as foreground: dilating the paper thins black strokes.
      return ['-morphology', 'Dilate', rand() < 0.5 ? 'Disk:1' : 'Square:1']
    case 'thick':
      return ['-morphology', 'Erode', rand() < 0.5 ? 'Disk:1' : 'Diamond:1']
    case 'speckle':
      return ['-spread', '1', '-attenuate', '0.8', '+noise', 'Impulse', '-threshold', String(45 + Math.floor(rand() * 15)) + '%']
    default:
      return []
  }
}

/** Renders lines, damages the image with ImageMagick and reads it with tesseract `lang`. */
function renderNoisy({createCanvas}: Canvas, lines: string[], font: string, px: number, kind: NoiseKind, lang: string, rand: () => number, dir: string): string {
  const lineHeight = Math.round(px * 1.5)
  const width = Math.round(px * 42)
  const height = lineHeight * (lines.length + 2)
  const canvas = createCanvas(width, height)
  const ctx = canvas.getContext('2d')
  ctx.fillStyle = 'white'
  ctx.fillRect(0, 0, width, height)
  ctx.fillStyle = 'black'
  ctx.font = `${px}px "${font}"`
  lines.forEach((l, i) => ctx.fillText(l, px, (i + 1.5) * lineHeight))
  const png = join(dir, 'clean.png')
  writeFileSync(png, canvas.toBuffer('image/png'))
  const out = join(dir, kind === 'jpeg' ? 'page.jpg' : 'page.png')
  execFileSync('convert', [png, '-colorspace', 'Gray', ...damage(kind, rand), out])
  return execFileSync('tesseract', [out, '-', '-l', lang, '--psm', '6'], {encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], env: {...process.env, OMP_THREAD_LIMIT: '1'}})
}

/**
 * Adds `count` train pages per damage kind (from the train corpus: nq71, most of the report,
 * the clean test notices) and `test` pages per kind (from the report's held-out fifth) to
 * fixtures/ocr-pairs/noise-pages.jsonl. Never tb20, never an evaluation text.
 */
function noise(count: number, testCount: number, seed: number, kinds: readonly NoiseKind[] = NOISE_KINDS): void {
  const lib = canvasLib()
  for (const f of appendFonts) lib.GlobalFonts.registerFromPath(f.file, f.name)
  const rand = mulberry32(seed)
  const file = join(root, 'fixtures/ocr-pairs/noise-pages.jsonl')
  const {train, test} = splitCorpus()
  const sources = {train: wrap(train, 75), test: wrap(test, 75)}
  const dir = mkdtempSync(join(tmpdir(), 'ocr-noise-'))
  const linesPerPage = 24
  for (const kind of kinds) {
    for (let n = 0; n < testCount + count; n++) {
      const split = n < testCount ? 'test' : 'train'
      const source = sources[split]
      const start = Math.floor(rand() * Math.max(1, source.length - linesPerPage))
      const lines = source.slice(start, start + linesPerPage)
      const font = appendFonts[Math.floor(rand() * appendFonts.length)]!.name
      const lang = MODEL_KINDS.has(kind) ? kind : (['eng', 'fra', 'deu'] as const)[Math.floor(rand() * 3)]!
      const px = kind === 'lowres' ? [13, 15, 17, 19][Math.floor(rand() * 4)]! : [26, 30, 36, 42][Math.floor(rand() * 4)]!
      const ocr = renderNoisy(lib, lines, font, px, kind, lang, rand, dir)
      const page: NoisePage = {id: `${kind}-${seed}-${n}`, split, kind, lang, font, px, clean: lines.join('\n'), ocr}
      appendFileSync(file, JSON.stringify(page) + '\n')
      process.stderr.write(`${kind} ${n + 1}/${testCount + count} ${split} ${lang} ${font} ${px}px\n`)
    }
  }
  rmSync(dir, {recursive: true})
}

/**
 * A held-out broken copy of a whole clean notice for scoring tasks from garbage OCR: the text
 * rendered as printed pages at a modest resolution and read by a Latin model that does not
 * know Vietnamese. Used for evaluation only, never for training.
 */
function heldOut(input: string, output: string, lang: string, px: number, seed: number): void {
  const lib = canvasLib()
  for (const f of fonts) lib.GlobalFonts.registerFromPath(f.file, f.name)
  const rand = mulberry32(seed)
  const text = readFileSync(input, 'utf8')
    .split('\n')
    .filter((l) => !/^\s*-{3,}\s*$/.test(l))
    .map((l) => l.replace(/^#{1,6}\s+/, '').replace(/\\([*_\\#-])/g, '$1').replace(/\*+/g, '').trim())
  // Paragraphs wrapped as printed; a blank line between them, as the page shows a gap.
  const lines: string[] = []
  for (const l of text) {
    if (l === '') {
      if (lines.at(-1) !== '') lines.push('')
      continue
    }
    lines.push(...wrap([l], 80))
  }
  const dir = mkdtempSync(join(tmpdir(), 'ocr-heldout-'))
  const pages: string[] = []
  for (let i = 0; i < lines.length; i += 40) {
    pages.push(renderNoisy(lib, lines.slice(i, i + 40), 'Liberation Serif', px, 'fra', lang, rand, dir))
    process.stderr.write(`page ${pages.length} ${lang}\n`)
  }
  rmSync(dir, {recursive: true})
  writeFileSync(output, pages.join('\n'))
}

function main(): void {
  const args = process.argv.slice(2)
  const num = (flag: string, fallback: number): number => (args.includes(flag) ? Number(args[args.indexOf(flag) + 1]) : fallback)
  if (args.includes('--noise')) {
    const kinds = args.includes('--kinds') ? (args[args.indexOf('--kinds') + 1]!.split(',') as NoiseKind[]) : NOISE_KINDS
    noise(num('--noise', 12), num('--test', 2), num('--seed', 18), kinds)
    return
  }
  if (args.includes('--heldout')) {
    const [input, output, lang] = args.slice(args.indexOf('--heldout') + 1)
    heldOut(input!, output!, lang ?? 'fra', num('--px', 30), num('--seed', 20))
    return
  }
  if (args.includes('--append')) {
    append(Number(args[args.indexOf('--append') + 1]) || 60, Number(args[args.indexOf('--seed') + 1] ?? 71) || 71)
    return
  }
  const pageCount = Number(args[args.indexOf('--pages') + 1] ?? 60) || 60
  const lib = canvasLib()
  for (const f of fonts) lib.GlobalFonts.registerFromPath(f.file, f.name)
  const rand = mulberry32(57)
  const {train, test} = splitCorpus()
  const trainLines = wrap(train, 75)
  const testLines = wrap(test, 75)
  const dir = mkdtempSync(join(tmpdir(), 'ocr-pairs-'))
  const pages: Page[] = []
  const linesPerPage = 30
  const testPages = Math.max(4, Math.round(pageCount / 6))
  for (let n = 0; n < pageCount; n++) {
    const split = n < testPages ? 'test' : 'train'
    const source = split === 'test' ? testLines : trainLines
    const start = Math.floor(rand() * Math.max(1, source.length - linesPerPage))
    const lines = source.slice(start, start + linesPerPage)
    const font = fonts[Math.floor(rand() * fonts.length)]!.name
    const px = [30, 36, 42, 50][Math.floor(rand() * 4)]!
    const blur = rand() < 0.4
    const ocr = renderAndRead(lib, lines, font, px, blur, rand, dir)
    pages.push({id: `p${n}`, split, font, px, blur, clean: lines.join('\n'), ocr})
    process.stderr.write(`page ${n + 1}/${pageCount} ${split} ${font} ${px}px${blur ? ' blur' : ''}\n`)
  }
  rmSync(dir, {recursive: true})
  writeFileSync(join(root, 'fixtures/ocr-pairs/pages.jsonl'), pages.map((p) => JSON.stringify(p)).join('\n') + '\n')
}

if (import.meta.url === `file://${process.argv[1]}`) main()
