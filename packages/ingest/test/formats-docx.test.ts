import {describe, expect, test} from 'vitest'
import {InputError, PasswordError, type TableBlock} from '@vanban/core'
import {readDocument} from '../src/index.ts'
import {syllableAccuracy} from '../../../test/support/metrics.ts'
import {fixture, formatNotices, li, lvl, makeDocx, p, tasksOf, textBlocks, textOf} from './formats.support.ts'

describe('.docx made by pandoc from the text notices: same tasks, same text', () => {
  test.each(Object.entries(formatNotices))('%s', async (name, source) => {
    const docx = await readDocument(fixture(`formats/${name}.docx`))
    expect(syllableAccuracy(textOf(docx), textOf(await readDocument(source)))).toBeGreaterThanOrEqual(0.995)
    expect(await tasksOf(fixture(`formats/${name}.docx`))).toEqual(await tasksOf(source))
  })

  test('a Word task table is a table block with its header and rows', async () => {
    const doc = await readDocument(fixture('formats/province-plan-appendix-table.docx'))
    const table = doc.blocks.find((b): b is TableBlock => b.kind === 'table')!
    expect(table.header).toEqual(['STT', 'Nội dung công việc', 'Đơn vị chủ trì', 'Đơn vị phối hợp', 'Sản phẩm', 'Thời hạn hoàn thành'])
    expect(table.rows.map((r) => r.cells[0])).toEqual(['I', '1', '2', 'II', '3', '4'])
    expect(table.rows[2]!.cells[2]).toBe('Văn phòng UBND tỉnh')
  })
})

describe('automatic list numbering as Word prints it', () => {
  const numbering = [
    `<w:abstractNum w:abstractNumId="0">${lvl(0, 'decimal', '%1.')}${lvl(1, 'lowerLetter', '%2)')}${lvl(2, 'decimal', '%1.%2.%3.')}</w:abstractNum>`,
    `<w:abstractNum w:abstractNumId="1">${lvl(0, 'upperRoman', '%1.')}</w:abstractNum>`,
    `<w:abstractNum w:abstractNumId="2">${lvl(0, 'bullet', '\uf0b7')}${lvl(1, 'bullet', '-')}${lvl(2, 'bullet', 'o')}</w:abstractNum>`,
    `<w:abstractNum w:abstractNumId="3">${lvl(0, 'decimal', '(%1)', 5)}</w:abstractNum>`,
    '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>',
    '<w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>',
    '<w:num w:numId="3"><w:abstractNumId w:val="2"/></w:num>',
    '<w:num w:numId="4"><w:abstractNumId w:val="3"/></w:num>',
    // A second instance of list 0 restarted at 1, and a third that continues it.
    '<w:num w:numId="5"><w:abstractNumId w:val="0"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>',
    '<w:num w:numId="6"><w:abstractNumId w:val="0"/></w:num>'
  ].join('')

  test.each([
    ['decimal, letters with ), multi-level numbers in each level’s own format', [li(1, 0, 'A'), li(1, 1, 'B'), li(1, 1, 'C'), li(1, 2, 'D'), li(1, 0, 'E'), li(1, 1, 'F')], ['1. A', 'a) B', 'b) C', '1.b.1. D', '2. E', 'a) F']],
    ['upper Roman', [li(2, 0, 'MỤC TIÊU'), li(2, 0, 'NHIỆM VỤ')], ['I. MỤC TIÊU', 'II. NHIỆM VỤ']],
    ['bullets from symbol fonts read as • and -', [li(3, 0, 'một'), li(3, 1, 'hai'), li(3, 2, 'ba')], ['• một', '- hai', '• ba']],
    ['a start value and brackets', [li(4, 0, 'x'), li(4, 0, 'y')], ['(5) x', '(6) y']],
    ['an instance restarting, another continuing', [li(1, 0, 'a'), li(1, 0, 'b'), li(5, 0, 'c'), li(6, 0, 'd')], ['1. a', '2. b', '1. c', '2. d']],
    ['numId 0 switches numbering off', [p(['plain'], '<w:numPr><w:ilvl w:val="0"/><w:numId w:val="0"/></w:numPr>')], ['plain']]
  ])('%s', async (_, paragraphs, expected) => {
    const doc = await readDocument(makeDocx(paragraphs.join(''), {numbering}), {name: 'x.docx'})
    expect(textBlocks(doc.blocks)).toEqual(expected)
  })

  test('numbering from a paragraph style', async () => {
    const styles = '<w:style w:type="paragraph" w:styleId="Item"><w:name w:val="Item"/><w:pPr><w:numPr><w:numId w:val="1"/></w:numPr></w:pPr></w:style>'
    const body = [p(['một'], '<w:pStyle w:val="Item"/>'), p(['hai'], '<w:pStyle w:val="Item"/>')].join('')
    const doc = await readDocument(makeDocx(body, {numbering, styles}), {name: 'x.docx'})
    expect(textBlocks(doc.blocks)).toEqual(['1. một', '2. hai'])
  })
})

