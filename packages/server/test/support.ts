import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import {type RunningServer, startServer} from '../src/index.ts'

export const fixture = (name: string): string => path.join(import.meta.dirname, '../../../fixtures', name)

/** A desk on a free port with a fresh data folder; `stop` removes both. */
export async function startTestServer(options: {maxUploadBytes?: number; dataDir?: string} = {}) {
  const dataDir = options.dataDir ?? (await fs.mkdtemp(path.join(os.tmpdir(), 'vanban-desk-')))
  const server: RunningServer = await startServer({port: 0, dataDir, process: {jobs: 1}, ...(options.maxUploadBytes && {maxUploadBytes: options.maxUploadBytes})})
  return {server, dataDir, api: (p: string) => new URL(p, server.url).href}
}

/** POST /api/documents with one file. */
export async function upload(url: string, name: string, bytes: Uint8Array): Promise<Response> {
  const form = new FormData()
  form.append('file', new Blob([bytes]), name)
  return fetch(url, {method: 'POST', body: form})
}

/** Polls a document until it is done or failed. */
export async function settled(url: string, timeoutMs = 50_000): Promise<{status: string; [key: string]: unknown}> {
  const start = Date.now()
  for (;;) {
    const info = (await (await fetch(url)).json()) as {status: string}
    if (info.status === 'done' || info.status === 'failed') return info
    if (Date.now() - start > timeoutMs) throw new Error(`still ${info.status} after ${timeoutMs} ms`)
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
}
