import {InputError} from '@vanban/core'

// Its own module: resolve-input.ts needs it for every input, and text.ts would load the
// Markdown parser with it before every PDF.

/** File-system errors → one-line InputErrors; an abort is passed through as is. */
export function readError(file: string, cause: unknown): Error {
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
