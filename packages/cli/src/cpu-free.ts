import {readFileSync} from 'node:fs'
import os from 'node:os'

/** CPU seconds the machine spent busy and this process used so far (all its threads), at wall time `wall` (s). */
export interface CpuSample {
  machine: number
  own: number
  wall: number
}

/**
 * Whether the CPUs other processes left free since the last call (or since
 * this was made) hold a CPU for a warm-up beside the parse thread: other
 * processes took less than all the CPUs but one and a half (on 2 CPUs, less
 * than half a CPU). The 1-minute load average, the test before, answered
 * another question: it counted this command's own previous runs (a script
 * running vanban back to back held it near 2 on 2 CPUs) and work long
 * finished, so the warm-up was off on a quiet machine. The window is the
 * process's own time up to the preview, measured from /proc (busy ticks of
 * the machine less this process's); elsewhere the load average decides.
 */
export function cpuFreeMeter(sample: () => CpuSample | null = procSample, cpus: number = os.availableParallelism()): () => boolean {
  let last = sample()
  if (last === null) return () => os.loadavg()[0] < cpus
  return () => {
    const now = sample()
    if (now === null || last === null) return false
    const others = othersCpus(last, now)
    last = now
    return others < cpus - 1.5
  }
}

/** CPUs other processes used on average between two samples (0 when no time passed). */
export function othersCpus(from: CpuSample, to: CpuSample): number {
  const wall = to.wall - from.wall
  if (wall <= 0) return 0
  return Math.max(0, to.machine - from.machine - (to.own - from.own)) / wall
}

/** Clock ticks per second of /proc's figures (USER_HZ, 100 on Linux). */
const ticks = 100

/** The figures of /proc/stat and /proc/self/stat, or null without them (not Linux). */
function procSample(): CpuSample | null {
  try {
    const wall = performance.now() / 1000
    // user nice system idle iowait irq softirq steal: all but idle and iowait are busy.
    const [user, nice, system, , , irq, softirq, steal] = readFileSync('/proc/stat', 'latin1').slice(0, 200).split('\n')[0]!.split(/\s+/).slice(1).map(Number)
    // After the command's name in parentheses: utime and stime are the 12th and 13th fields.
    const fields = readFileSync('/proc/self/stat', 'latin1').split(') ')[1]!.split(' ')
    const machine = (user! + nice! + system! + irq! + softirq! + (steal ?? 0)) / ticks
    const own = (Number(fields[11]) + Number(fields[12])) / ticks
    return Number.isFinite(machine) && Number.isFinite(own) ? {machine, own, wall} : null
  } catch {
    return null
  }
}
