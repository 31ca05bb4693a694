import fs from 'node:fs/promises'
import path from 'node:path'
import {writeFileAtomic} from '@vanban/batch'
import type {Task} from '@vanban/core'
import type {DocumentInfo} from './document-record.ts'
import type {DocumentEdits} from './edits.ts'
import {isDocumentId} from './ids.ts'
import {sourceTypeOfFile} from './source-type.ts'

type Mutable<T> = {-readonly [K in keyof T]: T[K]}

/**
 * Files of one document, in `<data>/<id>/`: names fixed here, never taken
 * from the upload.
 */
const files = {
  info: 'document.json',
  tasks: 'tasks.json',
  edits: 'edits.json',
  source: 'source'
} as const

/**
 * The documents on disk. Each lives in its own folder named by its id; the
 * state is JSON written atomically, so a server stopped at any moment comes
 * back with every document, its tasks and the clerk's edits. Reads come from
 * memory; every change is written through.
 */
export class DocumentStore {
  readonly #root: string
  readonly #infos = new Map<string, DocumentInfo>()
  readonly #tasks = new Map<string, Task[]>()
  readonly #edits = new Map<string, DocumentEdits>()

  private constructor(root: string) {
    this.#root = root
  }

  /** Opens (creating if needed) the data folder and loads what an earlier run left. */
  static async open(root: string): Promise<DocumentStore> {
    const store = new DocumentStore(path.resolve(root))
    await fs.mkdir(store.#root, {recursive: true})
    for (const entry of await fs.readdir(store.#root, {withFileTypes: true})) {
      if (!entry.isDirectory() || !isDocumentId(entry.name)) continue
      const info = await readJson<Mutable<DocumentInfo>>(path.join(store.#root, entry.name, files.info))
      // A folder without its record is an upload cut short: nothing to show.
      if (!info) continue
      // Records written before `sourceType` existed get it from their bytes.
      if (!info.sourceType) info.sourceType = await sourceTypeOfFile(store.sourcePath(info.id, info.extension)).catch(() => 'other' as const)
      store.#infos.set(info.id, info)
      store.#tasks.set(info.id, (await readJson<Task[]>(path.join(store.#root, entry.name, files.tasks))) ?? [])
      store.#edits.set(info.id, (await readJson<DocumentEdits>(path.join(store.#root, entry.name, files.edits))) ?? {})
    }
    return store
  }

  /** The folder of one document (created by `sourcePath`'s caller through `prepare`). */
  folder(id: string): string {
    return path.join(this.#root, id)
  }

  /** Where the uploaded bytes live: `source` and the extension the reader needs. */
  sourcePath(id: string, extension: string): string {
    return path.join(this.folder(id), files.source + extension)
  }

  async prepare(id: string): Promise<void> {
    await fs.mkdir(this.folder(id), {recursive: true})
  }

  /** Documents in upload order. */
  list(): DocumentInfo[] {
    return [...this.#infos.values()].sort((a, b) => a.uploadedAt.localeCompare(b.uploadedAt) || a.id.localeCompare(b.id))
  }

  get(id: string): DocumentInfo | undefined {
    return this.#infos.get(id)
  }

  async put(info: DocumentInfo): Promise<void> {
    this.#infos.set(info.id, info)
    await writeFileAtomic(path.join(this.folder(info.id), files.info), JSON.stringify(info, null, 2) + '\n')
  }

  /** Updates memory at once and the disk only when `persist` (progress ticks stay in memory). */
  async update(id: string, change: Partial<DocumentInfo>, persist = true): Promise<DocumentInfo | undefined> {
    const info = this.#infos.get(id)
    if (!info) return undefined
    const next = {...info, ...change}
    if (persist) await this.put(next)
    else this.#infos.set(id, next)
    return next
  }

  tasks(id: string): Task[] {
    return this.#tasks.get(id) ?? []
  }

  async setTasks(id: string, tasks: Task[]): Promise<void> {
    this.#tasks.set(id, tasks)
    await writeFileAtomic(path.join(this.folder(id), files.tasks), JSON.stringify(tasks) + '\n')
  }

  edits(id: string): DocumentEdits {
    return this.#edits.get(id) ?? {}
  }

  async setEdits(id: string, edits: DocumentEdits): Promise<void> {
    this.#edits.set(id, edits)
    await writeFileAtomic(path.join(this.folder(id), files.edits), JSON.stringify(edits, null, 2) + '\n')
  }

  /** Forgets a document and removes its folder. */
  async remove(id: string): Promise<boolean> {
    const known = this.#infos.delete(id)
    this.#tasks.delete(id)
    this.#edits.delete(id)
    if (isDocumentId(id)) await fs.rm(this.folder(id), {recursive: true, force: true})
    return known
  }
}

async function readJson<T>(file: string): Promise<T | undefined> {
  try {
    return JSON.parse(await fs.readFile(file, 'utf8')) as T
  } catch {
    return undefined
  }
}
