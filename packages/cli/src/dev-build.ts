import {spawnSync} from 'node:child_process'
import {existsSync, readdirSync, statSync, utimesSync} from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'

/**
 * Run through pnpm in a clone of the vanban repository (`pnpm vanban …`), rebuilds the
 * packages with `tsc -b` when a source is newer than its package's build, so
 * the command never runs stale code; elsewhere (an installed package, the
 * sources under tsx) it does nothing. The check stats the sources, about
 * 200 files: a few milliseconds, where `tsc -b` on every call cost 0.85 s.
 * The compiler's output goes to stderr, keeping stdout for the command.
 */
export function rebuildIfStale(): void {
  if (!process.env.npm_config_user_agent?.startsWith('pnpm/')) return
  const here = fileURLToPath(import.meta.url)
  if (!here.endsWith('.js')) return
  const root = path.resolve(path.dirname(here), '../../..')
  const config = path.join(root, 'tsconfig.build.json')
  if (!existsSync(config) || !existsSync(path.join(root, 'pnpm-workspace.yaml'))) return
  const stale = stalePackages(path.join(root, 'packages'))
  if (stale.length === 0) return
  const tsc = path.join(root, 'node_modules/typescript/bin/tsc')
  const build = spawnSync(process.execPath, [tsc, '-b', config], {cwd: root, stdio: ['ignore', 2, 2]})
  if (build.status !== 0) {
    process.stderr.write(`vanban: the build of ${stale.map((dir) => path.basename(dir)).join(', ')} failed (see above)\n`)
    process.exit(1)
  }
  // tsc leaves an output alone when a source was touched without a change: mark it current.
  const now = new Date()
  for (const dir of stale) {
    try {
      utimesSync(path.join(dir, 'dist/.tsbuildinfo'), now, now)
    } catch {
      // No build info (a package without outputs): checked again next time, harmless.
    }
  }
}

/** Package folders whose newest source (src/, package.json, tsconfig) is newer than their build. */
function stalePackages(packagesDir: string): string[] {
  const stale: string[] = []
  for (const name of readdirSync(packagesDir)) {
    const dir = path.join(packagesDir, name)
    if (!existsSync(path.join(dir, 'tsconfig.build.json'))) continue
    const built = statSync(path.join(dir, 'dist/.tsbuildinfo'), {throwIfNoEntry: false})?.mtimeMs ?? 0
    const sources = ['package.json', 'tsconfig.build.json', ...readdirSync(path.join(dir, 'src'), {recursive: true}).map((file) => path.join('src', String(file)))]
    if (sources.some((file) => statSync(path.join(dir, file)).mtimeMs > built)) stale.push(dir)
  }
  return stale
}
