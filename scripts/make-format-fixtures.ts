/**
 * Writes fixtures/formats/: notices that exist as text (Markdown, .txt) saved
 * in the other forms they arrive in, for the golden tests of the Word, web
 * page and code-page readers (issue 15), and the bad Word and web inputs.
 * Run it again after changing it: `npx tsx scripts/make-format-fixtures.ts`.
 * Needs pandoc and LibreOffice at generation time only
 * (`apt-get install -y pandoc libreoffice-writer-nogui`); vanban itself never
 * does. The outputs are committed.
 *
 * - `<notice>.docx`: pandoc, Markdown → Word, with Word's automatic list
 *   numbering for Markdown's numbered, Roman and bullet lists (lettered items
 *   typed, see `typedLetters`), Word tables for pipe tables.
 * - `<notice>.doc`, `.odt`, `.rtf`: LibreOffice, that .docx → Word 97–2003, OpenDocument, RTF.
 * - `<notice>.typed.doc`: the same with the list numbers typed as text
 *   (how most notices are typed), through LibreOffice.
 * - `<notice>.html`: a saved portal page: menus, breadcrumbs, search, share
 *   links, related news, sidebar, footer, scripts and styles around the
 *   notice (pandoc's HTML of it, list numbers typed as portals paste them);
 *   steering-conclusion in an older portal of layout tables, its lists as `<ol>`/`<ul>`.
 *   tb20 is written with named and numeric entities for every letter outside
 *   ASCII (old CMS editors do that); government-resolution in Windows-1258
 *   with its `<meta charset>`.
 * - `<notice>.cp1258.txt`, `<notice>.viscii.txt`: a .txt notice in the
 *   Vietnamese code pages, as Windows' "Save as: Vietnamese (Windows)" writes
 *   it (tone marks as combining characters after the letter).
 * - `merged-cells.docx` (written here), `.doc`, `.odt`, `.rtf`: a task table with an owner cell merged down.
 * - `bad-*`: truncated, password-protected and not-a-Word inputs, a page with no text.
 */
import {execFileSync} from 'node:child_process'
import fs from 'node:fs'
import {createRequire} from 'node:module'
import os from 'node:os'
import path from 'node:path'
import {pathToFileURL} from 'node:url'

const root = path.resolve(import.meta.dirname, '..')
// fflate and iconv-lite are @vanban/ingest's dependencies; resolved from there.
const require = createRequire(path.join(root, 'packages/ingest/package.json'))
const {zipSync, strToU8} = require('fflate') as {zipSync: (files: Record<string, Uint8Array>) => Uint8Array; strToU8: (text: string) => Uint8Array}
const iconv = require('iconv-lite') as {encode: (text: string, encoding: string) => Buffer; decode: (bytes: Buffer, encoding: string) => string}

const out = path.join(root, 'fixtures/formats')
const put = (name: string, data: string | Uint8Array) => fs.writeFileSync(path.join(out, name), data)

/** The notices, by fixture name: their Markdown source. */
const notices: Record<string, string> = {
  'tb20-2026-notice': 'fixtures/tb20-2026-notice.md',
  'government-resolution': 'packages/tasks/test/notices/government-resolution.md',
  'province-plan-appendix-table': 'packages/tasks/test/notices/province-plan-appendix-table.md',
  'steering-conclusion': 'packages/tasks/test/notices/steering-conclusion.md'
}
/** A .txt notice for the code pages. */
const textNotice = 'packages/tasks/test/notices/commune-chairman-notice.txt'

/** pandoc without `smart` (it would turn `...` into `…` and straight quotes into curly ones: not the reader's doing). */
export function pandoc(input: string, to: string, output: string): void {
  execFileSync('pandoc', ['-f', 'markdown-smart', '-t', to, input, '-o', output])
}

/** LibreOffice headless conversion of one file or many (one start-up); each output lands in `dir` under its input's name. Returns the first. */
export function soffice(input: string | readonly string[], to: string, dir: string): string {
  const inputs = typeof input === 'string' ? [input] : input
  execFileSync('soffice', ['--headless', '--convert-to', to, '--outdir', dir, ...inputs], {stdio: 'ignore'})
  return path.join(dir, `${path.basename(inputs[0]!, path.extname(inputs[0]!))}.${to}`)
}

/**
 * Lettered items typed as text: Word's automatic letters run a…z (f, j, w, z
 * included, no đ), the Vietnamese sequence is a b c d đ e g h i k l …, so
 * notices type their letters; pandoc would renumber `e) g)` as `e) f)`.
 */
