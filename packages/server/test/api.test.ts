import {expect, it} from 'vitest'

it('locks the public exports', async () => {
  expect(Object.keys(await import('../src/index.ts')).sort()).toEqual([
    'applyEdits', 'defaultDataDir', 'defaultHost', 'defaultPort', 'documentStatuses', 'editableFields', 'isLoopback',
    'isRealDate', 'messages', 'parseEdit', 'sourceTypeOf', 'sourceTypes', 'startServer'
  ])
})
