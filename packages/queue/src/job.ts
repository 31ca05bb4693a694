import {z} from 'zod'

/** Queue name used when none is given. */
export const defaultQueueName = 'vanban'

/**
 * Reading options a job carries: the subset of `@vanban/batch`'s options that
 * mean the same on every machine (no callbacks, no model object: a custom
 * repair model travels as a path every worker can read).
 */
export const jobOptionsSchema = z.object({
  repair: z.enum(['auto', 'always', 'never']).optional(),
  ocr: z.enum(['auto', 'always', 'never']).optional(),
  maxPages: z.number().int().positive().optional(),
  pageTimeout: z.number().positive().optional(),
  password: z.string().optional(),
  documentDate: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).optional()
})
export type JobOptions = z.infer<typeof jobOptionsSchema>

/**
 * One file to process: where it is and where its output goes, as absolute paths
 * on storage every worker sees. Checked when a worker takes it, since another
 * machine (or another version) wrote it into Redis.
 */
export const fileJobSchema = z.object({
  batch: z.string().min(1),
  /** Position in the batch: the order `vanban tasks` would process the files in. */
  index: z.number().int().nonnegative(),
  file: z.string().min(1),
  /** The input as the user named it (`folder/relative`), used in the records' `file` field. */
  name: z.string().min(1),
  output: z.string().min(1),
  format: z.enum(['csv', 'json', 'jsonl']),
  bom: z.boolean(),
  options: jobOptionsSchema
})
export type FileJob = z.infer<typeof fileJobSchema>

/** What a finished job returns (kept by BullMQ as the job's return value). */
export interface FileJobResult {
  readonly output: string
  readonly tasks: number
  readonly pages: number
  readonly warnings: number
  /** The output's task records, packed (`packRecords`): what `queue wait --combine` joins. */
  readonly records: string
}

/** A batch as `queue add` recorded it. */
export const batchRecordSchema = z.object({
  id: z.string(),
  total: z.number().int().nonnegative(),
  outDir: z.string(),
  format: z.enum(['csv', 'json', 'jsonl']),
  /** Whether the CSV outputs start with a BOM (absent in records of earlier versions: they did). */
  bom: z.boolean().optional(),
  created: z.string()
})
export type BatchRecord = z.infer<typeof batchRecordSchema>

/** Job id of the file at `index` of `batch`: stable, so adding the same batch twice adds nothing twice. */
export const jobId = (batch: string, index: number): string => `${batch}-${index}`
