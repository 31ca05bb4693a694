import {describe, expect, it} from 'vitest'
import {displayName, isDocumentId, storedExtension} from '../src/ids.ts'
import {sourceTypeOf} from '../src/source-type.ts'

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

describe('sourceTypeOf: how the page shows an upload, from its first bytes', () => {
  it.each([
    ['%PDF-1.7\n', 'pdf'],
    ['\uFEFF\r\n%PDF-1.4', 'pdf'],
    ['\x89PNG\r\n\x1a\n', 'png'],
    ['\xff\xd8\xff\xe0', 'jpeg'],
    ['II*\x00', 'tiff'],
    ['MM\x00*', 'tiff'],
    ['# Thông báo', 'other'],
    ['<html><script>', 'other'],
    ['PK\x03\x04', 'other'],
    ['', 'other']
  ])('%j → %s', (head, type) => {
    expect(sourceTypeOf(Buffer.from(head, 'latin1'))).toBe(type)
  })
})
