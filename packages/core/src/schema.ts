import {z} from 'zod'

/**
 * Where a block came from. Every block keeps its page so a clerk can find the
 * original; `lineStart`/`lineEnd` are 1-based line numbers on that page (for
 * text input: in the file) so a warning can point at the exact place.
 */
export const provenanceSchema = z.object({
  page: z.number().int().positive().nullable(),
  lineStart: z.number().int().nonnegative(),
  lineEnd: z.number().int().nonnegative(),
  /** How the text was obtained: a PDF text layer, OCR of a rendered page or image, or a text file. */
  source: z.enum(['text-layer', 'ocr', 'text']),
  /** Mean OCR confidence (0–100) of the lines in the block, when OCR produced it. */
  confidence: z.number().optional(),
  /** True when the diacritic repair changed this block's text. */
  repaired: z.boolean().optional(),
  /**
   * Words on each source line, when the block joined several lines of a text file (`[5, 4, 7]`).
   * Text another engine OCR'd keeps a table's layout only in where its lines broke: each line
   * holds a piece of every column. Dropped by any step that changes the number of words.
   */
  lineWords: z.array(z.number().int().nonnegative()).optional()
})
export type Provenance = z.infer<typeof provenanceSchema>

const blockBase = {
  provenance: provenanceSchema,
  /** Things a reviewer should check: low OCR confidence, an uncertain repair. */
  warnings: z.array(z.string()).optional()
}

/** A run of text: `heading`, `paragraph`, `list-item` (starts with a marker) or a loose `line`. */
export const textBlockSchema = z.object({
  kind: z.enum(['heading', 'paragraph', 'list-item', 'line']),
  text: z.string(),
  /** True when the block was set in bold (PDF font weight or Markdown `**`). */
  bold: z.boolean().optional(),
  /** Markdown heading depth (`####` → 4), when the source says so. */
  level: z.number().int().optional(),
  ...blockBase
})
export type TextBlock = z.infer<typeof textBlockSchema>

/** A table cell: its text, with the line breaks inside the cell kept as `\n`. */
export const tableRowSchema = z.object({
  cells: z.array(z.string()),
  /** Page the row starts on (rows can cross pages once merged). */
  page: z.number().int().positive().nullable()
})
export type TableRow = z.infer<typeof tableRowSchema>

export const tableBlockSchema = z.object({
  kind: z.literal('table'),
  /** The header cells, once (repeated page headers are dropped). */
  header: z.array(z.string()),
  rows: z.array(tableRowSchema),
  ...blockBase
})
export type TableBlock = z.infer<typeof tableBlockSchema>

export const blockSchema = z.discriminatedUnion('kind', [
  textBlockSchema.extend({kind: z.literal('heading')}),
  textBlockSchema.extend({kind: z.literal('paragraph')}),
  textBlockSchema.extend({kind: z.literal('list-item')}),
  textBlockSchema.extend({kind: z.literal('line')}),
  tableBlockSchema
])
export type Block = TextBlock | TableBlock

export const pageSchema = z.object({
  number: z.number().int().positive(),
  source: z.enum(['text-layer', 'ocr', 'text']),
  /** Page furniture removed from the flow: page numbers, repeated headers and footers. */
  furniture: z.array(z.string()),
  warnings: z.array(z.string())
})
export type Page = z.infer<typeof pageSchema>

export const documentSchema = z.object({
  /** The input path as given. */
  file: z.string(),
  pages: z.array(pageSchema),
  blocks: z.array(blockSchema),
  warnings: z.array(z.string())
})
export type VanbanDocument = z.infer<typeof documentSchema>

/** A parsed deadline phrase. */
export const deadlineSchema = z.object({
  /** The phrase as written, e.g. `chậm nhất trong quý I/2026`. */
  text: z.string(),
  /** Last day of the period, `YYYY-MM-DD`, or null for recurring or unparsed phrases. */
  due: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).nullable(),
  /** `thường xuyên`, `hằng năm`, `hằng quý`, `định kỳ` …, lower-cased, or null. */
  recurrence: z.string().nullable(),
  /** True when the year was not written and was taken from context. */
  yearGuessed: z.boolean()
})
export type Deadline = z.infer<typeof deadlineSchema>

/**
 * What a reviewer should check on a task, one code per condition. The same
 * code means the same condition wherever it arises (prose, tables, OCR, repair),
 * so a clerk's page or a script can filter on it. The messages are for people
 * and may change; the codes are a contract.
 */
export const warningCodes = {
  'owner-missing': 'no lead agency was found for the task',
  'owner-inherited': 'the owner was taken from a parent row or heading, not written on the task',
  'owner-addressee': 'the directive names no subject: its owner is the addressee of the letter',
  'owner-repaired': 'the owner was repaired from damaged text and may be wrong',
  'deadline-year-assumed': 'the deadline gives no year: the document year was assumed',
  'deadline-unparsed': 'a deadline was written but is not a date or a recurrence vanban reads',
  'deadline-inherited': 'the deadline was taken from a parent row or group, not written on the task',
  'deadline-repaired': 'the deadline was repaired from damaged text and may be wrong',
  'ocr-low-confidence': 'the text comes from OCR lines of low confidence',
  'text-repaired': 'the diacritic repair changed the task text',
  'text-missing': 'the task has no text of its own',
  'id-generated': 'no number was printed: the id was generated',
  'id-repeated': 'the printed number repeats an earlier one',
  'marker-ambiguous': 'a list marker was printed twice or out of order: its id was adjusted'
} as const satisfies Record<string, string>

export type WarningCode = keyof typeof warningCodes

/** One warning on a task: a fixed `code` (see `warningCodes`) and a message for people. */
export const warningSchema = z.object({
  code: z.enum(Object.keys(warningCodes) as [WarningCode, ...WarningCode[]]),
  message: z.string()
})
export type TaskWarning = z.infer<typeof warningSchema>

/**
 * A record is a `task` (work assigned to someone) or a `group`: a heading that
 * gathers tasks without assigning one itself (`2. Chỉ đạo, điều hành …`). Groups
 * are emitted so that every `parent` names a record of the same output.
 */
export const taskKinds = ['task', 'group'] as const
export type TaskKind = (typeof taskKinds)[number]

/**
 * One task, the record vanban exports. Field names and order are a contract
 * (CSV columns follow this order).
 */
export const taskSchema = z.object({
  file: z.string(),
  id: z.string().min(1),
  kind: z.enum(taskKinds),
  parent: z.string().nullable(),
  text: z.string(),
  owner: z.string().nullable(),
  coordinators: z.array(z.string()),
  deadlineText: z.string().nullable(),
  due: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).nullable(),
  recurrence: z.string().nullable(),
  result: z.string().nullable(),
  page: z.number().int().positive().nullable(),
  warnings: z.array(warningSchema),
  /** With the `explain` option: the ids of the rules that produced the record, in order. */
  rules: z.array(z.string()).optional()
})
export type Task = z.infer<typeof taskSchema>

/** Column order of every tabular export. */
export const taskFields = [
  'file',
  'id',
  'kind',
  'parent',
  'text',
  'owner',
  'coordinators',
  'deadlineText',
  'due',
  'recurrence',
  'result',
  'page',
  'warnings'
] as const satisfies ReadonlyArray<keyof Task>

/** JSON Schema (draft 2020-12) of one task record, for consumers outside TypeScript. */
export function taskJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(taskSchema) as Record<string, unknown>
}
