import {createReadStream} from 'node:fs'
import fs from 'node:fs/promises'
import type {ServerResponse} from 'node:http'
import path from 'node:path'

/** Content types of the files the page is built into (and pdf.js's fonts and CMaps). */
const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.json': 'application/json; charset=utf-8',
  '.bcmap': 'application/octet-stream',
  '.pfb': 'application/octet-stream',
  '.ttf': 'font/ttf',
  '.wasm': 'application/wasm'
}

/**
 * Sends a file from `root` named by a URL path, or returns false. The path is
 * resolved inside `root` and anything that would leave it is not found, so
 * `/../../etc/passwd` serves nothing.
 */
export async function sendStatic(root: string, urlPath: string, response: ServerResponse, cache: 'immutable' | 'revalidate'): Promise<boolean> {
  let relative: string
  try {
    relative = decodeURIComponent(urlPath)
  } catch {
    return false
  }
  const file = path.resolve(root, '.' + path.posix.normalize('/' + relative))
  if (file !== root && !file.startsWith(root + path.sep)) return false
  const stat = await fs.stat(file).catch(() => null)
  if (!stat?.isFile()) return false
  response.writeHead(200, {
    'content-type': contentTypes[path.extname(file).toLowerCase()] ?? 'application/octet-stream',
    'content-length': stat.size,
    'cache-control': cache === 'immutable' ? 'public, max-age=31536000, immutable' : 'no-cache'
  })
  await new Promise<void>((resolve) => createReadStream(file).on('close', resolve).pipe(response))
  return true
}
