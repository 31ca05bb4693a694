import {type Stats, statSync} from 'node:fs'
import fs from 'node:fs/promises'
import path from 'node:path'
import {VanbanError} from '@vanban/core'

/** A path the run will write, and how the user named it (`--out`, `--combine`, …) for messages. */
export interface OutputTarget {
  readonly path: string
  /** `file` for a file the run writes, `folder` for an output folder. */
  readonly kind: 'file' | 'folder'
}

const inode = (stat: {dev: number; ino: number}): string => `${stat.dev}:${stat.ino}`

/**
 * Refuses, before any work, a run that would harm an input or could not write
 * its outputs: an output file that is an input (the same inode, so hard and
 * symbolic links count too), a file where a folder is needed or the other way
 * round, a folder that cannot be written. `outputs` are the per-file outputs
 * inside the output folder. Errors are VanbanErrors with one line naming the
 * user's paths: `output-is-input`, `output-unwritable`.
 */
export async function checkOutputTargets(inputs: readonly string[], targets: readonly OutputTarget[], outputs: readonly string[] = []): Promise<void> {
  // Nothing written, nothing to check (the stdout run).
  if (targets.length === 0) return
  // stat in place: thousands of them one after the other, each a trip through the thread pool, cost
  // seconds before the first file on a busy machine (a cached stat takes microseconds).
  const inputByInode = new Map<string, string>()
  for (const input of inputs) {
    const stat = statOrNull(input)
    if (stat?.isFile()) inputByInode.set(inode(stat), input)
  }
  const checkNotInput = async (file: string) => {
    const stat = statOrNull(file)
    const input = stat && inputByInode.get(inode(stat))
    if (input !== undefined && input !== null) {
      throw new VanbanError('output-is-input', `refusing to write ${file}: it is the input ${input} (choose another output path)`)
    }
    return stat
  }
  for (const target of targets) {
    const stat = await checkNotInput(target.path)
    if (target.kind === 'folder') {
      if (stat && !stat.isDirectory()) throw new VanbanError('output-unwritable', `cannot write to ${target.path}: it is a file, not a folder`)
      await assertWritableFolder(target.path, target.path)
    } else {
      if (stat?.isDirectory()) throw new VanbanError('output-unwritable', `cannot write ${target.path}: it is a folder`)
      await assertWritableFolder(path.dirname(target.path), target.path)
    }
  }
  if (inputByInode.size > 0) for (const output of outputs) await checkNotInput(output)
}

const statOrNull = (file: string): Stats | null => {
  try {
    return statSync(file, {throwIfNoEntry: false}) ?? null
  } catch {
    return null
  }
}

/** The folder exists and is writable, or can be created: its nearest existing ancestor is a writable folder. */
async function assertWritableFolder(folder: string, target: string): Promise<void> {
  let current = path.resolve(folder)
  for (;;) {
    const stat = await fs.stat(current).catch(() => null)
    if (stat) {
      if (!stat.isDirectory()) throw new VanbanError('output-unwritable', `cannot write ${target}: ${current} is a file, not a folder`)
      try {
        await fs.access(current, fs.constants.W_OK | fs.constants.X_OK)
      } catch {
        throw new VanbanError('output-unwritable', `cannot write ${target}: permission denied in ${current}`)
      }
      return
    }
    const parent = path.dirname(current)
    if (parent === current) return
    current = parent
  }
}
