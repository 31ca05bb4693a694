import {expect, it} from 'vitest'

it('locks the public exports', async () => {
  expect(Object.keys(await import('../src/index.ts')).sort()).toEqual([
    'addBatch',
    'combineBatch',
    'connectionOf',
    'defaultQueueName',
    'fileJobSchema',
    'jobOptionsSchema',
    'queueStatus',
    'retryFailed',
    'runWorker',
    'waitForBatch'
  ])
})
