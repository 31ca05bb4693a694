/**
 * Tasks read from OCR'd text, per document: F1, owner, due and exact.
 *
 * - Broken OCR of the tb20 notice (fixtures/broken: tesseract's English model, and the held-out
 *   renderings read by French and German models) through repair, against the hand-checked tb20
 *   appendix (`exact` here also asks for the right coordinators, as scripts/eval-repair.ts does).
 *   tb17 has no gold: its owners are listed for a look with `--owners`.
 * - `--scan DIR`: every `<name>.scan.pdf` (or `.pdf`, `.md`, `.txt`) of DIR beside a
 *   `<name>.expected.json`, matched by task text as scripts/eval-blind.ts does. OCR is slow, so the
 *   document read from a PDF is cached in $TMPDIR/vanban-eval-ocr/ (keyed by path and mtime).
 *
 * - `--notices`: every PDF of test/notices read by OCR (`ocr: 'always'`: rendered, then OCR'd like a
 *   scan) against its `.expected.json`, matched by task text; `--ocr DIR` the same for another folder
 *   (PDFs rendered with scripts/render-notices.ts). The OCR'd documents are cached too.
 *
 * Usage: npx tsx packages/tasks/scripts/eval-ocr.ts [--diff] [--owners] [--scan DIR …] [--notices] [--ocr DIR …]
 */
import {createHash} from 'node:crypto'
import {existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join, resolve} from 'node:path'
import {parseArgs} from 'node:util'
import type {Task, VanbanDocument} from '@vanban/core'
import {readDocument} from '@vanban/ingest'
import {normalizeDocument} from '@vanban/normalize'
import {extractTasks} from '../src/extract-tasks.ts'
import {leaves, scoreTasks, scoreTasksByText, type TaskLike} from '../../../test/support/metrics.ts'

const root = resolve(import.meta.dirname, '../../..')
const broken = join(root, 'fixtures/broken')
const {values} = parseArgs({options: {diff: {type: 'boolean', default: false}, owners: {type: 'boolean', default: false}, scan: {type: 'string', multiple: true}, notices: {type: 'boolean', default: false}, ocr: {type: 'string', multiple: true}}})

interface Gold extends TaskLike {
  parent: string | null
  coordinators?: string[]
}

const cacheDir = join(tmpdir(), 'vanban-eval-ocr')

async function read(file: string, ocr: 'auto' | 'always' = 'auto'): Promise<VanbanDocument> {
  if (!file.endsWith('.pdf')) return readDocument(file)
  const key = createHash('sha1').update(`${ocr}:${file}:${statSync(file).mtimeMs}`).digest('hex').slice(0, 16)
  const cached = join(cacheDir, `${key}.json`)
  if (existsSync(cached)) return JSON.parse(readFileSync(cached, 'utf8')) as VanbanDocument
  const doc = await readDocument(file, {ocr})
  mkdirSync(cacheDir, {recursive: true})
  writeFileSync(cached, JSON.stringify(doc))
  return doc
}

const norm = (s: unknown): string => JSON.stringify(s)?.normalize('NFC').replace(/\s+/g, ' ') ?? ''
const f = (n: number): string => n.toFixed(3)

function diff(pairs: ReadonlyArray<readonly [Gold, Task | undefined]>, predicted: readonly Task[]): void {
  const claimed = new Set<Task>()
  for (const [g, p] of pairs) {
    if (!p) {
      console.log(`   missing ${g.id}: ${g.text?.slice(0, 70) ?? ''}`)
      continue
    }
    claimed.add(p)
    const wrong: string[] = []
    if (norm(p.owner) !== norm(g.owner)) wrong.push(`owner ${JSON.stringify(p.owner)} (want ${JSON.stringify(g.owner)})`)
    if (p.due !== g.due) wrong.push(`due ${p.due} (want ${g.due}) «${p.deadlineText ?? ''}»`)
    if (g.coordinators && norm(p.coordinators) !== norm(g.coordinators)) wrong.push(`coordinators ${JSON.stringify(p.coordinators)} (want ${JSON.stringify(g.coordinators)})`)
    if (wrong.length > 0) console.log(`   ${g.id}→${p.id}: ${wrong.join('; ')}${p.warnings.length ? `  [${p.warnings.map((w) => w.code).join(' ')}]` : ''}`)
  }
  for (const p of predicted) if (!claimed.has(p)) console.log(`   extra ${p.id}: ${p.text.slice(0, 70)}`)
}

/** Pairs as `scoreTasksByText` does: each gold task takes the unclaimed prediction whose words overlap its own most (Dice ≥ 0.5), else the one with its id. */
function pairByText(predicted: readonly Task[], gold: readonly Gold[]): Array<readonly [Gold, Task | undefined]> {
  const bag = (s: string): Map<string, number> => {
    const m = new Map<string, number>()
    for (const w of s.normalize('NFC').toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []) m.set(w, (m.get(w) ?? 0) + 1)
    return m
  }
  const dice = (a: Map<string, number>, b: Map<string, number>): number => {
    let common = 0
    let total = 0
    for (const [k, n] of a) (common += Math.min(n, b.get(k) ?? 0)), (total += n)
    for (const n of b.values()) total += n
    return total === 0 ? 0 : (2 * common) / total
  }
  const claimed = new Set<Task>()
  return gold.map((g) => {
    let best: Task | undefined
    let bestScore = 0.5
    if (g.text) for (const p of predicted) if (!claimed.has(p) && dice(bag(g.text), bag(p.text)) > bestScore) [best, bestScore] = [p, dice(bag(g.text), bag(p.text))]
    best ??= predicted.find((p) => p.id === g.id && !claimed.has(p))
    if (best) claimed.add(best)
    return [g, best] as const
  })
}

