/** The server's API, typed for the page (the records are the CLI's task records). */

import type {WarningCode} from '../../../core/src/schema.ts'

export interface DocumentInfo {
  id: string
  name: string
  status: 'queued' | 'running' | 'done' | 'failed'
  pages: number
  pagesDone: number
  tasks: number
  tasksToCheck: number
  error?: string
  extension: string
  sourceType: 'pdf' | 'png' | 'jpeg' | 'tiff' | 'other'
}

export interface Task {
  file: string
  id: string
  kind: 'task' | 'group'
  parent: string | null
  text: string
  owner: string | null
  coordinators: string[]
  deadlineText: string | null
  due: string | null
  recurrence: string | null
  result: string | null
  page: number | null
  warnings: {code: WarningCode; message: string}[]
}

export type TaskEdit = Partial<Pick<Task, 'text' | 'owner' | 'coordinators' | 'due' | 'recurrence'>>

async function errorOf(response: Response): Promise<string> {
  try {
    return ((await response.json()) as {error?: string}).error ?? response.statusText
  } catch {
    return response.statusText
  }
}

export const documentUrl = (id: string) => `/api/documents/${id}`

/** What the server reads and accepts. */
export interface ServerInfo {
  readable: string[]
  exports: string[]
  maxUploadBytes: number
}

export async function serverInfo(): Promise<ServerInfo> {
  return (await fetch('/api/info')).json() as Promise<ServerInfo>
}

export async function listDocuments(): Promise<DocumentInfo[]> {
  return (await fetch('/api/documents')).json() as Promise<DocumentInfo[]>
}

export async function uploadFile(file: File): Promise<void> {
  const form = new FormData()
  form.append('file', file, file.name)
  const response = await fetch('/api/documents', {method: 'POST', body: form})
  if (!response.ok) throw new Error(await errorOf(response))
}

export async function fetchTasks(id: string): Promise<Task[]> {
  const response = await fetch(`${documentUrl(id)}/tasks`)
  if (!response.ok) throw new Error(await errorOf(response))
  return response.json() as Promise<Task[]>
}

/** The clerk's corrections by task id: which cells were changed by hand. */
export async function fetchEdits(id: string): Promise<Record<string, TaskEdit>> {
  const response = await fetch(`${documentUrl(id)}/edits`)
  if (!response.ok) throw new Error(await errorOf(response))
  return response.json() as Promise<Record<string, TaskEdit>>
}

export async function saveEdit(id: string, taskId: string, edit: TaskEdit): Promise<Task> {
  const response = await fetch(`${documentUrl(id)}/tasks/${encodeURIComponent(taskId)}`, {
    method: 'PATCH',
    headers: {'content-type': 'application/json'},
    body: JSON.stringify(edit)
  })
  if (!response.ok) throw new Error(await errorOf(response))
  return response.json() as Promise<Task>
}

/** Puts one field of a task back as extracted. */
export async function revertEdit(id: string, taskId: string, field: string): Promise<Task> {
  const response = await fetch(`${documentUrl(id)}/tasks/${encodeURIComponent(taskId)}/edits?field=${field}`, {method: 'DELETE'})
  if (!response.ok) throw new Error(await errorOf(response))
  return response.json() as Promise<Task>
}

export async function deleteDocument(id: string): Promise<void> {
  const response = await fetch(documentUrl(id), {method: 'DELETE'})
  if (!response.ok && response.status !== 404) throw new Error(await errorOf(response))
}

/** Document states as the server pushes them; reconnects by itself (EventSource). */
export function watchDocuments(onDocument: (info: DocumentInfo) => void, onRemoved: (id: string) => void, onConnection: (connected: boolean) => void): EventSource {
  const source = new EventSource('/api/events')
  source.addEventListener('open', () => onConnection(true))
  source.addEventListener('error', () => onConnection(false))
  source.addEventListener('document', (event) => onDocument(JSON.parse((event as MessageEvent<string>).data) as DocumentInfo))
  source.addEventListener('removed', (event) => onRemoved((JSON.parse((event as MessageEvent<string>).data) as {id: string}).id))
  return source
}
