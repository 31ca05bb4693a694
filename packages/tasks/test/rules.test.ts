import {readFileSync, readdirSync} from 'node:fs'
import {fileURLToPath} from 'node:url'
import {expect, test} from 'vitest'
import {readDocument} from '@vanban/ingest'
import {extractTasks} from '../src/extract-tasks.ts'
import {ruleIds} from '../src/rules.ts'
import {notTasksSection, ocrSection, readmePath, rulesSection} from '../scripts/render-rules.ts'

test('the README lists every rule id (regenerate with scripts/render-rules.ts)', () => {
  const readme = readFileSync(readmePath, 'utf8')
  expect(readme).toContain(rulesSection())
  expect(readme).toContain(notTasksSection())
  expect(readme).toContain(ocrSection())
})

test('explain records only known rule ids, on every record; without it, no rules field', async () => {
  const dir = fileURLToPath(new URL('./notices/', import.meta.url))
  const seen = new Set<string>()
  for (const name of readdirSync(dir).filter((f) => /\.(md|txt)$/.test(f))) {
    const doc = await readDocument(`${dir}${name}`)
    for (const t of extractTasks(doc, {explain: true})) {
      expect(t.rules?.length).toBeGreaterThan(0)
      for (const r of t.rules!) seen.add(r)
    }
    expect(extractTasks(doc).some((t) => 'rules' in t)).toBe(false)
  }
  expect([...seen].filter((r) => !(r in ruleIds))).toEqual([])
}, 60_000)
