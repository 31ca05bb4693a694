import {fileURLToPath} from 'node:url'
import {expect, test} from 'vitest'
import {readDocument} from '../packages/ingest/src/index.ts'
import {normalizeDocument} from '../packages/normalize/src/index.ts'
import {extractTasks} from '../packages/tasks/src/index.ts'

const fixture = (name: string): string => fileURLToPath(new URL(`../fixtures/${name}`, import.meta.url))

const tasksOf = async (name: string) =>
  extractTasks(normalizeDocument(await readDocument(fixture(name)))).map((t) => ({id: t.id, parent: t.parent, owner: t.owner, due: t.due, recurrence: t.recurrence}))

// The whole notice, conclusions and appendix: a text-layer PDF must give what its Markdown twin gives.
test('tb20: the PDF and its Markdown twin give the same tasks', async () => {
  const [md, pdf] = await Promise.all([tasksOf('tb20-2026-notice.md'), tasksOf('tb20-2026-notice.pdf')])
  expect(md.length).toBeGreaterThan(40)
  expect(pdf).toEqual(md)
})
