import {randomBytes} from 'node:crypto'

/** A document id: 12 hex characters, the only thing of an upload that names a folder. */
export const newDocumentId = (): string => randomBytes(6).toString('hex')

/** True for an id this server could have made: a URL segment is checked before it reaches a path. */
export const isDocumentId = (value: string): boolean => /^[0-9a-f]{12}$/.test(value)

/**
 * The extension of an uploaded name, kept because the reader chooses by it
 * (`.pdf`, `.md`); anything unusual (no extension, spaces, a dozen letters)
 * is dropped, and the reader then says the type is unsupported.
 *
 * @example
 * storedExtension('Thông báo 20.PDF') //=> '.pdf'
 * storedExtension('../../etc/passwd') //=> ''
 */
export function storedExtension(name: string): string {
  const match = /\.([A-Za-z0-9]{1,8})$/.exec(name)
  return match ? `.${match[1]!.toLowerCase()}` : ''
}

/**
 * The uploaded name as the browser sent it, reduced to its last path segment
 * and to one line of printable text for display and download names.
 */
export function displayName(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? ''
  const clean = base.normalize('NFC').replace(/[\u0000-\u001f\u007f]/g, '').trim().slice(0, 255)
  return clean === '' ? 'tài liệu' : clean
}
