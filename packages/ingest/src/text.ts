import {readFile, stat} from 'node:fs/promises'
import path from 'node:path'
import {InputError, type VanbanDocument} from '@vanban/core'
import type {ReadOptions} from './read-document.ts'
import {checkFileSize} from './limits.ts'
import {decodeText} from './text/decode.ts'
import {textToBlocks} from './text/blocks.ts'
import {readError} from './read-error.ts'

/**
 * .txt / .md → Document. Blocks carry `page: null` and the line numbers of the
 * file; tables (tab-separated, Markdown pipe) become table blocks with rows
 * split over "pages" merged back. Text is kept as written: Unicode and
 * whitespace cleanup is the normalize stage's job.
 */
export async function readTextFile(file: string, options: ReadOptions = {}): Promise<VanbanDocument> {
  options.signal?.throwIfAborted()
  let bytes: Uint8Array
  let size: number
  try {
    size = (await stat(file)).size
  } catch (cause) {
    throw readError(file, cause)
  }
  // Refused before it is read: text is decoded and split whole (a 200 MB file took minutes and GBs).
  checkFileSize(file, size, 'text', options)
  try {
    bytes = await readFile(file, options.signal ? {signal: options.signal} : {})
  } catch (cause) {
    throw readError(file, cause)
  }
  return readText(bytes, file, {...options, markdown: path.extname(file).toLowerCase() === '.md'})
}

/** The bytes of a .txt / .md → Document (`markdown` reads its syntax). */
export function readText(bytes: Uint8Array, file: string, options: ReadOptions & {markdown: boolean}): VanbanDocument {
  checkFileSize(file, bytes.length, 'text', options)
  const {text, warnings} = decodeText(bytes, file)
  if (text.trim() === '') throw new InputError('empty-file', 'file is empty', {file})
  const blocks = textToBlocks(text, {markdown: options.markdown})
  options.onPage?.({file, page: 1, pages: 1})
  return {file, pages: [], blocks, warnings}
}
