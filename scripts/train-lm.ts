/**
 * Builds packages/normalize/data/repair-model.json: the syllable trigram model (clean texts in
 * fixtures/, the clean test notices of packages/tasks and the prose written for the model in
 * fixtures/corpus — with --dispatches also the clean dispatches of packages/tasks, with
 * --no-corpus without fixtures/corpus — minus the held-out fifth of the report; never tb20) and the OCR channel learned
 * from the train split of fixtures/ocr-pairs/pages.jsonl (tesseract `eng` on clean renderings) and
 * fixtures/ocr-pairs/noise-pages.jsonl (French and German models, low resolution, heavy JPEG,
 * thinned and thickened glyphs; regenerate both with scripts/make-ocr-pairs.ts).
 * Usage: npx tsx scripts/train-lm.ts [--pages other-pages.jsonl] [--dispatches] [--no-corpus] [--modified-discounts] [--out model.json]
 */
import {existsSync, readFileSync, writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {trainChannel} from '../packages/normalize/src/repair/channel.ts'
import {trainLanguageModel} from '../packages/normalize/src/repair/language-model.ts'
import {skeleton} from '../packages/normalize/src/repair/syllables.ts'
import {tokenize} from '../packages/normalize/src/repair/tokenize.ts'
import {noticeTexts, proseParagraphs, splitCorpus} from './make-ocr-pairs.ts'

const root = new URL('..', import.meta.url).pathname

/**
 * Glyph confusions of OCR engines other than tesseract-eng (pseudo-counts, outweighed by
 * real pairs): the classic look-alikes (rn/m, cl/d, 1/l, ii/ü) and the Latin-1 letters a
 * European model substitutes for Vietnamese ones (ä for ă, ü for ư, ç for ọ), and ư read as
 * `ir`/`tr`/`w`, ơ as `ci`/`cc`/`cl`, a hooked ơ with its tone mark as `&` (`s&` for sở, as ê
 * with its mark is learned from the German pages: `li&u`). These are generic, not read off any
 * one document.
 */
const PRIOR: Array<[string, string, number]> = [
  ['m', 'rn', 3], ['m', 'nn', 2], ['d', 'cl', 2], ['l', '1', 4], ['l', 'i', 2], ['i', 'l', 2], ['i', '1', 2],
  ['ụ', 'ii', 3], ['ư', 'ii', 2], ['ự', 'ir', 3], ['ư', 'ir', 3], ['ứ', 'ir', 2], ['ừ', 'ir', 2],
  ['ư', 'tr', 2], ['ư', 'w', 3], ['ư', 'ü', 3], ['ư', 'u\'', 2], ['ươ', 'uo', 3], ['ươ', 'uc', 2], ['ươ', 'tro', 1],
  ['ơ', 'ci', 3], ['ơ', 'cc', 3], ['ơ', 'cl', 2], ['ơ', 'o\'', 2], ['ờ', 'o\'', 2], ['ợ', 'q', 2], ['ợ', 'ç', 2],
  ['ă', 'ä', 3], ['ằ', 'ä', 2], ['ẫ', 'ã', 2], ['ả', 'á', 2], ['ạ', 'a', 3], ['ọ', 'ç', 3], ['ọ', 'q', 2], ['ọ', '9', 2],
  ['ị', 'j', 3], ['ị', 'i', 3], ['ệ', '', 2], ['ộ', '', 2], ['ạ', '', 1], ['ế', '', 1], ['ư', '', 1], ['ơ', '', 1],
  ['ô', '6', 3], ['ố', '6', 2], ['ồ', '6', 2], ['ổ', '6', 2], ['ộ', '6', 2], ['ở', '6', 1], ['đ', 'd', 5], ['n', '11', 2],
  ['ờ', '&', 2], ['ở', '&', 2], ['ớ', '&', 1], ['ợ', '&', 1], ['ờ', '@', 2], ['ở', '@', 2], ['ơ', '@', 2], ['ư', '@', 1], ['ổ', 'ô', 2], ['ồ', 'ô', 2], ['ố', 'ô', 2], ['ờ', 'ò', 2], ['ề', 'è', 2], ['ế', 'ê', 2], ['ể', 'ê', 2], ['ễ', 'ê', 1]
]

function wordTokens(text: string): string[] {
  return tokenize(text)
    .filter((p) => p.kind === 'word')
    .map((p) => p.text.normalize('NFC').toLowerCase())
}

function levenshtein(a: string, b: string): number {
  let prev = Array.from({length: b.length + 1}, (_, j) => j)
  for (let i = 1; i <= a.length; i++) {
    const cur = [i]
    for (let j = 1; j <= b.length; j++) cur[j] = Math.min(prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1), prev[j]! + 1, cur[j - 1]! + 1)
    prev = cur
  }
  return prev[b.length]!
}

