// A light entry: starting the PDF parse thread loads nothing else of the package (no zod).
export {startParseThread as startPdfReader} from './pdf/thread-pool.ts'
