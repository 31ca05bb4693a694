import {spawn} from 'node:child_process'
import {parseCommand, positiveNumber, readingOptions, readingValues, UsageError} from '../args.ts'
import {serveHelp} from '../help.ts'
import {type CliIO, write} from '../io.ts'

const options = {
  ...readingOptions,
  port: {type: 'string'},
  host: {type: 'string'},
  data: {type: 'string'},
  open: {type: 'boolean'},
  'max-upload-mb': {type: 'string'}
} as const

/** Exit status of a server stopped by a signal: 128 + the signal number, as shells report it. */
const signalExit = {SIGHUP: 129, SIGINT: 130, SIGTERM: 143} as const
type StopSignal = keyof typeof signalExit

/**
 * `vanban serve`: the clerk's desk on http://127.0.0.1:5757/ until Ctrl-C.
 * The server (and with it busboy and the batch pipeline) loads only here.
 */
export async function serveCommand(args: readonly string[], io: CliIO): Promise<number> {
  const {values, positionals} = parseCommand(args, options)
  if (values.help) {
    await write(io.stdout, serveHelp)
    return 0
  }
  if (positionals.length > 0) throw new UsageError('serve takes no files: drop them on the page')
  const port = values.port === undefined ? undefined : values.port === '0' ? 0 : positiveNumber('port', values.port)
  if (port !== undefined && port > 65535) throw new UsageError(`--port must be at most 65535 (got "${values.port}")`)
  const maxUploadMb = positiveNumber('max-upload-mb', values['max-upload-mb'], {integer: false})
  const {repair, model, ...read} = await readingValues(values, io.env)

  const {defaultHost, isLoopback, messages, startServer} = await import('@vanban/server')
  const host = values.host ?? defaultHost
  let server
  try {
    server = await startServer({
      host,
      ...(port !== undefined && {port}),
      ...(values.data !== undefined && {dataDir: values.data}),
      ...(maxUploadMb !== undefined && {maxUploadBytes: Math.round(maxUploadMb * 2 ** 20)}),
      process: {...read, ...(repair && {repair}), ...(model && {model})}
    })
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    if (code === 'EADDRINUSE') throw new Error(`port ${port ?? 5757} on ${host} is in use (another vanban serve?); choose one with --port N`)
    if (code === 'EADDRNOTAVAIL' || code === 'ENOTFOUND') throw new Error(`cannot listen on ${host}: not an address of this computer`)
    throw error
  }
  if (!isLoopback(host)) {
    await write(io.stderr, messages.noLoginWarning(host) + '\n')
  }
  if (server.pageStale) await write(io.stderr, messages.pageStale + '\n')
  await write(io.stdout, `vanban: serving on ${server.url}\n`)
  if (values.open) openBrowser(server.url)

  const stoppedBy = await new Promise<StopSignal>((resolve) => {
    if (!io.handleSignals) return
    const stop = (signal: StopSignal) => () => {
      for (const [name, listener] of listeners) process.off(name, listener)
      resolve(signal)
    }
    const listeners = (Object.keys(signalExit) as StopSignal[]).map((signal) => [signal, stop(signal)] as const)
    for (const [name, listener] of listeners) process.once(name, listener)
  })
  await server.close()
  await write(io.stderr, `vanban: stopped (${stoppedBy}); documents and edits are kept\n`)
  return signalExit[stoppedBy]
}

/** Opens the page in the default browser; a machine without one just keeps the printed address. */
function openBrowser(url: string): void {
  const [command, args] =
    process.platform === 'darwin' ? ['open', [url]] : process.platform === 'win32' ? ['cmd', ['/c', 'start', '', url]] : ['xdg-open', [url]]
  const child = spawn(command as string, args as string[], {stdio: 'ignore', detached: true})
  child.on('error', () => {})
  child.unref()
}
