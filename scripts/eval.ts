/**
 * `pnpm eval`: the figures the issues set targets for, measured on the
 * fixtures in one run. Prints a table for people and, with `--json FILE`,
 * writes the figures for tracking. Long runs (OCR) are opt-in with `--ocr`.
 *
 * Each figure names its target from the issue so a regression is obvious.
 */
import {existsSync, readFileSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import {parseArgs} from 'node:util'
import type {Task, VanbanDocument} from '@vanban/core'
import {renderText} from '@vanban/export'
import {readDocument} from '@vanban/ingest'
import {normalizeDocument} from '@vanban/normalize'
import {extractTasks} from '@vanban/tasks'
import {leaves, scoreTasks, syllableAccuracy, type TaskLike} from '../test/support/metrics.ts'
import {markdownToPlainText, tableTextReference} from '../test/support/references.ts'

const root = path.resolve(import.meta.dirname, '..')
const fixture = (name: string) => path.join(root, 'fixtures', name)

const {values: flags} = parseArgs({options: {json: {type: 'string'}, ocr: {type: 'boolean', default: false}}})

interface Row {
  figure: string
  value: number | string
  target: string
}
const rows: Row[] = []
const record = (figure: string, value: number | string, target = '') => {
  rows.push({figure, value, target})
  console.log(`${figure.padEnd(58)} ${typeof value === 'number' ? value.toFixed(4) : value}  ${target}`)
}

async function pipeline(file: string): Promise<{doc: VanbanDocument; tasks: Task[]; seconds: number}> {
  const start = performance.now()
  const doc = normalizeDocument(await readDocument(file), {repair: 'auto'})
  const tasks = extractTasks(doc)
  return {doc, tasks, seconds: (performance.now() - start) / 1000}
}

type Comparable = TaskLike & {parent: string | null}

/**
 * Scores the part of a document a gold file covers: `inScope` tells which
 * predicted ids belong to that part (the gold of nq71 is Appendix II only, so
 * the body's prose tasks are neither hits nor false positives there).
 */
function scoreAgainst(name: string, predicted: readonly Comparable[], gold: readonly Comparable[], inScope: (id: string) => boolean, targets: {f1: number; owner: number; due: number}) {
  const s = scoreTasks(leaves(predicted.filter((t) => inScope(t.id))), leaves(gold))
  record(`${name}: leaf F1`, s.f1, `≥ ${targets.f1}  (${s.matched}/${s.gold} gold, ${s.predicted} predicted)`)
  record(`${name}: owner accuracy`, s.owner, `≥ ${targets.owner}`)
  record(`${name}: due accuracy`, s.due, `≥ ${targets.due}`)
}

// Issue 2: text layer → text.
{
  const {doc} = await pipeline(fixture('tb20-2026-notice.pdf'))
  const reference = markdownToPlainText(readFileSync(fixture('tb20-2026-notice.md'), 'utf8'))
  record('tb20 PDF text vs .md: syllable accuracy', syllableAccuracy(renderText(doc), reference), '≥ 0.995')
}

/** Appendix II rows: `32`, `32.(4)`. */
const tableRowId = (id: string) => /^\d+(?:\.\(\d+\))?$/.test(id)

// Issue 4: tables in row order, and the Appendix II task table.
const gold = JSON.parse(readFileSync(fixture('nq71-2025-appendix2.gold.json'), 'utf8')) as Array<{id: string; parent: string | null; owner: string | null; due: string | null}>
{
  const pdf = await pipeline(fixture('nq71-2025-action-program.pdf'))
  const reference = tableTextReference(readFileSync(fixture('nq71-2025-action-program.txt'), 'utf8'))
  record('nq71 PDF text vs .txt: syllable accuracy', syllableAccuracy(renderText(pdf.doc), reference), '≥ 0.995')
  record('nq71 PDF (83 pages) → tasks: pages/s (one run)', pdf.doc.pages.length / pdf.seconds, '(see pnpm bench)')
  scoreAgainst('nq71 Appendix II from PDF', pdf.tasks, gold, tableRowId, {f1: 0.99, owner: 0.98, due: 0.98})
  const txt = await pipeline(fixture('nq71-2025-action-program.txt'))
  scoreAgainst('nq71 Appendix II from .txt', txt.tasks, gold, tableRowId, {f1: 0.99, owner: 0.98, due: 0.98})
}

// Issue 3: prose tasks against the hand-checked golden appendix of tb20.
{
  const goldFile = fixture('tb20-2026-notice.appendix.tasks.json')
  if (existsSync(goldFile)) {
    const raw = JSON.parse(readFileSync(goldFile, 'utf8'))
    const tb20Gold = (Array.isArray(raw) ? raw : raw.tasks) as Comparable[]
    for (const name of ['tb20-2026-notice.md', 'tb20-2026-notice.pdf']) {
      const {tasks} = await pipeline(fixture(name))
      scoreAgainst(`tb20 appendix from ${path.extname(name)}`, tasks, tb20Gold, (id) => /^PL[IVXLC]*\./.test(id), {f1: 0.95, owner: 0.9, due: 0.95})
    }
  } else {
    record('tb20 appendix golden file', 'missing')
  }
}

// Issue 13: notices and dispatches written blind, micro-averaged over every task.
{
  const {blindFolders, scoreFolder} = await import('./eval-blind.ts')
  for (const [name, dir] of Object.entries(blindFolders)) {
    const {notices, micro} = await scoreFolder(dir)
    const what = `blind ${name} (${notices.length} documents, ${micro.gold} tasks)`
    record(`${what}: micro F1`, micro.f1, `≥ 0.90  (${micro.matched}/${micro.gold} gold, ${micro.predicted} predicted)`)
    record(`${what}: owner`, micro.owner)
    record(`${what}: due`, micro.due)
    record(`${what}: exact`, micro.exact, '≥ 0.80')
  }
}

// Issue 6: diacritic repair.
{
  const evalRepair = path.join(root, 'scripts', 'eval-repair.ts')
  if (existsSync(evalRepair)) {
    const {evaluateRepair} = (await import(evalRepair)) as {evaluateRepair: () => Promise<Array<{name: string; before: number; after: number; target?: string}>>}
    for (const r of await evaluateRepair()) {
      record(`repair ${r.name}: before`, r.before)
      record(`repair ${r.name}: after`, r.after, r.target ?? '')
    }
  }
}

// Issue 6 through the whole pipeline: the broken text read as a file, as users bring it.
{
  const broken = fixture('broken/tb20-2026-notice.scan.eng.txt')
  if (existsSync(broken)) {
    const reference = markdownToPlainText(readFileSync(fixture('tb20-2026-notice.md'), 'utf8'))
    const doc = await readDocument(broken)
    record('tb20 eng OCR .txt → vanban text (repair never)', syllableAccuracy(renderText(normalizeDocument(doc, {repair: 'never'})), reference))
    record('tb20 eng OCR .txt → vanban text (repair auto)', syllableAccuracy(renderText(normalizeDocument(doc, {repair: 'auto'})), reference), '≥ 0.93')
  }
}

// Issue 5: OCR (slow: opt in).
if (flags.ocr) {
  const evalOcr = path.join(root, 'scripts', 'eval-ocr.ts')
  if (existsSync(evalOcr)) {
    const {evaluateOcr} = (await import(evalOcr)) as {evaluateOcr: (only?: string, options?: {echo?: boolean}) => Promise<Array<{figure: string; value: number; target?: string}>>}
    for (const r of await evaluateOcr(undefined, {echo: false})) record(r.figure, r.value, r.target ?? '')
  }
}

if (flags.json) writeFileSync(flags.json, JSON.stringify({date: new Date().toISOString(), figures: rows}, null, 2) + '\n')
