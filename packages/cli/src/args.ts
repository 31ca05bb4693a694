import {readFileSync} from 'node:fs'
import {parseArgs, type ParseArgsConfig} from 'node:util'
import {isRepairModelData, type RepairModelData} from '@vanban/normalize'

/** A mistake in the command line: printed with a pointer to `--help`, exit status 2. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'UsageError'
  }
}

type Options = NonNullable<ParseArgsConfig['options']>

/** `parseArgs`, with its errors (unknown option, missing value) turned into one-line usage errors. */
export function parseCommand<T extends Options>(
  args: readonly string[],
  options: T
): ReturnType<typeof parseArgs<{args: string[]; options: T; allowPositionals: true; strict: true}>> {
  try {
    return parseArgs({args: [...args], options, allowPositionals: true, strict: true})
  } catch (error) {
    // Node's messages carry a hint to use "--" that does not fit here; keep the first sentence.
    throw new UsageError((error as Error).message.split('. ')[0]!.replace(/\.$/, ''))
  }
}

export function oneOf<T extends string>(name: string, value: string | undefined, allowed: readonly T[]): T | undefined {
  if (value === undefined) return undefined
  if ((allowed as readonly string[]).includes(value)) return value as T
  throw new UsageError(`--${name} must be one of ${allowed.join(', ')} (got "${value}")`)
}

export function positiveNumber(name: string, value: string | undefined, {integer = true} = {}): number | undefined {
  if (value === undefined) return undefined
  const number = Number(value)
  if (!Number.isFinite(number) || number <= 0 || (integer && !Number.isInteger(number))) {
    throw new UsageError(`--${name} must be a positive ${integer ? 'whole ' : ''}number (got "${value}")`)
  }
  return number
}

export const repairModes = ['auto', 'always', 'never'] as const
export const ocrModes = ['auto', 'always', 'never'] as const
export const formats = ['csv', 'json', 'jsonl'] as const

/** Reading options shared by `text` and `tasks`. */
export const readingOptions = {
  repair: {type: 'string'},
  model: {type: 'string'},
  ocr: {type: 'string'},
  password: {type: 'string'},
  'max-pages': {type: 'string'},
  'page-timeout': {type: 'string'},
  jobs: {type: 'string'},
  verbose: {type: 'boolean'},
  help: {type: 'boolean', short: 'h'}
} as const satisfies Options

/** The reading options as the batch library takes them, validated. */
export function readingValues(values: Record<string, string | boolean | undefined>, env: NodeJS.ProcessEnv) {
  const str = (name: string) => values[name] as string | undefined
  const repair = oneOf('repair', str('repair'), repairModes)
  const ocr = oneOf('ocr', str('ocr'), ocrModes)
  const maxPages = positiveNumber('max-pages', str('max-pages'))
  const pageTimeout = positiveNumber('page-timeout', str('page-timeout'), {integer: false})
  const jobs = positiveNumber('jobs', str('jobs'))
  const password = str('password') ?? env.VANBAN_PASSWORD
  const modelFile = str('model')
  const model = modelFile === undefined ? undefined : readModelFile(modelFile)
  return {
    ...(repair && {repair}),
    ...(model && {model}),
    ...(ocr && {ocr}),
    ...(maxPages !== undefined && {maxPages}),
    ...(pageTimeout !== undefined && {pageTimeout: pageTimeout * 1000}),
    ...(jobs !== undefined && {jobs}),
    ...(password !== undefined && password !== '' && {password})
  }
}

/** A repair model written by `vanban train`, read once per run. */
export function readModelFile(file: string): RepairModelData {
  let value: unknown
  try {
    value = JSON.parse(readFileSync(file, 'utf8'))
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    throw new UsageError(`--model ${file}: ${code ? `cannot read the file (${code})` : 'not JSON'}`)
  }
  if (!isRepairModelData(value)) throw new UsageError(`--model ${file}: not a vanban repair model (write one with \`vanban train\`)`)
  return value
}
