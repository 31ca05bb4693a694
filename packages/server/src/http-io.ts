import type {IncomingMessage, ServerResponse} from 'node:http'

/** An API error: an HTTP status and a one-line message, sent as `{error}`. */
export class HttpError extends Error {
  readonly status: number
  constructor(status: number, message: string) {
    super(message)
    this.name = 'HttpError'
    this.status = status
  }
}

export function sendJson(response: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body)
  response.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(text),
    'cache-control': 'no-store'
  })
  response.end(text)
}

export function sendError(response: ServerResponse, status: number, message: string): void {
  if (response.headersSent) {
    response.destroy()
    return
  }
  sendJson(response, status, {error: message})
}

/** A download: `filename*` carries the Vietnamese name (RFC 6266), `filename` an ASCII fallback. */
export function sendDownload(response: ServerResponse, body: string | Uint8Array, mediaType: string, name: string): void {
  const ascii = name.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[đĐ]/g, (c) => (c === 'đ' ? 'd' : 'D')).replace(/[^\x20-\x7e]|["\\]/g, '_')
  const data = typeof body === 'string' ? Buffer.from(body, 'utf8') : body
  response.writeHead(200, {
    'content-type': mediaType,
    'content-length': data.byteLength,
    'content-disposition': `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(name)}`,
    'cache-control': 'no-store'
  })
  response.end(data)
}

/** Reads a small JSON body (edits), refusing more than `limit` bytes. */
export async function readJsonBody(request: IncomingMessage, limit = 256 * 1024): Promise<unknown> {
  const chunks: Buffer[] = []
  let size = 0
  for await (const chunk of request as AsyncIterable<Buffer>) {
    size += chunk.length
    if (size > limit) throw new HttpError(413, 'the request body is too large')
    chunks.push(chunk)
  }
  try {
    return JSON.parse(Buffer.concat(chunks).toString('utf8'))
  } catch {
    throw new HttpError(400, 'the body is not JSON')
  }
}
