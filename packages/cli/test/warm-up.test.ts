import os from 'node:os'
import path from 'node:path'
import {runBatch} from '@vanban/batch'
import {normalizeDocument} from '@vanban/normalize'
import {extractTasks} from '@vanban/tasks'
import {afterEach, beforeEach, expect, test, vi} from 'vitest'
import {warmUpNotice} from '../src/data/warm-up-notice.ts'
import {startWarmUp, warmUpPages, warmUpWhileParsing} from '../src/warm-up.ts'
import {runVanban} from './support.ts'

// The tests of the warm-up itself run it whatever this machine's load (see the last-but-one test).
beforeEach(() => {
  vi.spyOn(os, 'availableParallelism').mockReturnValue(2)
  vi.spyOn(os, 'loadavg').mockReturnValue([0, 0, 0])
})
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

test('while a PDF is parsed: a warm-up from its first page read for a long document, none for a short one or after the last page', async () => {
  const short = warmUpWhileParsing({rounds: 1})
  short.page(1, warmUpPages - 1)
  expect(short.warmUp).toBeNull()
  const long = warmUpWhileParsing({rounds: 1})
  long.page(3, warmUpPages)
  expect(long.warmUp).not.toBeNull()
  long.page(warmUpPages, warmUpPages)
  await long.warmUp!.done
  // Only the first page read decides; the last one (pages read in a burst) starts nothing.
  const done = warmUpWhileParsing({rounds: 1})
  done.page(warmUpPages, warmUpPages)
  done.page(1, warmUpPages)
  expect(done.warmUp).toBeNull()
})

test('no warm-up without a free CPU (one CPU, or a load average of all CPUs): it would only take turns with the parse thread', () => {
  const cpus = vi.spyOn(os, 'availableParallelism').mockReturnValue(1)
  const load = vi.spyOn(os, 'loadavg').mockReturnValue([0.2, 0.2, 0.2])
  expect(startWarmUp()).toBeNull()
  cpus.mockReturnValue(2)
  load.mockReturnValue([2.1, 1, 1])
  expect(startWarmUp()).toBeNull()
  load.mockReturnValue([1.2, 3, 3])
  const warmUp = startWarmUp({rounds: 0})
  expect(warmUp).not.toBeNull()
})

test('vanban tasks on a long PDF (with its warm-up) gives the records runBatch gives', async () => {
  const pdf = path.resolve(import.meta.dirname, '../../../fixtures/nq71-2025-action-program.pdf')
  const run = await runVanban(['tasks', pdf, '--format', 'json', '--quiet'])
  expect(run.status).toBe(0)
  const direct = await runBatch([pdf], {format: 'json'})
  expect(run.stdout).toBe(direct.output)
}, 60_000)
