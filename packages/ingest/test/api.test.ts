import {expect, test} from 'vitest'

test('public exports', async () => {
  expect(Object.keys(await import('../src/index.ts')).sort()).toEqual(['closeOcr', 'documentTypes', 'keepOcrWorkers', 'readDocument', 'sniffType', 'startPdfReader', 'supportedExtensions'])
})
