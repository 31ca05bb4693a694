import {readFileSync} from 'node:fs'
import {readingOptions, tasksOptions, UsageError} from './args.ts'
import {mainHelp} from './help.ts'
import {type CliIO, write} from './io.ts'
import {startPdfReaderFor} from './pdf-ahead.ts'

type Command = (args: readonly string[], io: CliIO) => Promise<number>

// Each command loads its modules when it runs: `--version` and `--help` load none, `tasks`
// on text files never loads pdf.js or tesseract.js; a PDF named on the command line has its
// reader started first (pdf-ahead.ts).
const commands: Record<string, Command> = {
  text: async (args, io) => {
    await startPdfReaderFor('text', args, readingOptions, io.env)
    return (await import('./commands/text.ts')).textCommand(args, io)
  },
  tasks: async (args, io) => {
    await startPdfReaderFor('tasks', args, tasksOptions, io.env)
    return (await import('./commands/tasks.ts')).tasksCommand(args, io)
  },
  schema: async (args, io) => (await import('./commands/schema.ts')).schemaCommand(args, io),
  train: async (args, io) => (await import('./commands/train.ts')).trainCommand(args, io),
  // The server, busboy and the batch pipeline load only for `vanban serve`.
  serve: async (args, io) => (await import('./commands/serve.ts')).serveCommand(args, io),
  // BullMQ and ioredis load only for the commands that talk to Redis.
  worker: async (args, io) => (await import('./commands/queue.ts')).workerCommand(args, io),
  queue: async (args, io) => (await import('./commands/queue.ts')).queueCommand(args, io)
}

/** The version in @vanban/cli's package.json, read once when asked. */
export function version(): string {
  const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as {version: string}
  return pkg.version
}

/**
 * Runs one `vanban` command line and returns its exit status: 0 ok, 1 a file
 * failed, 2 a usage error, 130/143 interrupted. Never throws: unexpected
 * errors become one line (with the stack only under `--verbose`).
 *
 * @example
 * await runCli(['schema'], io)
 * //=> 0
 */
export async function runCli(argv: readonly string[], io: CliIO): Promise<number> {
  const [name, ...args] = argv
  try {
    if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
      await write(name === undefined ? io.stderr : io.stdout, mainHelp)
      return name === undefined ? 2 : 0
    }
    if (name === '--version' || name === '-v') {
      await write(io.stdout, version() + '\n')
      return 0
    }
    const command = commands[name]
    if (!command) throw new UsageError(`unknown command "${name}"`)
    return await command(args, io)
  } catch (error) {
    if (error instanceof UsageError) {
      const help = name && name in commands ? `vanban ${name} --help` : 'vanban --help'
      await write(io.stderr, `vanban: ${error.message} (see \`${help}\`)\n`)
      return 2
    }
    const message = error instanceof Error ? error.message : String(error)
    const stack = args.includes('--verbose') && error instanceof Error && error.stack ? error.stack + '\n' : ''
    await write(io.stderr, `vanban: ${message.replace(/\s*[\r\n]+\s*/g, ' ')}\n${stack}`)
    return 1
  }
}
