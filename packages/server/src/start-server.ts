import {existsSync, readdirSync, statSync} from 'node:fs'
import {createServer, type IncomingMessage, type ServerResponse} from 'node:http'
import {createRequire} from 'node:module'
import os from 'node:os'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import type {ProcessOptions} from '@vanban/batch'
import {closeOcr} from '@vanban/ingest'
import {handleApi} from './api.ts'
import {DocumentStore} from './document-store.ts'
import {EventHub} from './event-stream.ts'
import {HttpError, sendError} from './http-io.ts'
import {sendStatic} from './static-files.ts'
import {WorkQueue} from './work-queue.ts'

export interface ServerOptions {
  /**
   * TCP port; 0 picks a free one (tests).
   * @default 5757
   */
  readonly port?: number
  /**
   * Address to listen on. Only the loopback address by default: the page has
   * no login, so another host is the caller's explicit choice.
   * @default '127.0.0.1'
   */
  readonly host?: string
  /**
   * Folder for uploads, tasks and edits (one sub-folder per document, named by id).
   * @default '~/.vanban/desk'
   */
  readonly dataDir?: string
  /**
   * Largest upload in bytes; a larger one is answered 413.
   * @default 100 MiB
   */
  readonly maxUploadBytes?: number
  /** Reading options for every document (OCR jobs, limits, repair). @default {} */
  readonly process?: Omit<ProcessOptions, 'onProgress' | 'signal'>
  /**
   * Folder of the built page.
   * @default the `web-dist` folder shipped in this package
   */
  readonly webRoot?: string
}

export interface RunningServer {
  /** `http://127.0.0.1:5757/` */
  readonly url: string
  readonly port: number
  /**
   * True in a clone whose page sources (`web/`) are newer than the built page
   * (`web-dist/`): the page then lags behind (`pnpm --filter @vanban/server build:web`).
   */
  readonly pageStale: boolean
  /** Stops listening, aborts the document in flight (queued again at the next start) and closes the OCR pool. */
  close(): Promise<void>
}

export const defaultPort = 5757
export const defaultHost = '127.0.0.1'
export const defaultDataDir = (): string => path.join(os.homedir(), '.vanban', 'desk')

const packageRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
/** pdf.js's CMaps and standard fonts, served from the installed package so the page never fetches them elsewhere. */
const pdfjsRoot = path.dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'))

/**
 * The page loads nothing from elsewhere and runs no inline script: a task
 * text that slipped into the DOM as markup could not run, and a page that
 * tried to reach the network would fail at once. pdf.js needs its worker
 * (same origin), WebAssembly for some image decoders, and inline styles.
 */
const pageSecurityPolicy = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data: blob:",
  "worker-src 'self' blob:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'"
].join('; ')

/** True for addresses only this computer can reach. */
export const isLoopback = (host: string): boolean => /^(127\.\d+\.\d+\.\d+|::1|localhost)$/i.test(host)

/**
 * Starts the clerk's desk: the page, the API and the work queue, resuming any
 * document an earlier run left queued or half read.
 *
 * @example
 * const server = await startServer({port: 0, dataDir: '/tmp/desk'})
 * server.url //=> 'http://127.0.0.1:41235/'
 */
