/**
 * Evaluates the diacritic restorer: syllable accuracy of broken texts before and after repair,
 * the share of clean text left unchanged by `auto`, and the speed of `auto` on broken text.
 * `pnpm eval` imports `evaluateRepair`; run alone: npx tsx scripts/eval-repair.ts
 */
import {readFileSync} from 'node:fs'
import {join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {defaultRepairModel, repairText} from '../packages/normalize/src/repair/index.ts'
import {defaultModelLoadMs} from '../packages/normalize/src/repair/model.ts'
import {isSyllable} from '../packages/normalize/src/repair/syllables.ts'
import {syllableAccuracy, syllables} from '../test/support/metrics.ts'
import {readPages} from './train-lm.ts'

const root = new URL('..', import.meta.url).pathname
// The broken fixtures are copied into the project's fixtures/ (from ../shared/fixtures/broken).
const fixturesDir = fileURLToPath(new URL('../fixtures', import.meta.url))

export interface RepairScore {
  name: string
  before: number
  after: number
}

const read = (p: string): string => readFileSync(p, 'utf8')

/** Share of letter runs that are valid Vietnamese syllables: a proxy when no truth exists. */
function validShare(text: string): number {
  const words = syllables(text).filter((w) => /\p{L}/u.test(w))
  return words.filter((w) => isSyllable(w)).length / Math.max(1, words.length)
}

export async function evaluateRepair(): Promise<RepairScore[]> {
  const rows: RepairScore[] = []
  const tb20Truth = read(join(root, 'fixtures/tb20-2026-notice.md'))
  const tb20Eng = read(join(fixturesDir, 'broken/tb20-2026-notice.scan.eng.txt'))
  defaultRepairModel() // compile outside the timing
  const t0 = performance.now()
  const tb20Fixed = repairText(tb20Eng).text
  const ms = performance.now() - t0
  rows.push({name: 'tb20 eng OCR (held out), syllable accuracy', before: syllableAccuracy(tb20Eng, tb20Truth), after: syllableAccuracy(tb20Fixed, tb20Truth)})
  const test = readPages().filter((p) => p.split === 'test')
  const ocr = test.map((p) => p.ocr).join('\n\n')
  const clean = test.map((p) => p.clean).join('\n\n')
  rows.push({name: `unseen eng OCR pairs (${test.length} pages), syllable accuracy`, before: syllableAccuracy(ocr, clean), after: syllableAccuracy(repairText(ocr).text, clean)})
  const tb17 = read(join(fixturesDir, 'broken/tb17-2025-conclusion.broken.txt'))
  rows.push({name: 'tb17 third-party OCR (no truth), valid-syllable share', before: validShare(tb17), after: validShare(repairText(tb17).text)})
  // Tesseract's Vietnamese model is mostly right (marks lost on some capitals): repair must not
  // make it worse. Pages 1–4 of the tb20 scan (pdftoppm -r 300 -gray; tesseract -l vie --psm 6),
  // scored against the same span of the truth.
  const vie = read(join(root, 'fixtures/ocr-pairs/tb20-p1-4.scan.vie.txt'))
  const vieTruth = syllables(tb20Truth).slice(0, syllables(vie).length + 40).join(' ')
  rows.push({name: 'tb20 pages 1-4 tesseract vie OCR, syllable accuracy', before: syllableAccuracy(vie, vieTruth), after: syllableAccuracy(repairText(vie).text, vieTruth)})
  rows.push({name: 'clean tb20 through auto, unchanged share', before: 1, after: syllableAccuracy(repairText(tb20Truth).text, tb20Truth)})
  // Speed: a fresh model-independent measure needs new tokens, so time the first run above
  // (cold token cache) and a warm re-run.
  const n = syllables(tb20Eng).length
  const t1 = performance.now()
  repairText(tb20Eng)
  const warm = performance.now() - t1
  rows.push({name: 'speed auto on broken text, syllables/s (cold cache → warm)', before: Math.round(n / (ms / 1000)), after: Math.round(n / (warm / 1000))})
  // Read + JSON parse + compile (syllable inventory, candidate trie, n-gram tables), once per process.
  rows.push({name: 'shipped model load, ms (once per process)', before: Math.round(defaultModelLoadMs), after: Math.round(defaultModelLoadMs)})
  return rows
}

if (import.meta.url === `file://${process.argv[1]}`) {
  for (const r of await evaluateRepair()) console.log(`${r.name.padEnd(62)} ${fmt(r.before)} → ${fmt(r.after)}`)
}

function fmt(x: number): string {
  return x > 10 ? String(x) : x.toFixed(3)
}
