import {randomBytes} from 'node:crypto'
import {rmSync} from 'node:fs'
import fs from 'node:fs/promises'
import path from 'node:path'

/**
 * Temp files being written right now, so a forced exit (a second Ctrl-C) can
 * still remove them: a crash must never leave `.tmp` litter next to outputs.
 */
const pending = new Set<string>()

/** Suffix of every temporary file vanban writes; tests look for leftovers by it. */
export const tempSuffix = '.vanban-tmp'

/**
 * Writes `data` to `file` so that readers only ever see the old file or the
 * complete new one: a temp file in the same folder (rename is atomic only
 * within one file system), fsync, then rename over the target. The temp file
 * is removed when anything fails. Missing parent folders are created.
 */
export async function writeFileAtomic(file: string, data: string | Uint8Array): Promise<void> {
  const dir = path.dirname(file)
  await fs.mkdir(dir, {recursive: true})
  const temp = path.join(dir, `.${path.basename(file)}.${process.pid}.${randomBytes(4).toString('hex')}${tempSuffix}`)
  pending.add(temp)
  try {
    const handle = await fs.open(temp, 'wx')
    try {
      await handle.writeFile(data)
      await handle.sync()
    } finally {
      await handle.close()
    }
    await fs.rename(temp, file)
  } catch (error) {
    await fs.rm(temp, {force: true})
    throw error
  } finally {
    pending.delete(temp)
  }
  await syncDirectory(dir)
}

/** Makes the rename itself durable; some platforms (Windows) cannot open a folder, which is fine. */
async function syncDirectory(dir: string): Promise<void> {
  let handle: fs.FileHandle | undefined
  try {
    handle = await fs.open(dir, 'r')
    await handle.sync()
  } catch {
    // Best effort only: the data itself is already synced.
  } finally {
    await handle?.close().catch(() => {})
  }
}

/** Removes the temp files of writes still in flight; for a process about to exit at once. */
export function removePendingTempFiles(): void {
  for (const temp of pending) rmSync(temp, {force: true})
  pending.clear()
}
