import fs from 'node:fs/promises'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'
import {expect, it} from 'vitest'
import {runVanban} from '../../cli/test/support.ts'

const withoutStalePage = (stderr: string) => stderr.replace(/^vanban: warning: the page is older than its sources.*\n/m, '')

/** A port free right now (the command prints the address it got, but only once it has stopped here). */
async function freePort(): Promise<number> {
  const server = net.createServer()
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const port = (server.address() as net.AddressInfo).port
  await new Promise((resolve) => server.close(resolve))
  return port
}

it('vanban serve prints its address, serves the page and the API, and stops on SIGTERM with 143', async () => {
  const data = await fs.mkdtemp(path.join(os.tmpdir(), 'vanban-serve-'))
  const port = await freePort()
  const run = runVanban(['serve', '--port', String(port), '--data', data], {handleSignals: true})
  let page: Response | undefined
  for (let i = 0; i < 100 && !page; i++) {
    page = await fetch(`http://127.0.0.1:${port}/`).catch(() => undefined)
    if (!page) await new Promise((resolve) => setTimeout(resolve, 100))
  }
  expect(page?.status).toBe(200)
  expect(await page!.text()).toContain('<table id="tasks">')
  expect(await (await fetch(`http://127.0.0.1:${port}/api/documents`)).json()).toEqual([])
  process.emit('SIGTERM')
  const {status, stdout, stderr} = await run
  expect(status).toBe(143)
  expect(stdout).toBe(`vanban: serving on http://127.0.0.1:${port}/\n`)
  // (A clone whose page sources were edited after the build also gets a warning saying so.)
  expect(withoutStalePage(stderr)).toBe('vanban: stopped (SIGTERM); documents and edits are kept\n')
  await fs.rm(data, {recursive: true, force: true})
})

it('vanban serve --host 0.0.0.0 warns that the page has no login', async () => {
  const data = await fs.mkdtemp(path.join(os.tmpdir(), 'vanban-serve-'))
  const port = await freePort()
  const run = runVanban(['serve', '--host', '0.0.0.0', '--port', String(port), '--data', data], {handleSignals: true})
  for (let i = 0; i < 100; i++) {
    if (await fetch(`http://127.0.0.1:${port}/api/documents`).then(() => true, () => false)) break
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
  process.emit('SIGINT')
  const {status, stdout, stderr} = await run
  expect(status).toBe(130)
  expect(stdout).toBe(`vanban: serving on http://127.0.0.1:${port}/\n`)
  expect(withoutStalePage(stderr)).toMatch(/^vanban: warning: listening on 0\.0\.0\.0, not only on this computer: the page has no login/)
  await fs.rm(data, {recursive: true, force: true})
})

it.each([
  [['serve', 'file.pdf'], 'vanban: serve takes no files: drop them on the page (see `vanban serve --help`)\n'],
  [['serve', '--port', 'x'], 'vanban: --port must be a positive whole number (got "x") (see `vanban serve --help`)\n'],
  [['serve', '--port', '70000'], 'vanban: --port must be at most 65535 (got "70000") (see `vanban serve --help`)\n'],
  [['serve', '--max-upload-mb', '0'], 'vanban: --max-upload-mb must be a positive number (got "0") (see `vanban serve --help`)\n']
])('%j is a usage error', async (argv, message) => {
  const {status, stderr} = await runVanban(argv)
  expect(status).toBe(2)
  expect(stderr).toBe(message)
})

it('vanban serve --help lists its options', async () => {
  const {status, stdout} = await runVanban(['serve', '--help'])
  expect(status).toBe(0)
  for (const option of ['--port N', '--host ADDR', '--data DIR', '--open', '--max-upload-mb N']) expect(stdout).toContain(option)
})
