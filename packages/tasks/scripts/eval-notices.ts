/**
 * Scores the parser on the hand-checked synthetic notices of test/notices:
 * leaf-task F1, owner and due accuracy per notice, from the text file and,
 * when a rendered `<name>.pdf` sits next to it, from the text-layer PDF.
 * Ends with the micro average over all, and `exact`: the share of gold tasks found with the right
 * owner and the right due date.
 * Usage: npx tsx packages/tasks/scripts/eval-notices.ts [--diff] [--dir DIR]
 * (`--dir`: another folder of notices and their `.expected.json`, e.g. new
 * cold notices before they join test/notices).
 */
import {existsSync, readFileSync, readdirSync} from 'node:fs'
import {join} from 'node:path'
import {readDocument} from '@vanban/ingest'
import {normalizeDocument} from '@vanban/normalize'
import {extractTasks} from '../src/extract-tasks.ts'
import {leaves, scoreTasks} from '../../../test/support/metrics.ts'

interface Gold {
  id: string
  parent: string | null
  owner: string | null
  due: string | null
  coordinators?: string[]
  recurrence?: string | null
}

const dirFlag = process.argv.indexOf('--dir')
const dir = dirFlag > 0 ? process.argv[dirFlag + 1]! : new URL('../test/notices/', import.meta.url).pathname
const showDiff = process.argv.includes('--diff')
const fmt = (n: number): string => n.toFixed(2)
/** Micro totals over every notice and form: matched, gold, predicted, right owner, right due, both right. */
const total = {matched: 0, gold: 0, predicted: 0, owner: 0, due: 0, exact: 0}

for (const name of readdirSync(dir).filter((f) => /\.(md|txt)$/.test(f)).sort()) {
  const base = name.replace(/\.(md|txt)$/, '')
  const gold = (JSON.parse(readFileSync(join(dir, `${base}.expected.json`), 'utf8')) as {tasks: Gold[]}).tasks
  const inputs = [name, `${base}.pdf`].filter((f) => existsSync(join(dir, f)))
  for (const input of inputs) {
    const raw = await readDocument(join(dir, input))
    let doc = raw
    try {
      doc = normalizeDocument(raw)
    } catch (error) {
      // normalize is another package under work: score the raw reading rather than nothing.
      console.log(`   (normalize failed: ${(error as Error).message}; raw document scored)`)
    }
    const tasks = extractTasks(doc)
    const s = scoreTasks(leaves(tasks), leaves(gold))
    const predictedById = new Map(leaves(tasks).map((t) => [t.id, t]))
    const exact = leaves(gold).filter((g) => predictedById.get(g.id)?.owner === g.owner && predictedById.get(g.id)?.due === g.due).length
    total.matched += s.matched
    total.gold += s.gold
    total.predicted += s.predicted
    total.owner += s.owner * s.matched
    total.due += s.due * s.matched
    total.exact += exact
    console.log(`${input.padEnd(40)} F1 ${fmt(s.f1)}  owner ${fmt(s.owner)}  due ${fmt(s.due)}  (${s.matched}/${s.gold} gold, ${s.predicted} predicted)`)
    if (!showDiff) continue
    const byId = new Map(leaves(tasks).map((t) => [t.id, t]))
    const goldIds = new Set(leaves(gold).map((g) => g.id))
    for (const g of leaves(gold)) {
      const p = byId.get(g.id)
      if (!p) console.log(`   missing ${g.id}`)
      else if (p.owner !== g.owner || p.due !== g.due) console.log(`   ${g.id}: owner ${JSON.stringify(p.owner)} (want ${JSON.stringify(g.owner)}), due ${p.due} (want ${g.due})`)
      else if (g.coordinators && JSON.stringify(p.coordinators) !== JSON.stringify(g.coordinators)) console.log(`   ${g.id}: coordinators ${JSON.stringify(p.coordinators)} (want ${JSON.stringify(g.coordinators)})`)
      else if (g.recurrence !== undefined && p.recurrence !== g.recurrence) console.log(`   ${g.id}: recurrence ${p.recurrence} (want ${g.recurrence})`)
      if (p && p.warnings.length > 0) console.log(`     ${g.id} warnings: ${p.warnings.map((w) => w.code).join('; ')}`)
    }
    for (const p of leaves(tasks)) if (!goldIds.has(p.id)) console.log(`   extra ${p.id}: ${p.text.slice(0, 70)}`)
  }
}

const precision = total.predicted === 0 ? 0 : total.matched / total.predicted
const recall = total.gold === 0 ? 0 : total.matched / total.gold
const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall)
const of = (n: number): string => (total.matched === 0 ? '0.000' : (n / total.matched).toFixed(3))
console.log(`micro F1 ${f1.toFixed(3)}  owner ${of(total.owner)}  due ${of(total.due)}  exact ${(total.gold === 0 ? 0 : total.exact / total.gold).toFixed(3)}  (${total.matched}/${total.gold} gold, ${total.predicted} predicted)`)
