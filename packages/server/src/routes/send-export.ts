import type {ServerResponse} from 'node:http'
import type {Task} from '@vanban/core'
import {getFormat, isFormatName, writeTasks} from '@vanban/export'
import {HttpError, sendDownload} from '../http-io.ts'

/** Tasks as a download in a format of @vanban/export's registry, named `<stem><extension>`. */
export async function sendExport(response: ServerResponse, name: string, tasks: readonly Task[], stem: string): Promise<void> {
  if (!isFormatName(name)) throw new HttpError(404, `no export format "${name}" (use xlsx, csv, json or jsonl)`)
  const format = getFormat(name)
  sendDownload(response, await writeTasks(tasks, {format: format.name}), format.mediaType, stem + format.extension)
}
