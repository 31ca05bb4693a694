/**
 * Retries for transient trouble (a share that blinked, a worker that died):
 * three attempts, 2 s then 4 s apart. Bad input is never retried (the worker
 * fails it as unrecoverable). Finished jobs stay in Redis so `queue wait` can
 * report on the whole batch; delete them with the batch when done.
 */
export const retryPolicy = {attempts: 3, backoff: {type: 'exponential', delay: 2000}} as const

/**
 * Batch records live as jobs of a companion queue that no worker serves
 * (`vanban` → `vanban-batches`, job id = batch id): BullMQ keeps them in Redis
 * with the rest, and no raw Redis command is needed to find them.
 */
export const batchQueueName = (queue: string): string => `${queue}-batches`

/**
 * File error codes worth another attempt: the storage, not the document. Any
 * other failure (empty, encrypted, unsupported, too many pages …) would fail the
 * same way on every worker.
 */
export const transientCodes: ReadonlySet<string> = new Set(['unreadable', 'not-found', 'write-failed'])
