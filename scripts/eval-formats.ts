/**
 * Every Markdown notice of packages/tasks/test/notices saved as .docx (pandoc),
 * .odt, .rtf, .doc (LibreOffice from that .docx) and as a portal page, read
 * back by vanban and compared with the notice read from its Markdown:
 * syllable accuracy of the text, and whether the tasks are the same (ids,
 * tree, owner, coordinators, due, recurrence, text by syllables). Needs pandoc
 * and LibreOffice, like scripts/make-format-fixtures.ts; about a minute.
 * `npx tsx scripts/eval-formats.ts [--verbose]`
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {readDocument} from '../packages/ingest/src/index.ts'
import {extractTasks} from '../packages/tasks/src/index.ts'
import {renderBlocks} from '../test/support/render-text.ts'
import {syllableAccuracy, syllables} from '../test/support/metrics.ts'
import {pandoc, portalPage, soffice, typedLetters, typedMarkers} from './make-format-fixtures.ts'

const root = path.resolve(import.meta.dirname, '..')
const dir = path.join(root, 'packages/tasks/test/notices')
const verbose = process.argv.includes('--verbose')
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'vanban-eval-formats-'))
const formats = ['docx', 'odt', 'rtf', 'doc', 'html'] as const

const comparable = (tasks: ReturnType<typeof extractTasks>): string =>
  JSON.stringify(tasks.map((t) => ({id: t.id, parent: t.parent, owner: t.owner, coordinators: t.coordinators, due: t.due, recurrence: t.recurrence, text: syllables(t.text).join(' ')})))

const notices = fs.readdirSync(dir).filter((f) => f.endsWith('.md')).sort()
for (const file of notices) {
  const name = path.basename(file, '.md')
  const markdown = fs.readFileSync(path.join(dir, file), 'utf8')
  fs.writeFileSync(path.join(tmp, `${name}.md`), typedLetters(markdown))
  pandoc(path.join(tmp, `${name}.md`), 'docx', path.join(tmp, `${name}.docx`))
  fs.writeFileSync(path.join(tmp, `${name}.typed.md`), typedMarkers(markdown))
  pandoc(path.join(tmp, `${name}.typed.md`), 'html5', path.join(tmp, `${name}.fragment`))
  fs.writeFileSync(path.join(tmp, `${name}.html`), portalPage(fs.readFileSync(path.join(tmp, `${name}.fragment`), 'utf8'), 'utf-8'))
}
const docxFiles = notices.map((f) => path.join(tmp, f.replace(/\.md$/, '.docx')))
for (const to of ['odt', 'rtf', 'doc']) soffice(docxFiles, to, tmp)

const totals = Object.fromEntries(formats.map((f) => [f, {accuracy: 0, same: 0}]))
console.log(`notice | ${formats.join(' | ')}`)
for (const file of notices) {
  const name = path.basename(file, '.md')
  const reference = await readDocument(path.join(dir, file))
  const referenceText = renderBlocks(reference.blocks)
  const referenceTasks = comparable(extractTasks(reference))
  const cells: string[] = []
  for (const format of formats) {
    const doc = await readDocument(path.join(tmp, `${name}.${format}`))
    const accuracy = syllableAccuracy(renderBlocks(doc.blocks), referenceText)
    const same = comparable(extractTasks(doc)) === referenceTasks
    totals[format]!.accuracy += accuracy
    if (same) totals[format]!.same++
    cells.push(`${accuracy.toFixed(4)}${same ? '' : ' ≠'}`)
  }
  if (verbose || cells.some((c) => c.includes('≠'))) console.log(`${name} | ${cells.join(' | ')}`)
}
console.log(`mean (${notices.length} notices) | ${formats.map((f) => `${(totals[f]!.accuracy / notices.length).toFixed(4)}, ${totals[f]!.same}/${notices.length} same tasks`).join(' | ')}`)
fs.rmSync(tmp, {recursive: true, force: true})
