/**
 * One measuring process of `pnpm bench --only repair` (scripts/bench.ts starts several): the
 * compiled package (`dist`, as vanban runs it), start-up done before the clock — the shipped
 * model read and compiled, and the JIT warmed by repairing the warm-up texts of
 * scripts/repair-texts.ts (other documents, one broken, one stripped) — then each measured text
 * repaired once. Prints one JSON line: per text its syllables, wall time, CPU time of all the
 * process's threads (V8 compiles and collects garbage on helper threads) and of the main thread
 * alone (Linux; NaN elsewhere).
 *
 *   node --import tsx scripts/bench-repair.ts   (add --single-threaded to keep V8 on one thread)
 */
import {readFileSync} from 'node:fs'
import {repairText} from '@vanban/normalize'
import {syllables} from '../test/support/metrics.ts'
import {nonRepeatingTexts, warmUpTexts} from './repair-texts.ts'

/** CPU milliseconds the main thread has used (utime + stime of /proc/self/task/<pid>). */
function mainThreadMs(): number {
  try {
    const stat = readFileSync(`/proc/self/task/${process.pid}/stat`, 'utf8')
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
    return (Number(fields[11]) + Number(fields[12])) * 10
  } catch {
    return Number.NaN
  }
}

const texts = nonRepeatingTexts()
const warmUp = warmUpTexts()
const started = process.cpuUsage()
for (const {text} of warmUp) repairText(text, {mode: 'auto'})
const warmCpu = process.cpuUsage(started)
const rows = texts.map(({name, text}) => {
  const main = mainThreadMs()
  const cpu = process.cpuUsage()
  const start = performance.now()
  repairText(text, {mode: 'auto'})
  const wall = performance.now() - start
  const used = process.cpuUsage(cpu)
  return {name, syllables: syllables(text).length, wall, cpu: (used.user + used.system) / 1000, main: mainThreadMs() - main}
})
console.log(JSON.stringify({warmUp: warmUp.map(({name}) => name), warmUpCpu: (warmCpu.user + warmCpu.system) / 1000, rows}))
