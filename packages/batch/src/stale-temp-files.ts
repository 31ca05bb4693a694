import fs from 'node:fs/promises'
import path from 'node:path'
import {tempSuffix} from './write-file-atomic.ts'

/**
 * The writer's pid inside a temp file name: `.vb<hash>.<pid>.vanban-tmp` now,
 * `.<name>.<pid>.<hex>.vanban-tmp` in earlier versions.
 */
const tempPid = /\.(\d+)(?:\.[0-9a-f]{8})?\.vanban-tmp$/

const isRunning = (pid: number): boolean => {
  if (pid === process.pid) return true
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM'
  }
}

/**
 * Removes temp files left in `dir` by runs that were killed (SIGKILL, a power
 * cut) before they could clean up: those whose writer process is gone. A temp
 * file of a live writer is left alone. `recursive` looks into subfolders (an
 * output folder mirrors its inputs' tree). Returns the paths removed.
 */
export async function removeStaleTempFiles(dir: string, {recursive = false} = {}): Promise<string[]> {
  const names = await fs.readdir(dir, {recursive}).catch(() => [] as string[])
  const removed: string[] = []
  for (const name of names) {
    if (!name.endsWith(tempSuffix)) continue
    const pid = tempPid.exec(path.basename(name))?.[1]
    if (pid !== undefined && isRunning(Number(pid))) continue
    const file = path.join(dir, name)
    await fs.rm(file, {force: true})
    removed.push(file)
  }
  return removed
}
