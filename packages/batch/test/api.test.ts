import {expect, test} from 'vitest'

test('public API of @vanban/batch', async () => {
  expect(Object.keys(await import('../src/index.ts')).sort()).toEqual([
    'expandInputs',
    'manifestName',
    'outputPaths',
    'processFile',
    'processFiles',
    'removePendingTempFiles',
    'runBatch',
    'tempSuffix',
    'toFileError',
    'writeFileAtomic'
  ])
})
