import {createHash} from 'node:crypto'
import {closeSync, createReadStream, fstatSync, openSync, readSync} from 'node:fs'
import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import {type Task, VanbanError} from '@vanban/core'
import {type FormatName, getFormat, type OutputFormat, validateTasks} from '@vanban/export'
import {type BatchInput, checkInputs, checkOptions} from './batch-options.ts'
import {expandInputs, type InputFile} from './expand-inputs.ts'
import {FileThreads, fromSource, threadStarter} from './file-threads.ts'
import {toFileError} from './file-error.ts'
import {inOrder} from './in-order.ts'
import {openJournal, type Journal} from './journal.ts'
import {entryKey, outputIsComplete, sha256} from './manifest.ts'
import {acquireOutputLock} from './output-lock.ts'
import {checkOutputTargets, type OutputTarget} from './output-targets.ts'
import {type FileResult, type ProcessOptions, processFile} from './process-file.ts'
import {notReached, openReport, reportRecord} from './report.ts'
import {removeStaleTempFiles} from './stale-temp-files.ts'
import {syncFolder, writeFileAtomic} from './write-file-atomic.ts'

export interface BatchOptions extends ProcessOptions {
  /** Output format of every output. @default 'csv' */
  readonly format?: FormatName
  /** Start CSV outputs with a UTF-8 BOM (for Excel). @default true */
  readonly bom?: boolean
  /**
   * Folder for one output per input, at the input's relative path with the
   * format's extension (`notices/a/b.pdf` → `<outDir>/a/b.csv`), plus the
   * resume record. One run at a time writes to it (a lock file).
   * @default undefined (no per-file outputs)
   */
  readonly outDir?: string
  /** One file holding the tasks of every input, in input order. @default undefined */
  readonly combine?: string
  /**
   * A JSON Lines file with one `{file, status, code, message, tasks, pages, seconds, output}`
   * line per input, written as inputs finish. @default undefined
   */
  readonly report?: string
  /**
   * Return every task, formatted, in `summary.output` (what the CLI prints on
   * stdout). @default true when neither `outDir` nor `combine` is set
   */
  readonly collect?: boolean
  /**
   * Skip inputs whose output in `outDir` is complete for the same content and
   * options (checked against the manifest). Needs `outDir`. @default false
   */
  readonly resume?: boolean
}

/** A FileResult as the batch saw it: where its output went and whether it was resumed. */
export type BatchFileResult = FileResult & {
  /** Path of the per-file output, or null (no `outDir`, or the file failed). */
  readonly output: string | null
  /** True when `resume` found the output complete and skipped the file (`tasks` is then empty; see `taskCount`). */
  readonly resumed: boolean
  /** Tasks of this file (records of kind `task`; the `group` records are not counted), also for resumed files. */
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
  /** True when `signal` aborted the run: the files in flight were discarded, `combine` not written. */
  readonly interrupted: boolean
  /** Every task in the format, with `collect` (by default when neither `outDir` nor `combine` is set); bytes for `xlsx`. */
  readonly output: string | Uint8Array | null
  /** Stale temp files of killed runs that this run removed from its output folders. */
  readonly staleTempFiles: readonly string[]
}

/** What one input came to before its output is written, in input order. */
type Prepared =
  | ({readonly kind: 'resumed'} & Finished)
  | {readonly kind: 'processed'; readonly processed: FileResult; readonly key: string | null; readonly inputSha256: string}

/**
 * Inputs up to this size are read once, for their hash and as the document; a
 * larger one is hashed as a stream and read by its reader, which may refuse it
 * (`maxFileBytes`) without holding it all.
 */
const readOnceBytes = 32e6

/**
 * The content of `file` when it is at most `readOnceBytes`, else undefined.
 * Read in place, without the thread pool: see writeFileAtomic for what each
 * trip through it costs a batch of small files (this read made five).
 */
