// The pure packages in a browser: an entry importing @vanban/normalize, @vanban/tasks and
// @vanban/export bundles for the browser platform (no `node:` module reachable; normalize's
// `browser` condition carries the repair model as data), and in Chromium the bundle repairs a
// broken line, finds the task of a notice and writes it as CSV.
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {build} from 'esbuild'
import {chromium} from 'playwright-core'
import {expect, test} from 'vitest'
import {chromiumArgs, chromiumPath, skipWithoutChromium} from './support/chromium.ts'

const root = path.resolve(import.meta.dirname, '..')

test.skipIf(skipWithoutChromium)('normalize + tasks + export bundle for the browser and run in Chromium', async () => {
  const result = await build({
    stdin: {
      contents: "export {normalizeText} from '@vanban/normalize'\nexport {extractTasks} from '@vanban/tasks'\nexport {formatTasks} from '@vanban/export'\n",
      resolveDir: root,
      loader: 'ts'
    },
    bundle: true,
    platform: 'browser',
    format: 'iife',
    globalName: 'vanban',
    write: false,
    metafile: true,
    logLevel: 'silent',
    // The packages as published (their exports, the compiled dist), not the workspace's source paths.
    tsconfigRaw: {}
  })
  expect(result.errors).toEqual([])
  const imports = Object.values(result.metafile.inputs).flatMap((input) => input.imports.map((i) => i.path))
  expect(imports.filter((p) => p.startsWith('node:'))).toEqual([])
  const bundle = result.outputFiles[0]!.text

  if (!fs.existsSync(chromiumPath)) throw new Error(`no Chromium at ${chromiumPath}: apt-get install chromium (or set CHROMIUM_PATH)`)
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'vanban-bundle-'))
  const context = await chromium.launchPersistentContext(profile, {executablePath: chromiumPath, args: chromiumArgs, headless: true})
  try {
    const page = context.pages()[0] ?? (await context.newPage())
    await page.setContent('<!doctype html><meta charset="utf-8"><title>vanban</title>')
    await page.addScriptTag({content: bundle})
    const out = await page.evaluate(async () => {
      const v = (globalThis as unknown as {vanban: {normalizeText: (t: string, o?: object) => string; extractTasks: (d: unknown) => Array<{id: string; owner: string | null; due: string | null}>; formatTasks: (t: unknown[], o?: object) => Promise<string>}}).vanban
      const repaired = v.normalizeText('Bo Khoa hoc va Cong nghe chu tri, phoi hop voi Bo Tai chinh', {repair: 'always'})
      const provenance = (n: number) => ({page: null, lineStart: n, lineEnd: n, source: 'text'})
      const doc = {
        file: 'browser.md',
        pages: [],
        warnings: [],
        blocks: [
          {kind: 'heading', text: 'PHỤ LỤC', provenance: provenance(1)},
          {kind: 'list-item', text: '1. Bộ Tài chính chủ trì, phối hợp với Bộ Nội vụ rà soát, hoàn thành trong quý II/2026.', provenance: provenance(2)}
        ]
      }
      const tasks = v.extractTasks(doc)
      return {repaired, tasks: tasks.map((t) => [t.id, t.owner, t.due]), csv: await v.formatTasks(tasks, {format: 'csv', bom: false})}
    })
    expect(out.repaired).toBe('Bộ Khoa học và Công nghệ chủ trì, phối hợp với Bộ Tài chính')
    expect(out.tasks).toEqual([['1', 'Bộ Tài chính', '2026-06-30']])
    expect(out.csv.split('\r\n')[0]).toMatch(/^file,id,kind,parent,text,owner/)
    expect(out.csv).toContain('Bộ Tài chính')
  } finally {
    await context.close()
    fs.rmSync(profile, {recursive: true, force: true})
  }
}, 120_000)
