import {type Task, taskFields, ValidationError} from '@vanban/core'
import {describe, expect, it} from 'vitest'
import {formatTasks, taskToCsvRow} from '../src/index.ts'
import {parseCsv, sampleTask} from './support.ts'

const task = sampleTask

const tasks = [
  task(),
  task({id: '3.c.2', text: 'Dòng một\nDòng hai, có dấu phẩy', coordinators: [], due: null, deadlineText: null, page: null, warnings: [{code: 'owner-missing', message: 'no owner'}]}),
  task({id: 'PLII.32.(4)', parent: 'PLII.32', recurrence: 'thường xuyên', due: null, result: 'Báo cáo'})
]


describe('formatTasks', () => {
  it('writes CSV with a BOM, CRLF rows and the contract columns', async () => {
    const csv = await formatTasks(tasks, {format: 'csv'})
    expect(csv.startsWith('\uFEFFfile,id,kind,parent,text,owner,coordinators,deadlineText,due,recurrence,result,page,warnings\r\n')).toBe(true)
    expect(csv.endsWith('\r\n')).toBe(true)
  })

  it('round-trips CSV through a CSV parser to the same records', async () => {
    const csv = await formatTasks(tasks, {format: 'csv'})
    const rows = await parseCsv(csv.slice(1))
    expect(rows[0]).toEqual([...taskFields])
    expect(rows.slice(1)).toEqual(tasks.map(taskToCsvRow))
    expect(rows[2]![4]).toBe('Dòng một\nDòng hai, có dấu phẩy')
    expect(rows[1]![6]).toBe('Bộ Tư pháp; Hà Nội, Đà Nẵng')
    // A warning shows its message; the code is in JSON.
    expect(rows[2]![12]).toBe('no owner')
  })

  it('drops the BOM with bom: false and the header with header: false', async () => {
    const csv = await formatTasks(tasks.slice(0, 1), {format: 'csv', bom: false, header: false})
    expect(csv.startsWith('fixtures/tb20-2026-notice.pdf,3.c.1,')).toBe(true)
  })

  it('writes JSON as {tasks: [...]}', async () => {
    const json = JSON.parse(await formatTasks(tasks, {format: 'json'}))
    expect(json).toEqual({tasks})
  })

  it('writes JSON Lines, one record a line', async () => {
    const lines = (await formatTasks(tasks, {format: 'jsonl'})).trimEnd().split('\n')
    expect(lines.map((line) => JSON.parse(line))).toEqual(tasks)
  })

  it('writes an empty task list in every format', async () => {
    expect(await formatTasks([], {format: 'csv', bom: false})).toBe(taskFields.join(',') + '\r\n')
    expect(JSON.parse(await formatTasks([], {format: 'json'}))).toEqual({tasks: []})
    expect(await formatTasks([], {format: 'jsonl'})).toBe('')
  })

  it('refuses an invalid record with one clear error', async () => {
    const bad = {...task(), due: '30/06/2026'}
    await expect(formatTasks([bad], {format: 'json'})).rejects.toThrow(ValidationError)
    await expect(formatTasks([bad], {format: 'json'})).rejects.toThrow(/task 1 \(id "3\.c\.1"\).*due/)
  })
})
