import {toFileError} from '@vanban/batch'
import {closeOcr, readDocument} from '@vanban/ingest'
import {normalizeDocument} from '@vanban/normalize'
import {renderText} from '@vanban/export'
import {parseCommand, readingOptions, readingValues, UsageError} from '../args.ts'
import {exitStatus} from '../exit-status.ts'
import {textHelp} from '../help.ts'
import {type CliIO, readAll, stdinName, write} from '../io.ts'

/** `vanban text <file>`: the normalized text on stdout, or one line saying why not. `-` reads standard input. */
export async function textCommand(args: readonly string[], io: CliIO): Promise<number> {
  const {values, positionals} = parseCommand(args, readingOptions)
  if (values.help) {
    await write(io.stdout, textHelp)
    return 0
  }
  if (positionals.length !== 1) throw new UsageError(positionals.length === 0 ? 'give one file' : 'give one file only (use `vanban tasks` for several)')
  const input = positionals[0]!
  if (values.name !== undefined && input !== '-') throw new UsageError('--name names standard input: give - as the input')
  if (input === '-' && !io.stdin) throw new UsageError('no standard input to read for -')
  const file = input === '-' ? (values.name ?? stdinName) : input
  const {repair, model, agencies: _agencies, ...read} = await readingValues(values, io.env)
  let text: string
  try {
    const source = input === '-' ? await readAll(io.stdin!) : input
    const doc = await readDocument(source, {...read, name: file})
    text = renderText(normalizeDocument(doc, {...(repair && {repair}), ...(model && {model})}))
  } catch (error) {
    await closeOcr()
    const failure = toFileError(file, error)
    await write(io.stderr, `vanban: ${failure.message}\n${values.verbose && failure.stack ? failure.stack + '\n' : ''}`)
    return exitStatus.failed
  }
  await closeOcr()
  await write(io.stdout, text)
  return exitStatus.ok
}
