/**
 * Scores the parser on folders of notices written blind (by people who saw
 * neither vanban's code nor its output), each `<name>.md|.txt` (or .docx, .odt, .doc, .html, .pdf) beside its
 * `<name>.expected.json`: micro leaf F1, owner, due and exact (found with the
 * right owner and the right due date), matched by task text where the gold gives it.
 *
 * Usage: tsx scripts/eval-blind.ts [DIR …] [--per-notice] [--misses]
 * `--misses` prints each gold task that was not found or got a wrong owner or due date.
 * With no DIR: packages/tasks/test/dispatches and packages/tasks/test/notices.
 */
import {existsSync, readFileSync, readdirSync} from 'node:fs'
import path from 'node:path'
import {parseArgs} from 'node:util'
import {readDocument} from '@vanban/ingest'
import {normalizeDocument} from '@vanban/normalize'
import {extractTasks} from '@vanban/tasks'
import {clean, leaves, microScores, pairTasksByText, scoreTasksByText, type TaskLike, type TaskScores} from '../test/support/metrics.ts'

const root = path.resolve(import.meta.dirname, '..')

export const blindFolders = {
  dispatches: path.join(root, 'packages/tasks/test/dispatches'),
  notices: path.join(root, 'packages/tasks/test/notices')
}

export interface NoticeScore {
  name: string
  scores: TaskScores
  /** Gold tasks missed or read wrong, one line each. */
  misses: string[]
}

interface Gold extends TaskLike {
  parent: string | null
}

const documentFile = /\.(md|txt|docx|odt|doc|html?|pdf)$/

/** Every notice of a folder through the whole pipeline (read, normalize, tasks), scored. */
export async function scoreFolder(dir: string): Promise<{notices: NoticeScore[]; micro: TaskScores}> {
  const notices: NoticeScore[] = []
  if (!existsSync(dir)) return {notices, micro: microScores([])}
  // Any format the reader takes: a Word file or a saved web page scores against the same gold as its text.
  for (const name of readdirSync(dir).filter((f) => documentFile.test(f)).sort()) {
    const expectedFile = path.join(dir, name.replace(documentFile, '.expected.json'))
    if (!existsSync(expectedFile)) continue
    const gold = (JSON.parse(readFileSync(expectedFile, 'utf8')) as {tasks: Gold[]}).tasks
    const doc = normalizeDocument(await readDocument(path.join(dir, name)), {repair: 'auto'})
    // Group records (headings) are no leaves; count only what assigns work.
    const predicted = leaves(extractTasks(doc))
    const misses: string[] = []
    const short = (t: string | null | undefined) => (t ?? '').slice(0, 70)
    const pairs = pairTasksByText(predicted, leaves(gold))
    const paired = new Set(pairs.map(([, p]) => p))
    for (const [g, p] of pairs) {
      if (!p) misses.push(`missed ${g.id}: ${short(g.text)}`)
      else if (clean(p.owner) !== clean(g.owner) || p.due !== g.due)
        misses.push(`${g.id}${p.id === g.id ? '' : ` (as ${p.id})`}: owner ${JSON.stringify(p.owner)}${clean(p.owner) === clean(g.owner) ? ' ok' : ` ≠ ${JSON.stringify(g.owner)}`}, due ${p.due}${p.due === g.due ? ' ok' : ` ≠ ${g.due}`} — ${short(g.text)}`)
    }
    // What the gold does not count as a task (over-extraction), by its id and owner.
    for (const p of predicted) if (!paired.has(p)) misses.push(`extra ${p.id}: ${JSON.stringify(p.owner)} — ${short(p.text)}`)
    notices.push({name, scores: scoreTasksByText(predicted, leaves(gold)), misses})
  }
  return {notices, micro: microScores(notices.map((n) => n.scores))}
}

const format = (s: TaskScores) =>
  `F1 ${s.f1.toFixed(3)}  owner ${s.owner.toFixed(3)}  due ${s.due.toFixed(3)}  exact ${s.exact.toFixed(3)}  (${s.matched}/${s.gold} gold, ${s.predicted} predicted)`

if (import.meta.url === `file://${process.argv[1]}`) {
  const {values, positionals} = parseArgs({allowPositionals: true, options: {'per-notice': {type: 'boolean', default: false}, misses: {type: 'boolean', default: false}}})
  const dirs = positionals.length > 0 ? positionals.map((d) => path.resolve(d)) : Object.values(blindFolders)
  for (const dir of dirs) {
    const {notices, micro} = await scoreFolder(dir)
    console.log(`${path.relative(root, dir)}: ${notices.length} notices  ${format(micro)}`)
    for (const n of notices) {
      if (values['per-notice']) console.log(`  ${n.name.padEnd(48)} ${format(n.scores)}`)
      if (values.misses) for (const m of n.misses) console.log(`    ${values['per-notice'] ? '' : `${n.name}: `}${m}`)
    }
  }
}
