import path from 'node:path'
import {defineConfig} from 'vitest/config'

// Tests run the TypeScript sources, never a stale `dist`: the packages'
// `exports` point plain node at the compiled output.
const alias = [
  {find: /^@vanban\/([a-z]+)$/, replacement: path.join(import.meta.dirname, 'packages/$1/src/index.ts')},
  // A package's second entry (`@vanban/ingest/pdf-reader`): its src file of that name.
  {find: /^@vanban\/([a-z]+)\/([a-z-]+)$/, replacement: path.join(import.meta.dirname, 'packages/$1/src/$2.ts')}
]

// Two projects: `unit` holds the pure packages' tests (strings and blocks in, no pdfjs, no
// workers, no processes) and runs in seconds; `e2e` holds whatever reads real files through
// ingest (PDF, OCR), runs the CLI or a server. `vitest run --project unit` while editing rules.
const pure = '{core,layout,normalize,tasks,export}'
// Every other package (a new one joins here).
const system = '{ingest,batch,queue,cli,server}'

export default defineConfig({
  resolve: {alias},
  test: {
    testTimeout: 60_000,
    hookTimeout: 60_000,
    pool: 'forks',
    projects: [
      {
        resolve: {alias},
        test: {
          name: 'unit',
          include: [`packages/${pure}/test/**/*.test.ts`, 'test/support/**/*.test.ts'],
          exclude: ['**/*.e2e.test.ts', '**/node_modules/**']
        }
      },
      {
        resolve: {alias},
        test: {
          name: 'e2e',
          include: ['packages/*/test/**/*.e2e.test.ts', `packages/${system}/test/**/*.test.ts`, 'test/**/*.test.ts'],
          exclude: ['test/support/**', '**/node_modules/**'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
          pool: 'forks'
        }
      }
    ]
  }
})
