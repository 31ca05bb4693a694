import path from 'node:path'
import {defineConfig} from 'vitest/config'

export default defineConfig({
  resolve: {
    // Tests run the TypeScript sources, never a stale `dist`: the packages'
    // `exports` point plain node at the compiled output.
    alias: [{find: /^@vanban\/([a-z]+)$/, replacement: path.join(import.meta.dirname, 'packages/$1/src/index.ts')}]
  },
  test: {
    include: ['packages/*/test/**/*.test.ts', 'test/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    pool: 'forks'
  }
})