export function typedLetters(markdown: string): string {
  return escapeMarkers(markdown, /^(\s*)([a-zđ])\)(\s)/u, '$1$2\\)$3')
}

/** Markdown whose list markers are escaped, so pandoc keeps them as typed text (`1\.`, `a\)`, `\-`). */
export function typedMarkers(markdown: string): string {
  return escapeMarkers(typedLetters(markdown), /^(\s*)(\d{1,3}|[a-zđ]|[IVXLC]+)([.)])(\s)/u, '$1$2\\$3$4', /^(\s*)([-+*])(\s)/, '$1\\$2$3', /^(\s*)\(/, '$1\\(')
}

/**
 * Escapes the markers matched by each (pattern, replacement) pair. An escaped
 * marker line right under text gets a blank line before it: pandoc would
 * otherwise join it to the paragraph above, where Markdown's list had kept it apart.
 */
function escapeMarkers(markdown: string, ...rules: (RegExp | string)[]): string {
  const out: string[] = []
  for (const line of markdown.split('\n')) {
    let escaped = line
    for (let k = 0; k < rules.length; k += 2) escaped = escaped.replace(rules[k] as RegExp, rules[k + 1] as string)
    const previous = out.at(-1)
    if (escaped !== line && previous !== undefined && previous.trim() !== '' && !previous.trimStart().startsWith('|')) out.push('')
    out.push(escaped)
  }
  return out.join('\n')
}

function main(): void {
  fs.rmSync(out, {recursive: true, force: true})
  fs.mkdirSync(out, {recursive: true})
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'vanban-formats-'))
  for (const [name, source] of Object.entries(notices)) {
    const md = path.join(root, source)
    const lettersMd = path.join(tmp, `${name}.md`)
    fs.writeFileSync(lettersMd, typedLetters(fs.readFileSync(md, 'utf8')))
    pandoc(lettersMd, 'docx', path.join(out, `${name}.docx`))
    fs.copyFileSync(soffice(path.join(out, `${name}.docx`), 'doc', tmp), path.join(out, `${name}.doc`))
    fs.copyFileSync(soffice(path.join(out, `${name}.docx`), 'odt', tmp), path.join(out, `${name}.odt`))
    fs.copyFileSync(soffice(path.join(out, `${name}.docx`), 'rtf', tmp), path.join(out, `${name}.rtf`))
    const typedMd = path.join(tmp, `${name}.typed.md`)
    fs.writeFileSync(typedMd, typedMarkers(fs.readFileSync(md, 'utf8')))
    pandoc(typedMd, 'docx', path.join(tmp, `${name}.typed.docx`))
    fs.copyFileSync(soffice(path.join(tmp, `${name}.typed.docx`), 'doc', tmp), path.join(out, `${name}.typed.doc`))
    const fragment = path.join(tmp, `${name}.html`)
    if (name === 'steering-conclusion') {
      // An older portal: a page of layout tables, the notice's numbered and bullet lists as <ol>/<ul>.
      pandoc(lettersMd, 'html5', fragment)
      put(`${name}.html`, tablePortalPage(fs.readFileSync(fragment, 'utf8')))
      continue
    }
    pandoc(typedMd, 'html5', fragment)
    const page = portalPage(fs.readFileSync(fragment, 'utf8'), name === 'government-resolution' ? 'windows-1258' : 'utf-8')
    if (name === 'tb20-2026-notice') put(`${name}.html`, withEntities(page))
    else if (name === 'government-resolution') put(`${name}.html`, encode1258(page))
    else put(`${name}.html`, page)
  }

  const text = fs.readFileSync(path.join(root, textNotice), 'utf8')
  const textName = path.basename(textNotice, '.txt')
  put(`${textName}.cp1258.txt`, encode1258(text.replace(/\n/g, '\r\n')))
  put(`${textName}.viscii.txt`, iconv.encode(text.replace(/\n/g, '\r\n'), 'viscii'))

  // A task table whose owner cell is merged down over two rows, as Word (.docx) and, through LibreOffice, Word 97–2003 (.doc) store it.
  put('merged-cells.docx', mergedCellsDocx())
  for (const to of ['doc', 'odt', 'rtf']) fs.copyFileSync(soffice(path.join(out, 'merged-cells.docx'), to, tmp), path.join(out, `merged-cells.${to}`))

  // Bad inputs.
  const docx = fs.readFileSync(path.join(out, 'province-plan-appendix-table.docx'))
  put('bad-truncated.docx', docx.subarray(0, Math.floor(docx.length / 2)))
  put('bad-not-word.docx', zipSync({'notes.txt': strToU8('Một tệp nén, không phải văn bản Word.\n'), 'data/list.csv': strToU8('a,b\n1,2\n')}))
  put('bad-encrypted.docx', oleFile(['EncryptedInfo', 'EncryptedPackage', '\u0006DataSpaces']))
  const doc = fs.readFileSync(path.join(out, 'province-plan-appendix-table.doc'))
  put('bad-truncated.doc', doc.subarray(0, 1536))
  const odt = fs.readFileSync(path.join(out, 'province-plan-appendix-table.odt'))
  put('bad-truncated.odt', odt.subarray(0, Math.floor(odt.length / 2)))
  put('bad-encrypted.doc', withEncryptedFib(doc))
  put('bad-no-text.html', portalPage('<p>  </p>', 'utf-8'))
  fs.rmSync(tmp, {recursive: true, force: true})
}

