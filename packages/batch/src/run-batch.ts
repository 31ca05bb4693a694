import fs from 'node:fs/promises'
import path from 'node:path'
import {taskSchema, type Task, VanbanError} from '@vanban/core'
import {formatTasks, type TaskFormat} from '@vanban/export'
import {expandInputs, type InputFile} from './expand-inputs.ts'
import {toFileError} from './file-error.ts'
import {entryKey, type ManifestEntry, outputIsComplete, readManifest, sha256, writeManifest} from './manifest.ts'
import {type FileResult, type ProcessOptions, processFile} from './process-file.ts'
import {writeFileAtomic} from './write-file-atomic.ts'

export interface BatchOptions extends ProcessOptions {
  /** Output format of every output. @default 'csv' */
  readonly format?: TaskFormat
  /** Start CSV outputs with a UTF-8 BOM (for Excel). @default true */
  readonly bom?: boolean
  /**
   * Folder for one output per input, at the input's relative path with the
   * format's extension (`notices/a/b.pdf` → `<outDir>/a/b.csv`), plus a manifest
   * for `resume`. @default undefined (no per-file outputs)
   */
  readonly outDir?: string
  /** One file holding the tasks of every input, in input order. @default undefined */
  readonly combine?: string
  /**
   * Skip inputs whose output in `outDir` is complete for the same content and
   * options (checked against the manifest). Needs `outDir`. @default false
   */
  readonly resume?: boolean
}

/** A FileResult as the batch saw it: where its output went and whether it was resumed. */
export interface BatchFileResult extends FileResult {
  /** Path of the per-file output, or null (no `outDir`, or the file failed). */
  readonly output: string | null
  /** True when `resume` found the output complete and skipped the file (`tasks` is then empty; see `taskCount`). */
  readonly resumed: boolean
  /** Tasks of this file, also for resumed files. */
  readonly taskCount: number
}

export interface BatchSummary {
  readonly results: BatchFileResult[]
  readonly filesOk: number
  /** Files that succeeded with warnings (a subset of `filesOk`). */
  readonly filesWithWarnings: number
  readonly filesFailed: number
  readonly filesResumed: number
  readonly tasks: number
  readonly pages: number
  readonly ms: number
  /** True when `signal` aborted the run: the file in flight was discarded, `combine` not written. */
  readonly interrupted: boolean
  /** The formatted tasks of every file, when neither `outDir` nor `combine` is set (for stdout). */
  readonly output: string | null
}

const extensions: Record<TaskFormat, string> = {csv: '.csv', json: '.json', jsonl: '.jsonl'}

/**
 * A whole batch: process every input in order, write each output atomically
 * (and record it in the manifest) as soon as its file is done, then the
 * combined output. Bad files fail alone; an abort stops after the file in
 * flight is discarded, leaving only complete outputs behind.
 *
 * @example
 * const summary = await runBatch(['notices/'], {outDir: 'out', format: 'csv', resume: true})
 * //=> {filesOk: 41, filesFailed: 2, tasks: 812, interrupted: false, …}
 */
