#!/usr/bin/env node
// The `vanban` command. On glibc it restarts itself once with the malloc setting of
// malloc-env.ts (read only at process start), passing its arguments, standard streams,
// signals and exit status through; elsewhere, or when the setting is there, it runs main.ts.
import {spawn} from 'node:child_process'
import {tunedEnvironment} from './malloc-env.ts'

// Under a debugger (`node --inspect`) the process stays one: a second would fight for the port.
const debugging = process.execArgv.some((flag) => flag.startsWith('--inspect'))
const env = debugging ? null : tunedEnvironment(process.env)
if (env === null) {
  await import('./main.ts')
} else {
  const child = spawn(process.execPath, [...process.execArgv, ...process.argv.slice(1)], {stdio: 'inherit', env})
  // Ctrl-C reaches the whole process group, the child included: it decides what an interrupt
  // means (finish the file in flight, clean up); this process only waits for it.
  const forward = (signal: NodeJS.Signals) => () => {
    if (signal !== 'SIGINT') child.kill(signal)
  }
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.on(signal, forward(signal))
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
