import {expect, it} from 'vitest'

it('locks the public exports', async () => {
  expect(Object.keys(await import('../src/index.ts')).sort()).toEqual([
    'formatNames', 'formatOfPath', 'formatTasks', 'getFormat', 'isFormatName', 'neutralizeFormula', 'outputFormats',
    'renderText', 'taskToCsvRow', 'validateTasks', 'warningLabels', 'writeTasks'
  ])
})
