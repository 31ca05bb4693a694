import {expect, it} from 'vitest'

it('locks the public exports', async () => {
  expect(Object.keys(await import('../src/index.ts')).sort()).toEqual(['formatTasks', 'renderText', 'taskToCsvRow', 'validateTasks'])
})
