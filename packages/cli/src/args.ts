import {readFileSync} from 'node:fs'
import {parseArgs, type ParseArgsConfig} from 'node:util'
import type {RepairModelData} from '@vanban/normalize'

/** A mistake in the command line: printed with a pointer to `--help`, exit status 2. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'UsageError'
  }
}

export type Options = NonNullable<ParseArgsConfig['options']>

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
export const ocrEngines = ['auto', 'wasm', 'native'] as const
/** The text formats (what `vanban queue` writes). */
export const formats = ['csv', 'json', 'jsonl'] as const
/** Every output format of `vanban tasks`: the names of @vanban/export's registry (a test keeps them equal). */
export const outputFormats = ['csv', 'json', 'jsonl', 'xlsx'] as const

/** Reading options shared by `text` and `tasks`. */
export const readingOptions = {
  repair: {type: 'string'},
  model: {type: 'string'},
  ocr: {type: 'string'},
  password: {type: 'string'},
  'max-pages': {type: 'string'},
  'page-timeout': {type: 'string'},
  'parse-timeout': {type: 'string'},
  'max-file-mb': {type: 'string'},
  'max-stream-mb': {type: 'string'},
  'ocr-engine': {type: 'string'},
  agencies: {type: 'string'},
  name: {type: 'string'},
  jobs: {type: 'string'},
  verbose: {type: 'boolean'},
  help: {type: 'boolean', short: 'h'}
} as const satisfies Options

/** The options of `vanban tasks`: the reading options and where the tasks go. */
export const tasksOptions = {
  ...readingOptions,
  format: {type: 'string'},
  out: {type: 'string'},
  combine: {type: 'string'},
  report: {type: 'string'},
  'no-bom': {type: 'boolean'},
  resume: {type: 'boolean'},
  'allow-failures': {type: 'boolean'},
  quiet: {type: 'boolean', short: 'q'}
} as const satisfies Options

/** The reading options as the batch library takes them, validated (loads @vanban/normalize only for --model). */
export async function readingValues(values: Record<string, string | boolean | undefined>, env: NodeJS.ProcessEnv) {
  const str = (name: string) => values[name] as string | undefined
  const repair = oneOf('repair', str('repair'), repairModes)
  const ocr = oneOf('ocr', str('ocr'), ocrModes)
  const maxPages = positiveNumber('max-pages', str('max-pages'))
  const pageTimeout = positiveNumber('page-timeout', str('page-timeout'), {integer: false})
  const parseTimeout = positiveNumber('parse-timeout', str('parse-timeout'), {integer: false})
  const maxFileMb = positiveNumber('max-file-mb', str('max-file-mb'), {integer: false})
  const maxStreamMb = positiveNumber('max-stream-mb', str('max-stream-mb'), {integer: false})
  const ocrEngine = oneOf('ocr-engine', str('ocr-engine'), ocrEngines)
  const jobs = positiveNumber('jobs', str('jobs'))
  const password = str('password') ?? env.VANBAN_PASSWORD
  const modelFile = str('model')
  const model = modelFile === undefined ? undefined : await readModelFile(modelFile)
  const agenciesFile = str('agencies')
  const agencies = agenciesFile === undefined ? undefined : readAgenciesFile(agenciesFile)
  return {
    ...(agencies && {agencies}),
    ...(repair && {repair}),
    ...(model && {model}),
    ...(ocr && {ocr}),
    ...(maxPages !== undefined && {maxPages}),
    ...(pageTimeout !== undefined && {pageTimeout: pageTimeout * 1000}),
    ...(parseTimeout !== undefined && {parseTimeout: parseTimeout * 1000}),
    // Megabytes as disks and file managers count them: 10^6 bytes.
    ...(maxFileMb !== undefined && {maxFileBytes: Math.round(maxFileMb * 1e6)}),
    ...(maxStreamMb !== undefined && {maxStreamBytes: Math.round(maxStreamMb * 1e6)}),
    ...(ocrEngine && {ocrEngine}),
    ...(jobs !== undefined && {jobs}),
    ...(password !== undefined && password !== '' && {password})
  }
}

/** A repair model written by `vanban train`, read once per run. */
export async function readModelFile(file: string): Promise<RepairModelData> {
  const {isRepairModelData} = await import('@vanban/normalize')
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

/**
 * `--agencies FILE`: one agency name a line (UTF-8; blank lines and lines
 * starting with `#` skipped), owners to recognise besides the shipped list.
 */
export function readAgenciesFile(file: string): string[] {
  let text: string
  try {
    text = readFileSync(file, 'utf8')
  } catch (error) {
    throw new UsageError(`--agencies ${file}: cannot read the file (${(error as NodeJS.ErrnoException).code ?? 'error'})`)
  }
  const names = text.replace(/^\uFEFF/, '').split(/\r?\n/).map((line) => line.normalize('NFC').trim()).filter((line) => line !== '' && !line.startsWith('#'))
  if (names.length === 0) throw new UsageError(`--agencies ${file}: no agency names in the file (one name a line)`)
  return names
}
