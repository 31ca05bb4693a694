/**
 * Whole-process timings of issue 16, as a user meets them: each figure is a
 * fresh `node` process (start-up, module loading and the restart included),
 * the two sides interleaved after a warm-up round, medians and their ratio.
 * Needs the build (`pnpm build`).
 *
 *   node scripts/bench-whole.mjs [--only text,batch] [--runs 7] [--files 2000] [--before DIR]
 *
 * text   `vanban tasks` on the 83-page nq71 PDF against a bare pdf.js script
 *        (this file with `--bare FILE`: getTextContent of every page, pdf.js
 *        loaded the way vanban loads it). Target ≤ 1.4×.
 * batch  2,000 small notices (the test notices as .md/.txt, copied round) with
 *        `--out DIR` against the same batch to stdout. Target ≤ 1.5×.
 *
 * --before DIR  also runs the vanban of another checkout (built), e.g. a copy of
 *               the previous commit, in the same interleaved rounds of `text`:
 *               a change measured against its parent under the same load.
 *               Repeatable: several variants in the same rounds.
 *
 * Wall time is the figure; CPU time (user + system, from the kernel's
 * accounting of the finished child) is printed beside it, since on a shared
 * machine a busy neighbour moves wall time much more than CPU time. The header
 * gives the load average and, where Linux has it, the share of the last 10 s
 * in which some task waited for a CPU (/proc/pressure/cpu): above a few per
 * cent the machine was not quiet and the wall figures are not comparable.
 * Each round also measures how much CPU other processes took while its runs
 * went (/proc/stat's busy time less the run's own), and the figures are given
 * again over the quiet rounds alone, where others took under a tenth.
 */
import {spawnSync} from 'node:child_process'
import {copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync} from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {parseArgs} from 'node:util'

const root = path.resolve(import.meta.dirname, '..')
const cli = path.join(root, 'packages/cli/dist/bin.js')
const self = path.join(root, 'scripts/bench-whole.mjs')

const {values: flags} = parseArgs({options: {only: {type: 'string', default: 'text,batch'}, runs: {type: 'string', default: '7'}, files: {type: 'string', default: '2000'}, bare: {type: 'string'}, before: {type: 'string', multiple: true}}})

if (flags.bare) {
  // The reference: pdf.js alone, as vanban loads it (minified build, engine functions restored).
  const {loadPdfjs} = await import(path.join(root, 'packages/ingest/dist/pdf/pdfjs.js'))
  const pdfjs = await loadPdfjs()
  const pdf = await pdfjs.getDocument({data: new Uint8Array(readFileSync(flags.bare)), isEvalSupported: false, disableFontFace: true, useSystemFonts: false}).promise
  for (let i = 1; i <= pdf.numPages; i++) {
    const page = await pdf.getPage(i)
    await page.getTextContent()
    page.cleanup()
  }
  await pdf.destroy()
  process.exit(0)
}

const runs = Math.max(1, Number(flags.runs))
const stages = new Set(flags.only.split(','))
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b)
  const m = Math.floor(s.length / 2)
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2
}

/**
 * CPU seconds of the children waited for so far, theirs included (cutime + cstime of
 * /proc/self/stat, in clock ticks of 1/100 s on Linux); NaN elsewhere.
 */
const childCpu = () => {
  try {
    const fields = readFileSync('/proc/self/stat', 'utf8').split(') ')[1].split(' ')
    return (Number(fields[13]) + Number(fields[14])) / 100
  } catch {
    return Number.NaN
  }
}

/** CPU seconds the whole machine has spent busy (all but idle and iowait in /proc/stat); NaN elsewhere. */
const machineCpu = () => {
  try {
    const [user, nice, system, , , irq, softirq, steal] = readFileSync('/proc/stat', 'utf8').split('\n')[0].split(/\s+/).slice(1).map(Number)
    return (user + nice + system + irq + softirq + steal) / 100
  } catch {
    return Number.NaN
  }
}

/**
 * One whole process: wall seconds, CPU seconds, and the share of the machine's
 * CPUs that other processes used meanwhile (0 on a quiet machine).
 */
function run(args, options = {}) {
  const cpu = childCpu()
  const busy = machineCpu()
  const start = performance.now()
  const result = spawnSync(process.execPath, args, {cwd: root, stdio: ['ignore', 'ignore', 'pipe'], ...options})
  const wall = (performance.now() - start) / 1000
  if (result.status !== 0) throw new Error(`node ${args.join(' ')} exited with ${result.status}: ${result.stderr}`)
  const own = childCpu() - cpu
  return {wall, cpu: own, others: Math.max(0, machineCpu() - busy - own) / (wall * os.cpus().length)}
}

/** A round whose runs left this much of the CPUs, or more, to other processes is not a quiet one. */
const quietShare = 0.1

