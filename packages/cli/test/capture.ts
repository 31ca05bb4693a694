import {PassThrough} from 'node:stream'
import {runCli} from '../src/index.ts'

export interface CliRun {
  readonly status: number
  readonly stdout: string
  readonly stderr: string
}

/** Runs `vanban <argv>` in this process with captured output (no signal handlers, no TTY unless asked). */
export async function runVanban(argv: readonly string[], {isTTY = false, env = {}}: {isTTY?: boolean; env?: NodeJS.ProcessEnv} = {}): Promise<CliRun> {
  const stdout = new PassThrough()
  const stderr = new PassThrough()
  const out: Buffer[] = []
  const err: Buffer[] = []
  stdout.on('data', (chunk: Buffer) => out.push(chunk))
  stderr.on('data', (chunk: Buffer) => err.push(chunk))
  const status = await runCli(argv, {stdout, stderr, isTTY, env, handleSignals: false})
  return {status, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8')}
}
