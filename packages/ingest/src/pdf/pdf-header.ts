/** Has the file a PDF header? It may follow some junk bytes: PDF readers look in the first kilobyte. */
export function hasPdfHeader(data: Uint8Array): boolean {
  const head = Buffer.from(data.buffer, data.byteOffset, Math.min(1024, data.length)).toString('latin1')
  return head.includes('%PDF-')
}
