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
  /** The directory's red-black tree: siblings and first child, entry indexes (0xFFFFFFFF: none). */
  left: number
  right: number
  child: number
  /** Its index in the directory. */
  index: number
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
  const fat = fatOf(bytes, view, sectorSize)
  const entries: OleEntry[] = []
  const seen = new Set<number>()
  let slotBase = 0
  for (let sector = view.getUint32(0x30, true); sector !== endOfChain; sector = fat[sector] ?? endOfChain, slotBase += sectorSize / 128) {
    const offset = sectorAt(sector)
    if (seen.has(sector) || offset + sectorSize > bytes.length) return entries.length > 0 ? entries : null
    seen.add(sector)
    for (let e = offset; e < offset + sectorSize; e += 128) {
      const nameBytes = Math.min(64, view.getUint16(e + 64, true))
      const type = bytes[e + 66]!
      if (type === 0 || nameBytes < 2) continue
      let name = ''
      for (let c = 0; c < nameBytes - 2; c += 2) name += String.fromCharCode(view.getUint16(e + c, true))
      entries.push({
        name,
        type,
        startSector: view.getUint32(e + 116, true),
        size: view.getUint32(e + 120, true),
        left: view.getUint32(e + 68, true),
        right: view.getUint32(e + 72, true),
        child: view.getUint32(e + 76, true),
        index: slotBase + (e - offset) / 128
      })
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

/**
 * The bytes of a stream: its sector chain through the FAT, or, under the
 * mini-stream cutoff (4 KB), its chain of 64-byte mini sectors inside the
 * root entry's stream. Null when a chain runs off the file.
 */
export function oleStream(bytes: Uint8Array, entries: readonly OleEntry[], name: string): Uint8Array | null {
  const entry = entries.find((e) => e.name === name && e.type === 2)
  const root = entries.find((e) => e.type === 5)
  if (!entry) return null
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  const sectorSize = 1 << view.getUint16(0x1e, true)
  const fat = fatOf(bytes, view, sectorSize)
  const chain = (start: number, sizeOf: number, read: (sector: number) => Uint8Array | null, next: (sector: number) => number, size: number): Uint8Array | null => {
    const out = new Uint8Array(size)
    let filled = 0
    const seen = new Set<number>()
    for (let sector = start; filled < size; sector = next(sector)) {
      if (sector >= 0xfffffffa || seen.has(sector)) return null
      seen.add(sector)
      const data = read(sector)
      if (!data) return null
      out.set(data.subarray(0, Math.min(sizeOf, size - filled)), filled)
      filled += sizeOf
    }
    return out
  }
  const regular = (sector: number): Uint8Array | null => {
    const offset = (sector + 1) * sectorSize
    return offset + sectorSize <= bytes.length ? bytes.subarray(offset, offset + sectorSize) : null
  }
  const nextRegular = (sector: number): number => fat[sector] ?? endOfChain
  if (entry.size >= view.getUint32(0x38, true)) return chain(entry.startSector, sectorSize, regular, nextRegular, entry.size)
  if (!root) return null
  const miniStream = chain(root.startSector, sectorSize, regular, nextRegular, root.size)
  const miniFatBytes = chain(view.getUint32(0x3c, true), sectorSize, regular, nextRegular, view.getUint32(0x40, true) * sectorSize)
  if (!miniStream || !miniFatBytes) return null
  const miniFat = new DataView(miniFatBytes.buffer, miniFatBytes.byteOffset, miniFatBytes.byteLength)
  const mini = (sector: number): Uint8Array | null => (sector * 64 + 64 <= miniStream.length ? miniStream.subarray(sector * 64, sector * 64 + 64) : null)
  const nextMini = (sector: number): number => (sector * 4 + 4 <= miniFat.byteLength ? miniFat.getUint32(sector * 4, true) : endOfChain)
  return chain(entry.startSector, 64, mini, nextMini, entry.size)
}

/** The FAT: the sectors the header lists (109), then those the DIFAT sectors list, each FAT sector once. */
function fatOf(bytes: Uint8Array, view: DataView, sectorSize: number): number[] {
  const fatSectors: number[] = []
  for (let k = 0; k < 109; k++) fatSectors.push(view.getUint32(0x4c + 4 * k, true))
  const seen = new Set<number>()
  let difat = view.getUint32(0x44, true)
  for (let left = view.getUint32(0x48, true); left > 0 && difat < 0xfffffffa && !seen.has(difat); left--) {
    seen.add(difat)
    const offset = (difat + 1) * sectorSize
    if (offset + sectorSize > bytes.length) break
    for (let j = 0; j < sectorSize - 4; j += 4) fatSectors.push(view.getUint32(offset + j, true))
    difat = view.getUint32(offset + sectorSize - 4, true)
  }
  const fat: number[] = []
  const used = new Set<number>()
  for (const sector of fatSectors) {
    if (sector >= 0xfffffffa || used.has(sector)) continue
    used.add(sector)
    const offset = (sector + 1) * sectorSize
    if (offset + sectorSize > bytes.length) break
    for (let j = 0; j < sectorSize; j += 4) fat.push(view.getUint32(offset + j, true))
  }
  return fat
}

/**
 * True when every sector chain and the directory tree of the container end:
 * no chain loops or leaves the file, no tree link loops or points past the
 * directory. word-extractor follows chains and links without such checks (a
 * looping chain grows an array until V8 aborts the process), so a .doc is
 * checked here first.
 */
export function oleIsSound(bytes: Uint8Array, entries: readonly OleEntry[]): boolean {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  const sectorSize = 1 << view.getUint16(0x1e, true)
  const fat = fatOf(bytes, view, sectorSize)
  const sectors = Math.floor(bytes.length / sectorSize) - 1
  const chainEnds = (start: number, next: (sector: number) => number | undefined, limit: number): boolean => {
    const seen = new Set<number>()
    for (let sector = start; sector < 0xfffffffa; ) {
      if (sector >= limit || seen.has(sector)) return false
      seen.add(sector)
      const following = next(sector)
      if (following === undefined) return false
      sector = following
    }
    return true
  }
  const regular = (start: number): boolean => chainEnds(start, (sector) => fat[sector], Math.min(fat.length, sectors))
  if (!regular(view.getUint32(0x30, true)) || !regular(view.getUint32(0x3c, true))) return false
  const cutoff = view.getUint32(0x38, true)
  const miniFat = regular(view.getUint32(0x3c, true)) ? oleMiniFat(bytes, view, fat, sectorSize) : []
  for (const entry of entries) {
    if (entry.type === 5 || (entry.type === 2 && entry.size >= cutoff)) {
      if (entry.size > 0 && !regular(entry.startSector)) return false
    } else if (entry.type === 2 && entry.size > 0 && !chainEnds(entry.startSector, (sector) => miniFat[sector], miniFat.length)) {
      return false
    }
  }
  // The directory tree, from the root's first child, through siblings and children.
  const byIndex = new Map(entries.map((e) => [e.index, e]))
  const slots = Math.max(0, ...entries.map((e) => e.index)) + 1
  const visited = new Set<number>()
  const stack = [entries.find((e) => e.type === 5)?.child ?? 0xffffffff]
  while (stack.length > 0) {
    const index = stack.pop()!
    if (index === 0xffffffff) continue
    if (index >= slots || visited.has(index)) return false
    visited.add(index)
    const entry = byIndex.get(index)
    if (!entry) return false
    stack.push(entry.left, entry.right, entry.child)
  }
  return true
}

function oleMiniFat(bytes: Uint8Array, view: DataView, fat: readonly number[], sectorSize: number): number[] {
  const miniFat: number[] = []
  const seen = new Set<number>()
  for (let sector = view.getUint32(0x3c, true); sector < 0xfffffffa && !seen.has(sector); sector = fat[sector] ?? endOfChain) {
    seen.add(sector)
    const offset = (sector + 1) * sectorSize
    if (offset + sectorSize > bytes.length) break
    for (let j = 0; j < sectorSize; j += 4) miniFat.push(view.getUint32(offset + j, true))
  }
  return miniFat
}
