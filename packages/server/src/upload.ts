import {createWriteStream} from 'node:fs'
import fs from 'node:fs/promises'
import type {IncomingMessage} from 'node:http'
import {pipeline} from 'node:stream/promises'
import busboy from 'busboy'

/** Why an upload was refused, with the HTTP status to answer. */
export class UploadError extends Error {
  readonly status: number
  constructor(status: number, message: string) {
    super(message)
    this.name = 'UploadError'
    this.status = status
  }
}

export interface ReceivedFile {
  /** The name the browser sent (untrusted: for display only). */
  readonly name: string
  readonly size: number
}

export interface ReceiveOptions {
  /** Largest file accepted, in bytes; a larger one is cut off and refused (413). */
  readonly maxBytes: number
  /** Decides where the bytes go once the name is known (the caller picks a path from its own id). */
  readonly destination: (name: string) => Promise<string>
  /** The message for 413. */
  readonly tooLarge: string
  /** The message for 400 when no `file` field came. */
  readonly noFile: string
}

/**
 * Streams the `file` field of a multipart/form-data request to disk (busboy,
 * MIT: a streaming parser, so a 100 MB scan never sits in memory), stopping
 * at `maxBytes`. Other fields are ignored; a second file is refused. On any
 * failure the partial file is removed and an `UploadError` says why.
 */
export async function receiveUpload(request: IncomingMessage, options: ReceiveOptions): Promise<ReceivedFile & {path: string}> {
  let parser: busboy.Busboy
  try {
    parser = busboy({headers: request.headers, limits: {fileSize: options.maxBytes, files: 1, fields: 20, parts: 30}, defParamCharset: 'utf8'})
  } catch {
    throw new UploadError(400, options.noFile)
  }
  let written: Promise<ReceivedFile & {path: string}> | null = null
  let truncated = false
  const done = new Promise<void>((resolve, reject) => {
    parser.on('file', (field, stream, info) => {
      if (field !== 'file' || written) {
        stream.resume()
        return
      }
      stream.on('limit', () => {
        truncated = true
      })
      written = (async () => {
        const target = await options.destination(info.filename ?? '')
        let size = 0
        stream.on('data', (chunk: Buffer) => {
          size += chunk.length
        })
        await pipeline(stream, createWriteStream(target, {flags: 'wx'}))
        return {name: info.filename ?? '', size, path: target}
      })()
      written.catch(() => {})
    })
    parser.on('error', reject)
    parser.on('close', resolve)
  })
  request.pipe(parser)
  try {
    await done
  } catch {
    await discard(written)
    throw new UploadError(400, 'the upload was not valid multipart/form-data')
  }
  if (!written) throw new UploadError(400, options.noFile)
  const file = await (written as Promise<ReceivedFile & {path: string}>)
  if (truncated) {
    await fs.rm(file.path, {force: true})
    throw new UploadError(413, options.tooLarge)
  }
  return file
}

async function discard(written: Promise<{path: string}> | null): Promise<void> {
  if (!written) return
  try {
    await fs.rm((await written).path, {force: true})
  } catch {
    // Nothing was written.
  }
}
