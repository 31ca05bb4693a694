import {unzipSync} from 'fflate'

/**
 * Largest uncompressed size of one part read from a Word or OpenDocument file.
 * A notice's document.xml is a few MB at most; a deflate bomb claims gigabytes.
 */
const maxPartBytes = 256 * 1024 * 1024

/** `PK\3\4` (a local file header) or `PK\5\6` (an empty archive's end record). */
export function hasZipHeader(bytes: Uint8Array): boolean {
  return bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && ((bytes[2] === 3 && bytes[3] === 4) || (bytes[2] === 5 && bytes[3] === 6))
}

/** The names in a ZIP archive's central directory, or null when it cannot be read (truncated, damaged). */
export function zipEntryNames(bytes: Uint8Array): string[] | null {
  const names: string[] = []
  try {
    unzipSync(bytes, {
      filter: (file) => {
        names.push(file.name)
        return false
      }
    })
  } catch {
    return null
  }
  return names
}

/** Why a part could not be taken out of an archive. */
export class ZipPartError extends Error {}

/**
 * The parts `wanted` of an archive, uncompressed. Throws ZipPartError for an
 * unreadable archive, an encrypted or oversized part.
 */
export function readZipParts(bytes: Uint8Array, wanted: (name: string) => boolean): Map<string, Uint8Array> {
  let files: Record<string, Uint8Array>
  try {
    files = unzipSync(bytes, {
      filter: (file) => {
        if (!wanted(file.name)) return false
        if (file.originalSize > maxPartBytes) throw new ZipPartError(`${file.name} is larger than ${maxPartBytes / 1024 / 1024} MB uncompressed`)
        return true
      }
    })
  } catch (error) {
    if (error instanceof ZipPartError) throw error
    throw new ZipPartError(error instanceof Error ? error.message : String(error))
  }
  return new Map(Object.entries(files))
}
