// The `vanban` process (started by bin.ts): everything but process wiring lives in run-cli.ts,
// so tests can run it in-process.
import {removePendingTempFiles} from '@vanban/batch'
import {runCli} from './run-cli.ts'

const verbose = process.argv.includes('--verbose')
const oneLine = (error: unknown) => (error instanceof Error ? error.message : String(error)).replace(/\s*[\r\n]+\s*/g, ' ')
const detail = (error: unknown) => (verbose && error instanceof Error && error.stack ? error.stack + '\n' : '')

// `vanban tasks … | head` closes the pipe early; that is the reader's choice, not an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0)
  throw error
})
// A stray rejection inside a reader (a worker failing after its file was already reported)
// must not kill a batch of hundreds of files: say it on one line and carry on.
process.on('unhandledRejection', (error) => {
  process.stderr.write(`vanban: warning: ignored an internal error: ${oneLine(error)}\n${detail(error)}`)
})
// An exception thrown outside any file's processing leaves no safe state: one line, no temp files, exit 1.
process.on('uncaughtException', (error) => {
  removePendingTempFiles()
  process.stderr.write(`vanban: internal error: ${oneLine(error)}\n${detail(error)}`)
  process.exit(1)
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
