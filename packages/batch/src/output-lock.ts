import {readFileSync, rmSync} from 'node:fs'
import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import {VanbanError} from '@vanban/core'

/** Name of the lock inside an output folder; hidden so folder scans skip it. */
export const lockName = '.vanban-lock'

interface LockRecord {
  readonly pid: number
  readonly host: string
}

/** Locks this process holds, removed at exit even when the run is cut short (a second Ctrl-C). */
const held = new Set<string>()
let exitHookInstalled = false

/** True when the process of `record` may still be running: a lock of another host is trusted. */
function isAlive(record: LockRecord, file: string): boolean {
  if (record.host !== os.hostname()) return true
  // This process: alive while it holds the lock (two runs in one process), else a leftover of an earlier process with our pid.
  if (record.pid === process.pid) return held.has(file)
  try {
    process.kill(record.pid, 0)
    return true
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM'
  }
}

function parseLock(text: string): LockRecord | null {
  try {
    const value = JSON.parse(text) as Partial<LockRecord>
    return typeof value.pid === 'number' && typeof value.host === 'string' ? {pid: value.pid, host: value.host} : null
  } catch {
    return null
  }
}

/**
 * Takes the output folder `dir` for this process: one writer per folder, so two
 * runs cannot interleave outputs and resume records. The lock file holds the
 * pid; a lock whose process is gone (killed, crashed) is stale and taken over.
 * Throws `VanbanError('output-locked')` while another live run holds it.
 * Returns the function that releases it.
 */
export async function acquireOutputLock(dir: string): Promise<() => Promise<void>> {
  await fs.mkdir(dir, {recursive: true})
  const file = path.join(dir, lockName)
  const mine = JSON.stringify({pid: process.pid, host: os.hostname()}) + '\n'
  for (let attempt = 0; attempt < 5; attempt++) {
    try {
      await fs.writeFile(file, mine, {flag: 'wx'})
      held.add(file)
      if (!exitHookInstalled) {
        exitHookInstalled = true
        process.on('exit', releaseHeldLocks)
      }
      return async () => {
        held.delete(file)
        await fs.rm(file, {force: true})
      }
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error
    }
    const text = await fs.readFile(file, 'utf8').catch(() => null)
    if (text === null) continue // released meanwhile: try again
    const record = parseLock(text)
    // A lock being written right now reads empty: give its writer a moment.
    if (record === null && text === '') {
      await new Promise((resolve) => setTimeout(resolve, 50))
      continue
    }
    if (record && isAlive(record, file)) {
      throw new VanbanError('output-locked', `another vanban run is writing to ${dir} (pid ${record.pid}${record.host === os.hostname() ? '' : ` on ${record.host}`})`)
    }
    // Stale: move it aside (only one of two racing runs can move the same file), then check
    // that what was moved is the stale lock and not a lock a faster run took meanwhile.
    const aside = `${file}.${process.pid}.stale`
    try {
      await fs.rename(file, aside)
    } catch {
      continue
    }
    const moved = await fs.readFile(aside, 'utf8').catch(() => '')
    if (moved !== text) await fs.link(aside, file).catch(() => {})
    await fs.rm(aside, {force: true})
  }
  throw new VanbanError('output-locked', `cannot take the lock of ${dir} (${lockName} keeps changing)`)
}

/** At exit: drop the locks still held (a forced exit skips the normal release). */
function releaseHeldLocks(): void {
  for (const file of held) {
    try {
      if (parseLock(readFileSync(file, 'utf8'))?.pid === process.pid) rmSync(file, {force: true})
    } catch {
      // Already gone.
    }
  }
  held.clear()
}