/** Share of the last 10 s in which some task waited for a CPU, e.g. `3.2%`; null without PSI. */
const cpuPressure = () => {
  try {
    return `${readFileSync('/proc/pressure/cpu', 'utf8').match(/^some avg10=([\d.]+)/)[1]}%`
  } catch {
    return null
  }
}

/**
 * Interleaved rounds of named commands after one warm-up round; prints medians and the ratio of
 * each later one to the first, over all rounds and over the quiet ones (other processes used
 * less than a tenth of the CPUs during each run of the round), and each round's busiest share.
 */
function compare(title, sides, target, between = () => {}) {
  const samples = sides.map(() => ({wall: [], cpu: []}))
  const othersByRound = []
  for (let r = 0; r <= runs; r++) {
    let others = 0
    sides.forEach(([, args], k) => {
      between()
      const sample = run(args)
      others = Math.max(others, sample.others)
      if (r > 0) {
        samples[k].wall.push(sample.wall)
        samples[k].cpu.push(sample.cpu)
      }
    })
    if (r > 0) othersByRound.push(others)
  }
  const quiet = othersByRound.map((share, r) => (share < quietShare ? r : -1)).filter((r) => r >= 0)
  const pick = (xs) => quiet.map((r) => xs[r])
  console.log(title)
  console.log(`  other processes' share of the CPUs, per round: ${othersByRound.map((share) => `${Math.round(share * 100)}%`).join(' ')} (${quiet.length} quiet rounds)`)
  sides.forEach(([name], k) => {
    const quietFigures = quiet.length > 0 ? `;  quiet: ${median(pick(samples[k].wall)).toFixed(2).padStart(5)} s wall ${median(pick(samples[k].cpu)).toFixed(2).padStart(5)} s CPU` : ''
    console.log(`  ${name.padEnd(34)} ${median(samples[k].wall).toFixed(2).padStart(7)} s wall  ${median(samples[k].cpu).toFixed(2).padStart(7)} s CPU${quietFigures}`)
  })
  for (let k = 1; k < samples.length; k++) {
    const ratio = median(samples[k].wall) / median(samples[0].wall)
    const ratios = samples[k].wall.map((w, r) => (w / samples[0].wall[r]).toFixed(2)).join(' ')
    const name = samples.length > 2 ? `${sides[k][0]}: ` : ''
    const quietRatio = quiet.length > 0 ? `; quiet rounds ${(median(pick(samples[k].wall)) / median(pick(samples[0].wall))).toFixed(2)}× wall` : ''
    console.log(`  ${name}ratio ${ratio.toFixed(2)}× wall (target ${target}), ${(median(samples[k].cpu) / median(samples[0].cpu)).toFixed(2)}× CPU${quietRatio}; per round: ${ratios}`)
  }
}

const pressure = cpuPressure()
console.log(`node ${process.version}, ${os.cpus().length} cores, load ${os.loadavg()[0].toFixed(1)}${pressure ? `, CPU pressure ${pressure}` : ''}, medians of ${runs} rounds after a warm-up\n`)

if (stages.has('text')) {
  const file = path.join(root, 'fixtures/nq71-2025-action-program.pdf')
  const before = (flags.before ?? []).map((dir) => [`vanban tasks FILE (${path.basename(path.resolve(dir))})`, [path.resolve(dir, 'packages/cli/dist/bin.js'), 'tasks', file]])
  compare('text: the 83-page nq71 PDF, whole processes', [['bare pdf.js script', [self, '--bare', file]], ...before, ['vanban tasks FILE > /dev/null', [cli, 'tasks', file]]], '≤ 1.4×')
}

if (stages.has('batch')) {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'vanban-bench-batch-'))
  try {
    const input = path.join(dir, 'in')
    mkdirSync(input)
    const from = (folder, pattern) => readdirSync(path.join(root, folder)).filter((name) => pattern.test(name)).sort().map((name) => path.join(root, folder, name))
    const sources = [...from('packages/tasks/test/dispatches', /\.md$/), ...from('packages/tasks/test/notices', /\.(md|txt)$/)]
    const files = Number(flags.files)
    for (let k = 0; k < files; k++) {
      const source = sources[k % sources.length]
      copyFileSync(source, path.join(input, `${String(k).padStart(4, '0')}-${path.basename(source)}`))
    }
    const out = path.join(dir, 'out')
    compare(`batch: ${files} small notices, whole processes`, [['vanban tasks DIR > /dev/null', [cli, 'tasks', input, '--quiet']], ['vanban tasks DIR --out OUT', [cli, 'tasks', input, '--out', out, '--quiet']]], '≤ 1.5×', () => rmSync(out, {recursive: true, force: true}))
  } finally {
    rmSync(dir, {recursive: true, force: true})
  }
}
