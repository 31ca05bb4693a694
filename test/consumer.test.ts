// The packages as a developer outside this repository gets them: every package packed with
// pnpm (as `pnpm publish` would), unpacked into a scratch project's node_modules, the README
// examples compiled there under `strict` + `nodenext`, and the library used from ES modules
// and from CommonJS. Offline: each package's third-party dependencies are linked from the
// workspace install (the versions its lockfile chose), the @vanban ones are the tarballs.
import {execFile} from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {promisify} from 'node:util'
import {afterAll, beforeAll, describe, expect, test} from 'vitest'

const run = promisify(execFile)
const root = path.resolve(import.meta.dirname, '..')
const packages = fs.readdirSync(path.join(root, 'packages')).filter((name) => fs.existsSync(path.join(root, 'packages', name, 'package.json'))).sort()
const pnpm = (args: string[], cwd: string) => run('npx', ['--yes', 'pnpm@10.34.8', ...args], {cwd})
const tsc = path.join(root, 'node_modules', 'typescript', 'bin', 'tsc')

/** The ```ts blocks of a README, in order. */
export function codeBlocks(markdown: string): string[] {
  return [...markdown.matchAll(/^```ts\n([\s\S]*?)^```$/gm)].map((match) => match[1]!)
}

let scratch: string
beforeAll(async () => {
  scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'vanban-consumer-'))
  const packs = path.join(scratch, 'packs')
  const modules = path.join(scratch, 'node_modules')
  fs.mkdirSync(packs)
  fs.mkdirSync(path.join(modules, '@vanban'), {recursive: true})
  // The tarballs carry dist: build what changed since the last build (a no-op after install).
  await run(process.execPath, [tsc, '-b', path.join(root, 'tsconfig.build.json')], {cwd: root})
  await Promise.all(packages.map((name) => pnpm(['pack', '--pack-destination', packs], path.join(root, 'packages', name))))
  for (const name of packages) {
    const tarball = fs.readdirSync(packs).find((file) => file.startsWith(`vanban-${name}-`))!
    const into = path.join(scratch, 'unpacked', name)
    fs.mkdirSync(into, {recursive: true})
    await run('tar', ['-xzf', path.join(packs, tarball), '-C', into])
    const dir = path.join(modules, '@vanban', name)
    fs.renameSync(path.join(into, 'package'), dir)
    // Its dependencies as an install would lay them out: @vanban/* resolve to the unpacked
    // tarballs (hoisted above), everything else to the copy the workspace installed for it.
    const pkg = JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8')) as {dependencies?: Record<string, string>}
    for (const dep of Object.keys(pkg.dependencies ?? {})) {
      if (dep.startsWith('@vanban/')) continue
      const target = fs.realpathSync(path.join(root, 'packages', name, 'node_modules', dep))
      fs.mkdirSync(path.dirname(path.join(dir, 'node_modules', dep)), {recursive: true})
      fs.symlinkSync(target, path.join(dir, 'node_modules', dep), 'dir')
    }
  }
  fs.mkdirSync(path.join(modules, '@types'))
  fs.symlinkSync(fs.realpathSync(path.join(root, 'node_modules', '@types', 'node')), path.join(modules, '@types', 'node'), 'dir')
  fs.writeFileSync(path.join(scratch, 'package.json'), JSON.stringify({name: 'vanban-consumer', private: true}))
}, 300_000)
afterAll(() => {
  if (scratch) fs.rmSync(scratch, {recursive: true, force: true})
})

describe('packed packages in a project of their own', () => {
  test('each tarball carries built code, declarations, its LICENSE and no workspace: ranges', () => {
    for (const name of packages) {
      const dir = path.join(scratch, 'node_modules', '@vanban', name)
      const pkg = JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8')) as {exports: Record<string, {types: string}>; dependencies?: Record<string, string>; engines?: {node: string}}
      expect(pkg.exports['.']!.types, name).toBe('./dist/index.d.ts')
      expect(fs.existsSync(path.join(dir, 'dist', 'index.js')), name).toBe(true)
      expect(fs.existsSync(path.join(dir, 'dist', 'index.d.ts')), name).toBe(true)
      expect(fs.existsSync(path.join(dir, 'LICENSE')), name).toBe(true)
      expect(Object.values(pkg.dependencies ?? {}).filter((range) => range.startsWith('workspace:')), name).toEqual([])
      expect(pkg.engines?.node, name).toBe('>=20.19')
    }
  })

  test('every README example compiles under strict + nodenext', async () => {
    const examples = path.join(scratch, 'examples')
    fs.mkdirSync(examples)
    const written: string[] = []
    for (const name of ['', ...packages.map((p) => `packages/${p}/`)]) {
      const readme = path.join(root, name, 'README.md')
      if (!fs.existsSync(readme)) continue
      codeBlocks(fs.readFileSync(readme, 'utf8')).forEach((code, k) => {
        const file = path.join(examples, `${(name || 'root/').split('/').filter(Boolean).pop()}-${k + 1}.mts`)
        fs.writeFileSync(file, code.includes('export') || code.includes('import') ? code : `${code}\nexport {}\n`)
        written.push(file)
      })
    }
    // Every library package shows its use in code (the CLI's README shows commands).
    const shown = new Set(written.map((file) => path.basename(file).replace(/-\d+\.mts$/, '')))
    expect(packages.filter((name) => name !== 'cli' && !shown.has(name))).toEqual([])
    fs.writeFileSync(
      path.join(scratch, 'tsconfig.json'),
      JSON.stringify({
        compilerOptions: {strict: true, module: 'nodenext', moduleResolution: 'nodenext', target: 'es2022', lib: ['es2023'], types: ['node'], noEmit: true, skipLibCheck: true},
        include: ['examples']
      })
    )
    const output = await run(process.execPath, [tsc, '-p', scratch], {cwd: scratch}).then(
      () => '',
      (error: {stdout?: string}) => String(error.stdout ?? error)
    )
    expect(output).toBe('')
  }, 120_000)

  const notice = path.join(root, 'fixtures', 'bad', 'good-notice.md')
  const program = (load: string) => `${load}
    const doc = normalizeDocument(await readDocument(${JSON.stringify(notice)}))
    const tasks = extractTasks(doc)
    const csv = await formatTasks(tasks, {format: 'csv'})
    console.log(JSON.stringify({tasks: tasks.length, csvLines: csv.trim().split('\\n').length}))`

  test('runs from an ES module', async () => {
    const file = path.join(scratch, 'run.mjs')
    fs.writeFileSync(file, program(`import {readDocument} from '@vanban/ingest'
      import {normalizeDocument} from '@vanban/normalize'
      import {extractTasks} from '@vanban/tasks'
      import {formatTasks} from '@vanban/export'`))
    const result = JSON.parse((await run(process.execPath, [file], {cwd: scratch})).stdout) as {tasks: number; csvLines: number}
    expect(result.tasks).toBeGreaterThan(0)
    expect(result.csvLines).toBe(result.tasks + 1)
  }, 60_000)

  test('runs from CommonJS (require of the ES modules, Node ≥ 20.19)', async () => {
    const file = path.join(scratch, 'run.cjs')
    fs.writeFileSync(file, `(async () => {${program(`const {readDocument} = require('@vanban/ingest')
      const {normalizeDocument} = require('@vanban/normalize')
      const {extractTasks} = require('@vanban/tasks')
      const {formatTasks} = require('@vanban/export')`)}})()`)
    const result = JSON.parse((await run(process.execPath, [file], {cwd: scratch})).stdout) as {tasks: number; csvLines: number}
    expect(result.tasks).toBeGreaterThan(0)
  }, 60_000)
})
