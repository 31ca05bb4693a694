/**
 * The OCR issue's figures (slow: every page is OCR'd), run by `pnpm eval --ocr`
 * or alone: `npx tsx scripts/eval-ocr.ts`.
 * - a cut tb20 scan page → text, syllable accuracy against the slice of the
 *   published text it covers (found by alignment);
 * - the whole tb20 scan → tasks, against the tasks of the text PDF;
 * - the six nq71 table scan pages → tasks, against the gold rows that the text
 *   PDF places on the same pages (25–30).
 */
import {readFileSync} from 'node:fs'
import path from 'node:path'
import {pathToFileURL} from 'node:url'
import type {Task} from '@vanban/core'
import {renderText} from '@vanban/export'
import {readDocument} from '@vanban/ingest'
import {normalizeDocument} from '@vanban/normalize'
import {extractTasks} from '@vanban/tasks'
import {pageAccuracy} from '../packages/ingest/test/ocr-align.ts'
import {leaves, scoreTasks} from '../test/support/metrics.ts'

const root = path.resolve(import.meta.dirname, '..')
const fixture = (name: string) => path.join(root, 'fixtures', name)
const shared = (name: string) => path.resolve(root, '../shared/fixtures/pdf', name)

/** Pages of the text PDF that nq71-2025-tables.scan.pdf is a scan of (shared/fixtures/README.md). */
const nq71ScanPages = {first: 25, last: 30}

async function tasksOf(file: string): Promise<{text: string; tasks: Task[]; seconds: number; pages: number}> {
  const start = performance.now()
  const doc = normalizeDocument(await readDocument(file, {}), {repair: 'auto'})
  return {text: renderText(doc), tasks: extractTasks(doc), seconds: (performance.now() - start) / 1000, pages: doc.pages.length}
}

/** `only`: run one part (`tb20` or `nq71`), e.g. `npx tsx scripts/eval-ocr.ts --only nq71`. */
export async function evaluateOcr(only?: 'tb20' | 'nq71', {echo = true}: {echo?: boolean} = {}): Promise<Array<{figure: string; value: number; target?: string}>> {
  const out: Array<{figure: string; value: number; target?: string}> = []
  const record = (figure: string, value: number, target?: string) => {
    out.push(target === undefined ? {figure, value} : {figure, value, target})
    // Run alone, each figure as soon as it is known (the scans take minutes); `pnpm eval` prints its own table.
    if (echo) console.error(`${figure.padEnd(58)} ${value.toFixed(4)}  ${target ?? ''}`)
  }

  if (only !== 'nq71') await evaluateTb20(record)
  if (only !== 'tb20') await evaluateNq71(record)
  return out
}

type Record = (figure: string, value: number, target?: string) => void

async function evaluateTb20(record: Record): Promise<void> {
  const reference = readFileSync(fixture('tb20-2026-notice.md'), 'utf8')
  const page = await tasksOf(fixture('scan/tb20-2026-notice.scan.p2.pdf'))
  record('tb20 scan page 2 text vs .md slice: syllable accuracy', pageAccuracy(page.text, reference), '≥ 0.99')

  const textPdf = await tasksOf(fixture('tb20-2026-notice.pdf'))
  const scan = await tasksOf(shared('tb20-2026-notice.scan.pdf'))
  record('tb20 scan (13 pages): pages/s end to end', scan.pages / scan.seconds)
  record('tb20 scan text vs .md: syllable accuracy', pageAccuracy(scan.text, reference), '≥ 0.99')
  const tb20 = scoreTasks(leaves(scan.tasks), leaves(textPdf.tasks))
  record(`tb20 scan tasks vs text-PDF tasks: leaf F1 (${tb20.matched}/${tb20.gold})`, tb20.f1, '≥ 0.95')
  record('tb20 scan tasks vs text-PDF tasks: owner', tb20.owner, '≥ 0.95')
  record('tb20 scan tasks vs text-PDF tasks: due', tb20.due, '≥ 0.95')
  if (process.env.EVAL_OCR_VERBOSE) printMisses(leaves(scan.tasks), leaves(textPdf.tasks))
}

async function evaluateNq71(record: Record): Promise<void> {

  const gold = JSON.parse(readFileSync(fixture('nq71-2025-appendix2.gold.json'), 'utf8')) as Array<{id: string; parent: string | null; owner: string | null; due: string | null}>
  const tableRow = (id: string) => /^\d+(?:\.\(\d+\))?$/.test(id)
  const nq71Pdf = await tasksOf(fixture('nq71-2025-action-program.pdf'))
  const onScanPages = new Set(
    nq71Pdf.tasks.filter((t) => tableRow(t.id) && t.page !== null && t.page >= nq71ScanPages.first && t.page <= nq71ScanPages.last).map((t) => t.id)
  )
  const goldOnPages = gold.filter((t) => onScanPages.has(t.id))
  const nq71Scan = await tasksOf(shared('nq71-2025-tables.scan.pdf'))
  record('nq71 table scan (6 pages): pages/s end to end', nq71Scan.pages / nq71Scan.seconds)
  const nq71 = scoreTasks(leaves(nq71Scan.tasks.filter((t) => tableRow(t.id))), leaves(goldOnPages))
  record(`nq71 table scan → tasks: leaf F1 (${nq71.matched}/${nq71.gold} gold, ${nq71.predicted} predicted)`, nq71.f1, '≥ 0.90')
  record('nq71 table scan → tasks: owner', nq71.owner)
  record('nq71 table scan → tasks: due', nq71.due)
  if (process.env.EVAL_OCR_VERBOSE) printMisses(leaves(nq71Scan.tasks.filter((t) => tableRow(t.id))), leaves(goldOnPages))
}

/** EVAL_OCR_VERBOSE=1: the gold tasks with no predicted task of the same id, and the predicted ones with no gold. */
function printMisses(predicted: ReadonlyArray<{id: string; text?: string; owner?: unknown; due?: unknown}>, gold: ReadonlyArray<{id: string; text?: string; owner?: unknown; due?: unknown}>): void {
  const ids = new Set(predicted.map((t) => t.id))
  const goldIds = new Set(gold.map((t) => t.id))
  for (const t of gold) if (!ids.has(t.id)) console.error(`  missed ${t.id}: ${JSON.stringify(t).slice(0, 200)}`)
  for (const t of predicted) if (!goldIds.has(t.id)) console.error(`  extra  ${t.id}: ${JSON.stringify(t).slice(0, 200)}`)
  const byId = new Map(predicted.map((t) => [t.id, t]))
  for (const g of gold) {
    const p = byId.get(g.id)
    if (p && (JSON.stringify(p.owner) !== JSON.stringify(g.owner) || p.due !== g.due)) console.error(`  differs ${g.id}: owner ${JSON.stringify(p.owner)} vs ${JSON.stringify(g.owner)}, due ${String(p.due)} vs ${String(g.due)}`)
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const at = process.argv.indexOf('--only')
  const only = at > 0 ? process.argv[at + 1] : undefined
  if (only !== undefined && only !== 'tb20' && only !== 'nq71') throw new Error('--only tb20 | nq71')
  await evaluateOcr(only)
}
