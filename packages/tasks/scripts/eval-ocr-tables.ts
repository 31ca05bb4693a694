/**
 * Task tables read by an OCR engine that interleaved their columns line by line (`src/ocr-table.ts`):
 * each plain OCR text (`.txt`, as a third party's engine wrote it) through the whole pipeline (read,
 * repair, tasks), scored against the gold rows it shows — leaf F1 by task text, owner, due, exact.
 *
 * Usage: tsx packages/tasks/scripts/eval-ocr-tables.ts --gold GOLD.json --ids 2-16 TEXT.txt … [--misses]
 * GOLD is a list of tasks (`[{id, text, owner, due}]`, or `{tasks: […]}`); `--ids` keeps the gold rows
 * of that numeric range (the rows the scanned pages show).
 */
import {readFileSync} from 'node:fs'
import {basename} from 'node:path'
import {parseArgs} from 'node:util'
import {readDocument} from '@vanban/ingest'
import {normalizeDocument} from '@vanban/normalize'
import {extractTasks} from '../src/extract-tasks.ts'
import {clean, leaves, pairTasksByText, scoreTasksByText, type TaskLike} from '../../../test/support/metrics.ts'

const {values, positionals} = parseArgs({allowPositionals: true, options: {gold: {type: 'string'}, ids: {type: 'string'}, misses: {type: 'boolean', default: false}}})
if (!values.gold || positionals.length === 0) throw new Error('usage: eval-ocr-tables.ts --gold GOLD.json [--ids 2-16] TEXT.txt …')
const raw = JSON.parse(readFileSync(values.gold, 'utf8')) as TaskLike[] | {tasks: TaskLike[]}
let gold = Array.isArray(raw) ? raw : raw.tasks
if (values.ids) {
  const [from, to] = values.ids.split('-').map(Number) as [number, number]
  gold = gold.filter((t) => /^\d+$/.test(t.id) && Number(t.id) >= from && Number(t.id) <= to)
}
for (const file of positionals) {
  const started = Date.now()
  const doc = normalizeDocument(await readDocument(file), {repair: 'auto'})
  const predicted = leaves(extractTasks(doc))
  const s = scoreTasksByText(predicted, gold)
  console.log(`${basename(file).padEnd(28)} F1 ${s.f1.toFixed(3)}  owner ${s.owner.toFixed(3)}  due ${s.due.toFixed(3)}  exact ${s.exact.toFixed(3)}  (${s.matched}/${s.gold} gold, ${s.predicted} predicted, ${((Date.now() - started) / 1000).toFixed(1)} s)`)
  if (!values.misses) continue
  for (const [g, p] of pairTasksByText(predicted, gold)) {
    if (!p) console.log(`    missed ${g.id}: ${(g.text ?? '').slice(0, 60)}`)
    else if (clean(p.owner) !== clean(g.owner) || p.due !== g.due) console.log(`    ${g.id} (as ${p.id}): owner ${JSON.stringify(p.owner)} / ${JSON.stringify(g.owner)}, due ${p.due} / ${g.due}`)
  }
}
