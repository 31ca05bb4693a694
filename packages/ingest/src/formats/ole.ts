/**
 * The directory of an OLE compound file (Word 97–2003 `.doc`, and the container
 * Office puts a password-protected `.docx` in): enough to tell what it holds
 * and whether it is encrypted, without reading its streams. Layout from
 * [MS-CFB] 2.2 (header) and 2.6 (directory entries).
 */

/** `D0 CF 11 E0 A1 B1 1A E1`. */
export function hasOleHeader(bytes: Uint8Array): boolean {
  const sig = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]
  return bytes.length >= 512 && sig.every((b, i) => bytes[i] === b)
}

export interface OleEntry {
  name: string
  /** 1 storage, 2 stream, 5 root. */
  type: number
  startSector: number
  size: number
}

const endOfChain = 0xfffffffe

/**
 * The entries of the directory, following its sector chain through the FAT
 * sectors the header lists (the first 109: files up to ~7 MB with 512-byte
 * sectors, any notice). Null when the header or chain is damaged.
 */
export function oleDirectory(bytes: Uint8Array): OleEntry[] | null {
  if (!hasOleHeader(bytes)) return null
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  const shift = view.getUint16(0x1e, true)
  if (shift !== 9 && shift !== 12) return null
  const sectorSize = 1 << shift
  const sectorAt = (n: number): number => (n + 1) * sectorSize
  const fat: number[] = []
  for (let k = 0; k < 109; k++) {
    const sector = view.getUint32(0x4c + 4 * k, true)
    if (sector >= 0xfffffffa) break
    const offset = sectorAt(sector)
    if (offset + sectorSize > bytes.length) break
    for (let j = 0; j < sectorSize; j += 4) fat.push(view.getUint32(offset + j, true))
  }
  const entries: OleEntry[] = []
  const seen = new Set<number>()
  for (let sector = view.getUint32(0x30, true); sector !== endOfChain; sector = fat[sector] ?? endOfChain) {
    const offset = sectorAt(sector)
    if (seen.has(sector) || offset + sectorSize > bytes.length) return entries.length > 0 ? entries : null
    seen.add(sector)
    for (let e = offset; e < offset + sectorSize; e += 128) {
      const nameBytes = Math.min(64, view.getUint16(e + 64, true))
      const type = bytes[e + 66]!
      if (type === 0 || nameBytes < 2) continue
      let name = ''
      for (let c = 0; c < nameBytes - 2; c += 2) name += String.fromCharCode(view.getUint16(e + c, true))
      entries.push({name, type, startSector: view.getUint32(e + 116, true), size: view.getUint32(e + 120, true)})
    }
  }
  return entries
}

/** What an OLE file is, by the streams it holds. */
export type OleKind = 'word' | 'encrypted-ooxml' | 'excel' | 'powerpoint' | 'other'

export function oleKind(entries: readonly OleEntry[]): OleKind {
  const names = new Set(entries.map((e) => e.name))
  if (names.has('EncryptedPackage')) return 'encrypted-ooxml'
  if (names.has('WordDocument')) return 'word'
  if (names.has('Workbook') || names.has('Book')) return 'excel'
  if (names.has('PowerPoint Document')) return 'powerpoint'
  return 'other'
}

/**
 * True when a Word 97–2003 file is password-protected: the FIB at the start of
 * the WordDocument stream has fEncrypted or fObfuscated set ([MS-DOC] 2.5.2).
 * The stream is at least 4 KB, so it lives in ordinary sectors and its first
 * sector holds the FIB.
 */
export function isEncryptedWord(bytes: Uint8Array, entries: readonly OleEntry[]): boolean {
  const stream = entries.find((e) => e.name === 'WordDocument')
  if (!stream) return false
  const sectorSize = 1 << new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength).getUint16(0x1e, true)
  const offset = (stream.startSector + 1) * sectorSize
  if (offset + 12 > bytes.length) return false
  const view = new DataView(bytes.buffer, bytes.byteOffset + offset, 12)
  if (view.getUint16(0, true) !== 0xa5ec) return false
  const flags = view.getUint16(0x0a, true)
  return (flags & 0x0100) !== 0 || (flags & 0x8000) !== 0
}
