import {VanbanError} from '@vanban/core'

/** Why one file failed, ready to print: `message` is one line naming the file. */
export interface FileError {
  /** Stable reason, e.g. `empty-file`, `password`, `not-found`, `unreadable`, `internal`. */
  readonly code: string
  readonly message: string
  /** The stack trace, for `--verbose` only; never shown by default. */
  readonly stack?: string
}

/** System error codes a user can act on, with the words to say so. */
const systemReasons: Record<string, {code: string; reason: string}> = {
  ENOENT: {code: 'not-found', reason: 'file not found (moved or deleted before or during the run?)'},
  EACCES: {code: 'unreadable', reason: 'permission denied: the file cannot be read'},
  EPERM: {code: 'unreadable', reason: 'operation not permitted: the file cannot be read'},
  EISDIR: {code: 'not-a-file', reason: 'is a folder, not a file'},
  EMFILE: {code: 'unreadable', reason: 'too many open files; retry with fewer --jobs'},
  EIO: {code: 'unreadable', reason: 'input/output error while reading (disk or network share?)'}
}

const oneLine = (text: string): string => text.replace(/\s*[\r\n]+\s*/g, ' ').trim()

/**
 * Any thrown value → a FileError whose message names `file` and the reason on
 * one line. vanban's own errors already do; system errors get plain words;
 * anything else is a bug in vanban, reported as `internal` with its message.
 */
export function toFileError(file: string, error: unknown): FileError {
  const stack = error instanceof Error && error.stack ? {stack: error.stack} : {}
  if (error instanceof VanbanError) {
    const message = oneLine(error.message)
    return {code: error.code, message: message.includes(file) ? message : `${file}: ${message}`, ...stack}
  }
  const systemCode = (error as {code?: unknown} | null)?.code
  if (typeof systemCode === 'string' && systemCode in systemReasons) {
    const known = systemReasons[systemCode]!
    return {code: known.code, message: `${file}: ${known.reason}`, ...stack}
  }
  const text = error instanceof Error ? error.message : String(error)
  return {code: 'internal', message: `${file}: internal error: ${oneLine(text) || 'unknown'}`, ...stack}
}
