import type {Readable, Writable} from 'node:stream'

/** Where a command writes and what it may know of its surroundings; tests pass their own. */
export interface CliIO {
  readonly stdout: Writable
  readonly stderr: Writable
  /** Read for the input `-`. @default no standard input (`-` is then a usage error) */
  readonly stdin?: Readable
  /** True when stderr is a terminal: then a progress bar, else one line per finished file. */
  readonly isTTY: boolean
  readonly env: NodeJS.ProcessEnv
  /** Install SIGINT/SIGTERM handlers while a batch runs. @default true in bin.ts */
  readonly handleSignals: boolean
}

/** Writes and waits until the stream took it, so a following exit loses nothing. */
export function write(stream: Writable, data: string | Uint8Array): Promise<void> {
  if (data.length === 0) return Promise.resolve()
  return new Promise((resolve) => {
    // An error (EPIPE when piped into `head`) is handled by the stream's owner; never hang here.
    stream.write(data, () => resolve())
  })
}

/**
 * What standard input (`-`) is called in records and messages when `--name` gives no name:
 * a word, since a cell holding only `-` becomes `'-` under the CSV formula guard.
 */
export const stdinName = 'stdin'

/** All of a stream (standard input) as bytes. */
export async function readAll(stream: Readable): Promise<Uint8Array> {
  const chunks: Buffer[] = []
  for await (const chunk of stream) chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk as string))
  return Buffer.concat(chunks)
}
