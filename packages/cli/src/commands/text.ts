import {toFileError} from '@vanban/batch'
import {closeOcr, readDocument} from '@vanban/ingest'
import {normalizeDocument} from '@vanban/normalize'
import {renderText} from '@vanban/export'
import {parseCommand, readingOptions, readingValues, UsageError} from '../args.ts'
import {textHelp} from '../help.ts'
import {type CliIO, write} from '../io.ts'

/** `vanban text <file>`: the normalized text on stdout, or one line saying why not. */
export async function textCommand(args: readonly string[], io: CliIO): Promise<number> {
  const {values, positionals} = parseCommand(args, readingOptions)
  if (values.help) {
    await write(io.stdout, textHelp)
    return 0
  }
  if (positionals.length !== 1) throw new UsageError(positionals.length === 0 ? 'give one file' : 'give one file only (use `vanban tasks` for several)')
  const file = positionals[0]!
  const {repair, model, ...read} = readingValues(values, io.env)
  let text: string
  try {
    text = renderText(normalizeDocument(await readDocument(file, read), {...(repair && {repair}), ...(model && {model})}))
  } catch (error) {
    await closeOcr()
    const failure = toFileError(file, error)
    await write(io.stderr, `vanban: ${failure.message}\n${values.verbose && failure.stack ? failure.stack + '\n' : ''}`)
    return 1
  }
  await closeOcr()
  await write(io.stdout, text)
  return 0
}
