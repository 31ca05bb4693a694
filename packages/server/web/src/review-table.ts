import {revertEdit, saveEdit, type Task, type TaskEdit} from './api.ts'
import {readDate, showDate} from './dates.ts'
import {editableColumns, warningLabels, words} from './labels.ts'

type Field = keyof typeof editableColumns

/** Columns of the review table, in order: the record field each shows, and whether a clerk may edit it. */
const columns: ReadonlyArray<{key: keyof Task; editable: boolean}> = [
  {key: 'id', editable: false},
  {key: 'text', editable: true},
  {key: 'owner', editable: true},
  {key: 'coordinators', editable: true},
  {key: 'deadlineText', editable: false},
  {key: 'due', editable: true},
  {key: 'recurrence', editable: true},
  {key: 'warnings', editable: false}
]

const cellText = (task: Task, key: keyof Task): string => {
  if (key === 'due') return showDate(task.due)
  if (key === 'coordinators') return task.coordinators.join('; ')
  if (key === 'warnings') return [...new Set(task.warnings.map((warning) => warningLabels[warning.code] ?? warning.message))].join('\n')
  const value = task[key]
  return value === null || value === undefined ? '' : String(value)
}

/** Long task text is shown in four lines until its row is selected; other cells in full. */
function fill(cell: HTMLTableCellElement, key: keyof Task, text: string): void {
  if (key !== 'text') {
    cell.replaceChildren(text)
    return
  }
  const box = document.createElement('div')
  box.className = 'clamp'
  box.textContent = text
  cell.replaceChildren(box)
}

/** A cell's text as the edit to send, or an error message for the clerk. */
function editOf(field: Field, text: string): TaskEdit | string {
  switch (field) {
    case 'due': {
      const due = readDate(text)
      return due === undefined ? words.badDate : {due}
    }
    case 'coordinators':
      return {coordinators: text.split(';').map((name) => name.trim()).filter((name) => name !== '')}
    case 'text':
      return {text}
    default:
      return {[field]: text.trim() === '' ? null : text.trim()}
  }
}

export interface ReviewTableOptions {
  readonly body: HTMLTableSectionElement
  readonly onSelect: (task: Task) => void
  readonly onChange: (tasks: readonly Task[]) => void
}

/**
 * The review table: one `<tr>` per record in `<tbody>`. Rows with warnings
 * carry the class `check`, group headings `group`; a filter shows only rows
 * to check. A double click (or Enter) on an editable cell opens an editor;
 * Enter saves through the API, Escape cancels, and a refused value keeps the
 * editor open with the server's (or the page's) reason.
 */
export class ReviewTable {
  readonly #options: ReviewTableOptions
  #documentId = ''
  #tasks: Task[] = []
  #onlyCheck = false
  #selected: string | null = null
  /** Fields corrected by hand, by task id: their cells are marked. */
  #edits = new Map<string, Set<string>>()

  constructor(options: ReviewTableOptions) {
    this.#options = options
    options.body.addEventListener('click', (event) => {
      const row = (event.target as HTMLElement).closest('tr')
      if (row?.dataset.id !== undefined && !(event.target as HTMLElement).closest('.editor')) this.#select(row.dataset.id)
    })
    options.body.addEventListener('dblclick', (event) => {
      const cell = (event.target as HTMLElement).closest<HTMLTableCellElement>('td[data-field]')
      if (cell && !cell.querySelector('.editor')) this.#edit(cell)
    })
    options.body.addEventListener('keydown', (event) => {
      const cell = (event.target as HTMLElement).closest<HTMLTableCellElement>('td[data-field]')
      if (event.key === 'Enter' && cell && event.target === cell) {
        event.preventDefault()
        this.#edit(cell)
      }
    })
  }

  show(documentId: string, tasks: Task[], edits: Readonly<Record<string, TaskEdit>> = {}): void {
    this.#documentId = documentId
    this.#tasks = tasks
    this.#edits = new Map(Object.entries(edits).map(([id, edit]) => [id, new Set(Object.keys(edit))]))
    this.#selected = null
    this.#render()
  }

  clear(): void {
    this.show('', [])
  }

  setOnlyCheck(onlyCheck: boolean): void {
    this.#onlyCheck = onlyCheck
    this.#render()
  }

  get tasks(): readonly Task[] {
    return this.#tasks
  }

