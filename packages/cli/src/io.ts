import type {Writable} from 'node:stream'

/** Where a command writes and what it may know of its surroundings; tests pass their own. */
export interface CliIO {
  readonly stdout: Writable
  readonly stderr: Writable
  /** True when stderr is a terminal: then a progress bar, else one line per finished file. */
  readonly isTTY: boolean
  readonly env: NodeJS.ProcessEnv
  /** Install SIGINT/SIGTERM handlers while a batch runs. @default true in bin.ts */
  readonly handleSignals: boolean
}

/** Writes and waits until the stream took it, so a following exit loses nothing. */
export function write(stream: Writable, text: string): Promise<void> {
  if (text === '') return Promise.resolve()
  return new Promise((resolve) => {
    // An error (EPIPE when piped into `head`) is handled by the stream's owner; never hang here.
    stream.write(text, () => resolve())
  })
}
