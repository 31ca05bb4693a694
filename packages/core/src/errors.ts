/**
 * Errors a user can act on. `message` is one line that names the file and the
 * reason; the CLI prints it as is, never a stack trace.
 */
export class VanbanError extends Error {
  /** The input the error is about, when there is one. */
  readonly file: string | undefined
  /** A stable machine-readable reason, e.g. `empty-file`. */
  readonly code: string

  constructor(code: string, message: string, options: {file?: string; cause?: unknown} = {}) {
    super(options.file ? `${options.file}: ${message}` : message, {cause: options.cause})
    this.name = 'VanbanError'
    this.code = code
    this.file = options.file
  }
}

/** The input cannot be read as the format it claims (truncated, not a PDF, wrong encoding). */
export class InputError extends VanbanError {
  constructor(code: string, message: string, options: {file?: string; cause?: unknown} = {}) {
    super(code, message, options)
    this.name = 'InputError'
  }
}

/** The input is a kind vanban does not read (an unknown extension). */
export class UnsupportedInputError extends VanbanError {
  constructor(message: string, options: {file?: string; cause?: unknown} = {}) {
    super('unsupported', message, options)
    this.name = 'UnsupportedInputError'
  }
}

/** A PDF is encrypted and no (or a wrong) password was given. */
export class PasswordError extends VanbanError {
  constructor(message: string, options: {file?: string; cause?: unknown} = {}) {
    super('password', message, options)
    this.name = 'PasswordError'
  }
}

/** A record failed schema validation before export: a bug in vanban, reported clearly. */
export class ValidationError extends VanbanError {
  constructor(message: string, options: {file?: string; cause?: unknown} = {}) {
    super('invalid-record', message, options)
    this.name = 'ValidationError'
  }
}
