import {expect, test} from 'vitest'

test('public API of @vanban/batch', async () => {
  expect(Object.keys(await import('../src/index.ts')).sort()).toEqual([
    'expandInputs',
    'journalName',
    'lockName',
    'manifestName',
    'outputPaths',
    'processFile',
    'processFiles',
    'recordsName',
    'removePendingTempFiles',
    'removeStaleTempFiles',
    'runBatch',
    'tempSuffix',
    'toFileError',
    'writeFileAtomic'
  ])
})
