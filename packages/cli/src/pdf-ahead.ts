import {statSync} from 'node:fs'
import {parseArgs} from 'node:util'
import type {Options} from './args.ts'

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
 */
export async function startPdfReaderFor(args: readonly string[], options: Options): Promise<void> {
  const inputs = inputsOf(args, options)
  const pdfs = inputs.filter(isPdfName).length
  if (pdfs === 0) return
  const counted = inputs.every((input) => input !== '-' && !isFolder(input))
  try {
    ;(await import('@vanban/ingest/pdf-reader')).startPdfReader(counted ? {documents: pdfs} : {})
  } catch {
    // Reported when the PDF is read.
  }
}

const isPdfName = (input: string): boolean => input.toLowerCase().endsWith('.pdf')

/** The command's positionals, told apart from option values; a malformed line gives what it can (the command then refuses it). */
function inputsOf(args: readonly string[], options: Options): string[] {
  try {
    return parseArgs({args: [...args], options, allowPositionals: true, strict: false}).positionals
  } catch {
    return []
  }
}

function isFolder(input: string): boolean {
  try {
    return statSync(input).isDirectory()
  } catch {
    return false
  }
}
