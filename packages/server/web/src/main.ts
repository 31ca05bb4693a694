import './styles.css'
import {deleteDocument, type DocumentInfo, documentUrl, fetchEdits, fetchTasks, listDocuments, serverInfo, uploadFile, watchDocuments} from './api.ts'
import {statusLabels, words} from './labels.ts'
import {ReviewTable} from './review-table.ts'
import {SourceView} from './source-view.ts'

const element = <T extends HTMLElement>(id: string) => document.getElementById(id) as T

const documents = new Map<string, DocumentInfo>()
let selectedId: string | null = null

const list = element<HTMLUListElement>('document-list')
const title = element<HTMLHeadingElement>('review-title')
const counts = element<HTMLSpanElement>('counts')
const exports = element<HTMLDivElement>('document-exports')
const uploadError = element<HTMLParagraphElement>('upload-error')
const onlyCheck = element<HTMLInputElement>('only-check')
const source = new SourceView(element('source-view'))
const body = element<HTMLTableElement>('tasks').tBodies[0]!
const table = new ReviewTable({
  body,
  onSelect: (task) => {
    const info = selectedId ? documents.get(selectedId) : undefined
    if (info) void source.show(info, task)
  },
  onChange: (tasks) => {
    counts.textContent = tasks.length > 0 ? words.shown(body.rows.length, tasks.length) : ''
  }
})

onlyCheck.addEventListener('change', () => table.setOnlyCheck(onlyCheck.checked))

/** One line of the document list: name, state (live), and what can be done with it. */
function renderDocument(info: DocumentInfo): HTMLLIElement {
  const item = document.createElement('li')
  item.dataset.id = info.id
  item.dataset.status = info.status
  item.classList.toggle('selected', info.id === selectedId)
  const open = document.createElement('button')
  open.type = 'button'
  open.className = 'document-name'
  open.textContent = info.name
  open.addEventListener('click', () => void select(info.id).catch(showProblem))
  const state = document.createElement('span')
  state.className = 'document-status'
  state.textContent = statusText(info)
  if (info.status === 'running' && info.pages > 0) {
    const progress = document.createElement('progress')
    progress.max = info.pages
    progress.value = info.pagesDone
    state.append(progress)
  }
  const remove = document.createElement('button')
  remove.type = 'button'
  remove.className = 'delete'
  remove.textContent = words.delete
  remove.setAttribute('aria-label', `${words.delete} ${info.name}`)
  remove.addEventListener('click', () => {
    if (confirm(words.deleteConfirm(info.name))) void deleteDocument(info.id).then(() => removed(info.id), showProblem)
  })
  item.append(open, state, remove)
  if (info.status === 'failed' && info.error) {
    const error = document.createElement('p')
    error.className = 'document-error'
    error.setAttribute('role', 'alert')
    error.textContent = info.error
    item.append(error)
  }
  return item
}

const statusText = (info: DocumentInfo): string => {
  const label = statusLabels[info.status]
  if (info.status === 'running') return `${label}: ${words.pages(info.pagesDone, info.pages)}`
  if (info.status === 'done') return `${label}: ${words.tasks(info.tasks, info.tasksToCheck)}`
  return label
}

function updated(info: DocumentInfo): void {
  const before = documents.get(info.id)
  documents.set(info.id, info)
  const next = renderDocument(info)
  const old = list.querySelector(`li[data-id="${info.id}"]`)
  if (old) old.replaceWith(next)
  else list.append(next)
  // A document that just finished opens by itself when nothing else is shown.
  if (info.status === 'done' && before?.status !== 'done' && (selectedId === null || selectedId === info.id)) void select(info.id).catch(showProblem)
}

function removed(id: string): void {
  documents.delete(id)
  list.querySelector(`li[data-id="${id}"]`)?.remove()
  source.forget(id)
  if (selectedId === id) {
    selectedId = null
    title.textContent = 'Chọn một văn bản'
    exports.hidden = true
    table.clear()
    source.clear()
  }
}

async function select(id: string): Promise<void> {
  const info = documents.get(id)
  if (!info) return
  selectedId = id
  for (const item of list.children) (item as HTMLElement).classList.toggle('selected', (item as HTMLElement).dataset.id === id)
  title.textContent = info.name
  source.clear()
  if (info.status !== 'done') {
    exports.hidden = true
    table.clear()
    source.clear(info.status === 'failed' ? (info.error ?? '') : words.notReady)
    return
  }
  for (const link of exports.querySelectorAll<HTMLAnchorElement>('a[data-export]')) link.href = `${documentUrl(id)}/export.${link.dataset.export}`
  exports.hidden = false
  const [tasks, edits] = await Promise.all([fetchTasks(id), fetchEdits(id)])
  if (selectedId !== id) return
  table.show(id, tasks, edits)
  if (tasks.length === 0) source.clear(words.noTasks)
}

/** A request that failed (the server stopped, a document vanished): said above the list, never lost in the console. */
function showProblem(error: unknown): void {
  uploadError.textContent = error instanceof Error ? error.message : String(error)
  uploadError.hidden = false
}

async function uploadAll(files: Iterable<File>): Promise<void> {
  uploadError.hidden = true
  for (const file of files) {
    try {
      await uploadFile(file)
    } catch (error) {
      uploadError.textContent = words.uploadFailed(file.name, (error as Error).message)
      uploadError.hidden = false
    }
  }
}

const input = element<HTMLInputElement>('file-input')
input.addEventListener('change', () => {
  void uploadAll([...(input.files ?? [])]).then(() => (input.value = ''))
})
const drop = element<HTMLLabelElement>('drop')
for (const type of ['dragenter', 'dragover'] as const) {
  drop.addEventListener(type, (event) => {
    event.preventDefault()
    drop.classList.add('over')
  })
}
for (const type of ['dragleave', 'drop'] as const) drop.addEventListener(type, () => drop.classList.remove('over'))
drop.addEventListener('drop', (event) => {
  event.preventDefault()
  void uploadAll([...(event.dataTransfer?.files ?? [])])
})

const [server, known] = await Promise.all([serverInfo(), listDocuments()])
// The picker offers what this vanban reads (the list grows with the readers); a drop takes anything.
input.accept = server.readable.join(',')
element('upload-limit').textContent = words.uploadLimit(server.maxUploadBytes)
for (const doc of known) updated(doc)
const offline = element<HTMLParagraphElement>('offline')
watchDocuments(updated, removed, (connected) => {
  offline.hidden = connected
})
