import {zipSync, strToU8} from 'fflate'
import type {Block, Task, VanbanDocument} from '@vanban/core'
import {readDocument} from '../src/index.ts'
import {extractTasks} from '../../tasks/src/index.ts'
import {renderBlocks} from '../../../test/support/render-text.ts'
import {syllables} from '../../../test/support/metrics.ts'

export const fixture = (name: string): string => new URL(`../../../fixtures/${name}`, import.meta.url).pathname

/** The notices of fixtures/formats and their text sources (see scripts/make-format-fixtures.ts). */
export const formatNotices: Record<string, string> = {
  'tb20-2026-notice': fixture('tb20-2026-notice.md'),
  'government-resolution': fixture('../packages/tasks/test/notices/government-resolution.md'),
  'province-plan-appendix-table': fixture('../packages/tasks/test/notices/province-plan-appendix-table.md'),
  'steering-conclusion': fixture('../packages/tasks/test/notices/steering-conclusion.md')
}

export const textOf = (doc: VanbanDocument): string => renderBlocks(doc.blocks)

/**
 * Tasks compared as a clerk would: ids, tree, owner, coordinators, due and
 * recurrence exactly, the text by its syllables (a .doc has no bold, so the
 * `. ` the tasks stage puts after a bold heading it joins may be missing).
 */
export function comparableTasks(tasks: readonly Task[]): object[] {
  return tasks.map((t) => ({id: t.id, parent: t.parent, owner: t.owner, coordinators: t.coordinators, due: t.due, recurrence: t.recurrence, text: syllables(t.text).join(' ')}))
}

export async function tasksOf(input: string): Promise<object[]> {
  return comparableTasks(extractTasks(await readDocument(input)))
}

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'

/** A .docx from the XML of its body (and numbering, styles, other parts), for tests of single features. */
export function makeDocx(body: string, parts: {numbering?: string; styles?: string; extra?: Record<string, string>} = {}): Uint8Array {
  const files: Record<string, Uint8Array> = {
    '[Content_Types].xml': strToU8('<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>'),
    'word/document.xml': strToU8(`<?xml version="1.0" encoding="UTF-8"?><w:document ${W}><w:body>${body}</w:body></w:document>`)
  }
  if (parts.numbering) files['word/numbering.xml'] = strToU8(`<?xml version="1.0"?><w:numbering ${W}>${parts.numbering}</w:numbering>`)
  if (parts.styles) files['word/styles.xml'] = strToU8(`<?xml version="1.0"?><w:styles ${W}>${parts.styles}</w:styles>`)
  for (const [name, xml] of Object.entries(parts.extra ?? {})) files[name] = strToU8(xml)
  return zipSync(files)
}

/** `<w:p>` with runs: a string is a plain run, `{b: text}` a bold one; `pPr` goes first. */
export function p(runs: (string | {b: string})[], pPr = ''): string {
  const r = runs.map((run) => (typeof run === 'string' ? `<w:r><w:t xml:space="preserve">${run}</w:t></w:r>` : `<w:r><w:rPr><w:b/></w:rPr><w:t>${run.b}</w:t></w:r>`))
  return `<w:p>${pPr ? `<w:pPr>${pPr}</w:pPr>` : ''}${r.join('')}</w:p>`
}

/** A numbered paragraph of list `numId` at level `ilvl`. */
export const li = (numId: number, ilvl: number, text: string): string => p([text], `<w:numPr><w:ilvl w:val="${ilvl}"/><w:numId w:val="${numId}"/></w:numPr>`)

/** One `<w:lvl>`. */
export const lvl = (ilvl: number, numFmt: string, text: string, start = 1): string =>
  `<w:lvl w:ilvl="${ilvl}"><w:start w:val="${start}"/><w:numFmt w:val="${numFmt}"/><w:lvlText w:val="${text}"/></w:lvl>`

export const textBlocks = (blocks: readonly Block[]): string[] => blocks.map((b) => (b.kind === 'table' ? `[table ${b.header.join(' | ')}]` : b.text))
