import {type BatchInput, checkInputs, checkOptions} from './batch-options.ts'
import {expandInputs} from './expand-inputs.ts'
import {type FileResult, type ProcessOptions, processFile} from './process-file.ts'

/**
 * Files and folders → one FileResult per file, in a deterministic order
 * (folders recursively, sorted). A bad file yields a failed result and the
 * iteration goes on; an aborted `signal` ends it after discarding the file in
 * flight (the iterator then rejects with the abort reason).
 *
 * @example
 * for await (const result of processFiles(['notices/'], {onProgress: console.log})) {
 *   if (!result.ok) console.error(result.error.message)
 * }
 */
export async function* processFiles(inputs: readonly BatchInput[], options: ProcessOptions = {}): AsyncGenerator<FileResult> {
  checkInputs('processFiles', inputs)
  checkOptions('processFiles', options)
  const files = await expandInputs(inputs)
  for (const [index, {file, bytes}] of files.entries()) {
    options.signal?.throwIfAborted()
    options.onProgress?.({type: 'file-start', file, index, total: files.length})
    const result = await processFile(bytes ? {name: file, bytes} : file, options)
    options.onProgress?.({type: 'file-done', result, index, total: files.length})
    yield result
  }
}
