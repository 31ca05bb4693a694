import os from 'node:os'
import path from 'node:path'
import {runBatch} from '@vanban/batch'
import {normalizeDocument} from '@vanban/normalize'
import {extractTasks} from '@vanban/tasks'
import {afterEach, expect, test, vi} from 'vitest'
import {warmUpNotice} from '../src/data/warm-up-notice.ts'
import {startWarmUp} from '../src/warm-up.ts'
import {runVanban} from './support.ts'

afterEach(() => {
  vi.restoreAllMocks()
})

test('the warm-up notice meets every stage a notice does: the repair, prose directives, an appendix table', () => {
  const normalized = normalizeDocument(warmUpNotice)
  // The model is built during the wait only if a paragraph of the sample needs the repair.
  expect(normalized.blocks.filter((block) => block.provenance.repaired).map((block) => block.kind === 'table' ? '' : block.text)).toEqual([
    'Giao Văn phòng Ủy ban nhân dân theo dõi, đôn đốc các cơ quan triển khai thực hiện, tổng hợp kết quả báo cáo Chủ tịch Ủy ban nhân dân trước ngày 15 tháng 12 năm 2026.'
  ])
  // The paths a real notice takes (the rules themselves are @vanban/tasks' to test): directives
  // in prose and table rows, owners with coordinators, dates, a recurrence, group headings.
  const tasks = extractTasks(normalized)
  const fromTable = tasks.filter((task) => task.id.startsWith('PL.'))
  const fromProse = tasks.filter((task) => !task.id.startsWith('PL.'))
  for (const part of [fromProse, fromTable]) {
    expect(part.filter((task) => task.kind === 'task' && task.owner !== null && task.due !== null).length).toBeGreaterThanOrEqual(2)
    expect(part.some((task) => task.coordinators.length > 0)).toBe(true)
    expect(part.some((task) => task.kind === 'group')).toBe(true)
  }
  expect(tasks.some((task) => task.recurrence !== null)).toBe(true)
})

test('a warm-up runs its rounds and ends; stop() ends it before the next round', async () => {
  const whole = startWarmUp({rounds: 2})
  expect(whole).not.toBeNull()
  await whole!.done
  const stopped = startWarmUp({rounds: 1000})!
  stopped.stop()
  const start = performance.now()
  await stopped.done
  // A thousand rounds would take seconds; a stopped warm-up ends within the round in progress.
  expect(performance.now() - start).toBeLessThan(1000)
})

test('no warm-up on one CPU: it would only take turns with the parse thread', () => {
  vi.spyOn(os, 'availableParallelism').mockReturnValue(1)
  expect(startWarmUp()).toBeNull()
})

test('vanban tasks on a PDF (with its warm-up) gives the records runBatch gives', async () => {
  const pdf = path.resolve(import.meta.dirname, '../../../fixtures/tb20-2026-notice.pdf')
  const run = await runVanban(['tasks', pdf, '--format', 'json', '--quiet'])
  expect(run.status).toBe(0)
  const direct = await runBatch([pdf], {format: 'json'})
  expect(run.stdout).toBe(direct.output)
}, 60_000)
