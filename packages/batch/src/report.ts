import fs from 'node:fs/promises'
import type {BatchFileResult} from './run-batch.ts'

/** One line of `--report`: what happened to one input. */
export interface ReportRecord {
  readonly file: string
  /** `ok`; `warn` (ok with warnings); `failed`; `skipped` (resumed, or not reached when interrupted). */
  readonly status: 'ok' | 'warn' | 'failed' | 'skipped'
  /** The failure's code (`not-found`, `password` …), `resumed` or `interrupted` for skipped inputs, else null. */
  readonly code: string | null
  /** The failure's one line, the first warning, or why the input was skipped; null when ok. */
  readonly message: string | null
  readonly tasks: number
  readonly pages: number
  readonly seconds: number
  /** Where its output went, or null. */
  readonly output: string | null
}

/** A finished input → its report line. */
export function reportRecord(result: BatchFileResult): ReportRecord {
  const common = {file: result.file, tasks: result.taskCount, pages: result.pages, seconds: Math.round(result.timing.totalMs) / 1000, output: result.output}
  if (result.error) return {...common, status: 'failed', code: result.error.code, message: result.error.message}
  if (result.resumed) return {...common, status: 'skipped', code: 'resumed', message: 'output already complete'}
  if (result.warnings.length > 0) {
    const more = result.warnings.length > 1 ? ` (and ${result.warnings.length - 1} more)` : ''
    return {...common, status: 'warn', code: null, message: result.warnings[0]! + more}
  }
  return {...common, status: 'ok', code: null, message: null}
}

/** An input a stopped run never reached. */
export const notReached = (file: string): ReportRecord =>
  ({file, status: 'skipped', code: 'interrupted', message: 'not processed: the run was interrupted', tasks: 0, pages: 0, seconds: 0, output: null})

/** The report file, one JSON object a line, written as inputs finish (a killed run keeps what it saw). */
export async function openReport(file: string): Promise<{write(record: ReportRecord): Promise<void>; close(): Promise<void>}> {
  const handle = await fs.open(file, 'w')
  return {
    write: async (record) => void (await handle.write(JSON.stringify(record) + '\n')),
    close: () => handle.close()
  }
}
