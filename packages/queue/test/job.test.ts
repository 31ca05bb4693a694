import {describe, expect, it} from 'vitest'
import {connectionOf, fileJobSchema} from '../src/index.ts'

describe('connectionOf', () => {
  it.each([
    ['redis://127.0.0.1:6379', true],
    ['redis://user:secret@queue-host:6380/2', true],
    ['rediss://queue-host:6380', true],
    ['http://queue-host:6379', false],
    ['queue-host:6379', false],
    ['', false]
  ])('%s', (url, ok) => {
    if (ok) expect(connectionOf(url)).toEqual({url, maxRetriesPerRequest: null})
    else expect(() => connectionOf(url)).toThrow(/not a Redis URL/)
  })
})

describe('fileJobSchema', () => {
  const job = {batch: 'b1', index: 0, file: '/a/x.pdf', name: '/a/x.pdf', output: '/o/x.csv', format: 'csv', bom: true, options: {}}
  it.each([
    ['a job', job, true],
    ['with reading options', {...job, options: {repair: 'never', maxPages: 10, pageTimeout: 5000}}, true],
    ['an unknown format', {...job, format: 'xlsx-ish'}, false],
    ['a negative index', {...job, index: -1}, false],
    ['no output', {...job, output: ''}, false],
    ['an invalid repair mode', {...job, options: {repair: 'sometimes'}}, false]
  ])('%s', (_name, value, ok) => {
    expect(fileJobSchema.safeParse(value).success).toBe(ok)
  })
})