export async function runBatch(inputs: readonly string[], options: BatchOptions = {}): Promise<BatchSummary> {
  const start = performance.now()
  const format = options.format ?? 'csv'
  if (options.resume && !options.outDir) throw new TypeError('resume needs an output folder (outDir): the manifest lives there')
  const files = await expandInputs(inputs)
  const outputs = outputPaths(files, format)
  const manifest = options.outDir ? await readManifest(options.outDir) : null
  const entries: Record<string, ManifestEntry> = {...manifest?.entries}
  const keyOptions = {format, bom: options.bom ?? true, repair: options.repair ?? 'auto', ocr: options.ocr ?? 'auto',
    maxPages: options.maxPages ?? null, pageTimeout: options.pageTimeout ?? null, documentDate: options.documentDate ?? null,
    // Another repair model can change the output: it is part of what "already done" means.
    model: options.model ? sha256(Buffer.from(JSON.stringify(options.model))).slice(0, 16) : null}

  const results: BatchFileResult[] = []
  /** Each file's formatted output, in input order, for `combine` and stdout. */
  const pieces: string[] = []
  let interrupted = false

  for (const [index, input] of files.entries()) {
    if (options.signal?.aborted) {
      interrupted = true
      break
    }
    const {file} = input
    const outputRel = outputs[index]!
    const output = options.outDir ? path.join(options.outDir, outputRel) : null
    options.onProgress?.({type: 'file-start', file, index, total: files.length})

    let key: string | null = null
    let inputSha256 = ''
    if (output) {
      try {
        inputSha256 = sha256(await fs.readFile(file))
        key = entryKey(inputSha256, file, keyOptions)
      } catch {
        // processFile below reports the same problem with the usual message.
      }
      const entry = entries[outputRel]
      if (options.resume && key && entry?.key === key && (await outputIsComplete(output, entry))) {
        const result: BatchFileResult = {file, ok: true, tasks: [], warnings: [], error: null, pages: 0,
          timing: {readMs: 0, normalizeMs: 0, extractMs: 0, totalMs: 0}, output, resumed: true, taskCount: entry.tasks}
        pieces.push(await fs.readFile(output, 'utf8'))
        results.push(result)
        options.onProgress?.({type: 'file-done', result, index, total: files.length})
        continue
      }
    }

    let processed: FileResult
    try {
      processed = await processFile(file, options)
    } catch (error) {
      if (!options.signal?.aborted) throw error
      interrupted = true
      break
    }

    let result: BatchFileResult = {...processed, output: null, resumed: false, taskCount: processed.tasks.length}
    if (processed.ok) {
      try {
        const text = await formatTasks(processed.tasks, {format, ...(options.bom !== undefined && {bom: options.bom})})
        if (output && key) {
          await writeFileAtomic(output, text).catch((error: unknown) => {
            throw new VanbanError('write-failed', `cannot write its output ${output} (${systemMessage(error)})`, {file, cause: error})
          })
          entries[outputRel] = {input: file, inputSha256, key, outputSha256: sha256(text), tasks: processed.tasks.length}
          await writeManifest(options.outDir!, entries)
          result = {...result, output}
        }
        pieces.push(text)
      } catch (error) {
        result = {...result, ok: false, tasks: [], error: toFileError(file, error)}
      }
    } else if (output && entries[outputRel]?.input === file) {
      // The file no longer yields an output: drop the one an earlier run made, so no stale result looks current.
      delete entries[outputRel]
      await fs.rm(output, {force: true})
      await writeManifest(options.outDir!, entries)
    }
    results.push(result)
    options.onProgress?.({type: 'file-done', result, index, total: files.length})
  }

  let combined: string | null = null
  if (!interrupted && (options.combine || !options.outDir)) {
    combined = await combinePieces(pieces, format, options.bom ?? true)
    if (options.combine) await writeFileAtomic(options.combine, combined)
  }

  const ok = results.filter((result) => result.ok)
  return {
    results,
    filesOk: ok.length,
    filesWithWarnings: ok.filter((result) => result.warnings.length > 0).length,
    filesFailed: results.length - ok.length,
    filesResumed: results.filter((result) => result.resumed).length,
    tasks: ok.reduce((sum, result) => sum + result.taskCount, 0),
    pages: results.reduce((sum, result) => sum + result.pages, 0),
    ms: performance.now() - start,
    interrupted,
    output: options.combine || options.outDir ? null : combined
  }
}

/**
 * Output path of each input relative to the output folder (`/`-separated).
 * `a.pdf` and `a.md` side by side would both become `a.csv`; those keep their
 * own extension (`a.pdf.csv`, `a.md.csv`) so no output overwrites another.
 */
export function outputPaths(files: readonly InputFile[], format: TaskFormat): string[] {
  const ext = extensions[format]
  const plain = files.map(({relative}) => toPosix(relative.slice(0, relative.length - path.extname(relative).length) + ext))
  const counts = new Map<string, number>()
  for (const name of plain) counts.set(name, (counts.get(name) ?? 0) + 1)
  const seen = new Set<string>()
  return plain.map((name, index) => {
    const unique = counts.get(name)! > 1 ? toPosix(files[index]!.relative + ext) : name
    let chosen = unique
    // The same file given twice: number the later copies rather than overwrite.
    for (let n = 2; seen.has(chosen); n++) chosen = `${unique.slice(0, -ext.length)}~${n}${ext}`
    seen.add(chosen)
    return chosen
  })
}

/** `ENOSPC: no space left on device, open '…'` → `ENOSPC: no space left on device`: the path is already named. */
const systemMessage = (error: unknown): string => (error instanceof Error ? error.message.split(',')[0]!.trim() : String(error))

const toPosix = (p: string): string => p.split(path.sep).join('/')

/** Joins per-file outputs into one: one CSV header, JSON Lines as they are, one JSON `tasks` array. */
async function combinePieces(pieces: readonly string[], format: TaskFormat, bom: boolean): Promise<string> {
  switch (format) {
    case 'jsonl':
      return pieces.join('')
    case 'json': {
      const tasks: Task[] = pieces.flatMap((piece) => (JSON.parse(piece) as {tasks: unknown[]}).tasks.map((task) => taskSchema.parse(task)))
      return formatTasks(tasks, {format: 'json'})
    }
    case 'csv': {
      const header = await formatTasks([], {format: 'csv', bom})
      const rows = pieces.map((piece) => piece.replace(/^\uFEFF/, '').slice(header.replace(/^\uFEFF/, '').length))
      return header + rows.join('')
    }
  }
}
