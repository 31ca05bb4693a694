import {describe, expect, test} from 'vitest'
import {InputError, type TableBlock} from '@vanban/core'
import {readDocument} from '../src/index.ts'
import {syllableAccuracy} from '../../../test/support/metrics.ts'
import {fixture, formatNotices, tasksOf, textBlocks, textOf} from './formats.support.ts'

const html = (body: string, head = '<meta charset="utf-8">'): Uint8Array => Buffer.from(`<!DOCTYPE html><html><head>${head}</head><body>${body}</body></html>`)
const read = async (bytes: Uint8Array) => readDocument(bytes, {name: 'page.html'})

describe('saved portal pages around the text notices: same tasks, same text, no site chrome', () => {
  // tb20: every letter outside ASCII written as a named or numeric entity; government-resolution: Windows-1258 with <meta charset>;
  // steering-conclusion: an older portal of layout tables, its lists as <ol>/<ul>.
  test.each(Object.entries(formatNotices))('%s', async (name, source) => {
    const page = await readDocument(fixture(`formats/${name}.html`))
    const text = textOf(page)
    expect(syllableAccuracy(text, textOf(await readDocument(source)))).toBeGreaterThanOrEqual(0.99)
    expect(await tasksOf(fixture(`formats/${name}.html`))).toEqual(await tasksOf(source))
    for (const chrome of ['Trang chủ', 'Tìm kiếm', 'Chia sẻ', 'Tin liên quan', 'Văn bản mới', 'Cơ quan chủ quản', 'Lượt xem', 'dataLayer', 'font-family', 'Thống kê truy cập', 'Bản quyền', 'Mục 1:', 'CỔNG THÔNG TIN']) {
      expect(text).not.toContain(chrome)
    }
  })
})

describe('HTML text', () => {
  test.each([
    ['named entities, HTML 4 and 5', '<p>&Agrave;&agrave;&acirc;&ecirc;&ocirc; &ndash; &hellip; &ldquo;x&rdquo; &nbsp;&amp;&lt;5&gt;</p>', 'Ààâêô – … “x” \u00a0&<5>'],
    ['numeric entities, decimal and hex', '<p>Vi&#7879;t Nam &#x110;&#x1EA0;</p>', 'Việt Nam ĐẠ'],
    ['legacy entities without a semicolon', '<p>&copy 2026 &amp co</p>', '© 2026 & co'],
    ['spaces and line ends collapse; lines join as in text files', '<p>Bộ   Tài\n  chính<br>chủ trì</p>', 'Bộ Tài chính chủ trì'],
    ['<br> before a list marker starts a block', '<p>Nơi nhận:<br>- Như trên;<br>- Lưu: VT.</p>', 'Nơi nhận:\n- Như trên;\n- Lưu: VT.'],
    // A page that sets its notice in line breaks only: an empty line ends a paragraph.
    ['<br><br> ends a block', '<div>7. Văn phòng theo dõi, đôn đốc việc thực hiện.<br>\n<br>\nChỉ thị này được phổ biến đến chi bộ.<br><br><b>Nơi nhận:</b></div>', '7. Văn phòng theo dõi, đôn đốc việc thực hiện.\nChỉ thị này được phổ biến đến chi bộ.\nNơi nhận:']
  ])('%s', async (_, body, expected) => {
    const doc = await read(html(body))
    expect(doc.blocks.map((b) => (b.kind === 'table' ? '' : b.text)).join('\n')).toBe(expected)
  })

  test('lists get the markers a browser draws (letters with `)`, as notices print them); headings keep their level; bold is kept', async () => {
    const doc = await read(html('<h2>II. NHIỆM VỤ</h2><ol><li>Một</li><li>Hai<ol type="a" start="3"><li>Ba</li></ol></li></ol><ul><li>Bốn</li></ul><p><b>PHỤ LỤC</b></p>'))
    expect(doc.blocks.map((b) => (b.kind === 'table' ? null : [b.kind, b.text, b.level ?? null, b.bold ?? false]))).toEqual([
      ['heading', 'II. NHIỆM VỤ', 2, false],
      ['list-item', '1. Một', null, false],
      ['list-item', '2. Hai', null, false],
      ['list-item', 'c) Ba', null, false],
      ['list-item', '• Bốn', null, false],
      ['heading', 'PHỤ LỤC', null, true]
    ])
  })

  test('a loose list (<li><p>…</p></li>): the marker goes to the item\'s first paragraph', async () => {
    const doc = await read(html('<ol start="2"><li><p>Sở Y tế chủ trì.</p><p>Báo cáo trước ngày 30/6/2026.</p></li><li><p>Sở Nội vụ.</p></li></ol>'))
    expect(textBlocks(doc.blocks)).toEqual(['2. Sở Y tế chủ trì.', 'Báo cáo trước ngày 30/6/2026.', '3. Sở Nội vụ.'])
  })

  test('tables: th header, colspan and rowspan as the printed table reads', async () => {
    const doc = await read(
      html(`<table><thead><tr><th>TT</th><th>Nhiệm vụ</th><th>Chủ trì</th></tr></thead><tbody>
      <tr><td>1</td><td>Ban hành quy chế</td><td rowspan="2">Sở Tư pháp</td></tr>
      <tr><td>2</td><td>Rà soát<br>thủ tục</td></tr>
      <tr><td colspan="2">Nhóm II</td><td></td></tr></tbody></table>`)
    )
    const table = doc.blocks[0] as TableBlock
    expect(table.header).toEqual(['TT', 'Nhiệm vụ', 'Chủ trì'])
    expect(table.rows.map((r) => r.cells)).toEqual([
      ['1', 'Ban hành quy chế', 'Sở Tư pháp'],
      ['2', 'Rà soát\nthủ tục', 'Sở Tư pháp'],
      ['Nhóm II', '', '']
    ])
  })

  test.each([
    ['UTF-8 BOM, no declaration', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('<html><body><p>Việt Nam</p></body></html>')]), 'Việt Nam', []],
    ['<meta charset=windows-1258>: tone marks composed', Buffer.concat([Buffer.from('<html><head><meta charset="windows-1258"></head><body><p>Vi'), Buffer.from([0xea, 0xf2]), Buffer.from('t Nam</p></body></html>')]), 'Việt Nam', []],
    ['http-equiv declaration', Buffer.concat([Buffer.from('<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1258"></head><body><p>H'), Buffer.from([0xe0]), Buffer.from(' N'), Buffer.from([0xf4, 0xf2]), Buffer.from('i</p></body></html>')]), 'Hà Nội', []],
    ['declared UTF-8 but Windows-1258 bytes', Buffer.concat([Buffer.from('<html><head><meta charset="utf-8"></head><body><p>Vi'), Buffer.from([0xea, 0xf2]), Buffer.from('t Nam')]), 'Việt Nam', [/declares charset utf-8 but is not: not valid UTF-8: decoded as Windows-1258/]]
  ])('charset: %s', async (_, bytes, text, warnings) => {
    const doc = await read(bytes)
    expect(doc.blocks.map((b) => (b.kind === 'table' ? '' : b.text))).toEqual([text])
    expect(doc.warnings.length).toBe(warnings.length)
    warnings.forEach((w, k) => expect(doc.warnings[k]).toMatch(w))
  })
})

