import {expect, test} from 'vitest'

test('public exports', async () => {
  expect(Object.keys(await import('../src/index.ts')).sort()).toEqual(['closeOcr', 'documentTypes', 'keepOcrWorkers', 'readDocument', 'sniffType', 'startPdfReader', 'supportedExtensions'])
})

test('the pdf-reader entry exports only startPdfReader, the same function as the index', async () => {
  const entry = await import('../src/pdf-reader.ts')
  expect(Object.keys(entry)).toEqual(['startPdfReader'])
  expect(entry.startPdfReader).toBe((await import('../src/index.ts')).startPdfReader)
})
