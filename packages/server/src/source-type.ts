import fs from 'node:fs/promises'

/** How the page can show an upload: as a PDF (pdf.js), an image the browser draws, or text. */
export const sourceTypes = {
  pdf: 'application/pdf',
  png: 'image/png',
  jpeg: 'image/jpeg',
  tiff: 'image/tiff',
  other: 'application/octet-stream'
} as const
export type SourceType = keyof typeof sourceTypes

/**
 * The upload's type from its first bytes, not its name: a scan saved as
 * `scan` or `x.pdf.jpg` is still shown as what it is. Only what the page
 * shows differently is told apart; the reader does its own sniffing.
 *
 * @example
 * sourceTypeOf(Buffer.from('%PDF-1.7')) //=> 'pdf'
 */
export function sourceTypeOf(head: Uint8Array): SourceType {
  const starts = (...bytes: number[]) => bytes.every((byte, index) => head[index] === byte)
  // pdf.js, like Acrobat, accepts a header within the first 1024 bytes.
  if (Buffer.from(head.subarray(0, 1024)).includes('%PDF-')) return 'pdf'
  if (starts(0x89, 0x50, 0x4e, 0x47)) return 'png'
  if (starts(0xff, 0xd8, 0xff)) return 'jpeg'
  if (starts(0x49, 0x49, 0x2a, 0x00) || starts(0x4d, 0x4d, 0x00, 0x2a)) return 'tiff'
  return 'other'
}

/** The type of a stored file, from its first kilobyte. */
export async function sourceTypeOfFile(file: string): Promise<SourceType> {
  const handle = await fs.open(file, 'r')
  try {
    const head = new Uint8Array(1024)
    const {bytesRead} = await handle.read(head, 0, head.length, 0)
    return sourceTypeOf(head.subarray(0, bytesRead))
  } finally {
    await handle.close()
  }
}
