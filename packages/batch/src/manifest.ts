import {createHash} from 'node:crypto'
import fs from 'node:fs/promises'
import path from 'node:path'
import {writeFileAtomic} from './write-file-atomic.ts'

/** Name of the manifest inside an output folder; hidden so folder scans skip it. */
export const manifestName = '.vanban-manifest.json'

/** Bumped when outputs for the same input and options would differ, so `--resume` redoes them. */
const manifestVersion = 1

/** One completed output: enough to tell, later, that it is still complete and current. */
export interface ManifestEntry {
  /** The input path as given. */
  readonly input: string
  /** sha256 of the input's content. */
  readonly inputSha256: string
  /** sha256 over the input hash, its path and the options that change the output. */
  readonly key: string
  /** sha256 of the output file as written. */
  readonly outputSha256: string
  readonly tasks: number
}

export interface Manifest {
  readonly version: number
  /** Keyed by the output's path relative to the output folder, `/`-separated. */
  readonly entries: Record<string, ManifestEntry>
}

export const sha256 = (data: string | Uint8Array): string => createHash('sha256').update(data).digest('hex')

/** The resume key: same content, same path (it is written into every record) and same options. */
export function entryKey(inputSha256: string, input: string, options: Record<string, unknown>): string {
  return sha256(JSON.stringify({version: manifestVersion, input, inputSha256, options}))
}

/** The manifest of `outDir`, or an empty one when missing, unreadable or from another version. */
export async function readManifest(outDir: string): Promise<Manifest> {
  try {
    const parsed = JSON.parse(await fs.readFile(path.join(outDir, manifestName), 'utf8')) as Manifest
    if (parsed.version === manifestVersion && parsed.entries && typeof parsed.entries === 'object') return parsed
  } catch {
    // A missing or damaged manifest only means nothing can be skipped.
  }
  return {version: manifestVersion, entries: {}}
}

export async function writeManifest(outDir: string, entries: Record<string, ManifestEntry>): Promise<void> {
  const sorted = Object.fromEntries(Object.entries(entries).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
  await writeFileAtomic(path.join(outDir, manifestName), JSON.stringify({version: manifestVersion, entries: sorted}, null, 2) + '\n')
}

/** True when `output` still holds exactly what the entry recorded. */
export async function outputIsComplete(output: string, entry: ManifestEntry): Promise<boolean> {
  const content = await fs.readFile(output).catch(() => null)
  return content !== null && sha256(content) === entry.outputSha256
}
