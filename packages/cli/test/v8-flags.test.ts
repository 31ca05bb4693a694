import {spawnSync} from 'node:child_process'
import {expect, test} from 'vitest'
import {commandV8Flags} from '../src/v8-flags.ts'

// V8 prints an error for a flag it does not know (on stdout), and the command would print it
// on every run: a Node upgrade that drops one must fail here.
test.each(commandV8Flags)('V8 knows %s and takes it at run time', (flag) => {
  const run = spawnSync(process.execPath, ['-e', `require('node:v8').setFlagsFromString(${JSON.stringify(flag)})`], {encoding: 'utf8'})
  expect(run.stdout + run.stderr).toBe('')
  expect(run.status).toBe(0)
})
