import path from 'node:path'
import {parseString} from '@fast-csv/parse'
import {type Task, taskFields} from '@vanban/core'
import {expect, test} from 'vitest'
import {runVanban} from './capture.ts'

const fixtures = path.resolve(import.meta.dirname, '../../../fixtures')
const inputs = [path.join(fixtures, 'bad/good-notice.md'), path.join(fixtures, 'tb20-2026-notice.md')]

function parseCsv(text: string): Promise<Record<string, string>[]> {
  return new Promise((resolve, reject) => {
    const rows: Record<string, string>[] = []
    parseString(text, {headers: true})
      .on('data', (row: Record<string, string>) => rows.push(row))
      .on('error', reject)
      .on('end', () => resolve(rows))
  })
}

/** A CSV row back into a record: the inverse of the export's cell rules (null → empty, lists joined with `; `). */
function fromRow(row: Record<string, string>): Task {
  const nullable = (value: string) => (value === '' ? null : value)
  const list = (value: string) => (value === '' ? [] : value.split('; '))
  return {
    file: row.file!,
    id: row.id!,
    parent: nullable(row.parent!),
    text: row.text!,
    owner: nullable(row.owner!),
    coordinators: list(row.coordinators!),
    deadlineText: nullable(row.deadlineText!),
    due: nullable(row.due!),
    recurrence: nullable(row.recurrence!),
    result: nullable(row.result!),
    page: row.page === '' ? null : Number(row.page),
    warnings: list(row.warnings!)
  }
}

test('CSV on stdout round-trips through a CSV parser to the JSON Lines records', async () => {
  const csv = await runVanban(['tasks', ...inputs, '--format', 'csv', '--quiet'])
  const jsonl = await runVanban(['tasks', ...inputs, '--format', 'jsonl', '--quiet'])
  expect(csv.status).toBe(0)
  expect(jsonl.status).toBe(0)
  expect(csv.stdout.startsWith('\uFEFF' + taskFields.join(',') + '\r\n')).toBe(true)
  const records = jsonl.stdout.split('\n').filter(Boolean).map((line) => JSON.parse(line) as Task)
  const rows = await parseCsv(csv.stdout.slice(1))
  expect(rows.map(fromRow)).toEqual(records)
  // One header for the whole run, in input order.
  expect(csv.stdout.split(taskFields.join(',')).length).toBe(2)
  const order = records.map((task) => inputs.indexOf(task.file))
  expect(order).not.toContain(-1)
  expect(order).toEqual([...order].sort((a, b) => a - b))
  expect(new Set(order).size).toBe(2)
})

test('--no-bom drops the byte order mark; JSON is one {tasks} object per run', async () => {
  const csv = await runVanban(['tasks', inputs[0]!, '--no-bom', '--quiet'])
  expect(csv.stdout.startsWith(taskFields.join(','))).toBe(true)
  const json = await runVanban(['tasks', ...inputs, '--format', 'json', '--quiet'])
  const jsonl = await runVanban(['tasks', ...inputs, '--format', 'jsonl', '--quiet'])
  expect((JSON.parse(json.stdout) as {tasks: Task[]}).tasks).toEqual(jsonl.stdout.split('\n').filter(Boolean).map((line) => JSON.parse(line)))
})
