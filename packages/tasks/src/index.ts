export {extractTasks} from './extract-tasks.ts'
export type {ExtractOptions} from './extract-tasks.ts'
