/**
 * A reason to refuse a PDF, raised in the parse thread. That thread does not
 * load @vanban/core (its zod schemas cost ~90 ms of CPU a thread start); the
 * calling thread turns the failure into `InputError` or `PasswordError`
 * (`parse-thread.ts`), the message then naming the file.
 */
export class ReadFailure extends Error {
  constructor(
    readonly kind: 'input' | 'password',
    readonly code: string,
    reason: string
  ) {
    super(reason)
    this.name = 'ReadFailure'
  }
}

/** pdf.js's refusal to open a document → the failure to report. */
export function loadFailure(error: unknown, hadPassword: boolean): ReadFailure {
  const name = (error as {name?: string})?.name
  const message = (error as Error)?.message ?? String(error)
  if (name === 'PasswordException') {
    return new ReadFailure('password', 'password', hadPassword ? 'wrong password for this encrypted PDF' : 'encrypted PDF: a password is needed (--password)')
  }
  return new ReadFailure('input', 'invalid-pdf', `not a readable PDF (${message.split('\n')[0]})`)
}
