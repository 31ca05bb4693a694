import {expect, test} from 'vitest'

test('public API of @vanban/cli', async () => {
  expect(Object.keys(await import('../src/index.ts')).sort()).toEqual(['runCli', 'version'])
})
