import {createRequire} from 'node:module'
import type {Writable} from 'node:stream'
import type cliProgressModule from 'cli-progress'
import type {BatchFileResult, FileResult, ProgressEvent} from '@vanban/batch'

export type ProgressMode = 'bar' | 'lines' | 'quiet'

export interface Reporter {
  readonly onProgress: (event: ProgressEvent) => void
  /** Stops the bar (if any) so later lines print cleanly. */
  readonly stop: () => void
}

const seconds = (ms: number): string => `${(ms / 1000).toFixed(1)} s`
const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`

/** One line for a finished file; failures carry the error's own line, which names the file. */
export function fileLine(result: FileResult | BatchFileResult): string {
  // runBatch reports BatchFileResults; processFiles plain FileResults.
  const taskCount = 'taskCount' in result ? result.taskCount : result.tasks.length
  if (result.error) return `FAIL  ${result.error.message}`
  if ('resumed' in result && result.resumed) return `skip  ${result.file}: output already complete (${plural(taskCount, 'task')})`
  const warned = result.warnings.length > 0 ? `, ${plural(result.warnings.length, 'warning')}` : ''
  return `${warned ? 'warn' : 'ok  '}  ${result.file}: ${plural(taskCount, 'task')}, ${plural(result.pages, 'page')}${warned}, ${seconds(result.timing.totalMs)}`
}

/** Extra lines under a file's line with `--verbose`: its warnings, and the stack of a failure. */
function detailLines(result: FileResult): string[] {
  const lines = result.warnings.map((warning) => `      warning: ${warning}`)
  if (result.error?.stack) lines.push(...result.error.stack.split('\n').map((line) => `      ${line}`))
  return lines
}

/**
 * Progress as the surroundings want it: a bar on a terminal (files, pages,
 * pages per second, time left; updated per page so long scans move), one line
 * per finished file elsewhere (CI logs, pipes), or only failures with `quiet`.
 */
export function createReporter(stderr: Writable, mode: ProgressMode, verbose: boolean): Reporter {
  const print = (lines: string[]) => {
    if (lines.length > 0) stderr.write(lines.join('\n') + '\n')
  }
  if (mode !== 'bar') {
    return {
      onProgress(event) {
        if (event.type !== 'file-done') return
        const {result} = event
        if (mode === 'quiet' && result.ok) return
        print([fileLine(result), ...(verbose ? detailLines(result) : [])])
      },
      stop() {}
    }
  }

  // Loaded for a bar only (21 files, ~25 ms on a busy 2-CPU machine): a pipe or a log never draws one.
  const cliProgress = createRequire(import.meta.url)('cli-progress') as typeof cliProgressModule
  const bars = new cliProgress.MultiBar(
    {
      stream: stderr,
      format: '{bar} {filesDone}/{files} files | {pagesDone} pages | {rate} pages/s | ETA {eta_formatted} | {current}',
      barsize: 24,
      hideCursor: true,
      clearOnComplete: true,
      etaBuffer: 50,
      linewrap: false,
      // Before the first file is done cli-progress has no rate and prints 'NULL'/'INF'; show '…' instead.
      formatTime: (t, options, roundTo) => (typeof t === 'number' && Number.isFinite(t) ? cliProgress.Format.TimeFormat(t, options, roundTo) : '…'),
      // The CLI owns SIGINT/SIGTERM (it must discard the file in flight); it stops the bar itself.
      gracefulExit: false
    },
    cliProgress.Presets.shades_classic
  )
  // Progress counts whole files plus the fraction of the current one, in 1/100 file steps.
  const scale = 100
  let bar: cliProgressModule.SingleBar | undefined
  let filesDone = 0
  let pagesDone = 0
  let pagesOfCurrent = 0
  const started = Date.now()
  // The bar must fit one terminal line: show only the end of a long path.
  const shorten = (file: string) => (file.length > 40 ? '…' + file.slice(-39) : file)
  const payload = (current: string) => ({
    filesDone,
    pagesDone: pagesDone + pagesOfCurrent,
    rate: ((pagesDone + pagesOfCurrent) / Math.max(0.001, (Date.now() - started) / 1000)).toFixed(1),
    current: shorten(current)
  })
  return {
    onProgress(event) {
      switch (event.type) {
        case 'file-start':
          bar ??= bars.create(event.total * scale, 0, {...payload(event.file), files: event.total})
          pagesOfCurrent = 0
          bar.update(event.index * scale, payload(event.file))
          break
        case 'page':
          pagesOfCurrent = event.page
          bar?.update(filesDone * scale + Math.floor((scale * event.page) / Math.max(event.page, event.pages)), payload(event.file))
          break
        case 'file-done': {
          const {result} = event
          filesDone++
          pagesDone += result.pages
          pagesOfCurrent = 0
          bar?.update(filesDone * scale, payload(result.file))
          if (!result.ok || result.warnings.length > 0 || verbose) {
            bars.log([fileLine(result), ...(verbose ? detailLines(result) : [])].join('\n') + '\n')
          }
          break
        }
      }
    },
    stop() {
      // cli-progress prints logged lines only on its next redraw; redraw once so the last file's line is not lost.
      if (bar) bars.update()
      bars.stop()
    }
  }
}
