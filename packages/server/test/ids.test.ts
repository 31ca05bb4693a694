import {describe, expect, it} from 'vitest'
import {displayName, isDocumentId, storedExtension} from '../src/ids.ts'

describe('storedExtension: the only part of an uploaded name that reaches a path', () => {
  it.each([
    ['Thông báo 20.pdf', '.pdf'],
    ['SCAN.PDF', '.pdf'],
    ['kết luận.md', '.md'],
    ['a.tar.gz', '.gz'],
    ['../../etc/passwd', ''],
    ['..\\..\\boot.ini', '.ini'],
    ['noextension', ''],
    ['.hidden', '.hidden'],
    ['x.ab/cd', ''],
    ['x.p df', ''],
    ['x.đf', ''],
    ['x.abcdefghi', ''],
    ['x.', ''],
    ['', '']
  ])('%j → %j', (name, extension) => {
    expect(storedExtension(name)).toBe(extension)
  })
})

describe('displayName: what the page and the records show', () => {
  it.each([
    ['Thông báo 20.pdf', 'Thông báo 20.pdf'],
    ['../../../evil.md', 'evil.md'],
    ['C:\\Users\\vt\\Desktop\\kl.pdf', 'kl.pdf'],
    ['a\nb\r\t.pdf', 'ab.pdf'],
    ['  trắng  .txt ', 'trắng  .txt'],
    ['Tho\u0302ng ba\u0301o.pdf', 'Thông báo.pdf'],
    ['', 'tài liệu'],
    ['dir/', 'tài liệu']
  ])('%j → %j', (name, shown) => {
    expect(displayName(name)).toBe(shown)
  })
})

describe('isDocumentId', () => {
  it.each([
    ['0123456789ab', true],
    ['0123456789AB', false],
    ['0123456789a', false],
    ['..', false],
    ['0123456789ab/..', false]
  ])('%j → %s', (id, valid) => {
    expect(isDocumentId(id)).toBe(valid)
  })
})
