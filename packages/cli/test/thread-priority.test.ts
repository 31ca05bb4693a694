import os from 'node:os'
import {Worker} from 'node:worker_threads'
import {expect, test} from 'vitest'
import {lowerThreadPriority} from '../src/thread-priority.ts'

/** Runs `lowerThreadPriority(by)` in a thread of its own; its priority before, after, after the restore, and that of a thread it started meanwhile. */
async function inThread(by: number): Promise<{before: number; lowered: number; child: number; restored: number}> {
  const source = `
    const os = require('node:os')
    const {parentPort, Worker} = require('node:worker_threads')
    const {lowerThreadPriority} = require(${JSON.stringify(new URL('../src/thread-priority.ts', import.meta.url).pathname)})
    const before = os.getPriority(0)
    const restore = lowerThreadPriority(${by})
    const lowered = os.getPriority(0)
    const child = new Worker("require('node:worker_threads').parentPort.postMessage(require('node:os').getPriority(0))", {eval: true})
    child.once('message', (priority) => {
      restore()
      parentPort.postMessage({before, lowered, child: priority, restored: os.getPriority(0)})
    })`
  // tsx's require hook in the thread: vitest's own transform does not reach it.
  const worker = new Worker(`require('tsx/cjs');${source}`, {eval: true})
  try {
    return await new Promise((resolve, reject) => worker.once('message', resolve).once('error', reject))
  } finally {
    await worker.terminate()
  }
}

test.runIf(process.platform === 'linux')('lowers the calling thread alone, and the threads it starts after; sets it back where allowed', async () => {
  const here = os.getPriority(0)
  const {before, lowered, child, restored} = await inThread(5)
  expect(lowered).toBe(Math.min(19, before + 5))
  expect(child).toBe(lowered)
  // Raising a priority needs a privilege (root has it); an ordinary user's thread stays lower.
  expect(restored).toBe(process.getuid?.() === 0 ? before : lowered)
  // Another thread of the process, this one, was not touched.
  expect(os.getPriority(0)).toBe(here)
})

test('elsewhere the priority is the process\'s: nothing is changed', () => {
  const before = os.getPriority(0)
  const restore = lowerThreadPriority(5, 'darwin')
  expect(os.getPriority(0)).toBe(before)
  restore()
  expect(os.getPriority(0)).toBe(before)
})
