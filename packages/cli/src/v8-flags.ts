import {setFlagsFromString} from 'node:v8'

/**
 * V8 settings of the `vanban` command, set as it starts (bin.ts): for the
 * command only, since a library must leave its host's engine alone. Both trade
 * V8's defaults, made for long-lived pages and servers, for a run of a second
 * or two on a small machine. Measured on 2 cores, whole processes, medians:
 *
 * - `--no-regexp-tier-up`: a regular expression is compiled to machine code
 *   at its first use, instead of compiled to bytecode, interpreted once and
 *   compiled again. tasks' ~350 patterns nearly all run many times in any
 *   notice. extractTasks cold on nq71: 320 → 200 ms, warm no slower;
 *   `vanban tasks` on tb20.md: 985 → 826 ms.
 * - `--interrupt-budget`: a function is optimized by TurboFan after about 8×
 *   the work V8 waits for by default (67,584 bytes of bytecode run). With the
 *   default, V8's background threads spent ~1.2 s of CPU compiling on the
 *   83-page nq71 (of 3.5 s in all; `--no-concurrent-recompilation` moves it
 *   onto the threads), taken from the parse thread the run waits for, for
 *   functions most of which ran a few more times. A long run still optimizes
 *   what is hot, a little later.
 */
export const commandV8Flags: readonly string[] = ['--no-regexp-tier-up', `--interrupt-budget=${8 * 65_536}`]

/** Sets `flags` in this process: its worker threads, started after, run with them too. */
export function applyV8Flags(flags: readonly string[] = commandV8Flags): void {
  for (const flag of flags) setFlagsFromString(flag)
}
