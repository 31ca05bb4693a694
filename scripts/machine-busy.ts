/**
 * CPU seconds the whole machine has been busy since boot (/proc/stat), for the benchmarks: a run's
 * own CPU taken from the difference over the run is the load of other programs, printed beside
 * wall times because a shared machine moves those more than anything measured. NaN where
 * /proc/stat cannot be read.
 */
import {readFileSync} from 'node:fs'

export function machineBusy(): number {
  try {
    const [user, nice, system, , , irq, softirq, steal] = readFileSync('/proc/stat', 'utf8').split('\n')[0]!.trim().split(/\s+/).slice(1).map(Number)
    return (user! + nice! + system! + irq! + softirq! + steal!) / 100
  } catch {
    return Number.NaN
  }
}