/** A saved page of a provincial portal around the notice's HTML. */
export function portalPage(notice: string, charset: string): string {
  const links = (items: string[]) => items.map((t) => `<li><a href="/${encodeURIComponent(t)}">${t}</a></li>`).join('\n')
  return `<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="${charset}">
<title>Cổng thông tin điện tử - Văn bản chỉ đạo điều hành</title>
<link rel="stylesheet" href="/static/site.css">
<style>body{font-family:Arial} .menu li{display:inline}</style>
<script>window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments)}gtag('js',new Date());</script>
</head>
<body>
<div id="top-header" class="header">
  <div class="logo"><a href="/"><img src="/logo.png" alt="Quốc huy">CỔNG THÔNG TIN ĐIỆN TỬ TỈNH</a></div>
  <form class="search-box" action="/tim-kiem"><input name="q" placeholder="Nhập từ khóa tìm kiếm"><button>Tìm kiếm</button></form>
  <div class="lang">Tiếng Việt | English</div>
</div>
<nav class="main-menu"><ul class="menu">
${links(['Trang chủ', 'Giới thiệu', 'Tin tức - Sự kiện', 'Văn bản chỉ đạo điều hành', 'Dịch vụ công trực tuyến', 'Hỏi đáp', 'Liên hệ'])}
</ul></nav>
<div class="container">
  <div class="breadcrumb"><a href="/">Trang chủ</a> &raquo; <a href="/van-ban">Văn bản</a> &raquo; <span>Chi tiết văn bản</span></div>
  <div class="row">
    <div class="col-main">
      <div class="post-meta"><span class="date">Cập nhật: 16/03/2026 08:30</span> | <span class="views">Lượt xem: 1.245</span></div>
      <div class="detail-content">
${notice}
      </div>
      <div class="share-tools">Chia sẻ: <a href="#fb">Facebook</a> <a href="#zalo">Zalo</a> <a href="#print">In bài viết</a> <a href="#mail">Gửi email</a></div>
      <div class="related-news"><h3>Tin liên quan</h3><ul>
${links(['Hội nghị triển khai nhiệm vụ năm 2026 của tỉnh', 'Kết quả chuyển đổi số quý I năm 2026', 'Lịch công tác tuần của Ủy ban nhân dân tỉnh', 'Thông báo tuyển dụng công chức năm 2026'])}
      </ul></div>
    </div>
    <aside class="sidebar">
      <div class="box"><h3>Văn bản mới</h3><ul>
${links(['Quyết định phê duyệt kế hoạch đầu tư công', 'Chỉ thị về tăng cường kỷ luật hành chính', 'Kế hoạch phòng chống thiên tai năm 2026'])}
      </ul></div>
      <div class="box"><h3>Liên kết website</h3><select><option>Chính phủ</option><option>Bộ Khoa học và Công nghệ</option></select></div>
    </aside>
  </div>
</div>
<footer class="site-footer">
  <p>Cơ quan chủ quản: Ủy ban nhân dân tỉnh. Địa chỉ: số 1 đường Trần Hưng Đạo, thành phố. Điện thoại: 0203 3835 555.</p>
  <p>Ghi rõ nguồn "Cổng thông tin điện tử tỉnh" khi phát hành lại thông tin từ Cổng thông tin điện tử này.</p>
</footer>
<script src="/static/analytics.js"></script>
</body>
</html>
`
}

