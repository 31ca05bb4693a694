import type {Task} from '@vanban/core'
import {describe, expect, it} from 'vitest'
import {packRecords, unpackRecords} from '../src/records.ts'
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

describe('packRecords', () => {
  const task = {file: '/a/x.pdf', id: '1', kind: 'task', parent: null, text: 'Sở Tài chính chủ trì, báo cáo trước ngày 31/12/2026.', owner: 'Sở Tài chính', coordinators: [], deadlineText: 'trước ngày 31/12/2026', due: '2026-12-31', recurrence: null, result: null, page: 1, warnings: []} as unknown as Task
  it.each([
    ['no records', []],
    ['one record', [task]],
    ['many alike', Array.from({length: 200}, (_, i) => ({...task, id: String(i + 1)}))]
  ])('%s come back unchanged', (_name, tasks) => {
    expect(unpackRecords(packRecords(tasks))).toEqual(tasks)
  })
  it('keeps repetitive records small in Redis', () => {
    const tasks = Array.from({length: 200}, (_, i) => ({...task, id: String(i + 1)}))
    expect(packRecords(tasks).length).toBeLessThan(JSON.stringify(tasks).length / 5)
  })
  it('refuses what is not a packed array', () => {
    expect(() => unpackRecords(Buffer.from('not gzip').toString('base64'))).toThrow()
    expect(() => unpackRecords(packRecords({} as unknown as Task[]))).toThrow(/not an array/)
  })
})
