import {statSync} from 'node:fs'
import {parseArgs} from 'node:util'
import {type Options, readingOptions, readingValues, tasksOptions} from './args.ts'
import {lowerThreadPriority} from './thread-priority.ts'
import {type Stages, warmUp} from './warm-up.ts'

/**
 * `vanban tasks|text` naming a PDF: start the PDF reader's thread before the
 * command loads, so that the thread loads pdf.js (a few hundred ms) while this
 * thread loads the rest of the pipeline, instead of after it. Awaited by the
 * caller: ingest's light `pdf-reader` entry loads first, alone (a few ms; the
 * package's index would load @vanban/core's zod schemas in front of the thread,
 * ~0.1 s). Only for PDFs named on the command line:
 * a folder of text files never pays for pdf.js. A failure here is met again,
 * with its file named, when the PDF is read.
 *
 * When the inputs are all named (no folder, no standard input), the thread is
 * told how many PDFs it will read and ends after the last one, while this
 * thread finds the tasks: left idle, it would hold up the exit instead.
 *
 * A command line naming one PDF and nothing else has the thread read it at once
 * (`readPdfAhead`, with the reading options of the line): the reader then takes
 * the parse over, ~0.15 s on, instead of starting it after the pipeline loaded.
 * Meanwhile this thread warms its stages up on the pages read so far (warm-up.ts).
 */
export async function startPdfReaderFor(stages: Stages, args: readonly string[], options: Options, env: NodeJS.ProcessEnv): Promise<void> {
  const named = namedPdfs(args, options)
  if (!named) return
  const {inputs, values, pdfs, counted} = named
  let restore = (): void => {}
  try {
    const reader = await import('@vanban/ingest/pdf-reader')
    // (Started already when bin.ts called `startPdfReaderEarly`: then this does nothing.)
    reader.startPdfReader(counted ? {documents: pdfs} : {})
    if (inputs.length === 1 && counted) {
      restore = lowerThreadPriority(aheadNice)
      const onPreview = warmUp(stages, values.model === undefined ? (((values.repair as string | undefined) ?? 'auto') as 'auto') : 'never')
      if (!(await reader.readPdfAhead(inputs[0]!, {...(await parseOptions(values, env)), onPreview, onRead: restore}))) restore()
    }
  } catch {
    // Reported when the PDF is read (a bad option, by the command).
    restore()
  }
}

/**
 * What `startPdfReaderFor` does first, called by bin.ts before the command's
 * modules load: the parse thread then starts ~6 ms sooner (nq71: ~34 ms after
 * bin.js began, ~28 now), and that thread is the command's critical path. Loads `args.ts` and `@vanban/ingest/pdf-reader` only; does nothing for
 * other command lines and never throws.
 */
export function startPdfReaderEarly(argv: readonly string[]): void {
  const [command, ...args] = argv
  const options = command === 'tasks' ? tasksOptions : command === 'text' ? readingOptions : null
  const named = options && namedPdfs(args, options)
  if (!named) return
  const {pdfs, counted} = named
  import('@vanban/ingest/pdf-reader').then(
    (reader) => reader.startPdfReader(counted ? {documents: pdfs} : {}),
    () => {
      // Met again, with its file named, when the PDF is read.
    }
  )
}

/**
 * How much lower this thread runs while the parse thread reads the PDF ahead
 * (`lowerThreadPriority`, Linux only). Until the last page this thread's work
 * (loading the pipeline, building normalize's tables, the warm-ups) is not
 * what the command waits for, and on a small machine it competed with the
 * parse thread, and with V8's compiler threads working for both, for the CPU.
 * Measured on nq71 (83 pages, 2 cores, whole processes, medians of 9–11
 * interleaved rounds, with v8-flags.ts): 0.94–0.96× the wall time without it;
 * nice 19 no better.
 */
const aheadNice = 10

/** The options that change a PDF's parse, as the command will read them (a bad value throws). */
async function parseOptions(values: Record<string, unknown>, env: NodeJS.ProcessEnv) {
  const pick = (name: string) => (typeof values[name] === 'string' ? {[name]: values[name] as string} : {})
  const {ocr, password, maxPages, maxStreamBytes, parseTimeout} = await readingValues({...pick('ocr'), ...pick('password'), ...pick('max-pages'), ...pick('max-stream-mb'), ...pick('parse-timeout')}, env)
  return {...(ocr && {ocr}), ...(password !== undefined && {password}), ...(maxPages !== undefined && {maxPages}), ...(maxStreamBytes !== undefined && {maxStreamBytes}), ...(parseTimeout !== undefined && {parseTimeout})}
}

/**
 * The inputs of a command line (`args` after the command), when it names a PDF and does not
 * ask for help, with how many PDFs and whether that is all it reads (`counted`: no folder, no
 * standard input); else null.
 */
export function namedPdfs(args: readonly string[], options: Options): {inputs: string[]; values: Record<string, unknown>; pdfs: number; counted: boolean} | null {
  const {positionals: inputs, values} = parsed(args, options)
  const pdfs = inputs.filter(isPdfName).length
  if (pdfs === 0 || values.help) return null
  return {inputs, values, pdfs, counted: inputs.every((input) => input !== '-' && !isFolder(input))}
}

const isPdfName = (input: string): boolean => input.toLowerCase().endsWith('.pdf')

/** The command's positionals, told apart from option values, and the values; a malformed line gives what it can (the command then refuses it). */
function parsed(args: readonly string[], options: Options): {positionals: string[]; values: Record<string, unknown>} {
  try {
    return parseArgs({args: [...args], options, allowPositionals: true, strict: false})
  } catch {
    return {positionals: [], values: {}}
  }
}

function isFolder(input: string): boolean {
  try {
    return statSync(input).isDirectory()
  } catch {
    return false
  }
}
