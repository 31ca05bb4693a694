export {readDocument, supportedExtensions} from './read-document.ts'
export {closeOcr} from './ocr/ocr-pool.ts'
export type {ReadOptions} from './read-document.ts'
