import {expect, test} from 'vitest'

test('public exports', async () => {
  expect(Object.keys(await import('../src/index.ts')).sort()).toEqual(['closeOcr', 'documentTypes', 'keepOcrWorkers', 'readDocument', 'readPdfAhead', 'sniffType', 'startPdfReader', 'supportedExtensions'])
})

test('the pdf-reader entry exports only startPdfReader and readPdfAhead, the same functions as the index', async () => {
  const entry = await import('../src/pdf-reader.ts')
  expect(Object.keys(entry).sort()).toEqual(['readPdfAhead', 'startPdfReader'])
  const index = await import('../src/index.ts')
  expect(entry.startPdfReader).toBe(index.startPdfReader)
  expect(entry.readPdfAhead).toBe(index.readPdfAhead)
})
