import {describe, expect, it} from 'vitest'
import {effectiveDpi, imageFormat, imagePages} from '../src/ocr/image-files.ts'
import {encodeGreyPng} from './ocr-images.ts'

/** A classic little-endian TIFF with one directory per page (size and resolution tags only). */
function tiff(pages: {width: number; height: number; dpi: number}[]): Buffer {
  const parts: Buffer[] = []
  const header = Buffer.alloc(8)
  header.write('II', 0, 'latin1')
  header.writeUInt16LE(42, 2)
  header.writeUInt32LE(8, 4)
  parts.push(header)
  let offset = 8
  pages.forEach((page, i) => {
    const entries = 4
    const ifd = Buffer.alloc(2 + entries * 12 + 4 + 8)
    const rational = offset + 2 + entries * 12 + 4
    ifd.writeUInt16LE(entries, 0)
    const entry = (n: number, tag: number, type: number, value: number): void => {
      ifd.writeUInt16LE(tag, 2 + n * 12)
      ifd.writeUInt16LE(type, 4 + n * 12)
      ifd.writeUInt32LE(1, 6 + n * 12)
      ifd.writeUInt32LE(value, 10 + n * 12)
    }
    entry(0, 256, 4, page.width)
    entry(1, 257, 4, page.height)
    entry(2, 282, 5, rational)
    entry(3, 296, 3, 2)
    const next = i + 1 < pages.length ? offset + ifd.length : 0
    ifd.writeUInt32LE(next, 2 + entries * 12)
    ifd.writeUInt32LE(page.dpi, 2 + entries * 12 + 4)
    ifd.writeUInt32LE(1, 2 + entries * 12 + 8)
    parts.push(ifd)
    offset += ifd.length
  })
  return Buffer.concat(parts)
}

describe('image files', () => {
  it('tells formats by their first bytes, not the extension', () => {
    expect(imageFormat(encodeGreyPng(new Uint8Array(4), 2, 2))).toBe('png')
    expect(imageFormat(Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 16]))).toBe('jpeg')
    expect(imageFormat(Buffer.from('II*\0\x08\0\0\0', 'latin1'))).toBe('tiff')
    expect(imageFormat(Buffer.from('MM\0*\0\0\0\x08', 'latin1'))).toBe('tiff')
    expect(imageFormat(Buffer.from('%PDF-1.7'))).toBeNull()
    expect(imageFormat(Buffer.alloc(0))).toBeNull()
  })

  it('reads a PNG size; no pHYs → resolution guessed from an A4 page', () => {
    const [page] = imagePages(encodeGreyPng(new Uint8Array(2480 * 2), 2480, 2), 'png')!
    expect(page).toMatchObject({width: 2480, height: 2, dpi: null})
    expect(effectiveDpi({width: 2480, height: 3508, dpi: null})).toBeCloseTo(300, 0)
    expect(effectiveDpi({width: 400, height: 300, dpi: null})).toBe(72)
  })

  it('reads a JPEG size and JFIF density', () => {
    const jfif = Buffer.from([0xff, 0xe0, 0, 16, 0x4a, 0x46, 0x49, 0x46, 0, 1, 1, 1, 0x01, 0x2c, 0x01, 0x2c, 0, 0])
    const sof = Buffer.from([0xff, 0xc0, 0, 11, 8, 0x0d, 0xb4, 0x09, 0xb0, 1, 1, 0x11, 0])
    const [page] = imagePages(Buffer.concat([Buffer.from([0xff, 0xd8]), jfif, sof]), 'jpeg')!
    expect(page).toMatchObject({width: 2480, height: 3508, dpi: 300})
    expect(imagePages(Buffer.from([0xff, 0xd8, 0xff]), 'jpeg')).toBeNull()
  })

  it('gives every page of a TIFF as its own file, pointing at that page', () => {
    const file = tiff([
      {width: 2480, height: 3508, dpi: 300},
      {width: 1240, height: 1754, dpi: 150}
    ])
    const pages = imagePages(file, 'tiff')!
    expect(pages.map(({width, height, dpi}) => ({width, height, dpi}))).toEqual([
      {width: 2480, height: 3508, dpi: 300},
      {width: 1240, height: 1754, dpi: 150}
    ])
    expect(pages[0]!.bytes()).toBe(file)
    const second = pages[1]!.bytes()
    expect(second.readUInt32LE(4)).toBe(8 + 2 + 4 * 12 + 4 + 8)
    expect(imagePages(second, 'tiff')!.map((p) => p.width)).toEqual([1240])
  })

  it('a TIFF whose directories loop ends', () => {
    const file = tiff([{width: 10, height: 10, dpi: 300}])
    file.writeUInt32LE(8, 8 + 2 + 4 * 12) // next directory: itself
    expect(imagePages(file, 'tiff')).toHaveLength(1)
  })
})
