import {expect, test} from 'vitest'

test('public exports', async () => {
  expect(Object.keys(await import('../src/index.ts')).sort()).toEqual([
    'extractTasks',
    'parseDeadline',
    'parseDeadlineCell',
    'splitAgencies',
    'startsWithAgencyHead',
    'toneKey'
  ])
})
