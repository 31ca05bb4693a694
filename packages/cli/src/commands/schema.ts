import {taskJsonSchema} from '@vanban/core'
import {parseCommand, UsageError} from '../args.ts'
import {schemaHelp} from '../help.ts'
import {type CliIO, write} from '../io.ts'

/** `vanban schema`: the JSON Schema of a task record. */
export async function schemaCommand(args: readonly string[], io: CliIO): Promise<number> {
  const {values, positionals} = parseCommand(args, {help: {type: 'boolean', short: 'h'}})
  if (values.help) {
    await write(io.stdout, schemaHelp)
    return 0
  }
  if (positionals.length > 0) throw new UsageError('schema takes no arguments')
  await write(io.stdout, JSON.stringify(taskJsonSchema(), null, 2) + '\n')
  return 0
}
