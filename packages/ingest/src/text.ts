import {readFile} from 'node:fs/promises'
import path from 'node:path'
import {InputError, type VanbanDocument} from '@vanban/core'
import type {ReadOptions} from './read-document.ts'
import {decodeText} from './text/decode.ts'
import {textToBlocks} from './text/blocks.ts'

/**
 * .txt / .md → Document. Blocks carry `page: null` and the line numbers of the
 * file; tables (tab-separated, Markdown pipe) become table blocks with rows
 * split over "pages" merged back. Text is kept as written: Unicode and
 * whitespace cleanup is the normalize stage's job.
 */
export async function readTextFile(file: string, options: ReadOptions = {}): Promise<VanbanDocument> {
  options.signal?.throwIfAborted()
  let bytes: Uint8Array
  try {
    bytes = await readFile(file, options.signal ? {signal: options.signal} : {})
  } catch (cause) {
    throw readError(file, cause)
  }
  const {text, warnings} = decodeText(bytes, file)
  if (text.trim() === '') throw new InputError('empty-file', 'file is empty', {file})
  const markdown = path.extname(file).toLowerCase() === '.md'
  const blocks = textToBlocks(text, {markdown})
  options.onPage?.({file, page: 1, pages: 1})
  return {file, pages: [], blocks, warnings}
}

/** File-system errors → one-line InputErrors; an abort is passed through as is. */
function readError(file: string, cause: unknown): Error {
  if (cause instanceof Error && cause.name === 'AbortError') return cause
  const code = (cause as {code?: string} | null)?.code
  switch (code) {
    case 'ENOENT':
      return new InputError('not-found', 'no such file', {file, cause})
    case 'EISDIR':
      return new InputError('unreadable', 'is a folder, not a file', {file, cause})
    case 'EACCES':
    case 'EPERM':
      return new InputError('unreadable', 'permission denied', {file, cause})
    default:
      return new InputError('unreadable', `cannot read the file (${code ?? 'unknown error'})`, {file, cause})
  }
}
