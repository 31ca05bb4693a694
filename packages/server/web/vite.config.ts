import path from 'node:path'
import {defineConfig} from 'vite'

// The page is built into ../web-dist, which the server serves and the package ships.
// Built at install (the package's `prepare`), so a fresh clone needs no network at run time.
export default defineConfig({
  root: import.meta.dirname,
  base: '/',
  logLevel: 'warn',
  build: {
    outDir: path.join(import.meta.dirname, '../web-dist'),
    emptyOutDir: true,
    target: 'es2022',
    // pdf.js is a chunk of its own, loaded when a PDF's page is first shown.
    chunkSizeWarningLimit: 1500
  }
})