/** Aligns OCR tokens to clean tokens (edit distance over tokens, substitution priced by skeleton distance). */
export function alignTokens(ocr: readonly string[], clean: readonly string[]): Array<[string, string]> {
  const n = ocr.length
  const m = clean.length
  const GAP = 0.8
  const sub = (i: number, j: number): number => {
    const a = skeleton(ocr[i]!)
    const b = skeleton(clean[j]!)
    return levenshtein(a, b) / Math.max(a.length, b.length, 1)
  }
  const D = Array.from({length: n + 1}, (_, i) => Float64Array.from({length: m + 1}, (_, j) => (i === 0 ? j * GAP : j === 0 ? i * GAP : 0)))
  for (let i = 1; i <= n; i++) {
    for (let j = 1; j <= m; j++) D[i]![j] = Math.min(D[i - 1]![j - 1]! + sub(i - 1, j - 1), D[i - 1]![j]! + GAP, D[i]![j - 1]! + GAP)
  }
  const pairs: Array<[string, string]> = []
  for (let i = n, j = m; i > 0 && j > 0; ) {
    const s = sub(i - 1, j - 1)
    if (Math.abs(D[i]![j]! - (D[i - 1]![j - 1]! + s)) < 1e-9) {
      if (s <= 0.75) pairs.push([ocr[i - 1]!, clean[j - 1]!])
      i--
      j--
    } else if (Math.abs(D[i]![j]! - (D[i - 1]![j]! + GAP)) < 1e-9) i--
    else j--
  }
  return pairs.reverse()
}

export interface Page {
  id: string
  split: 'train' | 'test'
  clean: string
  ocr: string
}

export function readPages(file = join(root, 'fixtures/ocr-pairs/pages.jsonl')): Page[] {
  return readFileSync(file, 'utf8')
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as Page)
}

function main(): void {
  const {train} = splitCorpus()
  const args = process.argv.slice(2)
  // Opt-in: the clean dispatches of packages/tasks widen the language model (cảng vụ, đê biển,
  // kiểm đếm: 1,508 → 1,699 units). With one discount per order they cost the low-resolution test
  // pages 0.921 → 0.917. `--modified-discounts` (three per order) with them raises the unseen
  // Hải Phòng OCR 0.887 → 0.902 (eng) and 0.885 → 0.890 (fra) and most eval-repair rows, but
  // lowres is 0.919 and the tasks from the tb20 eng scan lose two owners (1.000 → 0.941), so the
  // shipped model is built with neither (see src/repair/README.md). The OCR pairs and the
  // held-out split are splitCorpus's either way.
  const dispatches = args.includes('--dispatches') ? noticeTexts('packages/tasks/test/dispatches').flatMap(proseParagraphs) : []
  const corpus = args.includes('--no-corpus') ? [] : noticeTexts('fixtures/corpus').flatMap(proseParagraphs)
  const lm = trainLanguageModel([[...train, ...dispatches, ...corpus].join('\n')], {minTrigramCount: 1, modifiedDiscounts: args.includes('--modified-discounts')})
  const pairs: Array<[string, string]> = []
  const pagesFile = args.includes('--pages') ? args[args.indexOf('--pages') + 1] : undefined
  for (const page of readPages(pagesFile)) {
    if (page.split !== 'train') continue
    pairs.push(...alignTokens(wordTokens(page.ocr), wordTokens(page.clean)))
  }
  const noise = join(root, 'fixtures/ocr-pairs/noise-pages.jsonl')
  if (!pagesFile && existsSync(noise)) {
    for (const page of readPages(noise) as Array<Page & {kind: string}>) {
      // Speckled pages come back as noise with few words left: nothing to learn from them.
      if (page.split !== 'train' || page.kind === 'speckle') continue
      pairs.push(...alignTokens(wordTokens(page.ocr), wordTokens(page.clean)))
    }
  }
  const channel = trainChannel(pairs, {prior: PRIOR, iterations: 3, minCount: 2})
  const model = {version: 1, lm, channel}
  const file = args.includes('--out') ? args[args.indexOf('--out') + 1]! : join(root, 'packages/normalize/data/repair-model.json')
  writeFileSync(file, JSON.stringify(model))
  const kb = Math.round(readFileSync(file).length / 1024)
  console.log(`vocab ${lm.vocab.length}, bigrams ${lm.bigrams.length / 3}, trigrams ${lm.trigrams.length / 4}, pairs ${pairs.length}, rules ${channel.rules.length}, ${kb} KB`)
}

if (import.meta.url === `file://${process.argv[1]}`) main()
