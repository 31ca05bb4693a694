import {InputError} from '@vanban/core'
import {isRepairModelData} from '@vanban/normalize'
import {z} from 'zod'

const positiveInt = z.number().int().positive()
const isFunction = (value: unknown): boolean => typeof value === 'function'
const path = z.string().min(1, 'must not be empty')

/** Every option `runBatch` and `processFile` take, with the values each accepts. */
const optionsSchema = z.strictObject({
  password: z.string().optional(),
  maxPages: positiveInt.optional(),
  jobs: positiveInt.optional(),
  ocr: z.enum(['auto', 'always', 'never']).optional(),
  pageTimeout: z.number().positive().optional(),
  ocrEngine: z.enum(['auto', 'wasm', 'native']).optional(),
  parseTimeout: z.number().positive().optional(),
  maxStreamBytes: positiveInt.optional(),
  maxFileBytes: positiveInt.optional(),
  repair: z.enum(['auto', 'always', 'never']).optional(),
  model: z.custom((value) => isRepairModelData(value), 'must be a repair model (see `vanban train`)').optional(),
  documentDate: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be YYYY-MM-DD').optional(),
  agencies: z.array(z.string().min(1)).optional(),
  onProgress: z.custom(isFunction, 'must be a function').optional(),
  signal: z.instanceof(AbortSignal).optional(),
  format: z.enum(['csv', 'json', 'jsonl', 'xlsx']).optional(),
  bom: z.boolean().optional(),
  outDir: path.optional(),
  combine: path.optional(),
  report: path.optional(),
  collect: z.boolean().optional(),
  resume: z.boolean().optional()
})

/**
 * Throws a TypeError naming the first bad option and what it takes: a typo
 * (`outdir`) or a wrong value (`maxPages: -1`) must not silently mean "no
 * limit" or "no output folder".
 */
export function checkOptions(caller: string, options: unknown): void {
  if (options === undefined) return
  if (options === null || typeof options !== 'object') throw new TypeError(`${caller}: options must be an object (got ${describe(options)})`)
  const checked = optionsSchema.safeParse(options)
  if (checked.success) return
  const issue = checked.error.issues[0]!
  const name = issue.path.join('.')
  const got = issue.path.length > 0 ? (options as Record<string, unknown>)[String(issue.path[0])] : undefined
  const what = issue.code === 'unrecognized_keys' ? `unknown option ${issue.keys.map((key) => `"${key}"`).join(', ')}` : `options.${name}: ${issue.message} (got ${describe(got)})`
  throw new TypeError(`${caller}: ${what}`)
}

/** One input: a path, or the bytes of a file with the name to report it by (standard input). */
export type BatchInput = string | {readonly name: string; readonly bytes: Uint8Array}

/**
 * `inputs` must be an array of paths (or named bytes). A lone string is a
 * TypeError: iterating it would read each character as a path (`/` first).
 * `null`, empty and non-path entries are InputErrors naming their position.
 */
export function checkInputs(caller: string, inputs: unknown): asserts inputs is readonly BatchInput[] {
  if (typeof inputs === 'string') {
    throw new TypeError(`${caller} takes an array of paths, not a string: write ${caller}([${JSON.stringify(inputs)}])`)
  }
  if (!Array.isArray(inputs)) throw new TypeError(`${caller} takes an array of paths (got ${describe(inputs)})`)
  inputs.forEach((input: unknown, index) => {
    if (isNamedBytes(input)) return
    if (typeof input !== 'string') throw new InputError('invalid-input', `input ${index + 1} is ${describe(input)}, not a path`)
    if (input === '') throw new InputError('invalid-input', `input ${index + 1} is an empty path`)
    if (input.includes('\0')) throw new InputError('invalid-input', `input ${index + 1} holds a NUL byte, which no path can`)
  })
}

export const isNamedBytes = (input: unknown): input is {name: string; bytes: Uint8Array} =>
  typeof input === 'object' && input !== null && typeof (input as {name?: unknown}).name === 'string' && (input as {bytes?: unknown}).bytes instanceof Uint8Array

function describe(value: unknown): string {
  if (value === null) return 'null'
  if (Array.isArray(value)) return 'an array'
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? value.slice(0, 40) + '…' : value)
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'undefined') return String(value)
  return `a ${typeof value}`
}
