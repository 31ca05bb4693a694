import {taskFields} from '@vanban/core'
import {expect, test} from 'vitest'
import {runVanban} from './support.ts'

test.each([
  [['--help'], 'Usage: vanban <command> [options]', ['text <file>', 'tasks <files or folders...>', 'schema', 'train', '--version']],
  [['help'], 'Usage: vanban <command> [options]', []],
  [['text', '--help'], 'Usage: vanban text <file> [options]', ['--repair', '--ocr', '--password', '--max-pages', '--page-timeout', '--jobs', '--verbose']],
  [['tasks', '-h'], 'Usage: vanban tasks <files or folders...> [options]', [
    '--format csv|json|jsonl', '--out PATH', '--combine FILE', '--no-bom', '--resume', '--jobs N', '--max-pages N',
    '--page-timeout SEC', '--password P', '--repair', '--ocr', '--allow-failures', '--quiet', '--verbose'
  ]],
  [['schema', '--help'], 'Usage: vanban schema', []],
  [['train', '--help'], 'Usage: vanban train <files or folders...> --out model.json', ['--out FILE', '--min-count N', '--quiet']]
])('vanban %j prints its help on stdout and exits 0', async (argv, usage, mentions) => {
  const run = await runVanban(argv)
  expect(run.status).toBe(0)
  expect(run.stderr).toBe('')
  expect(run.stdout.startsWith(usage)).toBe(true)
  for (const mention of mentions) expect(run.stdout).toContain(mention)
  // Fits an 80-column terminal.
  for (const line of run.stdout.split('\n')) expect(line.length).toBeLessThanOrEqual(80)
})

test('--version prints the package version', async () => {
  const run = await runVanban(['--version'])
  expect(run).toEqual({status: 0, stdout: '0.1.0\n', stderr: ''})
})

test('no command: the help on stderr, exit 2', async () => {
  const run = await runVanban([])
  expect(run.status).toBe(2)
  expect(run.stderr).toContain('Usage: vanban')
})

test.each([
  [['frobnicate'], 'vanban: unknown command "frobnicate" (see `vanban --help`)'],
  [['tasks'], 'vanban: give at least one file or folder (see `vanban tasks --help`)'],
  [['tasks', 'a.pdf', '--bogus'], "vanban: Unknown option '--bogus' (see `vanban tasks --help`)"],
  [['tasks', 'a.pdf', '--format', 'xml'], 'vanban: --format must be one of csv, json, jsonl, xlsx (got "xml") (see `vanban tasks --help`)'],
  [['tasks', 'a.pdf', '--jobs', '0'], 'vanban: --jobs must be a positive whole number (got "0") (see `vanban tasks --help`)'],
  [['tasks', 'a.pdf', '--resume'], 'vanban: --resume needs --out <folder> (the manifest of finished files lives there) (see `vanban tasks --help`)'],
  [['tasks', 'a.pdf', '--out', 'x.csv', '--format', 'json'], 'vanban: --format json does not match the output file x.csv (see `vanban tasks --help`)'],
  [['text'], 'vanban: give one file (see `vanban text --help`)'],
  [['text', 'a.md', 'b.md'], 'vanban: give one file only (use `vanban tasks` for several) (see `vanban text --help`)'],
  [['schema', 'extra'], 'vanban: schema takes no arguments (see `vanban schema --help`)'],
  [['tasks', 'a.pdf', '--max-file-mb', '0'], 'vanban: --max-file-mb must be a positive number (got "0") (see `vanban tasks --help`)'],
  [['tasks', 'a.pdf', '--ocr-engine', 'gpu'], 'vanban: --ocr-engine must be one of auto, wasm, native (got "gpu") (see `vanban tasks --help`)'],
  [['tasks', '-', '-'], 'vanban: standard input (-) can be read once only (see `vanban tasks --help`)'],
  [['tasks', 'a.md', '--name', 'x.md'], 'vanban: --name names standard input: give - as an input (see `vanban tasks --help`)'],
  [['tasks', 'a.md', '--out', '-', '--combine', 'all.csv'], 'vanban: --out - already writes every task to standard output; drop --combine (see `vanban tasks --help`)'],
  [['tasks', 'a.md', '--combine', '-'], 'vanban: --combine - needs --out <folder> (without --out the tasks go to standard output anyway) (see `vanban tasks --help`)'],
  [['tasks', 'a.md', '--agencies', '/nonexistent/agencies.txt'], 'vanban: --agencies /nonexistent/agencies.txt: cannot read the file (ENOENT) (see `vanban tasks --help`)']
])('usage error %j → one line, exit 2', async (argv, message) => {
  const run = await runVanban(argv)
  expect(run).toEqual({status: 2, stdout: '', stderr: message + '\n'})
})

test('schema prints the JSON Schema of a task record', async () => {
  const run = await runVanban(['schema'])
  expect(run.status).toBe(0)
  const schema = JSON.parse(run.stdout) as {properties: Record<string, unknown>; required: string[]}
  // Every CSV column, in column order (optional fields such as the rules trail follow).
  expect(Object.keys(schema.properties).slice(0, taskFields.length)).toEqual([...taskFields])
})
