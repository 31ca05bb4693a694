import fs from 'node:fs/promises'
import path from 'node:path'
import {supportedExtensions} from '@vanban/ingest'
import type {BatchInput} from './batch-options.ts'
import {unreadDocumentExtensions} from './data/document-extensions.ts'

/** One file to process, and where it sits relative to the input it came from. */
export interface InputFile {
  /** The path as vanban reports it: the argument itself, or `folder/relative` for files found in a folder. */
  readonly file: string
  /**
   * Path relative to the output root, used to place its output under `--out <dir>`:
   * relative to the folder given, or the base name of a file given directly.
   */
  readonly relative: string
  /** The content, for an input given as bytes (standard input); files are read when processed. */
  readonly bytes?: Uint8Array
}

/** Extensions a folder scan picks up: the readable ones, and documents to report as unsupported. */
const listed = new Set<string>([...supportedExtensions, ...unreadDocumentExtensions])

/** Code-unit order: the same on every machine and locale, so batch output is reproducible. */
const byCodeUnit = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0)

/**
 * Files and folders → the files to process, in a deterministic order: inputs in
 * the order given, each folder's supported files recursively sorted by path
 * (plus office and web documents vanban cannot read, so they are reported as
 * unsupported instead of silently left out).
 * Files given directly are kept whatever their extension (the reader then says
 * why it cannot read them); paths that do not exist are kept too, so the batch
 * reports them as failed files instead of stopping. Hidden entries (`.name`)
 * in folders are skipped: they hold vanban's own manifest and temp files.
 * With several inputs, outputs are placed under each input's own name so two
 * folders holding the same relative paths do not collide.
 */
export async function expandInputs(inputs: readonly BatchInput[]): Promise<InputFile[]> {
  const out: InputFile[] = []
  const several = inputs.length > 1
  for (const input of inputs) {
    if (typeof input !== 'string') {
      // Bytes have no folder: the output is named after the name given (`-` → `stdin`).
      out.push({file: input.name, relative: input.name === '-' ? 'stdin' : path.basename(input.name), bytes: input.bytes})
      continue
    }
    const stat = await fs.stat(input).catch(() => null)
    if (stat?.isDirectory()) {
      const prefix = several ? path.basename(path.resolve(input)) : ''
      for (const relative of await listFolder(input)) {
        out.push({file: path.join(input, relative), relative: path.join(prefix, relative)})
      }
    } else {
      out.push({file: input, relative: path.basename(input)})
    }
  }
  return out
}

async function listFolder(root: string, sub = ''): Promise<string[]> {
  const entries = await fs.readdir(path.join(root, sub), {withFileTypes: true})
  entries.sort((a, b) => byCodeUnit(a.name, b.name))
  const files: string[] = []
  for (const entry of entries) {
    if (entry.name.startsWith('.')) continue
    const relative = path.join(sub, entry.name)
    // Symlinked folders are not followed: a link cycle would never end.
    let isFile = entry.isFile()
    if (entry.isSymbolicLink()) isFile = (await fs.stat(path.join(root, relative)).catch(() => null))?.isFile() ?? false
    if (entry.isDirectory()) files.push(...(await listFolder(root, relative)))
    else if (isFile && listed.has(path.extname(entry.name).toLowerCase())) files.push(relative)
  }
  return files
}
