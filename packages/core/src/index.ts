export {
  blockSchema,
  deadlineSchema,
  documentSchema,
  pageSchema,
  provenanceSchema,
  tableBlockSchema,
  tableRowSchema,
  taskFields,
  taskJsonSchema,
  taskSchema,
  textBlockSchema
} from './schema.ts'
export type {
  Block,
  Deadline,
  Page,
  Provenance,
  TableBlock,
  TableRow,
  Task,
  TextBlock,
  VanbanDocument
} from './schema.ts'
export {InputError, PasswordError, UnsupportedInputError, ValidationError, VanbanError} from './errors.ts'
