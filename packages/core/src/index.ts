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
  taskKinds,
  taskSchema,
  textBlockSchema,
  warningCodes,
  warningSchema
} from './schema.ts'
export type {
  Block,
  Deadline,
  Page,
  Provenance,
  TableBlock,
  TableRow,
  Task,
  TaskKind,
  TaskWarning,
  TextBlock,
  WarningCode,
  VanbanDocument
} from './schema.ts'
export {InputError, PasswordError, UnsupportedInputError, ValidationError, VanbanError} from './errors.ts'
