import {gunzipSync, gzipSync} from 'node:zlib'
import type {Task} from '@vanban/core'

/**
 * A finished job's task records as it keeps them in Redis: JSON, gzipped, in
 * base64 (a job's return value is a JSON string). Task records are repetitive
 * text, so they take a fifth to a tenth of the room: a batch of thousands of
 * files stays small in Redis, and `queue wait --combine` still builds the
 * combined output from records, never by parsing outputs back (a CSV cell is
 * neutralised, an XLSX is binary).
 */
export function packRecords(tasks: readonly Task[]): string {
  return gzipSync(JSON.stringify(tasks)).toString('base64')
}

/** The records `packRecords` packed (not yet validated: another machine wrote them). */
export function unpackRecords(packed: string): Task[] {
  const records = JSON.parse(gunzipSync(Buffer.from(packed, 'base64')).toString('utf8')) as unknown
  if (!Array.isArray(records)) throw new TypeError('packed task records are not an array')
  return records as Task[]
}
