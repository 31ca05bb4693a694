import {readFileSync} from 'node:fs'
import {fileURLToPath} from 'node:url'
import {describe, expect, it} from 'vitest'
import {readDocument} from '../packages/ingest/src/index.ts'
import {brokenness, normalizeDocument} from '../packages/normalize/src/index.ts'
import {extractTasks} from '../packages/tasks/src/index.ts'
import {clean, leaves, pairTasksByText, type TaskLike} from './support/metrics.ts'

/**
 * Issue 18: dispatches OCR'd by tesseract's Portuguese and Czech models, which print marks of their
 * own on Vietnamese words (`Giao Só Nông nghiêp va Môi truông chú tri`, `Bo Chi huy Ouán sv tinh`,
 * `quy HI nám 2027`). Most such words are valid syllables, so the text once looked clean enough to
 * leave alone, and the owners came out as printed: 0 of 7 right from `por`, 3 of 7 from `ces`.
 * Two dispatches of the tests' own set (`packages/tasks/test/dispatches`, never in the repair's
 * training pairs), rendered with pandoc and LibreOffice at 300 dpi and read back with tesseract.
 */
const fixture = (name: string): string => fileURLToPath(new URL(`../fixtures/broken/${name}`, import.meta.url))
const goldOf = (name: string): Array<TaskLike & {parent: string | null}> =>
  JSON.parse(readFileSync(fileURLToPath(new URL(`../packages/tasks/test/dispatches/${name}.expected.json`, import.meta.url)), 'utf8')).tasks

async function tasksOf(file: string) {
  return leaves(extractTasks(normalizeDocument(await readDocument(fixture(file)), {repair: 'auto'})))
}

describe.each(['por', 'ces'])('dispatches read by tesseract %s', (lang) => {
  it('are judged broken though most of their marked words are valid syllables', () => {
    const text = readFileSync(fixture(`c-directive-admin-procedures.ocr-${lang}.txt`), 'utf8')
    const judged = brokenness(text)
    expect(judged.markedValid).toBeGreaterThan(0.35)
    expect(judged.broken).toBe(true)
  })

  it.each(['c-directive-admin-procedures', 'c-dengue-prevention-provinces'])('%s: every task found, owners and dates read', async (name) => {
    const gold = leaves(goldOf(name))
    const predicted = await tasksOf(`${name}.ocr-${lang}.txt`)
    const pairs = pairTasksByText(predicted, gold)
    expect(predicted).toHaveLength(gold.length)
    expect(pairs.every(([, p]) => p !== undefined)).toBe(true)
    const rows = pairs.map(([g, p]) => ({id: g.id, owner: clean(p!.owner) === clean(g.owner), due: p!.due === g.due}))
    // What is still wrong, written down so that a change in either direction shows:
    // `ces` reads the dengue dispatch's `Ủy ban nhân dân các tỉnh` as `Úy ban nhán dán cóc tinh`, and
    // the task of item 3 goes to the `Bộ Y tế` of its sentence.
    const known: Record<string, Record<string, {owner?: false; due?: false}>> = {ces: {'c-dengue-prevention-provinces:3': {owner: false}}}
    expect(rows).toEqual(rows.map((r) => ({id: r.id, owner: true, due: true, ...known[lang]?.[`${name}:${r.id}`]})))
  }, 60_000)
})
