import {readFileSync, readdirSync} from 'node:fs'
import {fileURLToPath} from 'node:url'
import {describe, expect, test} from 'vitest'
import {taskSchema} from '@vanban/core'
import {readDocument} from '@vanban/ingest'
import {extractTasks} from '../src/extract-tasks.ts'
import {leaves, scoreTasks} from '../../../test/support/metrics.ts'

/**
 * Synthetic notices of the genre's variety (provincial plan, ministry directive,
 * Government resolution, bullet-only conclusion, agency headings, appendices, many
 * deadline forms), each with a task list written by hand from its text.
 */
const dir = fileURLToPath(new URL('./notices/', import.meta.url))
const notices = readdirSync(dir).filter((f) => /\.(md|txt)$/.test(f)).sort()

interface Expected {
  id: string
  parent: string | null
  owner: string | null
  coordinators: string[]
  due: string | null
  recurrence: string | null
}

const expectedOf = (name: string): Expected[] =>
  (JSON.parse(readFileSync(`${dir}${name.replace(/\.(md|txt|pdf)$/, '.expected.json')}`, 'utf8')) as {tasks: Expected[]}).tasks

describe('synthetic notices: leaf tasks as written by hand', () => {
  test.each(notices)('%s', async (name) => {
    const expected = expectedOf(name)
    const tasks = extractTasks(await readDocument(`${dir}${name}`))
    for (const t of tasks) expect(taskSchema.safeParse(t).success).toBe(true)
    const pick = (t: Expected) => ({id: t.id, parent: t.parent, owner: t.owner, coordinators: t.coordinators, due: t.due, recurrence: t.recurrence})
    expect(leaves(tasks).map(pick)).toEqual(leaves(expected).map(pick))
    const scores = scoreTasks(leaves(tasks), leaves(expected))
    expect([scores.f1, scores.owner, scores.due]).toEqual([1, 1, 1])
  })
})
