import {expect, test} from 'vitest'

test('public API', async () => {
  expect(Object.keys(await import('../src/index.ts')).sort()).toEqual(['continueTableRules', 'joinWrapped', 'layoutPages', 'listMarker'])
})
