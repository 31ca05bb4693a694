import {mkdtemp, rm, writeFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {afterAll, describe, expect, it} from 'vitest'
import {InputError, documentSchema, type Block} from '@vanban/core'
import {readTextFile} from '../src/text.ts'
import {decodeText} from '../src/text/decode.ts'
import {textToBlocks} from '../src/text/blocks.ts'
import {stripInlineMarkdown} from '../src/text/markdown-inline.ts'

const dir = await mkdtemp(path.join(tmpdir(), 'vanban-text-'))
afterAll(() => rm(dir, {recursive: true, force: true}))
async function fileWith(name: string, content: string | Uint8Array): Promise<string> {
  const file = path.join(dir, name)
  await writeFile(file, content)
  return file
}

/** Kind, text and (when set) level/bold of each text block: the part the tables below compare. */
function summary(blocks: readonly Block[]): string[] {
  return blocks.map((b) =>
    b.kind === 'table' ? `table ${b.header.join('|')} ×${b.rows.length}` : `${b.kind}${b.level ? b.level : ''}${b.bold ? '*' : ''}: ${b.text}`
  )
}

describe('decodeText', () => {
  const utf8 = new TextEncoder().encode('Bộ Khoa học')
  const utf16le = (s: string): Uint8Array => Uint8Array.from(Buffer.from(s, 'utf16le'))
  it.each([
    ['plain UTF-8', utf8, 'Bộ Khoa học'],
    ['UTF-8 with BOM', Uint8Array.from([0xef, 0xbb, 0xbf, ...utf8]), 'Bộ Khoa học'],
    ['UTF-16LE with BOM', Uint8Array.from([0xff, 0xfe, ...utf16le('Bộ Khoa học')]), 'Bộ Khoa học'],
    ['UTF-16BE with BOM', Uint8Array.from([0xfe, 0xff, ...utf16le('Bộ Khoa học')].map((_, i, a) => (i < 2 ? a[i]! : a[i % 2 === 0 ? i + 1 : i - 1]!))), 'Bộ Khoa học'],
    ['UTF-16LE without BOM', utf16le('Nghị quyết số 71'), 'Nghị quyết số 71']
  ])('%s', (_, bytes, text) => {
    expect(decodeText(bytes, 'x.txt').text).toBe(text)
  })

  it('decodes plain windows-1252 (VNI text saved by Word) with a warning', () => {
    // "Vieät Nam" is how VNI-Windows writes "Việt Nam"; the normalize stage converts it.
    const bytes = Uint8Array.from([...Buffer.from('Vie', 'latin1'), 0xe4, ...Buffer.from('t Nam', 'latin1')])
    const decoded = decodeText(bytes, 'x.txt')
    expect(decoded.text).toBe('Vieät Nam')
    expect(decoded.warnings[0]).toMatch(/windows-1252/)
  })

  it('keeps the curly quotes and dashes of legacy-font text (windows-1252 0x80–0x9F)', () => {
    // `“Vieät Nam” – 2026` as VNI-Windows text saved by Word.
    const bytes = Uint8Array.from([0x93, ...Buffer.from('Vie', 'latin1'), 0xe4, ...Buffer.from('t Nam', 'latin1'), 0x94, 0x20, 0x96, ...Buffer.from(' 2026', 'latin1')])
    expect(decodeText(bytes, 'x.txt').text).toBe('“Vieät Nam” – 2026')
  })

  it('reads TCVN3 as iconv writes it (VN1: capitals at control codes) byte for byte, with a warning', () => {
    // `printf 'ỦY BAN NHÂN DÂN TỈNH\\nỤC Thuế, Ứng phó\\n' | iconv -t TCVN5712-1`; normalize maps the codes to letters.
    const bytes = Uint8Array.from([0x9e, 0x59, 0x20, 0x42, 0x41, 0x4e, 0x20, 0x4e, 0x48, 0xa2, 0x4e, 0x20, 0x44, 0xa2, 0x4e, 0x20, 0x54, 0x8e, 0x4e, 0x48, 0x0a, 0x02, 0x43, 0x20, 0x54, 0x68, 0x75, 0xd5, 0x2c, 0x20, 0x11, 0x6e, 0x67, 0x20, 0x70, 0x68, 0xe3, 0x0a])
    const decoded = decodeText(bytes, 'x.txt')
    expect(decoded.text).toBe(String.fromCharCode(...bytes))
    expect(decoded.warnings[0]).toMatch(/TCVN3.*VN1/)
  })

  it.each([
    ['binary with NUL bytes', Uint8Array.from([0x25, 0x50, 0x00, 0x9d, 0xff, 0x00, 0x01, 0x02, 0x03])],
    ['bytes undefined in windows-1252', Uint8Array.from([0x41, 0x81, 0x42, 0x8d])],
    ['a control byte outside a word', Uint8Array.from([0x41, 0x20, 0x02, 0x20, 0x42, 0x43, 0xe9, 0x45])],
    ['mostly high bytes', Uint8Array.from([0xc3, 0xa9, 0xe0, 0xe1, 0xe2, 0xe3, 0xe4, 0x41])],
    ['BOM then invalid UTF-8', Uint8Array.from([0xef, 0xbb, 0xbf, 0xc3, 0x28])]
  ])('refuses %s with a one-line encoding error naming the file', (_, bytes) => {
    const error = (() => {
      try {
        decodeText(bytes, 'notice.txt')
      } catch (e) {
        return e
      }
      return null
    })()
    expect(error).toBeInstanceOf(InputError)
    expect((error as InputError).code).toBe('encoding')
    expect((error as InputError).message).toMatch(/^notice\.txt: [^\n]+$/)
  })
})

describe('readTextFile', () => {
  it.each([
    ['0 bytes', ''],
    ['only whitespace', ' \n\t\n  \r\n']
  ])('an empty file (%s) is an InputError empty-file', async (_, content) => {
    const file = await fileWith('empty.txt', content)
    await expect(readTextFile(file)).rejects.toMatchObject({name: 'InputError', code: 'empty-file', message: `${file}: file is empty`})
  })

  it('a missing file is an InputError, not a crash', async () => {
    await expect(readTextFile(path.join(dir, 'missing.txt'))).rejects.toMatchObject({code: 'not-found'})
  })

  it('returns a schema-valid document with text provenance and line numbers', async () => {
    const file = await fileWith('notice.txt', '\uFEFFCHÍNH PHỦ\n\nSố: 71/NQ-CP\n\nĐiều 1. Ban hành\nkèm theo Nghị quyết này.\n')
    const doc = await readTextFile(file)
    expect(documentSchema.parse(doc)).toEqual(doc)
    expect(doc.file).toBe(file)
    expect(doc.blocks.map((b) => [b.kind, b.provenance])).toEqual([
      ['heading', {page: null, lineStart: 1, lineEnd: 1, source: 'text'}],
      ['paragraph', {page: null, lineStart: 3, lineEnd: 3, source: 'text'}],
      ['paragraph', {page: null, lineStart: 5, lineEnd: 6, source: 'text', lineWords: [4, 5]}]
    ])
    expect(summary(doc.blocks).at(-1)).toBe('paragraph: Điều 1. Ban hành kèm theo Nghị quyết này.')
  })

  it('reads Markdown syntax only in .md files', async () => {
    const md = await readTextFile(await fileWith('a.md', '# Tiêu đề *nghiêng*\n'))
    const txt = await readTextFile(await fileWith('a.txt', '# Tiêu đề *nghiêng*\n'))
    expect(summary(md.blocks)).toEqual(['heading1: Tiêu đề nghiêng'])
    expect(summary(txt.blocks)).toEqual(['paragraph: # Tiêu đề *nghiêng*'])
  })
})

describe('stripInlineMarkdown', () => {
  it.each([
    ['**PHỤ LỤC**', 'PHỤ LỤC'],
    ['a **b** c *d* e', 'a b c d e'],
    ['*(Kèm theo Thông báo số 20-TB/CQTTBCĐ*', '(Kèm theo Thông báo số 20-TB/CQTTBCĐ'],
    ['\\*', '*'],
    ['\\- không phải gạch đầu dòng', '- không phải gạch đầu dòng'],
    ['2 * 3 = 6', '2 * 3 = 6'],
    ['ma_so_thue', 'ma_so_thue'],
    ['__đậm__ và _nghiêng_', 'đậm và nghiêng'],
    ['\\*\\*không đậm\\*\\*', '**không đậm**']
  ])('%s → %s', (input, output) => {
    expect(stripInlineMarkdown(input)).toBe(output)
  })
})

describe('textToBlocks: text', () => {
  const md = (text: string): string[] => summary(textToBlocks(text, {markdown: true}))
  const txt = (text: string): string[] => summary(textToBlocks(text))
  it.each<[string, string, string[]]>([
    ['ATX headings with their level, bold stripped', '#### **c) Bộ Khoa học và Công nghệ**', ['heading4*: c) Bộ Khoa học và Công nghệ']],
    ['closing hashes dropped', '## Mục 2 ##', ['heading2: Mục 2']],
    ['bold paragraph', '**1. Kiện toàn Ban Chỉ đạo**', ['list-item*: 1. Kiện toàn Ban Chỉ đạo']],
    ['hard breaks joined with a space', 'BAN CHỈ ĐẠO  \nVỀ PHÁT TRIỂN  \nKHOA HỌC', ['heading: BAN CHỈ ĐẠO VỀ PHÁT TRIỂN KHOA HỌC']],
    ['soft breaks joined too', 'một dòng\nhai dòng', ['paragraph: một dòng hai dòng']],
    ['rules dropped', 'trước\n\n-----\n\nsau\n\n---\n\n***', ['paragraph: trước', 'paragraph: sau']],
    ['setext heading', 'Tiêu đề\n===', ['heading1: Tiêu đề']],
    ['escapes stripped', '\\*', ['paragraph: *']],
    ['list items each a block', 'Nơi nhận:\n- Bộ Chính trị,\n- Lưu VT.', ['paragraph: Nơi nhận:', 'list-item: - Bộ Chính trị,', 'list-item: - Lưu VT.']],
    ['italic note', '*(Kèm theo Thông báo số 20)*', ['paragraph: (Kèm theo Thông báo số 20)']]
  ])('md: %s', (_, input, expected) => {
    expect(md(input)).toEqual(expected)
  })

  it.each<[string, string, string[]]>([
    [
      'markers start blocks',
      'a) Xây dựng\ntiếp dòng\nb) Ban hành\nđ) Sửa đổi\n(1) Nghị định\n+ cộng\nI. MỤC TIÊU\n1.2. Mục con',
      [
        'list-item: a) Xây dựng tiếp dòng',
        'list-item: b) Ban hành',
        'list-item: đ) Sửa đổi',
        'list-item: (1) Nghị định',
        'list-item: + cộng',
        'list-item: I. MỤC TIÊU',
        'list-item: 1.2. Mục con'
      ]
    ],
    ['a number inside a wrapped line is no marker', 'Hoàn thành trong năm\n2025. Tiếp theo\n-5% so với', ['paragraph: Hoàn thành trong năm 2025. Tiếp theo -5% so với']],
    ['short capitals → heading', 'QUYẾT NGHỊ:', ['heading: QUYẾT NGHỊ:']],
    ['mixed case stays a paragraph', 'Phụ lục II', ['paragraph: Phụ lục II']],
    ['bold marks stripped in .txt too', '1. **Nâng cao nhận thức**', ['list-item: 1. Nâng cao nhận thức']],
    ['italic marks kept in .txt', 'giá *tham khảo*', ['paragraph: giá *tham khảo*']],
    ['CRLF line ends', 'CHÍNH PHỦ\r\n\r\nSố: 71', ['heading: CHÍNH PHỦ', 'paragraph: Số: 71']],
    ['a lone tab line is text, not a table', 'Số:\t71/NQ-CP', ['paragraph: Số: 71/NQ-CP']]
  ])('txt: %s', (_, input, expected) => {
    expect(txt(input)).toEqual(expected)
  })
})

describe('hard-wrapped text (OCR output) without blank lines around titles', () => {
  it('keeps a line in capitals out of the prose around it', () => {
    const text = ['- Lưu VPTU.', 'SAO Y', 'Quảng Ninh, ngày 17 tháng 3 năm 2026', 'CHÁNH VĂN PHÒNG', 'PHỤ LỤC', 'NHIỆM VỤ, GIẢI PHÁP TRỌNG TÂM', '1. Kiện toàn Ban Chỉ đạo', 'và cơ quan giúp việc'].join('\n')
    expect(textToBlocks(text).map((b) => (b.kind === 'table' ? 'table' : `${b.kind}: ${b.text}`))).toEqual([
      'list-item: - Lưu VPTU.',
      'heading: SAO Y',
      'paragraph: Quảng Ninh, ngày 17 tháng 3 năm 2026',
      'heading: CHÁNH VĂN PHÒNG PHỤ LỤC NHIỆM VỤ, GIẢI PHÁP TRỌNG TÂM',
      'list-item: 1. Kiện toàn Ban Chỉ đạo và cơ quan giúp việc'
    ])
  })

  it('keeps a short numbered title line out of the paragraph under it, not a wrapped first line', () => {
    const text = [
      '2. So Xay dung chu tri, phoi hop voi cac so, nganh kiem tra, danh gia muc do an toan cua',
      'Cong trinh cau, duong giao thong.',
      '3. So Tai chinh',
      'Can cu kha nang can doi ngan sach thanh pho, So Tai chinh co trach nhiem thuc hien',
      'cac noi dung sau:'
    ].join('\n')
    expect(textToBlocks(text).map((b) => (b.kind === 'table' ? 'table' : b.text))).toEqual([
      '2. So Xay dung chu tri, phoi hop voi cac so, nganh kiem tra, danh gia muc do an toan cua Cong trinh cau, duong giao thong.',
      '3. So Tai chinh',
      'Can cu kha nang can doi ngan sach thanh pho, So Tai chinh co trach nhiem thuc hien cac noi dung sau:'
    ])
  })

  it('keeps a numbered title of some 0.6 of the width out of the paragraph under it', () => {
    const text = [
      'ban lui, tap trung thuc hien cac nhiem vu sau day cua cac bo, nganh va dia phuong:',
      '1. Ve hoan thien the che, co che, chinh sach',
      'Bo Tu phap chu tri, phoi hop voi Bo Xay dung, Bo Tai chinh va Uy ban nhan dan',
      'thanh pho Ha Noi tong hop.'
    ].join('\n')
    expect(textToBlocks(text).map((b) => (b.kind === 'table' ? 'table' : b.text))).toEqual([
      'ban lui, tap trung thuc hien cac nhiem vu sau day cua cac bo, nganh va dia phuong:',
      '1. Ve hoan thien the che, co che, chinh sach',
      'Bo Tu phap chu tri, phoi hop voi Bo Xay dung, Bo Tai chinh va Uy ban nhan dan thanh pho Ha Noi tong hop.'
    ])
  })

  it('starts a chapter at a Roman numeral OCR read with small letters, not a word', () => {
    const text = ['10. Thanh tra Bo chu tri kiem tra; thuc hien trong nam 2027.', 'Iv. TO CHUC THUC HIEN', '1. Cac Vu, Cuc can cu nhiem vu duoc giao tai Chuong trinh xay', 'Iva dong tiep.', 'Vl. KINH PHI'].join('\n')
    expect(textToBlocks(text).map((b) => (b.kind === 'table' ? 'table' : b.text))).toEqual([
      '10. Thanh tra Bo chu tri kiem tra; thuc hien trong nam 2027.',
      'Iv. TO CHUC THUC HIEN',
      '1. Cac Vu, Cuc can cu nhiem vu duoc giao tai Chuong trinh xay Iva dong tiep.',
      'Vl. KINH PHI'
    ])
  })

  it('starts a chapter at `ll.` (every I read as a small l) only before a heading in capitals', () => {
    const text = ['- Hinh thanh he thong du lieu dung, du, sach, song, duoc ket noi.', 'll. NHIEM VU VA GIAI PHAP CHU YEU', '1. Hoan thien the che, quy dinh ky thuat ve du lieu', 'll. noi tiep dong tren.'].join('\n')
    expect(textToBlocks(text).map((b) => (b.kind === 'table' ? 'table' : b.text))).toEqual([
      '- Hinh thanh he thong du lieu dung, du, sach, song, duoc ket noi.',
      'll. NHIEM VU VA GIAI PHAP CHU YEU',
      '1. Hoan thien the che, quy dinh ky thuat ve du lieu ll. noi tiep dong tren.'
    ])
  })

  it('does not split a paragraph at a short acronym line', () => {
    const text = ['Giao Bộ Khoa học và Công nghệ chủ trì, phối hợp với', 'UBND', 'các tỉnh triển khai.'].join('\n')
    expect(textToBlocks(text).map((b) => (b.kind === 'table' ? 'table' : b.text))).toEqual(['Giao Bộ Khoa học và Công nghệ chủ trì, phối hợp với UBND các tỉnh triển khai.'])
  })
})

describe('where the lines of a joined block broke (provenance.lineWords)', () => {
  const lineWords = (text: string, markdown = false): Array<number[] | undefined> => textToBlocks(text, {markdown}).map((b) => b.provenance.lineWords)
  it.each<[string, string, boolean, Array<number[] | undefined>]>([
    ['words on each line of an OCR table paragraph', '1 | Xay dung Thong tu | Cuc Doi Vu Phap\ndinh muc | méisadng | ché;\ntao,', false, [[11, 6, 1]]],
    ['a lone line carries none', 'Sở Tài chính chủ trì.', false, [undefined]],
    ['each block its own, a list marker starting the next', 'a) Xây dựng\ntiếp dòng\nb) Ban hành', false, [[3, 2], undefined]],
    ['Markdown bold and hard breaks do not count as words', '**1. Cục Điện lực**  \nchủ trì', true, [[4, 2]]],
    ['blank lines end a block', 'Một dòng\nhai dòng\n\nba', false, [[2, 2], undefined]]
  ])('%s', (_, input, markdown, expected) => {
    expect(lineWords(input, markdown)).toEqual(expected)
  })
})

describe('page breaks kept in text copied from a PDF', () => {
  const text = [
    'KẾ HOẠCH',
    'Chỉnh trang đô thị trên địa bàn phường năm 2026',
    '',
    'b) Trung tâm Phục vụ hành chính công phường công khai thủ tục hành chính trước ngày',
    '                                                                        2',
    'Kế hoạch chỉnh trang đô thị',
    '30/7/2026 trên Cổng thông tin điện tử.',
    'c) Các tổ dân phố tuyên truyền;',
    '- 3 -',
    'Bộ Y tế',
    'd) Sở Y tế kiểm tra.'
  ].join('\n')
  const texts = textToBlocks(text).map((b) => (b.kind === 'table' ? '' : b.text))
  it('a page number is a block of its own, not part of the sentence it cuts', () => {
    expect(texts).toContain('2')
    expect(texts).toContain('- 3 -')
    expect(texts.some((t) => t.startsWith('b) ') && / 2 /.test(t))).toBe(false)
  })
  it('the running header after it (title words) is dropped; another line after it is kept', () => {
    expect(texts.join('\n')).not.toContain('Kế hoạch chỉnh trang đô thị')
    expect(texts).toContain('30/7/2026 trên Cổng thông tin điện tử.')
    expect(texts.join('\n')).toContain('Bộ Y tế')
  })
  it('the running header is dropped when blank lines set it apart too', () => {
    const spaced = ['KẾ HOẠCH', 'Chỉnh trang đô thị năm 2026', '', 'b) Các phường niêm yết công khai trước ngày', '', '- 2 -', '', 'Kế hoạch chỉnh trang đô thị', '', '30/7/2026.'].join('\n')
    const blocks = textToBlocks(spaced).map((b) => (b.kind === 'table' ? '' : b.text))
    expect(blocks.join('\n')).not.toContain('Kế hoạch chỉnh trang đô thị')
    expect(blocks).toContain('- 2 -')
  })
})
