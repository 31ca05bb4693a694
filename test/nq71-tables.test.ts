import {readFileSync} from 'node:fs'
import {fileURLToPath} from 'node:url'
import {beforeAll, describe, expect, it} from 'vitest'
import {taskSchema, type Task} from '@vanban/core'
import {readDocument} from '../packages/ingest/src/index.ts'
import {normalizeDocument} from '../packages/normalize/src/index.ts'
import {tableTasks} from '../packages/tasks/src/table.ts'
import {leaves, scoreTasks} from './support/metrics.ts'

/**
 * Issue 4's acceptance figures: Appendix II of Resolution 71 (189 numbered
 * rows and 140 sub-rows over 60 pages, rows split at page breaks) against the
 * hand-checked gold, from the text export and from the PDF.
 */
const fixture = (name: string): string => fileURLToPath(new URL(`../fixtures/${name}`, import.meta.url))

interface GoldTask {
  id: string
  parent: string | null
  owner: string | null
  due: string | null
  text: string
}
const gold: GoldTask[] = JSON.parse(readFileSync(fixture('nq71-2025-appendix2.gold.json'), 'utf8'))

/** extract-tasks may prefix ids with the appendix (`PLII.32`); the gold has none. */
const unprefixed = (tasks: readonly Task[]): Task[] =>
  tasks.map((t) => ({...t, id: t.id.replace(/^PL[IVXLC]*\./, ''), parent: t.parent?.replace(/^PL[IVXLC]*\./, '') ?? null}))

const clean = (s: string): string => s.normalize('NFC').replace(/\s+/g, ' ').trim()

describe.each(['nq71-2025-action-program.txt', 'nq71-2025-action-program.pdf'])('nq71 Appendix II from %s', (name) => {
  let tasks: Task[] = []
  let normalized: Task[] = []
  beforeAll(async () => {
    const doc = await readDocument(fixture(name))
    tasks = unprefixed(tableTasks(doc))
    // The path the CLI takes: read, normalize (with diacritic repair), then the table rows.
    normalized = unprefixed(tableTasks(normalizeDocument(doc)))
  }, 120_000)

  it('every task is schema-valid', () => {
    for (const t of tasks) expect(taskSchema.safeParse(t).success).toBe(true)
  })

  it('finds all 329 tasks and only them (the targets table of Appendix I gives none)', () => {
    const all = scoreTasks(tasks, gold)
    expect(all.matched).toBe(329)
    expect(all.predicted).toBe(329)
  })

  it.each([
    ['as read', () => tasks],
    ['after normalize', () => normalized]
  ])('leaf F1 ≥ 0.99, owner ≥ 0.98, due ≥ 0.98 (%s)', (_, result) => {
    const s = scoreTasks(leaves(result()), leaves(gold))
    expect(s.f1).toBeGreaterThanOrEqual(0.99)
    expect(s.owner).toBeGreaterThanOrEqual(0.98)
    expect(s.due).toBeGreaterThanOrEqual(0.98)
  })

  it('parents follow the outline: numbered rows under their group, sub-rows under their row', () => {
    const byId = new Map(tasks.map((t) => [t.id, t]))
    const wrong = gold.filter((g) => byId.get(g.id)?.parent !== g.parent).map((g) => g.id)
    expect(wrong).toEqual([])
  })

  it('rows split across pages are whole again: task texts match the gold (≤ 1% may differ)', () => {
    const byId = new Map(tasks.map((t) => [t.id, t]))
    const wrong = gold.filter((g) => clean(byId.get(g.id)?.text ?? '') !== clean(g.text)).map((g) => g.id)
    expect(wrong.length).toBeLessThanOrEqual(3)
  })
})
