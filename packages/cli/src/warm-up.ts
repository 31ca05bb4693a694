import os from 'node:os'
import type {FormatName} from '@vanban/export'
import type {RepairModelData} from '@vanban/normalize'

export interface WarmUpOptions {
  /** As the run's: the warm-up repairs (and loads the model) only if the run may. @default 'auto' */
  readonly repair?: 'auto' | 'always' | 'never'
  /** The run's repair model, so the one compiled here is the one the run uses. @default the shipped model */
  readonly model?: RepairModelData
  /** The run's `--agencies` names. @default [] */
  readonly agencies?: readonly string[]
  /** Also extract the tasks and write them in this format; `null` warms the normalization only (`vanban text`). @default 'csv' */
  readonly format?: FormatName | null
  /**
   * Rounds at most. The first builds the repair model and takes most of the gain (nq71's
   * normalize and tasks after it: 0.25 CPU s instead of 0.5); by the fourth, later rounds
   * only add their own CPU time. @default 4
   */
  readonly rounds?: number
}

/**
 * Pages from which a PDF is worth the warm-up: its parse leaves the time, and the
 * pass after it is long enough to gain. On the 13-page tb20 the rounds cost more CPU
 * (0.3–0.4 s, the repair model built for nothing) than its short cold pass loses.
 */
export const warmUpPages = 20

/** A warm-up that decides itself on the first page read, from the document's page count. */
export interface WarmUpWhileParsing {
  /** A page was read from its text layer (`page` of `pages`): starts the warm-up, or stops it after the last. */
  page(page: number, pages: number): void
  /** The document is read (or failed): no warm-up from now on. */
  stop(): void
  /** The warm-up started for this document, if it did (ended or not). */
  readonly warmUp: WarmUp | null
}

export interface WarmUp {
  /** Ends the warm-up after the round in progress: the real document is here. */
  stop(): void
  /** Settles when the warm-up has ended (never rejects). */
  readonly done: Promise<void>
}

/**
 * `startWarmUp` for a PDF being read in the parse thread, once its first pages are read
 * (pdf.js is then loaded, and the page count known): for documents of `warmUpPages` or
 * more, and never after the last page.
 */
export function warmUpWhileParsing(options: WarmUpOptions = {}): WarmUpWhileParsing {
  let warmUp: WarmUp | null = null
  let decided = false
  const stop = (): void => {
    decided = true
    warmUp?.stop()
  }
  return {
    page(page, pages) {
      if (page >= pages) return stop()
      if (decided) return
      decided = true
      if (pages >= warmUpPages) warmUp = startWarmUp(options)
    },
    stop,
    get warmUp() {
      return warmUp
    }
  }
}

/**
 * While the parse thread reads a PDF's text layers, this thread waits (about
 * a second for the 83-page nq71), then normalizes the document and extracts
 * its tasks cold: V8 interprets the code at first and compiles a function to
 * machine code only once it has run a while, and the repair model (0.6 MB of
 * JSON turned into tables) is built when a paragraph first needs it. On nq71
 * that pass cost 4–6× what the same pass costs a second time. So the idle
 * wait runs the pipeline over a small built-in notice (`data/warm-up-notice.ts`)
 * a few times, with the run's options; each round yields to the event loop,
 * and `stop()` ends it when the real document arrives.
 *
 * Only when a CPU is free for it: with one CPU, or when the last minute's load
 * average says other work already keeps every CPU busy, the rounds take turns
 * with the parse thread and delay it about as much as they save afterwards
 * (measured on nq71 at load 6–9 on 2 CPUs: wall time unchanged, 0.1–0.35 CPU s
 * more); on Windows the load average reads 0.
 * Nothing of the warm-up reaches the output: its results are dropped and the
 * stages keep no state between documents beyond caches of pure functions.
 */
export function startWarmUp(options: WarmUpOptions = {}): WarmUp | null {
  const cpus = os.availableParallelism()
  if (cpus < 2 || os.loadavg()[0] >= cpus) return null
  let stopped = false
  const rounds = options.rounds ?? 4
  const run = async (): Promise<void> => {
    const [{normalizeDocument}, {extractTasks}, {getFormat, validateTasks}, {warmUpNotice}] = await Promise.all([
      import('@vanban/normalize'),
      import('@vanban/tasks'),
      import('@vanban/export'),
      import('./data/warm-up-notice.ts')
    ])
    const normalizeOptions = {...(options.repair && {repair: options.repair}), ...(options.model && {model: options.model})}
    const extractOptions = options.agencies ? {agencies: [...options.agencies]} : {}
    const format = options.format === null ? null : getFormat(options.format ?? 'csv')
    for (let round = 0; round < rounds; round++) {
      // A turn of the event loop between rounds: the parse thread's messages come first.
      await new Promise((resolve) => setImmediate(resolve))
      if (stopped) return
      const normalized = normalizeDocument(warmUpNotice, normalizeOptions)
      if (format) await format.write(validateTasks(extractTasks(normalized, extractOptions)), {})
    }
  }
  const done = run().catch(() => {
    // A warm-up that fails costs nothing but its time: the run meets any real problem itself.
  })
  return {
    stop: () => {
      stopped = true
    },
    done
  }
}