/** A portal of the 2000s: layout tables, a menu column of links, a statistics column, a footer row. */
export function tablePortalPage(notice: string): string {
  const menu = Array.from({length: 12}, (_, k) => `<tr><td class="menu-item"><a href="/m${k}">Mục ${k + 1}: Thông tin chỉ đạo điều hành</a></td></tr>`).join('\n')
  return `<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><title>UBND tỉnh</title></head>
<body><table width="1000" border="0" cellpadding="0">
<tr><td colspan="3"><img src="banner.jpg"><br>ỦY BAN NHÂN DÂN TỈNH - CỔNG THÔNG TIN ĐIỆN TỬ</td></tr>
<tr><td width="200" valign="top"><table>${menu}</table></td>
<td width="600" valign="top" class="td-content">${notice}</td>
<td width="200" valign="top"><table><tr><td>Thống kê truy cập</td></tr><tr><td>Đang online: 125</td></tr><tr><td>Tổng lượt truy cập: 1.234.567</td></tr></table></td></tr>
<tr><td colspan="3" align="center">Bản quyền © 2026 UBND tỉnh. Địa chỉ: số 1 đường Trần Hưng Đạo. Điện thoại: 0203.3835.555</td></tr>
</table></body></html>
`
}

/** A small .docx written here: a task table with a vertically merged owner cell (pandoc 2.17 writes no merged cells). */
function mergedCellsDocx(): Uint8Array {
  const w = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
  const p = (text: string) => `<w:p><w:r><w:t xml:space="preserve">${text}</w:t></w:r></w:p>`
  const cell = (text: string, merge = '') => `<w:tc><w:tcPr><w:tcW w:w="2200" w:type="dxa"/>${merge}</w:tcPr>${p(text)}</w:tc>`
  const row = (cells: string[]) => `<w:tr>${cells.join('')}</w:tr>`
  const table = [
    row([cell('TT'), cell('Nhiệm vụ'), cell('Cơ quan chủ trì'), cell('Thời hạn')]),
    row([cell('1'), cell('Ban hành quy chế quản lý dữ liệu của tỉnh'), cell('Sở Khoa học và Công nghệ', '<w:vMerge w:val="restart"/>'), cell('Quý II/2026')]),
    row([cell('2'), cell('Xây dựng kho dữ liệu dùng chung'), cell('', '<w:vMerge/>'), cell('Tháng 9/2026')]),
    row([cell('3'), cell('Rà soát thủ tục hành chính'), cell('Văn phòng UBND tỉnh'), cell('Tháng 6/2026')])
  ].join('')
  const grid = '<w:tblGrid>' + '<w:gridCol w:w="2200"/>'.repeat(4) + '</w:tblGrid>'
  const document = `<?xml version="1.0" encoding="UTF-8"?><w:document ${w}><w:body>${p('PHỤ LỤC: DANH MỤC NHIỆM VỤ')}<w:tbl>${grid}${table}</w:tbl>${p('Các cơ quan báo cáo kết quả trước ngày 15/12/2026.')}<w:sectPr/></w:body></w:document>`
  return zipSync({
    '[Content_Types].xml': strToU8('<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>'),
    '_rels/.rels': strToU8('<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>'),
    'word/document.xml': strToU8(document)
  })
}

/** Every letter outside ASCII as an entity: HTML 4's named ones where they exist (à, é, ô …), numeric otherwise. */
function withEntities(html: string): string {
  const named: Record<string, string> = {
    à: 'agrave', á: 'aacute', â: 'acirc', ã: 'atilde', è: 'egrave', é: 'eacute', ê: 'ecirc', ì: 'igrave', í: 'iacute',
    ò: 'ograve', ó: 'oacute', ô: 'ocirc', õ: 'otilde', ù: 'ugrave', ú: 'uacute', ý: 'yacute', À: 'Agrave', Á: 'Aacute',
    Â: 'Acirc', Ã: 'Atilde', È: 'Egrave', É: 'Eacute', Ê: 'Ecirc', Ì: 'Igrave', Í: 'Iacute', Ò: 'Ograve', Ó: 'Oacute',
    Ô: 'Ocirc', Õ: 'Otilde', Ù: 'Ugrave', Ú: 'Uacute', Ý: 'Yacute', '“': 'ldquo', '”': 'rdquo', '–': 'ndash', '…': 'hellip'
  }
  const body = html.indexOf('<body>')
  return (
    html.slice(0, body) +
    html.slice(body).replace(/[^\x00-\x7f]/gu, (ch) => (named[ch] ? `&${named[ch]};` : `&#${ch.codePointAt(0)};`))
  )
}

