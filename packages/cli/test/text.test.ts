import path from 'node:path'
import {expect, test} from 'vitest'
import {runVanban} from './support.ts'

const fixtures = path.resolve(import.meta.dirname, '../../../fixtures')

test('vanban text: one paragraph a line on stdout, nothing on stderr', async () => {
  const run = await runVanban(['text', path.join(fixtures, 'bad/good-notice.md')])
  expect(run.status).toBe(0)
  expect(run.stderr).toBe('')
  const lines = run.stdout.trimEnd().split('\n')
  expect(lines).toContain('1. Bộ Khoa học và Công nghệ chủ trì, phối hợp với Bộ Tài chính hoàn thiện dự thảo Nghị định về quỹ đổi mới sáng tạo, trình Chính phủ trước ngày 30/6/2026.')
  expect(run.stdout.endsWith('\n')).toBe(true)
})

test.each([
  ['missing.md', /^vanban: .*missing\.md: [^\n]*(no such file|not found)[^\n]*\n$/],
  ['bad/notice.docx', /^vanban: .*notice\.docx: damaged or truncated Word file[^\n]*\n$/],
  ['bad/encrypted.pdf', /^vanban: .*encrypted\.pdf: encrypted PDF: a password is needed[^\n]*\n$/]
])('vanban text %s: one line naming the file, exit 1', async (name, message) => {
  const run = await runVanban(['text', path.join(fixtures, name)])
  expect(run.status).toBe(1)
  expect(run.stdout).toBe('')
  expect(run.stderr).toMatch(message)
})
