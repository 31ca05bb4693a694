/**
 * The parts of `pnpm bench` that must run the way users run vanban: plain node
 * on the compiled packages (`dist`, what `pnpm vanban` and the published
 * packages load), one clean process per figure. `scripts/bench.ts` starts it;
 * it prints one JSON line.
 *
 *   node scripts/bench-child.mjs text FILE RUNS   bare pdfjs and vanban, interleaved
 *   node scripts/bench-child.mjs rss FILE [JOBS]  the `vanban tasks` command, in the environment the
 *                                               command gives itself (malloc-env.ts); peak RSS
 *
 * Plain JavaScript on purpose: under tsx, Node's ESM hooks keep a copy of every
 * module's source, which adds more than 100 MB for pdfjs alone.
 */
import {mkdtempSync, readFileSync, rmSync} from 'node:fs'
import os from 'node:os'
import path from 'node:path'

const [mode, file, arg] = process.argv.slice(2)

/**
 * This process's peak RSS. On Linux from VmHWM, the high-water mark of this
 * program's own memory map: getrusage's maxrss also keeps the peak of the
 * process it was forked from before exec (the bench itself, hundreds of MB
 * after the scan stage), which made earlier figures too high.
 */
function peakRssMB() {
  try {
    const hwm = /^VmHWM:\s+(\d+)\s+kB/m.exec(readFileSync('/proc/self/status', 'utf8'))
    if (hwm) return Number(hwm[1]) / 1024
  } catch {}
  return process.resourceUsage().maxRSS / 1024
}
const root = path.resolve(import.meta.dirname, '..')

if (mode === 'text') {
  const runs = Number(arg ?? 5)
  const {readDocument} = await import('@vanban/ingest')
  const {normalizeDocument} = await import('@vanban/normalize')
  const {extractTasks} = await import('@vanban/tasks')
  const {formatTasks} = await import('@vanban/export')
  // vanban's own loader, so both sides run pdfjs with the engine's own Array/JSON functions.
  const {loadPdfjs} = await import(path.join(root, 'packages/ingest/dist/pdf/pdfjs.js'))
  const pdfjs = await loadPdfjs()
  const data = readFileSync(file)
  let pages = 0
  const bare = async () => {
    const pdf = await pdfjs.getDocument({data: new Uint8Array(data), isEvalSupported: false, disableFontFace: true, useSystemFonts: false}).promise
    pages = pdf.numPages
    for (let i = 1; i <= pdf.numPages; i++) {
      const page = await pdf.getPage(i)
      await page.getTextContent()
      page.cleanup()
    }
    await pdf.destroy()
  }
  const vanban = async () => {
    const doc = normalizeDocument(await readDocument(file, {ocr: 'never'}))
    await formatTasks(extractTasks(doc), {format: 'csv'})
  }
  const samples = {bare: [], vanban: [], bareCpu: [], vanbanCpu: []}
  // Interleaved, after one warm-up round: a load that comes and goes on the
  // shared machine then falls on both sides alike.
  for (let r = 0; r <= runs; r++) {
    for (const [name, fn] of [['bare', bare], ['vanban', vanban]]) {
      const start = performance.now()
      const cpu = process.cpuUsage()
      await fn()
      const used = process.cpuUsage(cpu)
      if (r === 0) continue
      samples[name].push((performance.now() - start) / 1000)
      samples[name + 'Cpu'].push((used.user + used.system) / 1e6)
    }
  }
  console.log(JSON.stringify({pages, ...samples}))
} else if (mode === 'rss') {
  // The environment the `vanban` command gives its working process (bin.ts restarts itself with it).
  const {tunedEnvironment} = await import(path.join(root, 'packages/cli/dist/malloc-env.js'))
  const env = tunedEnvironment(process.env)
  if (env !== null) {
    const {spawnSync} = await import('node:child_process')
    const again = spawnSync(process.execPath, process.argv.slice(1), {env, stdio: 'inherit'})
    process.exit(again.status ?? 1)
  }
  const out = mkdtempSync(path.join(os.tmpdir(), 'vanban-bench-rss-'))
  try {
    const {runCli} = await import(path.join(root, 'packages/cli/dist/run-cli.js'))
    const status = await runCli(['tasks', file, '--out', path.join(out, 'tasks.csv'), '--quiet', '--jobs', arg ?? '2'], {
      stdout: process.stdout,
      stderr: process.stderr,
      isTTY: false,
      env: process.env,
      handleSignals: false
    })
    if (status !== 0) throw new Error(`vanban tasks ${file} exited with ${status}`)
  } finally {
    rmSync(out, {recursive: true, force: true})
  }
  console.log(JSON.stringify({maxRssMB: peakRssMB()}))
  process.exit(0)
} else {
  console.error('usage: node scripts/bench-child.mjs text FILE RUNS | rss FILE [JOBS]')
  process.exit(2)
}
