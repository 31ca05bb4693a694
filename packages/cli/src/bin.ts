#!/usr/bin/env node
// The `vanban` command. When OCR may run on glibc it restarts itself once with the malloc
// setting of malloc-env.ts (read only at process start), passing its arguments, standard
// streams, signals and exit status through; otherwise it runs main.ts in this process.
import {spawn} from 'node:child_process'
import {readFileSync} from 'node:fs'
import {rebuildIfStale} from './dev-build.ts'
import {mayRunOcr, tunedEnvironment} from './malloc-env.ts'
import {applyV8Flags} from './v8-flags.ts'
import {watchParent} from './stop-signals.ts'

const argv = process.argv.slice(2)
if (argv.length === 1 && (argv[0] === '--version' || argv[0] === '-v')) {
  // Scripts ask this often: answer without loading anything.
  process.stdout.write((JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as {version: string}).version + '\n')
} else {
  rebuildIfStale()
  // Under a debugger (`node --inspect`) the process stays one: a second would fight for the port.
  const debugging = process.execArgv.some((flag) => flag.startsWith('--inspect'))
  const env = debugging || !mayRunOcr(argv) ? null : tunedEnvironment(process.env)
  if (env === null) {
    // Before the command's code loads (see v8-flags.ts); a supervisor runs none of it.
    applyV8Flags()
    // A PDF's reader starts before the rest of the command loads (pdf-ahead.ts; part of main.ts's modules anyway).
    ;(await import('./pdf-ahead.ts')).startPdfReaderEarly(argv)
    await import('./main.ts')
  } else supervise(env)
}

/**
 * Runs main.ts in a child with `env` and mirrors it: signals sent to this process are passed
 * on (the child ignores the copy of a Ctrl-C it got from the terminal as well, see
 * stop-signals.ts), its exit status or signal becomes ours. The IPC channel is how the child
 * knows this process is alive: when it closes (this process was killed, even by SIGKILL), the
 * child stops as for SIGTERM instead of running on unseen.
 */
function supervise(env: NodeJS.ProcessEnv): void {
  const child = spawn(process.execPath, [...process.execArgv, ...process.argv.slice(1)], {stdio: ['inherit', 'inherit', 'inherit', 'ipc'], env})
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.on(signal, () => child.kill(signal))
  // Started by pnpm, which was killed: stop as for SIGTERM, the child with us.
  watchParent(process)
  child.on('error', (error) => {
    process.stderr.write(`vanban: could not start: ${error.message}\n`)
    process.exit(1)
  })
  child.on('exit', (code, signal) => {
    if (signal) {
      // Die of the same signal, so a shell sees what the child saw.
      process.removeAllListeners(signal)
      process.kill(process.pid, signal)
    } else {
      process.exit(code ?? 1)
    }
  })
}
