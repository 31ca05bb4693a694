// The `vanban` process (started by bin.ts): everything but process wiring lives in run-cli.ts,
// so tests can run it in-process.
import {runCli} from './run-cli.ts'
import {exitStatusOf, watchParent} from './stop-signals.ts'

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
  process.stderr.write(`vanban: internal error: ${oneLine(error)}\n${detail(error)}`)
  // Loaded already if any output was being written; the import is then free.
  import('@vanban/batch').then((batch) => batch.removePendingTempFiles(), () => {}).finally(() => process.exit(1))
})
// A command that does not handle a signal itself (`text`, `schema`) stops at once with the
// shell's status for it; `tasks` installs its own handlers, which finish cleanly.
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
  process.on(signal, () => {
    if (process.listenerCount(signal) === 1) process.exit(exitStatusOf(signal))
  })
}
watchParent(process)

const status = await runCli(process.argv.slice(2), {
  stdout: process.stdout,
  stdin: process.stdin,
  stderr: process.stderr,
  isTTY: process.stderr.isTTY === true,
  env: process.env,
  handleSignals: true
})
// Exit at once: an OCR worker left alive by a failed file must not keep the process hanging.
process.exit(status)