describe('the content and the chrome', () => {
  test('an <article> among menus and a footer', async () => {
    const body = `<div id="menu"><a href="/">Trang chủ</a> <a href="/a">Giới thiệu</a></div>
      <div class="breadcrumbs"><a href="/">Trang chủ</a> › Văn bản</div>
      <article><h1>Thông báo số 12</h1><p>Ủy ban nhân dân tỉnh giao Sở Tài chính chủ trì, phối hợp với các sở, ngành liên quan rà soát, hoàn thành trong tháng 6/2026.</p>
      <div class="social-share"><a href="#">Facebook</a> <a href="#">Zalo</a></div></article>
      <div class="footer">Bản quyền thuộc Ủy ban nhân dân tỉnh</div>`
    expect(textBlocks((await read(html(body))).blocks)).toEqual([
      'Thông báo số 12',
      'Ủy ban nhân dân tỉnh giao Sở Tài chính chủ trì, phối hợp với các sở, ngành liên quan rà soát, hoàn thành trong tháng 6/2026.'
    ])
  })

  test('a page of div soup: the block with the text wins, the link lists lose', async () => {
    const links = Array.from({length: 8}, (_, k) => `<div><a href="/t${k}">Tin tức số ${k} về hoạt động của tỉnh trong tuần qua</a></div>`).join('')
    const prose = Array.from({length: 4}, (_, k) => `<div>Đoạn ${k + 1}: các sở, ban, ngành, địa phương tổ chức thực hiện nghiêm túc, báo cáo kết quả trước ngày 30/6/2026.</div>`).join('')
    const doc = await read(html(`<div class="col-left">${links}</div><div class="col-main">${prose}</div><div class="col-right">${links}</div>`))
    expect(textBlocks(doc.blocks)).toHaveLength(4)
    expect(textBlocks(doc.blocks)[0]).toMatch(/^Đoạn 1:/)
  })

  test('a page without <html> (htmlparser2 implies none) still has its chrome found', async () => {
    const page = Buffer.from('<head><title>x</title></head><body><div class="menu"><a href="/">Trang chủ</a></div><div class="content"><p>Sở Tài chính chủ trì, phối hợp với các sở, ngành rà soát, hoàn thành trong tháng 6/2026.</p></div><div id="footer">Bản quyền thuộc UBND tỉnh, địa chỉ số 1, điện thoại 0203.</div></body>')
    expect(textBlocks((await read(page)).blocks)).toEqual(['Sở Tài chính chủ trì, phối hợp với các sở, ngành rà soát, hoàn thành trong tháng 6/2026.'])
  })

  test('a page with only chrome: one line naming the file', async () => {
    const error = await readDocument(fixture('formats/bad-no-text.html')).catch((e: unknown) => e as Error)
    expect(error).toBeInstanceOf(InputError)
    expect((error as Error).message).toMatch(/bad-no-text\.html: the web page has no text$/)
  })
})
