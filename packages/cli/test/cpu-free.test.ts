import {expect, test} from 'vitest'
import {type CpuSample, cpuFreeMeter, othersCpus} from '../src/cpu-free.ts'

test.each([
  // from, to: CPUs other processes used in between
  [{machine: 10, own: 1, wall: 0}, {machine: 10.5, own: 1.5, wall: 0.5}, 0],
  [{machine: 10, own: 1, wall: 0}, {machine: 11.5, own: 1.5, wall: 0.5}, 2],
  [{machine: 10, own: 1, wall: 0}, {machine: 10.75, own: 1.5, wall: 0.5}, 0.5],
  // Ticks counted apart can make our own time look larger than the machine's: none taken by others.
  [{machine: 10, own: 1, wall: 0}, {machine: 10.4, own: 1.5, wall: 0.5}, 0],
  [{machine: 10, own: 1, wall: 1}, {machine: 12, own: 1, wall: 1}, 0]
] as [CpuSample, CpuSample, number][])('othersCpus(%o, %o) → %d', (from, to, others) => {
  expect(othersCpus(from, to)).toBeCloseTo(others)
})

test('a preview finds a CPU free when others left one and a half of the CPUs since the last look', () => {
  const samples: CpuSample[] = [
    {machine: 0, own: 0, wall: 0},
    // 1 s: we used 1.8 CPUs, others 0.2 → free on 2 CPUs
    {machine: 2, own: 1.8, wall: 1},
    // next 1 s: others took a whole CPU → not free
    {machine: 4, own: 2.8, wall: 2},
    // next 1 s: others 0.4 → free again
    {machine: 5.4, own: 3.8, wall: 3}
  ]
  const free = cpuFreeMeter(() => samples.shift() ?? null, 2)
  expect([free(), free(), free()]).toEqual([true, false, true])
  // No figure (a /proc read failing midway): no warm-up.
  expect(free()).toBe(false)
})

test('without /proc the load average decides', () => {
  expect(cpuFreeMeter(() => null, Number.POSITIVE_INFINITY)()).toBe(true)
  expect(cpuFreeMeter(() => null, 0)()).toBe(false)
})

test('on this machine a look gives an answer', () => {
  expect(typeof cpuFreeMeter()()).toBe('boolean')
})
