// End to end: the synthetic notices and the tb20 appendix through the PDF reader (pdfjs). The unit
// project keeps to text; these run in the e2e project (vitest.config.ts).
import {existsSync, readFileSync, readdirSync} from 'node:fs'
import {fileURLToPath} from 'node:url'
import {describe, expect, test} from 'vitest'
import type {Task} from '@vanban/core'
import {readDocument} from '@vanban/ingest'
import {extractTasks} from '../src/extract-tasks.ts'
import {proseTasks} from '../src/prose.ts'
import {leaves, scoreTasks} from '../../../test/support/metrics.ts'

const dir = fileURLToPath(new URL('./notices/', import.meta.url))
const notices = readdirSync(dir).filter((f) => /\.(md|txt)$/.test(f)).sort()
const fixture = (name: string): string => fileURLToPath(new URL(`../../../fixtures/${name}`, import.meta.url))

interface Expected {
  id: string
  parent: string | null
  owner: string | null
  due: string | null
}

const expectedOf = (name: string): Expected[] =>
  (JSON.parse(readFileSync(`${dir}${name.replace(/\.(md|txt|pdf)$/, '.expected.json')}`, 'utf8')) as {tasks: Expected[]}).tasks

// The same notices printed to text-layer PDFs by scripts/render-notices.ts (wrapped lines, indents, page numbers).
const pdfs = notices.map((n) => n.replace(/\.(md|txt)$/, '.pdf')).filter((n) => existsSync(`${dir}${n}`))

describe('synthetic notices from text-layer PDF', () => {
  test.each(pdfs)('%s', async (name) => {
    const tasks = extractTasks(await readDocument(`${dir}${name}`))
    const scores = scoreTasks(leaves(tasks), leaves(expectedOf(name)))
    expect(scores.f1).toBeGreaterThanOrEqual(0.95)
    expect(scores.owner).toBeGreaterThanOrEqual(0.9)
    expect(scores.due).toBeGreaterThanOrEqual(0.95)
  }, 30_000)
})

test('tb20 text-layer PDF: the appendix with the golden ids, owners and deadlines', async () => {
  const gold = (JSON.parse(readFileSync(fixture('tb20-2026-notice.appendix.tasks.json'), 'utf8')) as {tasks: Task[]}).tasks
  const tasks = proseTasks(await readDocument(fixture('tb20-2026-notice.pdf')), {}).filter((t) => t.id.startsWith('PL.'))
  const scores = scoreTasks(leaves(tasks), leaves(gold))
  expect(scores.f1).toBeGreaterThanOrEqual(0.95)
  expect(scores.owner).toBeGreaterThanOrEqual(0.9)
  expect(scores.due).toBeGreaterThanOrEqual(0.95)
}, 60_000)