export async function startServer(options: ServerOptions = {}): Promise<RunningServer> {
  const host = options.host ?? defaultHost
  const store = await DocumentStore.open(options.dataDir ?? defaultDataDir())
  const events = new EventHub()
  const queue = new WorkQueue(store, {
    ...(options.process && {process: options.process}),
    onChange: (info) => events.publish('document', info)
  })
  for (const info of store.list()) {
    if (info.status === 'queued' || info.status === 'running') queue.add(info.id)
  }
  const context = {store, queue, events, maxUploadBytes: options.maxUploadBytes ?? 100 * 2 ** 20}
  const webRoot = path.resolve(options.webRoot ?? path.join(packageRoot, 'web-dist'))

  const server = createServer((request, response) => {
    void handle(request, response).catch((error: unknown) => {
      const status = error instanceof HttpError ? error.status : 500
      const message = error instanceof HttpError ? error.message : `internal error: ${error instanceof Error ? error.message : String(error)}`
      sendError(response, status, message)
    })
  })

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const url = new URL(request.url ?? '/', 'http://localhost')
    checkOrigin(request, host)
    response.setHeader('x-content-type-options', 'nosniff')
    response.setHeader('referrer-policy', 'no-referrer')
    if (url.pathname.startsWith('/api/')) {
      if (!(await handleApi(request, response, url, context))) throw new HttpError(404, 'no such API path')
      return
    }
    if (request.method !== 'GET' && request.method !== 'HEAD') throw new HttpError(405, 'the page only answers GET')
    response.setHeader('content-security-policy', pageSecurityPolicy)
    if (url.pathname.startsWith('/pdfjs/')) {
      const rest = url.pathname.slice('/pdfjs/'.length)
      if (/^(cmaps|standard_fonts|wasm)\//.test(rest) && (await sendStatic(pdfjsRoot, rest, response, 'immutable'))) return
      throw new HttpError(404, 'not found')
    }
    if (url.pathname.startsWith('/assets/') && (await sendStatic(webRoot, url.pathname, response, 'immutable'))) return
    if (url.pathname !== '/' && (await sendStatic(webRoot, url.pathname, response, 'revalidate'))) return
    // Every other path is the page (one page: the desk).
    if (!(await sendStatic(webRoot, '/index.html', response, 'revalidate'))) {
      throw new HttpError(500, `the page is not built (no ${path.join(webRoot, 'index.html')}): run \`pnpm --filter @vanban/server build:web\``)
    }
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(options.port ?? defaultPort, host, () => {
      server.off('error', reject)
      resolve()
    })
  })
  const address = server.address()
  const port = typeof address === 'object' && address ? address.port : (options.port ?? defaultPort)
  const urlHost = host.includes(':') ? `[${host}]` : host === '0.0.0.0' || host === '::' ? '127.0.0.1' : host

  return {
    url: `http://${urlHost}:${port}/`,
    port,
    pageStale: options.webRoot === undefined && pageIsStale(webRoot),
    async close() {
      events.close()
      server.closeAllConnections()
      await new Promise<void>((resolve) => server.close(() => resolve()))
      await queue.close()
      await closeOcr()
    }
  }
}

/** The page's sources (present in a clone, not in an installed package) newer than its build. */
function pageIsStale(webRoot: string): boolean {
  const sources = path.join(packageRoot, 'web')
  const built = statSync(path.join(webRoot, 'index.html'), {throwIfNoEntry: false})?.mtimeMs
  if (built === undefined || !existsSync(sources)) return false
  return readdirSync(sources, {recursive: true}).some((file) => statSync(path.join(sources, String(file))).mtimeMs > built)
}

/**
 * Refuses requests another web site makes the browser send: a page on the
 * internet may POST a form to 127.0.0.1 (no preflight for multipart), and
 * DNS rebinding can give it a name that resolves here. A write must come from
 * this page's own origin, and on loopback the Host must be a loopback name.
 */
function checkOrigin(request: IncomingMessage, host: string): void {
  const hostHeader = request.headers.host ?? ''
  if (isLoopback(host)) {
    const name = hostHeader.replace(/:\d+$/, '').replace(/^\[(.*)\]$/, '$1')
    if (!isLoopback(name)) throw new HttpError(403, `unexpected Host "${hostHeader}": the desk answers on ${host} only`)
  }
  const origin = request.headers.origin
  const write = request.method !== 'GET' && request.method !== 'HEAD'
  if (write && origin !== undefined && origin !== `http://${hostHeader}`) {
    throw new HttpError(403, 'requests from another site are refused')
  }
}