function readSmallFile(file: string): Uint8Array | undefined {
  const fd = openSync(file, 'r')
  try {
    const size = fstatSync(fd).size
    if (size > readOnceBytes) return undefined
    // Not from the shared pool: the bytes may be handed to a file thread.
    const bytes = Buffer.allocUnsafeSlow(size)
    let done = 0
    for (let n = 1; done < size && n > 0; done += n) n = readSync(fd, bytes, done, size - done, null)
    // The size when opened: one that shrank meanwhile is read up to its end.
    return done < size ? bytes.subarray(0, done) : bytes
  } finally {
    closeSync(fd)
  }
}

async function sha256OfFile(file: string): Promise<string> {
  const hash = createHash('sha256')
  for await (const chunk of createReadStream(file)) hash.update(chunk as Buffer)
  return hash.digest('hex')
}

/** processFile, in this thread or in a worker thread. */
type ReadFile = (input: BatchInput, options: ProcessOptions) => Promise<FileResult>

/**
 * Worker threads for a batch worth them: `jobs` of them (default: one less
 * than the CPU count, since this thread formats, writes and records every
 * output) when there are more files than that and at least two; else null,
 * and files are read in this thread (a single file then gets `jobs` OCR
 * workers). Measured on 2 CPUs, 2,000 small notices: two threads cost 7.5 s
 * of CPU where one thread took 4.0 s, so 2 CPUs read in one thread by default.
 * From the TypeScript sources, where a thread compiles the pipeline first
 * (seconds), only when `jobs` is given.
 */
function fileThreads(files: number, options: BatchOptions): FileThreads | null {
  const jobs = options.jobs ?? os.availableParallelism() - 1
  if (jobs < 2 || files <= jobs || (fromSource && options.jobs === undefined)) return null
  return new FileThreads(jobs, options.model ? {model: options.model} : {}, threadStarter())
}

/** A finished input: its result, and its tasks for `combine` and stdout. */
interface Finished {
  readonly result: BatchFileResult
  readonly tasks: readonly Task[]
}

/** Files read ahead of the one being recorded (more would hold more documents in memory). */
const readAhead = 2
/** Outputs written at once: their fsyncs overlap each other and the reading of the next files. */
const writeAhead = 8

/**
 * A whole batch: refuse outputs that would overwrite an input or cannot be
 * written, lock the output folder, process every input in order, write each
 * output atomically as soon as its file is done (one journal line each), then
 * the combined output and the compacted manifest. Bad files fail alone; an
 * abort stops after discarding the files in flight, leaving only complete
 * outputs behind.
 *
 * @example
 * const summary = await runBatch(['notices/'], {outDir: 'out', format: 'csv', resume: true})
 * //=> {filesOk: 41, filesFailed: 2, tasks: 812, interrupted: false, …}
 */
