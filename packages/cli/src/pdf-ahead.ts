/**
 * `vanban tasks|text` naming a PDF: start the PDF reader's thread before the
 * command loads, so that the thread loads pdf.js (a few hundred ms) while this
 * thread loads the rest of the pipeline, instead of after it. Awaited by the
 * caller: ingest's modules load first, alone (imported alongside the command,
 * they would finish loading with it). Only for PDFs named on the command line:
 * a folder of text files never pays for pdf.js. A failure here is met again,
 * with its file named, when the PDF is read.
 */
export async function startPdfReaderFor(args: readonly string[]): Promise<void> {
  if (!args.some((arg) => !arg.startsWith('-') && arg.toLowerCase().endsWith('.pdf'))) return
  try {
    ;(await import('@vanban/ingest')).startPdfReader()
  } catch {
    // Reported when the PDF is read.
  }
}