  #render(): void {
    const rows = this.#tasks.filter((task) => !this.#onlyCheck || task.warnings.length > 0).map((task) => this.#row(task))
    this.#options.body.replaceChildren(...rows)
    this.#options.onChange(this.#tasks)
  }

  #row(task: Task): HTMLTableRowElement {
    const row = document.createElement('tr')
    row.dataset.id = task.id
    row.classList.toggle('check', task.warnings.length > 0)
    row.classList.toggle('group', task.kind === 'group')
    row.classList.toggle('selected', task.id === this.#selected)
    for (const column of columns) {
      const cell = document.createElement('td')
      fill(cell, column.key, cellText(task, column.key))
      if (column.key === 'id' && task.kind === 'group') cell.title = words.group
      // The specifics (which row, which phrase) on hover: the cell says what to check.
      if (column.key === 'warnings' && task.warnings.length > 0) cell.title = task.warnings.map((warning) => warning.message).join('\n')
      if (column.editable) {
        cell.dataset.field = column.key
        cell.classList.toggle('edited', this.#edits.get(task.id)?.has(column.key) ?? false)
        cell.tabIndex = 0
        cell.setAttribute('aria-label', `${editableColumns[column.key as Field]}: ${cell.textContent}`)
      } else {
        cell.dataset.column = column.key
      }
      row.append(cell)
    }
    return row
  }

  #select(id: string): void {
    this.#selected = id
    for (const row of this.#options.body.rows) row.classList.toggle('selected', row.dataset.id === id)
    const task = this.#tasks.find((record) => record.id === id)
    if (task) this.#options.onSelect(task)
  }

  /** A record as the server now has it: kept, and shown again in the source pane if selected. */
  #saved(task: Task): void {
    this.#tasks = this.#tasks.map((record) => (record.id === task.id ? task : record))
    if (this.#selected === task.id) this.#options.onSelect(task)
  }

  #edit(cell: HTMLTableCellElement): void {
    const row = cell.closest('tr')!
    const task = this.#tasks.find((record) => record.id === row.dataset.id)
    if (!task) return
    const field = cell.dataset.field as Field
    const input = document.createElement(field === 'text' ? 'textarea' : 'input')
    input.className = 'editor'
    input.value = cellText(task, field)
    input.setAttribute('aria-label', editableColumns[field])
    if (field === 'due') input.setAttribute('placeholder', 'dd/mm/yyyy')
    const message = document.createElement('span')
    message.className = 'edit-error'
    message.setAttribute('role', 'alert')
    cell.replaceChildren(input, message)
    const close = () => fill(cell, field, cellText(this.#tasks.find((record) => record.id === task.id) ?? task, field))
    if (this.#edits.get(task.id)?.has(field)) {
      const revert = document.createElement('button')
      revert.type = 'button'
      revert.className = 'revert'
      revert.textContent = words.revert
      revert.addEventListener('click', () => {
        void revertEdit(this.#documentId, task.id, field).then((original) => {
          this.#edits.get(task.id)?.delete(field)
          cell.classList.remove('edited', 'invalid')
          this.#saved(original)
          close()
          cell.focus()
        }, (error: Error) => {
          message.textContent = error.message
        })
      })
      cell.append(revert)
    }
    input.focus()

    let busy = false
    input.addEventListener('keydown', (event) => {
      const key = (event as KeyboardEvent).key
      if (key === 'Escape') {
        event.preventDefault()
        close()
        cell.focus()
      } else if (key === 'Enter' && !(event as KeyboardEvent).shiftKey) {
        event.preventDefault()
        void save()
      }
    })
    const save = async () => {
      if (busy) return
      const edit = editOf(field, input.value)
      if (typeof edit === 'string') {
        message.textContent = edit
        cell.classList.add('invalid')
        return
      }
      busy = true
      message.textContent = words.saving
      try {
        const saved = await saveEdit(this.#documentId, task.id, edit)
        this.#edits.set(saved.id, new Set([...(this.#edits.get(saved.id) ?? []), ...Object.keys(edit)]))
        this.#saved(saved)
        cell.classList.remove('invalid')
        cell.classList.add('edited')
        close()
        cell.setAttribute('aria-label', `${editableColumns[field]}: ${cell.textContent}`)
        cell.focus()
      } catch (error) {
        // The server's reason is English (like the CLI's); a refused date is said in the page's words.
        const reason = (error as Error).message
        message.textContent = field === 'due' && reason.startsWith('due:') ? `${words.badDate} (${reason})` : reason
        cell.classList.add('invalid')
      } finally {
        busy = false
      }
    }
  }
}
