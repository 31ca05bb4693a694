import path from 'node:path'
import {type Task, taskFields} from '@vanban/core'
import {expect, test} from 'vitest'
import {parseCsv, recordFromCsvRow, runVanban} from './support.ts'

const fixtures = path.resolve(import.meta.dirname, '../../../fixtures')
const inputs = [path.join(fixtures, 'bad/good-notice.md'), path.join(fixtures, 'tb20-2026-notice.md')]

test('CSV on stdout round-trips through a CSV parser to the JSON Lines records', async () => {
  const csv = await runVanban(['tasks', ...inputs, '--format', 'csv', '--quiet'])
  const jsonl = await runVanban(['tasks', ...inputs, '--format', 'jsonl', '--quiet'])
  expect(csv.status).toBe(0)
  expect(jsonl.status).toBe(0)
  expect(csv.stdout.startsWith('\uFEFF' + taskFields.join(',') + '\r\n')).toBe(true)
  const records = jsonl.stdout.split('\n').filter(Boolean).map((line) => JSON.parse(line) as Task)
  // Both notices hold numbered tasks (the tb20 notice dozens of them).
  expect(records.length).toBeGreaterThan(10)
  const rows = await parseCsv(csv.stdout.slice(1))
  expect(rows.map(recordFromCsvRow)).toEqual(records.map((task) => ({...task, warnings: task.warnings.map((warning) => warning.message)})))
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
