export {normalizeDocument} from './normalize-document.ts'
export type {NormalizeOptions} from './normalize-document.ts'