export async function runBatch(inputs: readonly BatchInput[], options: BatchOptions = {}): Promise<BatchSummary> {
  checkInputs('runBatch', inputs)
  checkOptions('runBatch', options)
  const start = performance.now()
  const format = getFormat(options.format ?? 'csv')
  const bom = options.bom ?? true
  const {outDir, combine, report: reportFile} = options
  if (options.resume && !outDir) throw new TypeError('runBatch: resume needs an output folder (outDir): the resume record lives there')
  const files = await expandInputs(inputs)
  const outputs = outputPaths(files, format.name)

  const targets: OutputTarget[] = [
    ...(outDir !== undefined ? [{path: outDir, kind: 'folder' as const}] : []),
    ...(combine !== undefined ? [{path: combine, kind: 'file' as const}] : []),
    ...(reportFile !== undefined ? [{path: reportFile, kind: 'file' as const}] : [])
  ]
  const paths = files.flatMap((file) => (file.bytes ? [] : [file.file]))
  await checkOutputTargets(paths, targets, outDir !== undefined ? outputs.map((output) => path.join(outDir, output)) : [])

  const release = outDir !== undefined ? await acquireOutputLock(outDir) : null
  /** Folders that received outputs: synced once at the end rather than after every file. */
  const folders = new Set<string>()
  const staleTempFiles: string[] = []
  let journal: Journal | null = null
  let threads: FileThreads | null = null
  let report: Awaited<ReturnType<typeof openReport>> | null = null
  try {
    if (outDir !== undefined) staleTempFiles.push(...(await removeStaleTempFiles(outDir, {recursive: true})))
    if (combine !== undefined) staleTempFiles.push(...(await removeStaleTempFiles(path.dirname(combine))))
    journal = outDir !== undefined ? await openJournal(outDir) : null
    if (reportFile !== undefined) {
      await fs.mkdir(path.dirname(reportFile), {recursive: true})
      report = await openReport(reportFile)
    }
    const keyOptions = {format: format.name, bom, repair: options.repair ?? 'auto', ocr: options.ocr ?? 'auto',
      maxPages: options.maxPages ?? null, pageTimeout: options.pageTimeout ?? null, documentDate: options.documentDate ?? null,
      // Another repair model can change the output: it is part of what "already done" means.
      model: options.model ? sha256(Buffer.from(JSON.stringify(options.model))).slice(0, 16) : null,
      // Options added later join the key only when set, so earlier outputs stay resumable.
      ...(options.agencies && {agencies: sha256(JSON.stringify(options.agencies)).slice(0, 16)}),
      ...(options.ocrEngine && {ocrEngine: options.ocrEngine})}
    // Task records of every file, in input order, for `combine` and stdout.
    const collect = options.collect ?? (outDir === undefined && combine === undefined)
    const wanted = combine !== undefined || collect
    threads = fileThreads(files.length, options)
    const read: ReadFile = threads ? (input, readOptions) => threads!.process(input, readOptions) : processFile
    const prepare = (index: number): Promise<Prepared> =>
      prepareFile(files[index]!, index, files.length, outDir !== undefined ? outputs[index]! : null, journal, keyOptions, wanted, options, read)

    const results: BatchFileResult[] = []
    const allTasks: (readonly Task[])[] = []
    /**
     * Each file's output is written while the next files are read; a file is recorded
     * (report, progress) as soon as its output and those of every earlier file landed.
     */
    const recorded: Promise<void>[] = []
    const record = async ({result, tasks}: Finished) => {
      const index = results.length
      results.push(result)
      if (result.ok && wanted) allTasks.push(tasks)
      await report?.write(reportRecord(result))
      options.onProgress?.({type: 'file-done', result, index, total: files.length})
    }
    let interrupted = false
    try {
      for await (const prepared of inOrder(files.length, threads ? threads.size + 1 : readAhead, prepare)) {
        const index = recorded.length
        const outputRel = outDir !== undefined ? outputs[index]! : null
        const finished = prepared.kind === 'resumed' ? prepared : finishFile(prepared, outputRel, format, bom, journal, folders)
        recorded.push(Promise.all([recorded.at(-1), finished]).then(([, done]) => record(done)))
        if (index >= writeAhead) await recorded[index - writeAhead]
        if (options.signal?.aborted) break
      }
    } catch (error) {
      if (!options.signal?.aborted) throw error
    } finally {
      // Outputs already being written are whole files: let them land and be recorded.
      await Promise.allSettled(recorded)
    }
    // A failure to record (the report cannot be written) ends the run like any other error.
    await Promise.all(recorded)
    if (options.signal?.aborted || results.length < files.length) interrupted = true
    for (const file of files.slice(results.length)) await report?.write(notReached(file.file))

    let output: string | Uint8Array | null = null
    if (!interrupted && wanted) {
      // Every record was validated once: processFile's, or a resumed file's when it was loaded.
      output = await format.write(allTasks.flat(), {bom})
      if (combine !== undefined) {
        await writeFileAtomic(combine, output).catch((error: unknown) => {
          throw new VanbanError('write-failed', `cannot write ${combine} (${systemMessage(error)})`, {cause: error})
        })
      }
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
      output: collect ? output : null,
      staleTempFiles
    }
  } finally {
    await threads?.close()
    await report?.close()
    for (const folder of folders) await syncFolder(folder)
    await journal?.compact()
    await release?.()
  }
}

