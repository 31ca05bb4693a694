import {expect, it} from 'vitest'

it('locks the public exports', async () => {
  expect(Object.keys(await import('../src/index.ts')).sort()).toEqual([
    'InputError',
    'PasswordError',
    'UnsupportedInputError',
    'ValidationError',
    'VanbanError',
    'blockSchema',
    'deadlineSchema',
    'documentSchema',
    'pageSchema',
    'provenanceSchema',
    'tableBlockSchema',
    'tableRowSchema',
    'taskFields',
    'taskJsonSchema',
    'taskKinds',
    'taskSchema',
    'textBlockSchema',
    'warningCodes',
    'warningSchema'
  ])
})
