import type {SourceType} from './source-type.ts'

/** Where a document is in the queue. */
export const documentStatuses = ['queued', 'running', 'done', 'failed'] as const
export type DocumentStatus = (typeof documentStatuses)[number]

/**
 * What the API says about one uploaded document. `name` is the file name the
 * clerk uploaded, for display only: it never becomes a path.
 */
export interface DocumentInfo {
  readonly id: string
  readonly name: string
  readonly status: DocumentStatus
  /** Pages of the document, once known (0 before). */
  readonly pages: number
  /** Pages read so far (for scans, pages OCR'd). */
  readonly pagesDone: number
  /** Task records found (groups included), once done. */
  readonly tasks: number
  /** Records with a warning, once done. */
  readonly tasksToCheck: number
  /** The CLI's one-line reason, when `failed`. */
  readonly error?: string
  /** Stable reason code, when `failed` (`empty-file`, `unsupported`, …). */
  readonly errorCode?: string
  /** The uploaded name's extension as stored (`.pdf`), or '' when it had none vanban could use. */
  readonly extension: string
  /** What the upload is, from its first bytes: how the page shows its source. */
  readonly sourceType: SourceType
  /** Upload size in bytes. */
  readonly size: number
  /** ISO time of the upload. */
  readonly uploadedAt: string
}
