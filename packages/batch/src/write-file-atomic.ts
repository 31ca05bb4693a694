import {createHash, randomBytes} from 'node:crypto'
import {closeSync, fsync, open, rmSync, writeSync} from 'node:fs'
import fs from 'node:fs/promises'
import path from 'node:path'
import {promisify} from 'node:util'

/**
 * Temp files being written right now, so a forced exit (a second Ctrl-C) can
 * still remove them: a crash must never leave `.tmp` litter next to outputs.
 */
const pending = new Set<string>()

/** Suffix of every temporary file vanban writes; tests look for leftovers by it. */
export const tempSuffix = '.vanban-tmp'

/**
 * `.vb<16 hex>.<pid>.vanban-tmp`: at most 38 bytes whatever the target's name,
 * so a 255-byte file name (120 × `Đ` is 240 bytes) still has a temp file. The
 * pid tells a later run whether the writer is gone (see removeStaleTempFiles).
 */
export function tempName(file: string): string {
  const hash = createHash('sha256').update(`${file}\0${seed}\0${written++}`).digest('hex').slice(0, 16)
  return `.vb${hash}.${process.pid}${tempSuffix}`
}

/** Drawn once per process: with the counter, no two writes share a temp name. */
const seed = randomBytes(8).toString('hex')
let written = 0

/**
 * Writes `data` to `file` so that readers only ever see the old file or the
 * complete new one: a temp file in the same folder (rename is atomic only
 * within one file system), fsync, then rename over the target. The temp file
 * is removed when anything fails, and errors name `file`, never the temp file.
 * Missing parent folders are created. Then the folder is synced, so the
 * rename itself survives a power cut; a caller writing many files into one
 * folder may pass `{syncFolder: false}` and call `syncFolder` once at the end.
 *
 * Only the calls that may wait for the disk go through libuv's thread pool:
 * creating the temp file (it waits for the file system's journal while an
 * fsync of another output commits it: ~0.7 ms a file in place, measured on
 * 2,000 outputs), fsync and rename. Writing into it and closing it are
 * page-cache work of microseconds, done in place. Each trip through the pool
 * wakes a pool thread and then this one again, and on a busy machine each
 * wake-up can cost a time slice: a batch writing 2,000 outputs made ~10,000
 * such trips with fs.writeFile.
 */
export async function writeFileAtomic(file: string, data: string | Uint8Array, {syncFolder: sync = true}: {syncFolder?: boolean} = {}): Promise<void> {
  const dir = path.dirname(file)
  const temp = path.join(dir, tempName(file))
  pending.add(temp)
  try {
    const fd = await openTemp(temp, dir)
    try {
      const bytes = typeof data === 'string' ? Buffer.from(data) : data
      for (let done = 0; done < bytes.length; ) done += writeSync(fd, bytes, done, bytes.length - done)
      await fsyncFd(fd)
    } finally {
      closeSync(fd)
    }
    await fs.rename(temp, file)
  } catch (error) {
    await fs.rm(temp, {force: true})
    throw namingTarget(error, temp, file)
  } finally {
    pending.delete(temp)
  }
  if (sync) await syncFolder(dir)
}

const fsyncFd = promisify(fsync)
const openFd = promisify(open)

/** Creates the temp file (never an existing one); the folder is made only when the open finds it missing. */
async function openTemp(temp: string, dir: string): Promise<number> {
  try {
    return await openFd(temp, 'wx')
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error
    await fs.mkdir(dir, {recursive: true})
    return await openFd(temp, 'wx')
  }
}

/** A system error about the temp file, reworded to name the file the user asked for. */
function namingTarget(error: unknown, temp: string, file: string): unknown {
  if (!(error instanceof Error)) return error
  const withPath = error as NodeJS.ErrnoException
  error.message = error.message.split(temp).join(file)
  if (withPath.path === temp) withPath.path = file
  const withDest = error as {dest?: string}
  if (withDest.dest === temp) withDest.dest = file
  return error
}

/** Makes renames into `dir` durable; some platforms (Windows) cannot open a folder, which is fine. */
export async function syncFolder(dir: string): Promise<void> {
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
