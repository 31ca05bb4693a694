import {readFileSync, statSync} from 'node:fs'
import path from 'node:path'

/**
 * glibc's malloc raises its mmap threshold each time a large block it had
 * mapped is freed (up to 32 MB), so after the first page every 8.7 MB page
 * image (and the copies tesseract.js makes of it on its way into a worker)
 * comes from the heap arenas instead, and fragments them: peak RSS crept up
 * by 100–200 MB over a 100-page scan. A fixed threshold keeps such blocks
 * mapped and returns them to the system when freed (measured: 10-page and
 * 100-page scans peak at 540 and 577 MB instead of 627 and 725 MB, at the
 * same speed). The setting is read once, when the process starts, so the
 * `vanban` command starts its working process with it (see bin.ts).
 */
export const mallocTuning: Readonly<Record<string, string>> = {MALLOC_MMAP_THRESHOLD_: String(1024 * 1024)}

/**
 * The environment to restart the process with, or null when it already has
 * the tuning, was set otherwise by the user, or does not run on glibc (musl,
 * macOS and Windows ignore these variables).
 */
export function tunedEnvironment(env: NodeJS.ProcessEnv, isGlibc: () => boolean = runsOnGlibc): NodeJS.ProcessEnv | null {
  if (Object.keys(mallocTuning).some((name) => env[name] !== undefined)) return null
  if (!isGlibc()) return null
  return {...env, ...mallocTuning}
}

function runsOnGlibc(): boolean {
  if (process.platform !== 'linux') return false
  const header = (process.report?.getReport() as {header?: {glibcVersionRuntime?: string}} | undefined)?.header
  return typeof header?.glibcVersionRuntime === 'string'
}

/** Inputs that may be scanned pages: the only reason to restart (see bin.ts). */
const scanExtensions = new Set(['.pdf', '.png', '.jpg', '.jpeg', '.tif', '.tiff'])

/**
 * Whether a command line may OCR, so that the malloc setting is worth a
 * restart: `text` or `tasks` with a scanned PDF, an image, a folder, standard
 * input or a file without extension (its type is sniffed), unless `--ocr
 * never`. A false "yes" only costs the restart, a false "no" only the memory
 * the setting saves on long scans; text files (.md, .txt, .docx, .html) and
 * PDFs that plainly have a text layer run in one process.
 */
export function mayRunOcr(argv: readonly string[], kindOf: (file: string) => 'file' | 'folder' | null = statKind,
  isTextPdf: (file: string) => boolean = looksLikeTextPdf): boolean {
  const [command, ...args] = argv
  if (command !== 'tasks' && command !== 'text') return false
  if (args.some((arg, k) => arg === '--ocr=never' || (arg === '--ocr' && args[k + 1] === 'never') || arg === '--help' || arg === '-h')) return false
  return args.some((arg) => {
    if (arg === '-') return true
    if (arg.startsWith('-')) return false
    const ext = path.extname(arg).toLowerCase()
    if (ext === '.pdf') return !isTextPdf(arg)
    if (scanExtensions.has(ext)) return true
    const kind = kindOf(arg)
    return kind === 'folder' || (kind === 'file' && ext === '')
  })
}

/** PDFs up to this size are looked into; a larger one is taken for a scan. */
const lookedIntoBytes = 8e6

/**
 * A PDF whose objects name fonts and no image: born digital, read from its text layer.
 * Compressed object streams hide both words, and then the PDF counts as a possible scan.
 */
export function looksLikeTextPdf(file: string): boolean {
  try {
    if (statSync(file).size > lookedIntoBytes) return false
    const bytes = readFileSync(file)
    return bytes.includes('/Font') && !namesImage(bytes)
  } catch {
    return false
  }
}

/**
 * Has the PDF `/Subtype /Image` (the blanks between as a regular expression's `\s` takes
 * them)? Searched in the bytes: as a string with a regular expression, a 1 MB PDF took ~9 ms
 * of the command's start, in front of the PDF reader's thread.
 */
function namesImage(bytes: Buffer): boolean {
  for (let at = bytes.indexOf('/Image'); at >= 0; at = bytes.indexOf('/Image', at + 1)) {
    let k = at
    while (k > 0 && isBlank(bytes[k - 1]!)) k--
    if (k >= subtype.length && bytes.toString('latin1', k - subtype.length, k) === subtype) return true
  }
  return false
}

const subtype = '/Subtype'
/** `\s` among Latin-1 characters: tab to carriage return, space, no-break space. */
const isBlank = (byte: number): boolean => (byte >= 0x09 && byte <= 0x0d) || byte === 0x20 || byte === 0xa0

function statKind(file: string): 'file' | 'folder' | null {
  const stat = statSync(file, {throwIfNoEntry: false})
  return stat?.isDirectory() ? 'folder' : stat?.isFile() ? 'file' : null
}
