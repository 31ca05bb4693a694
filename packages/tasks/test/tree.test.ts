import {readdirSync} from 'node:fs'
import {fileURLToPath} from 'node:url'
import {describe, expect, test} from 'vitest'
import {readDocument} from '@vanban/ingest'
import {extractTasks} from '../src/extract-tasks.ts'

/**
 * A tree that resolves: every `parent` names a record of the same output, and ids are unique, over
 * every test notice and text fixture. Headings that gather tasks go out as `group` records.
 */
const folder = (url: URL): string[] => {
  const dir = fileURLToPath(url)
  return readdirSync(dir)
    .filter((f) => /\.(md|txt)$/.test(f))
    .sort()
    .map((f) => `${dir}${f}`)
}
const files = [...folder(new URL('./notices/', import.meta.url)), ...folder(new URL('../../../fixtures/', import.meta.url))]

describe('every parent names a record of the same output', () => {
  test.each(files.map((f) => [f.replace(/^.*\/(?=[^/]+\/[^/]+$)/, ''), f]))('%s', async (_, file) => {
    const records = extractTasks(await readDocument(file))
    const ids = records.map((t) => t.id)
    expect(new Set(ids).size).toBe(ids.length)
    const dangling = records.filter((t) => t.parent !== null && !ids.includes(t.parent)).map((t) => `${t.id} → ${t.parent}`)
    expect(dangling).toEqual([])
    // A group gathers tasks: it is never a leaf, never warned about a missing owner.
    for (const group of records.filter((t) => t.kind === 'group')) {
      expect(records.some((t) => t.parent === group.id)).toBe(true)
      expect(group.warnings).toEqual([])
    }
  })
})
