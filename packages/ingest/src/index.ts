export {readDocument, supportedExtensions} from './read-document.ts'
export type {ReadOptions} from './read-document.ts'
