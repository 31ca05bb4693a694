// Prints vitest's result as the plain closing line CI reads: 'tests: N passed, N failed, N skipped'.
import {readFileSync} from 'node:fs'

const file = process.argv[2] ?? 'node_modules/.vitest-results.json'
const r = JSON.parse(readFileSync(file, 'utf8'))
console.log(`tests: ${r.numPassedTests} passed, ${r.numFailedTests} failed, ${r.numPendingTests + r.numTodoTests} skipped`)
process.exit(r.numFailedTests > 0 || r.numFailedTestSuites > 0 ? 1 : 0)