describe('what is and is not the body', () => {
  test('footnotes, comments, headers, footers, deletions, hidden text and field codes stay out; insertions and links stay in', async () => {
    const body = [
      '<w:p><w:r><w:t>Bộ Tài chính chủ trì</w:t></w:r><w:r><w:footnoteReference w:id="1"/></w:r><w:commentRangeStart w:id="0"/><w:r><w:t xml:space="preserve">, hoàn thành</w:t></w:r><w:r><w:commentReference w:id="0"/></w:r>',
      '<w:del w:id="3"><w:r><w:delText> trong tháng 5</w:delText></w:r></w:del><w:ins w:id="4"><w:r><w:t xml:space="preserve"> trong tháng 6/2026</w:t></w:r></w:ins>',
      '<w:r><w:rPr><w:vanish/></w:rPr><w:t>ẨN</w:t></w:r><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> PAGE </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>.</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>',
      '<w:p><w:hyperlink r:id="rId5" xmlns:r="r"><w:r><w:t>Nghị định 52</w:t></w:r></w:hyperlink></w:p>'
    ].join('')
    const extra = {
      'word/footnotes.xml': `<w:footnotes><w:footnote w:id="1"><w:p><w:r><w:t>CHÚ THÍCH</w:t></w:r></w:p></w:footnote></w:footnotes>`,
      'word/comments.xml': `<w:comments><w:comment w:id="0"><w:p><w:r><w:t>GÓP Ý</w:t></w:r></w:p></w:comment></w:comments>`,
      'word/header1.xml': '<w:hdr><w:p><w:r><w:t>ĐẦU TRANG</w:t></w:r></w:p></w:hdr>',
      'word/footer1.xml': '<w:ftr><w:p><w:r><w:t>CHÂN TRANG</w:t></w:r></w:p></w:ftr>'
    }
    const doc = await readDocument(makeDocx(body, {extra}), {name: 'x.docx'})
    expect(textBlocks(doc.blocks)).toEqual(['Bộ Tài chính chủ trì, hoàn thành trong tháng 6/2026.', 'Nghị định 52'])
  })

  test('a text box is read after its paragraph, once (Word writes it as DrawingML and as VML)', async () => {
    const box = '<w:txbxContent><w:p><w:r><w:t>Số: 12/TB-UBND</w:t></w:r></w:p></w:txbxContent>'
    const body = [
      `<w:p><w:r><w:t>ỦY BAN NHÂN DÂN TỈNH</w:t></w:r><w:r><mc:AlternateContent xmlns:mc="mc"><mc:Choice Requires="wps"><w:drawing><wp:anchor xmlns:wp="wp"><a:graphic xmlns:a="a"><a:graphicData><wps:wsp xmlns:wps="wps"><wps:txbx>${box}</wps:txbx></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice><mc:Fallback><w:pict><v:shape xmlns:v="v"><v:textbox>${box}</v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r></w:p>`,
      p(['Kính gửi: các sở, ngành.'])
    ].join('')
    const doc = await readDocument(makeDocx(body), {name: 'x.docx'})
    expect(textBlocks(doc.blocks)).toEqual(['ỦY BAN NHÂN DÂN TỈNH', 'Số: 12/TB-UBND', 'Kính gửi: các sở, ngành.'])
  })

  test('heading styles, all-caps runs, bold paragraphs, line breaks', async () => {
    const styles = '<w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/></w:style>'
    const body = [
      p(['Nhiệm vụ'], '<w:pStyle w:val="Heading2"/>'),
      '<w:p><w:r><w:rPr><w:caps/><w:b/></w:rPr><w:t>quyết nghị:</w:t></w:r></w:p>',
      p([{b: 'Điều 1.'}, ' Phê duyệt']),
      '<w:p><w:r><w:t>Nơi nhận:</w:t><w:br/><w:t>- Như trên;</w:t><w:br/><w:t>- Lưu: VT.</w:t></w:r></w:p>'
    ].join('')
    const doc = await readDocument(makeDocx(body, {styles}), {name: 'x.docx'})
    expect(doc.blocks.map((b) => (b.kind === 'table' ? null : [b.kind, b.text, b.bold ?? false, b.level ?? null]))).toEqual([
      ['heading', 'Nhiệm vụ', false, 2],
      ['heading', 'QUYẾT NGHỊ:', true, null],
      ['paragraph', 'Điều 1. Phê duyệt', false, null],
      ['paragraph', 'Nơi nhận:', false, null],
      ['list-item', '- Như trên;', false, null],
      ['list-item', '- Lưu: VT.', false, null]
    ])
  })

  const cell = (text: string, tcPr = ''): string => `<w:tc>${tcPr ? `<w:tcPr>${tcPr}</w:tcPr>` : ''}${p([text])}</w:tc>`
  const row = (cells: string[], header = false): string => `<w:tr>${header ? '<w:trPr><w:tblHeader/></w:trPr>' : ''}${cells.join('')}</w:tr>`

  test('tables: header rows, merged cells across (gridSpan) and down (vMerge)', async () => {
    const body = `<w:tbl>${[
      row([cell('TT'), cell('Nhiệm vụ'), cell('Chủ trì'), cell('Thời hạn')], true),
      row([cell('I', ''), cell('Thể chế', '<w:gridSpan w:val="3"/>')]),
      row([cell('1'), cell('Ban hành quy chế'), cell('Sở Tư pháp', '<w:vMerge w:val="restart"/>'), cell('Quý II/2026')]),
      row([cell('2'), cell('Rà soát thủ tục'), cell('', '<w:vMerge/>'), cell('Tháng 6/2026')])
    ].join('')}</w:tbl>`
    const doc = await readDocument(makeDocx(body), {name: 'x.docx'})
    const table = doc.blocks[0] as TableBlock
    expect(table.header).toEqual(['TT', 'Nhiệm vụ', 'Chủ trì', 'Thời hạn'])
    expect(table.rows.map((r) => r.cells)).toEqual([
      ['I', 'Thể chế', '', ''],
      ['1', 'Ban hành quy chế', 'Sở Tư pháp', 'Quý II/2026'],
      ['2', 'Rà soát thủ tục', 'Sở Tư pháp', 'Tháng 6/2026']
    ])
  })

  test("a notice's two-column heading table is read as paragraphs", async () => {
    const body = `<w:tbl>${row([cell('ỦY BAN NHÂN DÂN TỈNH'), cell('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM')])}${row([cell('Số: 12/TB-UBND'), cell('Ninh Bình, ngày 2 tháng 3 năm 2026')])}</w:tbl>${p(['Nội dung.'])}`
    const doc = await readDocument(makeDocx(body), {name: 'x.docx'})
    expect(textBlocks(doc.blocks)).toEqual(['ỦY BAN NHÂN DÂN TỈNH', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Số: 12/TB-UBND', 'Ninh Bình, ngày 2 tháng 3 năm 2026', 'Nội dung.'])
  })
})

describe('bad .docx: one line naming the file', () => {
  const failure = async (input: string | Uint8Array, name?: string): Promise<Error> => {
    try {
      await readDocument(input, name === undefined ? {} : {name})
    } catch (error) {
      return error as Error
    }
    throw new Error('no error')
  }

  test.each([
    ['bad-truncated.docx', InputError, /^.*bad-truncated\.docx: damaged or truncated Word file/],
    ['bad-not-word.docx', InputError, /^.*bad-not-word\.docx: a ZIP archive, not a Word document \(no word\/document\.xml; it holds notes\.txt, data\/list\.csv\)$/],
    ['bad-encrypted.docx', PasswordError, /^.*bad-encrypted\.docx: password-protected Word file/]
  ])('%s', async (name, kind, message) => {
    const error = await failure(fixture(`formats/${name}`))
    expect(error).toBeInstanceOf(kind)
    expect(error.message).toMatch(message)
    expect(error.message).not.toContain('\n')
  })

  test('a Word file without text', async () => {
    const error = await failure(makeDocx(p(['   '])), 'blank.docx')
    expect(error).toBeInstanceOf(InputError)
    expect(error.message).toBe('blank.docx: the Word document has no text')
  })
})

test('a main part named word/document2.xml (as some Office versions save) is found through the package relationships', async () => {
  const {zipSync, strToU8} = await import('fflate')
  const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
  const bytes = zipSync({
    '[Content_Types].xml': strToU8('<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>'),
    '_rels/.rels': strToU8('<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document2.xml"/></Relationships>'),
    'word/document2.xml': strToU8(`<w:document ${W}><w:body>${p(['Thông báo số 2.'])}</w:body></w:document>`)
  })
  const doc = await readDocument(bytes, {name: 'o365.docx'})
  expect(textBlocks(doc.blocks)).toEqual(['Thông báo số 2.'])
})
