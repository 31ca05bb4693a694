/**
 * Reads one file with the compiled ingest (`npx tsc -b tsconfig.build.json` first) and prints what
 * came back or the error, and the seconds: run under `/usr/bin/time -v` to see a hostile file's
 * time and peak memory (packages/ingest/README.md, Limits). Options as JSON:
 * `node scripts/read-one.mjs fixtures/bad/flate-bomb.pdf '{"maxStreamBytes": 1e6}'`.
 */
import {closeOcr, readDocument} from '../packages/ingest/dist/index.js'

const [file, options = '{}'] = process.argv.slice(2)
const started = performance.now()
try {
  const doc = await readDocument(file, JSON.parse(options))
  const warnings = [...doc.warnings, ...doc.pages.flatMap((page) => page.warnings ?? [])]
  console.log(`read: ${doc.pages.length} pages, ${doc.blocks.length} blocks, ${warnings.length} warnings${warnings.length > 0 ? `; first: ${warnings[0]}` : ''}`)
} catch (error) {
  console.log(`${error.name} ${error.code ?? ''}: ${error.message}`)
}
console.log(`seconds: ${((performance.now() - started) / 1000).toFixed(2)}`)
await closeOcr()
