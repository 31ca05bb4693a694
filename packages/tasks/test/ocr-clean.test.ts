import {readdirSync} from 'node:fs'
import {fileURLToPath} from 'node:url'
import {expect, test} from 'vitest'
import type {VanbanDocument} from '@vanban/core'
import {readDocument} from '@vanban/ingest'
import {extractTasks} from '../src/extract-tasks.ts'

/**
 * The OCR tolerances (`ocr-markers.ts`, `ocr-names.ts`) act only on damage: every hand-checked notice
 * and dispatch, its blocks marked as read by OCR, gives the same records as the clean text.
 */
const files = ['./notices/', './dispatches/'].flatMap((folder) => {
  const dir = fileURLToPath(new URL(folder, import.meta.url))
  return readdirSync(dir).filter((f) => /\.(md|txt)$/.test(f)).sort().map((f) => `${dir}${f}`)
})

const asOcr = (doc: VanbanDocument): VanbanDocument => ({...doc, blocks: doc.blocks.map((b) => ({...b, provenance: {...b.provenance, source: 'ocr' as const}}))})
const records = (doc: VanbanDocument) => extractTasks(doc).map((t) => ({id: t.id, kind: t.kind, parent: t.parent, owner: t.owner, coordinators: t.coordinators, due: t.due, text: t.text}))

test.each(files.map((f) => [f.slice(f.lastIndexOf('/test/') + 6), f]))('%s read as OCR: the same tasks', async (_name, file) => {
  const doc = await readDocument(file)
  expect(records(asOcr(doc))).toEqual(records(doc))
})