/** Reads and hashes one input, skips it when its output is complete (`resume`), else processes it. */
async function prepareFile(input: InputFile, index: number, total: number, outputRel: string | null, journal: Journal | null,
  keyOptions: Record<string, unknown>, wantTasks: boolean, options: BatchOptions, read: ReadFile): Promise<Prepared> {
  const {file} = input
  options.signal?.throwIfAborted()
  options.onProgress?.({type: 'file-start', file, index, total})
  let key: string | null = null
  let inputSha256 = ''
  let bytes = input.bytes
  if (journal && outputRel !== null) {
    try {
      bytes ??= readSmallFile(file)
      // Read once: the same bytes are hashed and read as the document; a large file is streamed.
      inputSha256 = bytes ? sha256(bytes) : await sha256OfFile(file)
      key = entryKey(inputSha256, file, keyOptions)
    } catch {
      // processFile below reports the same problem with the usual message.
    }
    const entry = journal.entries[outputRel]
    const tasks = journal.tasksOf(outputRel)
    if (options.resume && key && entry?.key === key && (!wantTasks || tasks) && (await outputIsComplete(pathIn(journal, outputRel), entry))) {
      const result: BatchFileResult = {file, ok: true, tasks: [], warnings: [], error: null, pages: 0,
        timing: {readMs: 0, normalizeMs: 0, extractMs: 0, totalMs: 0}, output: pathIn(journal, outputRel), resumed: true, taskCount: tasks ? countTasks(tasks) : entry.tasks}
      // Records read back from the output folder are checked like fresh ones before they are written again.
      return {kind: 'resumed', result, tasks: tasks ? validateTasks(tasks) : []}
    }
  }
  const processed = await read(bytes ? {name: file, bytes} : file, options)
  return {kind: 'processed', processed, key, inputSha256}
}

/** The records that are tasks: a `group` heading gathers tasks, it is none (`54 records` of tb20 are 52 tasks). */
const countTasks = (records: readonly Task[]): number => records.reduce((n, record) => n + (record.kind === 'task' ? 1 : 0), 0)

/** Writes a processed file's output and records it, or records its failure. */
async function finishFile(prepared: Extract<Prepared, {kind: 'processed'}>, outputRel: string | null, format: OutputFormat, bom: boolean,
  journal: Journal | null, folders: Set<string>): Promise<Finished> {
  const {processed, key, inputSha256} = prepared
  const {file, tasks} = processed
  let result: BatchFileResult = {...processed, output: null, resumed: false, taskCount: countTasks(tasks)}
  if (!journal || outputRel === null) return {result, tasks}
  const output = pathIn(journal, outputRel)
  if (processed.ok && key) {
    try {
      const data = await format.write(tasks, {bom})
      folders.add(path.dirname(output))
      await writeFileAtomic(output, data, {syncFolder: false}).catch((error: unknown) => {
        throw new VanbanError('write-failed', `cannot write its output ${output} (${systemMessage(error)})`, {file, cause: error})
      })
      await journal.done(outputRel, {input: file, inputSha256, key, outputSha256: sha256(data), tasks: tasks.length}, tasks)
      return {result: {...result, output}, tasks}
    } catch (error) {
      result = {...result, ok: false, tasks: [], error: toFileError(file, error)}
    }
  }
  if (journal.entries[outputRel]?.input === file) {
    // The file no longer yields an output: drop the one an earlier run made, so no stale result looks current.
    await fs.rm(output, {force: true})
  }
  if (result.error) await journal.failed(outputRel, {input: file, code: result.error.code, message: result.error.message})
  return {result, tasks: result.ok ? tasks : []}
}

/** Where an output sits: the journal knows its folder. */
const pathIn = (journal: Journal, outputRel: string): string => path.join(journal.dir, outputRel)

/**
 * Output path of each input relative to the output folder (`/`-separated).
 * `a.pdf` and `a.md` side by side would both become `a.csv`; those keep their
 * own extension (`a.pdf.csv`, `a.md.csv`) so no output overwrites another.
 */
export function outputPaths(files: readonly Pick<InputFile, 'relative'>[], format: FormatName): string[] {
  const ext = getFormat(format).extension
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
