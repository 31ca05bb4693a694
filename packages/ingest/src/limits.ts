import {InputError} from '@vanban/core'
import {megabytes} from './megabytes.ts'

/**
 * Default bounds on the work one input may cause, each an option of
 * `readDocument` (see the package README, "Limits"). They are set so that a
 * server reading untrusted files stays within about 1.5 GB and a minute per
 * file, far above what real notices need.
 */

/** Largest decoded PDF stream: 256 MB (a 600-dpi A4 colour scan stored with Flate is ~105 MB). */
export const defaultMaxStreamBytes = 256e6

/** Time to read one page's text layer, and to lay out each 100 pages: 20 s (real pages take 10–100 ms). */
export const defaultParseTimeout = 20_000

/** Largest text file (.txt, .md, .html): 50 MB (a long notice is under 1 MB). */
export const defaultMaxTextFileBytes = 50e6

/** Largest file of any other kind (PDF, image, Word, OpenDocument): 500 MB. */
export const defaultMaxFileBytes = 500e6

/** Which default applies: text formats are read whole into strings, others stream or decode lazily. */
export type FileKind = 'text' | 'binary'

/** The size limit for a file of this kind: the option when given, else the kind's default. */
export function maxFileBytesFor(kind: FileKind, options: {maxFileBytes?: number}): number {
  return options.maxFileBytes ?? (kind === 'text' ? defaultMaxTextFileBytes : defaultMaxFileBytes)
}

/** Refuses a file over its size limit, before any decoding, with the size and the limit. */
export function checkFileSize(file: string, bytes: number, kind: FileKind, options: {maxFileBytes?: number}): void {
  const limit = maxFileBytesFor(kind, options)
  if (bytes > limit) {
    throw new InputError('file-too-large', `file too large (${(bytes / 1e6).toFixed(2)} MB, limit ${megabytes(limit)}, --max-file-mb)`, {file})
  }
}
