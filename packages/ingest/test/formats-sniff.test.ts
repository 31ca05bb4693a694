import {readFileSync} from 'node:fs'
import {pathToFileURL} from 'node:url'
import {describe, expect, test} from 'vitest'
import {InputError, UnsupportedInputError} from '@vanban/core'
import {readDocument, sniffType, supportedExtensions} from '../src/index.ts'
import {fixture} from './formats.support.ts'

const file = (name: string): Uint8Array => readFileSync(fixture(name))

describe('sniffType: the type from the content', () => {
  test.each([
    ['tb20-2026-notice.pdf', undefined, 'pdf'],
    ['bad/blank.png', undefined, 'image'],
    ['formats/tb20-2026-notice.docx', undefined, 'docx'],
    ['formats/tb20-2026-notice.doc', undefined, 'doc'],
    ['formats/tb20-2026-notice.odt', undefined, 'odt'],
    ['formats/tb20-2026-notice.rtf', undefined, 'rtf'],
    ['formats/tb20-2026-notice.rtf', 'congvan.doc', 'rtf'],
    ['formats/bad-truncated.odt', undefined, 'docx'],
    ['formats/bad-truncated.odt', 'plan.odt', 'odt'],
    ['formats/bad-encrypted.docx', undefined, 'doc'],
    ['formats/tb20-2026-notice.html', undefined, 'html'],
    ['tb20-2026-notice.md', undefined, 'markdown'],
    ['nq71-2025-action-program.txt', undefined, 'text'],
    ['tb20-2026-notice.md', 'notice.txt', 'text'],
    ['formats/commune-chairman-notice.cp1258.txt', undefined, 'text'],
    ['formats/bad-truncated.docx', undefined, 'docx'],
    ['formats/bad-truncated.docx', 'archive.zip', null],
    ['formats/bad-not-word.docx', undefined, null]
  ])('%s (named %s) → %s', (name, as, type) => {
    expect(sniffType(file(name), as)).toBe(type)
  })

  test.each([
    ['UTF-16 text with a BOM', Buffer.from('\ufeffThông báo', 'utf16le'), 'text'],
    ['HTML after a BOM and a comment', Buffer.from('\ufeff<!-- saved --><!DOCTYPE html><p>x'), 'html'],
    ['Word "web page" with an XML declaration', Buffer.from('<?xml version="1.0"?><html xmlns:w="urn:schemas-microsoft-com:office:word"><body>x'), 'html'],
    ['binary noise', Buffer.from([0x00, 0x01, 0x02, 0x03, 0xff, 0x00, 0x10, 0x11]), null],
    ['nothing at all', Buffer.alloc(0), 'text']
  ])('%s → %s', (_, bytes, type) => {
    expect(sniffType(bytes)).toBe(type)
  })

  test('an HTML fragment is HTML when its name says so', () => {
    const fragment = Buffer.from('<div class="noidung"><p>Thông báo</p></div>')
    expect(sniffType(fragment, 'trang.html')).toBe('html')
    expect(sniffType(fragment, 'ghi-chu.txt')).toBe('text')
  })
})

describe('readDocument(bytes | URL | path)', () => {
  test('bytes read as the file does, named by `name`', async () => {
    const fromPath = await readDocument(fixture('formats/government-resolution.docx'))
    const fromBytes = await readDocument(file('formats/government-resolution.docx'), {name: 'nq45.docx'})
    expect(fromBytes.file).toBe('nq45.docx')
    expect(fromBytes.blocks).toEqual(fromPath.blocks)
  })

  test('bytes of a PDF, and the bytes are not taken over', async () => {
    const bytes = file('tb20-2026-notice.pdf')
    const doc = await readDocument(bytes, {name: 'tb20.pdf', ocr: 'never'})
    expect(doc.blocks.length).toBeGreaterThan(50)
    expect(bytes.byteLength).toBeGreaterThan(0)
  }, 30_000)

  test('a file: URL', async () => {
    const doc = await readDocument(pathToFileURL(fixture('formats/province-plan-appendix-table.html')))
    expect(doc.file).toBe(fixture('formats/province-plan-appendix-table.html'))
    expect(doc.blocks.some((b) => b.kind === 'table')).toBe(true)
  })

  test('a .pdf that is really a Word file is read as one, with a warning', async () => {
    const doc = await readDocument(file('formats/province-plan-appendix-table.docx'), {name: 'plan.pdf'})
    expect(doc.blocks.some((b) => b.kind === 'table')).toBe(true)
    expect(doc.warnings).toEqual(['named .pdf but is a Word document (.docx): read as such'])
  })

  test('`type` skips sniffing', async () => {
    const doc = await readDocument(Buffer.from('# Tiêu đề\n\nMột [liên kết](x).\n'), {type: 'text'})
    expect(doc.blocks.map((b) => (b.kind === 'table' ? '' : b.text))).toEqual(['# Tiêu đề', 'Một [liên kết](x).'])
  })

  test.each([
    ['unknown binary bytes', () => readDocument(Buffer.from([0x00, 0x01, 0x02, 0x03, 0xff, 0x00]), {name: 'blob'}), UnsupportedInputError, /^blob: unknown content: not a PDF, Word, OpenDocument, RTF, HTML, text or image file/],
    ['a ZIP that is no Word file, not named so', () => readDocument(file('formats/bad-not-word.docx'), {name: 'files.zip'}), UnsupportedInputError, /^files\.zip: unsupported file type "\.zip"/],
    ['an http: URL', () => readDocument(new URL('https://vanban.chinhphu.vn/tb20.pdf')), UnsupportedInputError, /^https:\/\/vanban\.chinhphu\.vn\/tb20\.pdf: only file: URLs are read, not https:/],
    ['an unknown extension', () => readDocument(fixture('formats/nothing.xlsx')), UnsupportedInputError, /nothing\.xlsx: unsupported file type "\.xlsx"/],
    ['text named .docx', () => readDocument(Buffer.from('chỉ là văn bản\n'), {name: 'fake.docx'}), InputError, /^fake\.docx: not a Word \.docx file \(no ZIP header\)$/],
    ['text named .pdf', () => readDocument(Buffer.from('chỉ là văn bản\n'), {name: 'fake.pdf'}), InputError, /^fake\.pdf: not a PDF/]
  ])('%s: one clear line', async (_, read, kind, message) => {
    const error = await read().catch((e: unknown) => e as Error)
    expect(error).toBeInstanceOf(kind)
    expect((error as Error).message).toMatch(message)
  })

  test('supportedExtensions lists the new formats', () => {
    expect(supportedExtensions).toEqual(expect.arrayContaining(['.pdf', '.txt', '.md', '.docx', '.doc', '.odt', '.rtf', '.html', '.htm', '.png', '.jpg', '.tif']))
  })
})
