import iconv from 'iconv-lite'
import {describe, expect, test} from 'vitest'
import {InputError} from '@vanban/core'
import {readDocument} from '../src/index.ts'
import {decodeText} from '../src/text/decode.ts'
import {syllableAccuracy} from '../../../test/support/metrics.ts'
import {fixture, tasksOf, textOf} from './formats.support.ts'

const source = fixture('../packages/tasks/test/notices/commune-chairman-notice.txt')

describe('a .txt notice in the Vietnamese code pages (made by scripts/make-format-fixtures.ts)', () => {
  test.each([
    ['commune-chairman-notice.cp1258.txt', 'Windows-1258'],
    ['commune-chairman-notice.viscii.txt', 'VISCII']
  ])('%s reads as its UTF-8 text: same tasks, a warning naming the code page', async (name, codePage) => {
    const doc = await readDocument(fixture(`formats/${name}`))
    expect(syllableAccuracy(textOf(doc), textOf(await readDocument(source)))).toBeGreaterThanOrEqual(0.995)
    expect(doc.warnings).toEqual([`not valid UTF-8: decoded as ${codePage} (Vietnamese code page)`])
    expect(await tasksOf(fixture(`formats/${name}`))).toEqual(await tasksOf(source))
  })
})

const bytes = (...parts: (string | number[] | Uint8Array)[]): Uint8Array => Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(p, 'latin1') : Buffer.from(p))))

describe('decodeText: which 8-bit encoding', () => {
  test.each([
    // Windows-1258 writes ệ as ê + combining dot below, ộ as ô + dot below, à whole.
    ['Windows-1258', bytes('Vi', [0xea, 0xf2], 't Nam, H', [0xe0], ' N', [0xf4, 0xf2], 'i'), 'Việt Nam, Hà Nội', /Windows-1258/],
    ['Windows-1258, ơ ư đ', bytes([0xf0], 'i', [0xf2], 'nh, ch', [0xfd, 0xf5], 'ng tri', [0xcc], 'nh'), 'định, chương trình', /Windows-1258/],
    ['VISCII', iconv.encode('Việt Nam, Hà Nội, định, chương trình', 'viscii'), 'Việt Nam, Hà Nội, định, chương trình', /VISCII/],
    ['TCVN3 font text stays windows-1252 for normalize', bytes('ViÖt Nam, Hµ Néi'), 'ViÖt Nam, Hµ Néi', /windows-1252/],
    ['VNI font text stays windows-1252 for normalize', bytes('Vie', [0xe4], 't Nam'), 'Vieät Nam', /windows-1252/]
  ])('%s', (_, input, text, warning) => {
    const decoded = decodeText(input, 'x.txt')
    expect(decoded.text).toBe(text)
    expect(decoded.warnings[0]).toMatch(warning)
  })

  test('a doubtful reading is kept with a warning naming what was tried', () => {
    // Mostly Windows-1258 Vietnamese, with a few words no code page reads (bytes 0x81, 0x8d: not windows-1252 either).
    const input = bytes(...Array.from({length: 8}, () => bytes('Vi', [0xea, 0xf2], 't Nam ')), [0x81, 0x41, 0x20, 0x8d, 0x42, 0x20])
    const decoded = decodeText(input, 'x.txt')
    expect(decoded.text.startsWith('Việt Nam Việt Nam')).toBe(true)
    expect(decoded.warnings).toHaveLength(1)
    expect(decoded.warnings[0]).toMatch(/^not valid UTF-8: decoded as (Windows-1258|VISCII), but \d+% of its accented words do not read as Vietnamese \(tried UTF-8, UTF-16, Windows-1258, VISCII and windows-1252 \(TCVN3\/VNI fonts\)\); check the diacritics$/)
  })

  test('bytes nothing reads are an error naming what was tried', () => {
    const error = (() => {
      try {
        decodeText(bytes([0xc3, 0xa9, 0xe0, 0xe1, 0xe2, 0xe3, 0xe4, 0x41]), 'notice.txt')
      } catch (e) {
        return e as Error
      }
      return null
    })()
    expect(error).toBeInstanceOf(InputError)
    expect(error!.message).toBe('notice.txt: not text in a known encoding (tried UTF-8, UTF-16, Windows-1258, VISCII and windows-1252 (TCVN3/VNI fonts); save the file as UTF-8)')
  })
})

describe('Markdown inline syntax through micromark', () => {
  test.each([
    ['a link keeps its text', 'Thực hiện [Nghị định 52/2013/NĐ-CP](https://vbpl.vn/52) về thương mại.', 'Thực hiện Nghị định 52/2013/NĐ-CP về thương mại.'],
    ['an autolink keeps its address', 'Xem <https://chinhphu.vn>.', 'Xem https://chinhphu.vn.'],
    ['an image keeps its alt text', 'Dấu ![Quốc huy](q.png) đỏ', 'Dấu Quốc huy đỏ'],
    ['named and numeric references', 'H&agrave; N&#7897;i &ndash; &amp;', 'Hà Nội – &'],
    ['emphasis, strong, code and escapes', '*Căn cứ* **Luật** `số 1` \\*không\\*', 'Căn cứ Luật số 1 *không*'],
    ['a lone star and underscores inside words stay', '5 * 3 và ten_tep_moi', '5 * 3 và ten_tep_moi']
  ])('%s', async (_, markdown, text) => {
    const doc = await readDocument(Buffer.from(`${markdown}\n`), {name: 'x.md'})
    expect(doc.blocks.map((b) => (b.kind === 'table' ? '' : b.text))).toEqual([text])
  })
})