/** Combining tone marks and their Windows-1258 bytes. */
const toneBytes: Record<string, number> = {'\u0300': 0xcc, '\u0301': 0xec, '\u0303': 0xde, '\u0309': 0xd2, '\u0323': 0xf2}

/**
 * Text → Windows-1258 bytes as Windows writes them: a letter the code page
 * has whole (à, â, ơ, đ) is one byte; any other toned letter is its base
 * letter (with circumflex, breve or horn) and a combining tone mark byte.
 */
function encode1258(text: string): Buffer {
  const bytes: number[] = []
  const direct = (ch: string): number[] | null => {
    const b = iconv.encode(ch, 'windows1258')
    return iconv.decode(b, 'windows1258') === ch ? [...b] : null
  }
  for (const ch of text.normalize('NFC')) {
    const whole = direct(ch)
    if (whole) {
      bytes.push(...whole)
      continue
    }
    const nfd = ch.normalize('NFD')
    const tone = [...nfd].find((c) => toneBytes[c] !== undefined)
    const base = direct([...nfd].filter((c) => c !== tone).join('').normalize('NFC'))
    if (tone && base) bytes.push(...base, toneBytes[tone]!)
    else bytes.push(0x3f)
  }
  return Buffer.from(bytes)
}

/**
 * A minimal OLE compound file ([MS-CFB]) whose directory names `streams`
 * (empty streams): what Office writes around a password-protected .docx is
 * recognised by its `EncryptedPackage` stream, before anything is decrypted.
 */
function oleFile(streams: string[]): Buffer {
  const sector = 512
  const file = Buffer.alloc(sector * 3)
  Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(file, 0)
  file.writeUInt16LE(0x3e, 0x18) // minor version
  file.writeUInt16LE(3, 0x1a) // major version 3: 512-byte sectors
  file.writeUInt16LE(0xfffe, 0x1c) // little-endian
  file.writeUInt16LE(9, 0x1e) // sector shift
  file.writeUInt16LE(6, 0x20) // mini sector shift
  file.writeUInt32LE(1, 0x2c) // one FAT sector
  file.writeUInt32LE(1, 0x30) // directory starts at sector 1
  file.writeUInt32LE(0x1000, 0x38) // mini stream cutoff
  file.writeUInt32LE(0xfffffffe, 0x3c) // no mini FAT
  file.writeUInt32LE(0xfffffffe, 0x44) // no DIFAT sectors
  file.fill(0xff, 0x4c, 0x200)
  file.writeUInt32LE(0, 0x4c) // the FAT is sector 0
  const fat = sector
  file.fill(0xff, fat, fat + sector)
  file.writeUInt32LE(0xfffffffd, fat) // sector 0: FAT
  file.writeUInt32LE(0xfffffffe, fat + 4) // sector 1: directory, end of chain
  const entry = (index: number, name: string, type: number) => {
    const at = sector * 2 + index * 128
    file.write(name, at, 'utf16le')
    file.writeUInt16LE((name.length + 1) * 2, at + 64)
    file[at + 66] = type
    file.writeUInt32LE(0xffffffff, at + 68)
    file.writeUInt32LE(0xffffffff, at + 72)
    file.writeUInt32LE(index === 0 ? 1 : 0xffffffff, at + 76)
    file.writeUInt32LE(0xfffffffe, at + 116)
  }
  entry(0, 'Root Entry', 5)
  streams.slice(0, 3).forEach((name, k) => entry(k + 1, name, 2))
  return file
}

/** A Word 97–2003 file with the FIB's fEncrypted flag set, as a password-protected one has ([MS-DOC] 2.5.2). */
function withEncryptedFib(doc: Buffer): Buffer {
  const copy = Buffer.from(doc)
  const sectorSize = 1 << copy.readUInt16LE(0x1e)
  for (let at = sectorSize; at + 128 <= copy.length; at += 128) {
    if (copy.toString('utf16le', at, at + 24) === 'WordDocument') {
      const fib = (copy.readUInt32LE(at + 116) + 1) * sectorSize
      copy.writeUInt16LE(copy.readUInt16LE(fib + 0x0a) | 0x0100, fib + 0x0a)
      return copy
    }
  }
  throw new Error('no WordDocument stream')
}

// Run as a script (scripts/eval-formats.ts imports the converters).
if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) main()
