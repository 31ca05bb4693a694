import {describe, expect, it} from 'vitest'
import type {Worker} from 'tesseract.js'
import {OcrPool, OcrTimeoutError} from '../src/ocr/ocr-pool.ts'

/** Stand-in workers: recognise after `delay` ms (never when null), counting starts and terminations. */
function fakeWorkers(delays: (number | null)[]) {
  const stats = {created: 0, terminated: 0, busyPeak: 0, busy: 0}
  const createWorker = async (): Promise<Worker> => {
    stats.created++
    return {
      recognize: (image: Buffer) => {
        const delay = delays.length > 0 ? delays.shift()! : 1
        stats.busy++
        stats.busyPeak = Math.max(stats.busyPeak, stats.busy)
        return new Promise((resolve) => {
          if (delay !== null)
            setTimeout(() => {
              stats.busy--
              resolve({data: {tsv: `5\t1\t1\t1\t1\t1\t10\t20\t30\t40\t96\t${image.toString()}`}})
            }, delay)
        })
      },
      terminate: async () => {
        stats.terminated++
      }
    } as unknown as Worker
  }
  return {stats, createWorker}
}

describe('OcrPool', () => {
  it('runs at most `jobs` recognitions at once and terminates every worker on close', async () => {
    const {stats, createWorker} = fakeWorkers([20, 20, 20, 20, 20])
    const pool = new OcrPool({jobs: 2, createWorker})
    const results = await Promise.all(['a', 'b', 'c', 'd', 'e'].map((text) => pool.recognize(Buffer.from(text))))
    await pool.close()
    expect(results.map((lines) => lines[0]!.words[0]!.text)).toEqual(['a', 'b', 'c', 'd', 'e'])
    expect(stats).toMatchObject({created: 2, terminated: 2, busyPeak: 2})
  })

  it('reads `first` images (a page\'s cell re-reads) ahead of the pages waiting, in the order they came', async () => {
    const order: string[] = []
    const createWorker = async (): Promise<Worker> =>
      ({
        recognize: async (image: Buffer) => {
          order.push(image.toString())
          await new Promise((resolve) => setTimeout(resolve, 5))
          return {data: {tsv: ''}}
        },
        terminate: async () => {}
      }) as unknown as Worker
    const pool = new OcrPool({jobs: 1, createWorker})
    const page1 = pool.recognize(Buffer.from('page 1'))
    const rest = [pool.recognize(Buffer.from('page 2')), pool.recognize(Buffer.from('page 3'))]
    await page1
    await Promise.all([pool.recognize(Buffer.from('cell 1a'), {first: true}), pool.recognize(Buffer.from('cell 1b'), {first: true}), ...rest])
    await pool.close()
    // Page 2 was already with the worker when page 1's cells came.
    expect(order).toEqual(['page 1', 'page 2', 'cell 1a', 'cell 1b', 'page 3'])
  })

  it('a recognition past the time limit rejects, and its worker is replaced', async () => {
    const {stats, createWorker} = fakeWorkers([null, 5])
    const pool = new OcrPool({jobs: 1, timeout: 50, createWorker})
    await expect(pool.recognize(Buffer.from('stuck'))).rejects.toBeInstanceOf(OcrTimeoutError)
    await expect(pool.recognize(Buffer.from('next'))).resolves.toBeDefined()
    await pool.close()
    expect(stats).toMatchObject({created: 2, terminated: 2})
  })

  it('close() terminates busy workers and rejects what is pending', async () => {
    const {stats, createWorker} = fakeWorkers([null, null])
    const pool = new OcrPool({jobs: 1, timeout: 60_000, createWorker})
    const first = pool.recognize(Buffer.from('1'))
    const second = pool.recognize(Buffer.from('2'))
    await new Promise((resolve) => setTimeout(resolve, 10))
    await pool.close()
    await expect(first).rejects.toThrow('closed')
    await expect(second).rejects.toThrow('closed')
    expect(stats.terminated).toBe(1)
    await expect(pool.recognize(Buffer.from('3'))).rejects.toThrow('closed')
  })

  it('a worker that cannot start fails the job, not the process', async () => {
    const pool = new OcrPool({jobs: 1, createWorker: () => Promise.reject(new Error('no model'))})
    await expect(pool.recognize(Buffer.from('x'))).rejects.toThrow('no model')
    await pool.close()
  })
})
