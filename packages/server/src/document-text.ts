import fs from 'node:fs/promises'
import path from 'node:path'
import {writeFileAtomic} from '@vanban/batch'
import {renderText} from '@vanban/export'
import {readDocument} from '@vanban/ingest'
import {normalizeDocument} from '@vanban/normalize'

const textFile = 'text.txt'

/**
 * The normalized text of a stored document, one paragraph a line (what
 * `vanban text` prints), for showing a task's paragraph beside the table.
 * Read once and kept next to the document: the records carry a page, not a
 * paragraph, and text files are cheap to read again.
 */
export async function documentText(folder: string, source: string): Promise<string> {
  const cached = path.join(folder, textFile)
  const text = await fs.readFile(cached, 'utf8').catch(() => null)
  if (text !== null) return text
  const rendered = renderText(normalizeDocument(await readDocument(source)))
  await writeFileAtomic(cached, rendered)
  return rendered
}
