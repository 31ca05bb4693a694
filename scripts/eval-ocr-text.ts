/**
 * Syllable accuracy of OCR text files before and after repair, against their clean truth: one
 * line per file. For a new set of garbage OCR (a blind writer's render → scan → OCR).
 *
 * Usage: npx tsx --conditions=vanban-source scripts/eval-ocr-text.ts DIR-OR-FILE… [--truth DIR] [--model model.json]
 *
 * The truth of `<slug>.<model>.txt` (or `<slug>.txt`) is the first `<slug>.md` found in: the
 * file's own folder (heldout4-ocr), `--truth DIR`, and the folder named like the file's without
 * its last `-suffix` (heldout2-eng → heldout2). Markdown markup is removed before scoring
 * (test/support/references.ts). Repair is `repairText(text, {mode: 'auto'})`, as eval-repair.ts.
 */
import {existsSync, readFileSync, readdirSync, statSync} from 'node:fs'
import path from 'node:path'
import {parseArgs} from 'node:util'
import '../packages/normalize/src/shipped-model-node.ts'
import {repairText} from '../packages/normalize/src/repair/index.ts'
import type {RepairModelData} from '../packages/normalize/src/repair/model.ts'
import {syllableAccuracy} from '../test/support/metrics.ts'
import {markdownToPlainText} from '../test/support/references.ts'

/** The `.txt` files named (folders: their `.txt` files, sorted). */
function ocrFiles(inputs: readonly string[]): string[] {
  return inputs.flatMap((p) =>
    statSync(p).isDirectory()
      ? readdirSync(p)
          .filter((f) => f.endsWith('.txt'))
          .sort()
          .map((f) => path.join(p, f))
      : [p]
  )
}

/** `<slug>.md` for `<slug>[.<model>].txt`, or undefined when none of the places has it. */
export function truthOf(file: string, truthDir?: string): string | undefined {
  const dir = path.dirname(file)
  const base = path.basename(file, '.txt')
  const slugs = [base, base.replace(/\.[^.]+$/, '')]
  const dirs = [dir, ...(truthDir === undefined ? [] : [truthDir]), dir.replace(/-[^-/]+$/, '')]
  for (const d of dirs) for (const s of slugs) if (existsSync(path.join(d, `${s}.md`))) return path.join(d, `${s}.md`)
  return undefined
}

async function main(): Promise<void> {
  const {values, positionals} = parseArgs({allowPositionals: true, options: {truth: {type: 'string'}, model: {type: 'string'}}})
  if (positionals.length === 0) {
    console.error('usage: eval-ocr-text.ts DIR-OR-FILE… [--truth DIR] [--model model.json]')
    process.exit(2)
  }
  const model = values.model === undefined ? undefined : (JSON.parse(readFileSync(values.model, 'utf8')) as RepairModelData)
  const rows: Array<[string, number, number]> = []
  for (const file of ocrFiles(positionals)) {
    const truthFile = truthOf(file, values.truth)
    if (truthFile === undefined) {
      console.log(`${file}: no truth (.md) found, skipped`)
      continue
    }
    const ocr = readFileSync(file, 'utf8')
    const truth = markdownToPlainText(readFileSync(truthFile, 'utf8'))
    const fixed = repairText(ocr, model === undefined ? {mode: 'auto'} : {mode: 'auto', model}).text
    rows.push([file, syllableAccuracy(ocr, truth), syllableAccuracy(fixed, truth)])
  }
  const width = Math.max(20, ...rows.map((r) => r[0].length))
  for (const [file, before, after] of rows) console.log(`${file.padEnd(width)}  ${before.toFixed(3)} → ${after.toFixed(3)}`)
}

if (import.meta.url === `file://${process.argv[1]}`) await main()
