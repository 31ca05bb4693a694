import fs from 'node:fs/promises'
import path from 'node:path'
import type {Task} from '@vanban/core'
import {writeFileAtomic} from './write-file-atomic.ts'
import {type ManifestEntry, type ManifestFailure, readManifest, writeManifest} from './manifest.ts'

/** Append-only record of a run in progress, beside the manifest; hidden like it. */
export const journalName = '.vanban-journal.jsonl'

/**
 * The task records of every output in the manifest, one `{output, tasks}` line
 * each: a resumed run builds its combined output from records, not by parsing
 * the per-file outputs back (a CSV cell is neutralised, an XLSX is binary).
 */
export const recordsName = '.vanban-tasks.jsonl'

/** One line of the journal: an output done, an input failed, or an output withdrawn. */
type JournalLine =
  | {readonly output: string; readonly done: ManifestEntry; readonly tasks: readonly Task[]}
  | {readonly output: string; readonly failed: ManifestFailure}
  | {readonly output: string; readonly removed: true}

/**
 * The resume record of an output folder. Each finished file costs one appended
 * line (O(1), where rewriting the manifest cost O(files) per file); `compact`
 * folds the lines into the manifest at the end of a run and removes the
 * journal. A run killed before compacting leaves its journal, which the next
 * run replays: no finished file is forgotten.
 *
 * The journal is not fsynced: a line lost to a power cut only means that file
 * is done again, since an entry is trusted only while its output's hash matches.
 */
export interface Journal {
  /** The output folder. */
  readonly dir: string
  readonly entries: Readonly<Record<string, ManifestEntry>>
  readonly failures: Readonly<Record<string, ManifestFailure>>
  /** The task records of an output in `entries`, when known. */
  tasksOf(output: string): readonly Task[] | undefined
  done(output: string, entry: ManifestEntry, tasks: readonly Task[]): Promise<void>
  failed(output: string, failure: ManifestFailure): Promise<void>
  removed(output: string): Promise<void>
  /** Writes the manifest with every line folded in and deletes the journal. */
  compact(): Promise<void>
}

/** How long journal lines wait to be written together. */
const flushAfterMs = 100

export async function openJournal(outDir: string): Promise<Journal> {
  const manifest = await readManifest(outDir)
  const entries: Record<string, ManifestEntry> = {...manifest.entries}
  const failures: Record<string, ManifestFailure> = {...manifest.failures}
  const file = path.join(outDir, journalName)
  const records = new Map<string, readonly Task[]>()
  const recordsText = await fs.readFile(path.join(outDir, recordsName), 'utf8').catch(() => '')
  for (const text of recordsText.split('\n')) {
    try {
      const line = text ? (JSON.parse(text) as {output: string; tasks: Task[]}) : null
      if (line && line.output in entries && Array.isArray(line.tasks)) records.set(line.output, line.tasks)
    } catch {
      // A damaged line: that output's records are rebuilt by processing its input again.
    }
  }
  const apply = (line: JournalLine) => {
    delete entries[line.output]
    delete failures[line.output]
    records.delete(line.output)
    if ('done' in line) {
      entries[line.output] = line.done
      records.set(line.output, line.tasks)
    } else if ('failed' in line) failures[line.output] = line.failed
  }
  const earlier = await fs.readFile(file, 'utf8').catch(() => '')
  for (const text of earlier.split('\n')) {
    try {
      if (text) apply(JSON.parse(text) as JournalLine)
    } catch {
      // A line cut short by a crash: its file is simply done again.
    }
  }
  await fs.mkdir(outDir, {recursive: true})
  // A torn last line of a killed run would glue onto the next one: start on a fresh line.
  const handle = await fs.open(file, 'a')
  if (earlier !== '' && !earlier.endsWith('\n')) await handle.write('\n')
  // Lines written together a moment later, in one write: a killed run loses at most that
  // moment's lines, whose files are then done again.
  let buffered = ''
  let flushing: Promise<void> | null = null
  /** A failed write (disk full), reported by `compact`. */
  let failure: unknown = null
  const flush = async () => {
    while (buffered !== '') {
      const text = buffered
      buffered = ''
      await handle.write(text)
    }
  }
  const append = async (line: JournalLine) => {
    apply(line)
    buffered += JSON.stringify(line) + '\n'
    flushing ??= new Promise<void>((resolve) => setTimeout(resolve, flushAfterMs))
      .then(flush)
      .catch((error: unknown) => {
        failure ??= error
      })
      .finally(() => {
        flushing = null
      })
  }
  return {
    dir: outDir,
    entries,
    failures,
    tasksOf: (output) => records.get(output),
    done: (output, done, tasks) => append({output, done, tasks}),
    failed: (output, failed) => append({output, failed}),
    removed: (output) => append({output, removed: true}),
    async compact() {
      await flushing
      await flush().finally(() => handle.close())
      if (failure) throw failure
      const outputs = Object.keys(entries).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
      const lines = outputs.flatMap((output) => (records.has(output) ? [JSON.stringify({output, tasks: records.get(output)}) + '\n'] : []))
      await writeFileAtomic(path.join(outDir, recordsName), lines.join(''))
      await writeManifest(outDir, entries, failures)
      await fs.rm(file, {force: true})
    }
  }
}
