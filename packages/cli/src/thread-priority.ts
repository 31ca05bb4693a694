import os from 'node:os'

/**
 * Lowers the scheduling priority of the calling thread (its nice value, by
 * `by`), and gives back a function that sets it back where the system allows.
 * On Linux the nice value belongs to each thread: `os.setPriority(0, …)`
 * changes the calling thread alone, and threads it starts afterwards inherit
 * the new value (threads started before keep theirs). Elsewhere it is the
 * process's, and would lower the threads this is meant to favour: nothing is
 * changed there. Raising a priority back needs a privilege an ordinary user
 * does not have (RLIMIT_NICE): the thread then stays lower, which costs time
 * only when other processes want the CPU.
 */
export function lowerThreadPriority(by: number, platform: NodeJS.Platform = process.platform): () => void {
  if (platform !== 'linux') return () => {}
  let before: number
  try {
    before = os.getPriority(0)
    os.setPriority(0, Math.min(19, before + by))
  } catch {
    return () => {}
  }
  let restored = false
  return () => {
    if (restored) return
    restored = true
    try {
      os.setPriority(0, before)
    } catch {
      // Not allowed: see above.
    }
  }
}
