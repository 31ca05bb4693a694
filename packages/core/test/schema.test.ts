import {describe, expect, it} from 'vitest'
import {documentSchema, InputError, taskFields, taskJsonSchema, taskSchema, VanbanError, warningCodes} from '../src/index.ts'

const task = {
  file: 'a.md',
  id: '5.a.3.(1)',
  kind: 'task',
  parent: '5.a.3',
  text: 'Rà soát quy định',
  owner: 'Bộ Công an',
  coordinators: ['Bộ Tài chính'],
  deadlineText: 'quý I/2026',
  due: '2026-03-31',
  recurrence: null,
  result: null,
  page: 3,
  warnings: []
}

describe('taskSchema', () => {
  it.each([
    ['a valid record', task, true],
    ['due not ISO', {...task, due: '31/03/2026'}, false],
    ['empty id', {...task, id: ''}, false],
    ['page 0', {...task, page: 0}, false],
    ['coordinators as a string', {...task, coordinators: 'Bộ Tài chính'}, false],
    ['missing warnings', {...task, warnings: undefined}, false],
    ['a warning as a loose string', {...task, warnings: ['no owner']}, false],
    ['a warning with an unknown code', {...task, warnings: [{code: 'no-owner', message: 'no owner'}]}, false],
    ['a coded warning', {...task, warnings: [{code: 'owner-missing', message: 'no owner found'}]}, true],
    ['a group record', {...task, kind: 'group'}, true],
    ['an unknown kind', {...task, kind: 'heading'}, false],
    ['explained rules', {...task, rules: ['parser:directive-giao', 'refiner:inherit-owner']}, true],
    ['null owner and page', {...task, owner: null, page: null}, true]
  ])('%s', (_name, value, ok) => {
    expect(taskSchema.safeParse(value).success).toBe(ok)
  })

  it('orders the export columns as the contract says', () => {
    expect(taskFields).toEqual(Object.keys(task))
  })

  it('publishes a JSON Schema of a record', () => {
    const schema = taskJsonSchema()
    expect(schema.type).toBe('object')
    expect(Object.keys(schema.properties as object)).toEqual([...taskFields, 'rules'])
    expect(schema.required).toEqual([...taskFields])
    // The warning codes are part of the published contract.
    const warning = (schema.properties as {warnings: {items: {properties: {code: {enum: string[]}}}}}).warnings.items
    expect(warning.properties.code.enum).toEqual(Object.keys(warningCodes))
    expect(warning.properties.code.enum).toContain('owner-missing')
  })
})

describe('documentSchema', () => {
  it('accepts text and table blocks with provenance', () => {
    const provenance = {page: 2, lineStart: 4, lineEnd: 6, source: 'ocr', confidence: 71}
    const doc = {
      file: 'scan.pdf',
      pages: [{number: 2, source: 'ocr', furniture: ['2'], warnings: []}],
      warnings: [],
      blocks: [
        {kind: 'list-item', text: 'a) Bộ Công an chủ trì', provenance},
        {kind: 'table', header: ['TT'], rows: [{cells: ['1.'], page: 2}], provenance}
      ]
    }
    expect(documentSchema.safeParse(doc).success).toBe(true)
    expect(documentSchema.safeParse({...doc, blocks: [{kind: 'figure', provenance}]}).success).toBe(false)
  })
})

describe('errors', () => {
  it('put the file and the reason on one line', () => {
    const error = new InputError('empty-file', 'file is empty', {file: 'bad/empty.pdf'})
    expect(error).toBeInstanceOf(VanbanError)
    expect(error.message).toBe('bad/empty.pdf: file is empty')
    expect(error.code).toBe('empty-file')
    expect(error.file).toBe('bad/empty.pdf')
  })
})
