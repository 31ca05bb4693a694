import {InputError, PasswordError} from '@vanban/core'
import {expect, test} from 'vitest'
import {toFileError} from '../src/index.ts'

const systemError = (code: string) => Object.assign(new Error(`${code}: something, open '/x'`), {code})

test.each([
  [new InputError('empty-file', 'the file is empty', {file: 'a.pdf'}), 'empty-file', 'a.pdf: the file is empty'],
  [new PasswordError('encrypted PDF: a password is needed', {file: 'a.pdf'}), 'password', 'a.pdf: encrypted PDF: a password is needed'],
  // A vanban error without a file still gets one.
  [new InputError('invalid-pdf', 'not a PDF'), 'invalid-pdf', 'a.pdf: not a PDF'],
  [systemError('ENOENT'), 'not-found', 'a.pdf: file not found (moved or deleted before or during the run?)'],
  [systemError('EACCES'), 'unreadable', 'a.pdf: permission denied: the file cannot be read'],
  [systemError('EISDIR'), 'not-a-file', 'a.pdf: is a folder, not a file'],
  [new TypeError('x is undefined\n    at somewhere'), 'internal', 'a.pdf: internal error: x is undefined at somewhere'],
  ['thrown string', 'internal', 'a.pdf: internal error: thrown string']
])('%s → %s', (error, code, message) => {
  const result = toFileError('a.pdf', error)
  expect(result.code).toBe(code)
  expect(result.message).toBe(message)
  expect(result.message).not.toContain('\n')
})

test('keeps the stack apart for --verbose', () => {
  expect(toFileError('a.pdf', new Error('boom')).stack).toMatch(/^Error: boom\n\s+at /)
})
