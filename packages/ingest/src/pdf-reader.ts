// A light entry: starting the PDF parse thread, or a PDF's parse, loads nothing else of the
// package first (no zod): the parse loads the rest while the thread loads pdf.js.
export {startParseThread as startPdfReader} from './pdf/thread-pool.ts'
export {readPdfAhead} from './pdf/parse-ahead.ts'
