import {createWriteStream} from 'node:fs'
import fs from 'node:fs/promises'
import type {IncomingMessage} from 'node:http'
import type {Readable} from 'node:stream'
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
  let fileStream: Readable | null = null
  let truncated = false
  const done = new Promise<void>((resolve, reject) => {
    parser.on('file', (field, stream, info) => {
      if (field !== 'file' || written) {
        stream.resume()
        return
      }
      fileStream = stream
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
    // A browser closed mid-upload: busboy may wait for the rest for ever.
    request.on('close', () => {
      if (!request.complete) reject(new Error('the upload was interrupted'))
    })
  })
  request.pipe(parser)
  try {
    await done
  } catch (error) {
    // Stop writing (an unfinished part never ends by itself), then let the caller remove what was written.
    request.unpipe(parser)
    const [stream, writing] = [fileStream as Readable | null, written as Promise<unknown> | null]
    stream?.destroy()
    await writing?.catch(() => {})
    throw new UploadError(400, (error as Error).message === 'the upload was interrupted' ? 'the upload was interrupted' : 'the upload was not valid multipart/form-data')
  }
  if (!written) throw new UploadError(400, options.noFile)
  const file = await (written as Promise<ReceivedFile & {path: string}>)
  if (truncated) {
    await fs.rm(file.path, {force: true})
    throw new UploadError(413, options.tooLarge)
  }
  return file
}