// Broken OCR of tb20, against the appendix's gold, by id (the appendix prints its numbers).
const tb20Gold = leaves((JSON.parse(readFileSync(join(root, 'fixtures/tb20-2026-notice.appendix.tasks.json'), 'utf8')) as {tasks: Gold[]}).tasks)
if (!values.scan && !values.notices && !values.ocr) {
  for (const name of readdirSync(broken).filter((n) => n.startsWith('tb20-')).sort()) {
    const doc = normalizeDocument(await read(join(broken, name)), {repair: 'auto'})
    const tasks = leaves(extractTasks(doc).filter((t) => /^PL[IVXLC]*\./.test(t.id)))
    const s = scoreTasks(tasks, tb20Gold)
    const byId = new Map(tasks.map((t) => [t.id, t]))
    const pairs = tb20Gold.map((g) => [g, byId.get(g.id)] as const)
    const exact = pairs.filter(([g, p]) => p !== undefined && norm(p.owner) === norm(g.owner) && p.due === g.due && norm(p.coordinators) === norm(g.coordinators)).length
    console.log(`${name.padEnd(42)} F1 ${f(s.f1)}  owner ${f(s.owner)}  due ${f(s.due)}  exact ${f(exact / tb20Gold.length)}  (${s.matched}/${s.gold}, ${s.predicted} predicted)`)
    if (values.diff) diff(pairs, tasks)
  }
  // No gold for tb17: its owners, to see that they read as names.
  const tb17 = extractTasks(normalizeDocument(await read(join(broken, 'tb17-2025-conclusion.broken.txt')), {repair: 'auto'}))
  console.log(`tb17-2025-conclusion.broken.txt            ${tb17.filter((t) => t.kind === 'task').length} tasks, ${tb17.filter((t) => t.warnings.some((w) => w.code === 'owner-repaired')).length} owner-repaired`)
  if (values.owners) for (const t of tb17) if (t.kind === 'task') console.log(`   ${t.id}: ${JSON.stringify(t.owner)} ← ${JSON.stringify(t.coordinators)}  [${t.warnings.map((w) => w.message).join(" | ").slice(0, 200)}] ${t.text.slice(0, 60)}`)
}

const noticesDir = join(root, 'packages/tasks/test/notices')
const folders = [...(values.scan ?? []).map((dir) => ({dir, ocr: 'auto' as const})), ...[...(values.notices ? [noticesDir] : []), ...(values.ocr ?? [])].map((dir) => ({dir, ocr: 'always' as const}))]
for (const {dir, ocr} of folders) {
  const total = {matched: 0, gold: 0, predicted: 0, owner: 0, due: 0, exact: 0}
  for (const name of readdirSync(dir).filter((n) => n.endsWith('.expected.json')).sort()) {
    const base = name.replace(/\.expected\.json$/, '')
    const inputs = ocr === 'always' ? [`${base}.pdf`] : [`${base}.scan.pdf`, `${base}.pdf`, `${base}.md`, `${base}.txt`]
    const input = inputs.map((n) => join(dir, n)).find((p) => existsSync(p))
    if (!input) continue
    const gold = leaves((JSON.parse(readFileSync(join(dir, name), 'utf8')) as {tasks: Gold[]}).tasks)
    const tasks = leaves(extractTasks(normalizeDocument(await read(input, ocr), {repair: 'auto'})))
    const s = scoreTasksByText(tasks, gold)
    for (const k of ['matched', 'gold', 'predicted'] as const) total[k] += s[k]
    total.owner += s.owner * s.matched
    total.due += s.due * s.matched
    total.exact += s.exact * s.gold
    console.log(`${input.slice(dir.length + 1).padEnd(42)} F1 ${f(s.f1)}  owner ${f(s.owner)}  due ${f(s.due)}  exact ${f(s.exact)}  (${s.matched}/${s.gold}, ${s.predicted} predicted)`)
    if (values.diff) diff(pairByText(tasks, gold), tasks)
  }
  const p = total.predicted === 0 ? 0 : total.matched / total.predicted
  const r = total.gold === 0 ? 0 : total.matched / total.gold
  console.log(`${dir}${ocr === 'always' ? ' (OCR\'d)' : ''}: micro F1 ${f(p + r === 0 ? 0 : (2 * p * r) / (p + r))}  owner ${f(total.owner / Math.max(1, total.matched))}  due ${f(total.due / Math.max(1, total.matched))}  exact ${f(total.exact / Math.max(1, total.gold))}`)
}
