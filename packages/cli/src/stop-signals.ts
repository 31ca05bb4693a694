/** The signals that stop a run, and what they mean to a shell. */
export const stopSignals = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const
export type StopSignal = (typeof stopSignals)[number]

/** Exit status of a run stopped by a signal: 128 + the signal number, as shells report it. */
export const exitStatusOf = (signal: StopSignal): number => ({SIGHUP: 129, SIGINT: 130, SIGTERM: 143})[signal]

/**
 * A copy of a signal within this time of the first counts as the same signal: Ctrl-C
 * reaches every process of the terminal's group, so the restarted process gets it from
 * the terminal and once more from bin.ts, which passes on signals sent to it alone.
 */
export const duplicateWithinMs = 1000

/**
 * The parent pid when this module loaded (bin.ts imports it first): a parent that died
 * while the command was still starting (a rebuild under `pnpm vanban`) is noticed too.
 */
const launchParent = process.ppid

/**
 * Stops this process, as SIGTERM would, when the process that started it is gone, so no
 * vanban runs on unseen after its parent was killed (even by SIGKILL, which cannot be
 * passed on):
 * - started by bin.ts: the IPC channel to it closes;
 * - started by a package manager (`pnpm vanban`): the parent pid changes, checked twice a
 *   second (a shell's `nohup vanban … &` is left alone: a process detached on purpose).
 */
export function watchParent(proc: NodeJS.Process, parent = launchParent): void {
  const stop = () => proc.kill(proc.pid, 'SIGTERM')
  if (proc.channel) {
    proc.channel.unref()
    proc.once('disconnect', stop)
    return
  }
  if (!proc.env.npm_config_user_agent) return
  const timer = setInterval(() => {
    if (proc.ppid !== parent) {
      clearInterval(timer)
      stop()
    }
  }, 500)
  timer.unref()
}
