import {type FileResult, processFile, type ProcessOptions} from '@vanban/batch'
import type {Task} from '@vanban/core'
import type {DocumentInfo} from './document-record.ts'
import type {DocumentStore} from './document-store.ts'

export interface WorkQueueOptions {
  /** Reading options passed to `processFile` for every document (jobs, OCR, limits). */
  readonly process?: Omit<ProcessOptions, 'onProgress' | 'signal'>
  /** Called after every change of a document's state (status, progress). */
  readonly onChange: (info: DocumentInfo) => void
}

/**
 * One queue for the whole server: documents are processed one at a time, in
 * upload order, through the CLI's own pipeline (`processFile` of
 * @vanban/batch), so scans share the one OCR pool and a clerk dropping twenty
 * files never starts twenty readers. A bad file ends as `failed` with the
 * CLI's one-line reason; nothing a file does stops the queue.
 */
export class WorkQueue {
  readonly #store: DocumentStore
  readonly #options: WorkQueueOptions
  readonly #waiting: string[] = []
  #running: {id: string; controller: AbortController} | null = null
  #idle: Promise<void> = Promise.resolve()
  #wake: (() => void) | null = null
  #closed = false

  constructor(store: DocumentStore, options: WorkQueueOptions) {
    this.#store = store
    this.#options = options
    this.#idle = this.#loop()
  }

  /** Queues a stored document. */
  add(id: string): void {
    this.#waiting.push(id)
    this.#wake?.()
  }

  /** Drops a document from the queue, stopping it if it is being read. */
  cancel(id: string): void {
    const index = this.#waiting.indexOf(id)
    if (index >= 0) this.#waiting.splice(index, 1)
    if (this.#running?.id === id) this.#running.controller.abort(new Error('document deleted'))
  }

  /** Stops after aborting the document in flight; resolves when the loop has ended. */
  async close(): Promise<void> {
    this.#closed = true
    this.#running?.controller.abort(new Error('server closing'))
    this.#wake?.()
    await this.#idle
  }

  async #loop(): Promise<void> {
    while (!this.#closed) {
      const id = this.#waiting.shift()
      if (id === undefined) {
        await new Promise<void>((resolve) => (this.#wake = resolve))
        this.#wake = null
        continue
      }
      try {
        await this.#process(id)
      } catch (error) {
        // Not the document's fault (the data folder became unwritable …): say so on it, keep the queue going.
        const message = `internal error: ${error instanceof Error ? error.message : String(error)}`.replace(/\s*[\r\n]+\s*/g, ' ')
        this.#changed(await this.#store.update(id, {status: 'failed', error: message, errorCode: 'internal'}, false))
      }
    }
  }

  async #process(id: string): Promise<void> {
    const info = this.#store.get(id)
    if (!info) return
    const controller = new AbortController()
    this.#running = {id, controller}
    const source = this.#store.sourcePath(id, info.extension)
    this.#changed(await this.#store.update(id, {status: 'running', pages: 0, pagesDone: 0}))
    let result: FileResult
    try {
      result = await processFile(source, {
        ...this.#options.process,
        signal: controller.signal,
        onProgress: (event) => {
          if (event.type !== 'page') return
          void this.#store.update(id, {pages: event.pages, pagesDone: event.page}, false).then((next) => this.#changed(next))
        }
      })
    } catch {
      // Aborted: deleted, or the server is closing (the document is queued again at the next start).
      if (this.#store.get(id)) this.#changed(await this.#store.update(id, {status: 'queued', pagesDone: 0}))
      return
    } finally {
      this.#running = null
    }
    if (!this.#store.get(id)) return
    if (result.ok) {
      // Records name the upload, not the folder the server keeps it in.
      const tasks: Task[] = result.tasks.map((task) => ({...task, file: info.name}))
      await this.#store.setTasks(id, tasks)
      this.#changed(await this.#store.update(id, {status: 'done', pages: result.pages, pagesDone: result.pages,
        tasks: tasks.length, tasksToCheck: tasks.filter((task) => task.warnings.length > 0).length}))
    } else {
      const error = result.error!
      this.#changed(await this.#store.update(id, {status: 'failed', pages: result.pages, error: error.message.split(source).join(info.name), errorCode: error.code}))
    }
  }

  #changed(info: DocumentInfo | undefined): void {
    if (info) this.#options.onChange(info)
  }
}
