#!/usr/bin/env node
// The `vanban` command: everything but process wiring lives in run-cli.ts, so tests can run it in-process.
import {runCli} from './run-cli.ts'

// `vanban tasks … | head` closes the pipe early; that is the reader's choice, not an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0)
  throw error
})

const status = await runCli(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  isTTY: process.stderr.isTTY === true,
  env: process.env,
  handleSignals: true
})
// Exit at once: an OCR worker left alive by a failed file must not keep the process hanging.
process.exit(status)
