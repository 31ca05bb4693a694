// The API reference (TypeDoc over every package's public entry point) builds without a
// warning: an export missing its type, a broken {@link}, a type used but not exported.
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {Application, LogLevel} from 'typedoc'
import {expect, test} from 'vitest'

const root = path.resolve(import.meta.dirname, '..')

test('pnpm docs builds the API reference with no warnings', async () => {
  const out = fs.mkdtempSync(path.join(os.tmpdir(), 'vanban-api-'))
  const messages: string[] = []
  try {
    const app = await Application.bootstrapWithPlugins({options: path.join(root, 'typedoc.json'), out, logLevel: LogLevel.Warn})
    app.logger.log = (message: string, level: LogLevel) => {
      if (level >= LogLevel.Warn) messages.push(String(message))
    }
    const project = await app.convert()
    expect(messages).toEqual([])
    expect(project).toBeDefined()
    app.validate(project!)
    await app.generateDocs(project!, out)
    expect(messages).toEqual([])
    const modules = project!.children!.map((child) => child.name).sort()
    expect(modules).toEqual(expect.arrayContaining(['core/src', 'tasks/src', 'export/src', 'ingest/src', 'normalize/src']))
    expect(fs.existsSync(path.join(out, 'index.html'))).toBe(true)
  } finally {
    fs.rmSync(out, {recursive: true, force: true})
  }
}, 180_000)
