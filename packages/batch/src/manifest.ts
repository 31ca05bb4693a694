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

/** An input that gave no output in the last run that saw it, and why. */
export interface ManifestFailure {
  readonly input: string
  readonly code: string
  readonly message: string
}

export interface Manifest {
  readonly version: number
  /** Keyed by the output's path relative to the output folder, `/`-separated. */
  readonly entries: Record<string, ManifestEntry>
  /** Inputs that failed, keyed like `entries` (an input has an entry or a failure, never both). */
  readonly failures?: Record<string, ManifestFailure>
}

export const sha256 = (data: string | Uint8Array): string => createHash('sha256').update(data).digest('hex')

/** The resume key: same content, same path (it is written into every record) and same options. */
export function entryKey(inputSha256: string, input: string, options: Record<string, unknown>): string {
  return sha256(JSON.stringify({version: manifestVersion, input, inputSha256, options}))
}

/** The manifest of `outDir`, or an empty one when missing, unreadable or from another version. */
export async function readManifest(outDir: string): Promise<Required<Manifest>> {
  try {
    const parsed = JSON.parse(await fs.readFile(path.join(outDir, manifestName), 'utf8')) as Manifest
    if (parsed.version === manifestVersion && parsed.entries && typeof parsed.entries === 'object') {
      return {version: manifestVersion, entries: parsed.entries, failures: parsed.failures ?? {}}
    }
  } catch {
    // A missing or damaged manifest only means nothing can be skipped.
  }
  return {version: manifestVersion, entries: {}, failures: {}}
}

const byKey = <T>(record: Record<string, T>): Record<string, T> =>
  Object.fromEntries(Object.entries(record).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))

/** Writes the whole manifest atomically, keys sorted, so the same state always gives the same bytes. */
export async function writeManifest(outDir: string, entries: Record<string, ManifestEntry>, failures: Record<string, ManifestFailure> = {}): Promise<void> {
  const manifest: Manifest = {version: manifestVersion, entries: byKey(entries), ...(Object.keys(failures).length > 0 && {failures: byKey(failures)})}
  await writeFileAtomic(path.join(outDir, manifestName), JSON.stringify(manifest, null, 2) + '\n')
}

/** True when `output` still holds exactly what the entry recorded. */
export async function outputIsComplete(output: string, entry: ManifestEntry): Promise<boolean> {
  const content = await fs.readFile(output).catch(() => null)
  return content !== null && sha256(content) === entry.outputSha256
}
