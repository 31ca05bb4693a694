/**
 * Writes fixtures/bad/: one small file per kind of bad input a batch must
 * survive (issue 7), plus one good notice to run beside them. Run it again
 * after changing it: `npx tsx scripts/make-bad-fixtures.ts`. The encrypted and
 * many-page PDFs need qpdf at generation time only (`apt-get install -y qpdf`);
 * vanban itself never does. The outputs are committed. Issue 16 added the
 * hostile ones: a flate bomb and a line drawn 290,000 times (and many-pages.pdf
 * read without --max-pages is 2,000 blank pages).
 */
import {execFileSync} from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import zlib from 'node:zlib'
import {encodeGreyPng} from '../test/support/png.ts'
import {makePdf, textOperators} from '../test/support/pdf.ts'

const root = path.resolve(import.meta.dirname, '..')
const out = path.join(root, 'fixtures/bad')
fs.rmSync(out, {recursive: true, force: true})
fs.mkdirSync(out, {recursive: true})
const put = (name: string, data: string | Uint8Array) => fs.writeFileSync(path.join(out, name), data)

/**
 * A grey-scale white PNG: the smallest honest "scan with no text". With `rows`
 * below `height`, only that many rows of pixel data follow: a header claiming a
 * huge image in a few bytes.
 */
const makeBlankPng = (width: number, height: number, rows = height): Buffer =>
  encodeGreyPng(new Uint8Array(width * rows).fill(0xff), width, height)

const qpdf = (...args: string[]) => execFileSync('qpdf', args, {stdio: 'inherit'})
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'vanban-bad-'))

// A good notice, so a test runs good and bad files in one folder.
put('good-notice.md', `# THÔNG BÁO
Kết luận của Trưởng Ban Chỉ đạo tại cuộc họp ngày 10 tháng 3 năm 2026

Trưởng Ban Chỉ đạo yêu cầu các cơ quan thực hiện các nhiệm vụ sau:

1. Bộ Khoa học và Công nghệ chủ trì, phối hợp với Bộ Tài chính hoàn thiện dự thảo Nghị định về quỹ đổi mới sáng tạo, trình Chính phủ trước ngày 30/6/2026.
2. Bộ Nội vụ rà soát chức năng, nhiệm vụ của các đơn vị sự nghiệp công lập, hoàn thành trong quý III/2026.
3. Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương thường xuyên theo dõi, đôn đốc việc thực hiện.
`)

// Zero bytes: an interrupted download or copy.
put('empty.pdf', '')

// The first 12 KB of a real notice: a download cut short (no xref, no trailer, pages missing).
put('truncated.pdf', fs.readFileSync(path.join(root, 'fixtures/tb20-2026-notice.pdf')).subarray(0, 12_000))

// An HTML error page saved under a .pdf name: what a failed portal download gives.
put('not-a-pdf.pdf', '<!DOCTYPE html>\n<html><head><title>404 Not Found</title></head><body><h1>Không tìm thấy trang</h1></body></html>\n')

// Encrypted with the user password `vanban` (AES-256): needs --password.
const plain = path.join(tmp, 'plain.pdf')
fs.writeFileSync(plain, makePdf([['THONG BAO', '1. Bo Tai chinh chu tri tong hop bao cao, hoan thanh truoc ngay 31/12/2026.']]))
// --static-id/--static-aes-iv (qpdf's test switches) cut the churn; the AES-256 file key stays random.
qpdf('--static-id', '--static-aes-iv', '--encrypt', 'vanban', 'vanban-owner', '256', '--', plain, path.join(out, 'encrypted.pdf'))

// 2,000 blank pages in a few KB: a page-count bomb for --max-pages.
const many = path.join(tmp, 'many.pdf')
fs.writeFileSync(many, makePdf(Array.from({length: 2000}, () => null)))
qpdf('--deterministic-id', '--object-streams=generate', '--compress-streams=y', many, path.join(out, 'many-pages.pdf'))

// One blank page of 200 × 200 inches (14,400 pt, the largest PDF allows): rendering it for OCR
// at scan resolution would need gigabytes; the reader must refuse or warn, never crash.
put('huge-page.pdf', makePdf([null], '0 0 14400 14400'))

// A scan of an empty sheet: OCR finds no text.
put('blank.png', makeBlankPng(600, 400))

// 40,000 × 40,000 pixels claimed (1.6 gigapixels, 6 GB as RGBA) in a few hundred bytes: a huge page.
put('huge-image.png', makeBlankPng(40_000, 40_000, 1))

// A Word file: not a format vanban reads.
put('notice.docx', Buffer.from('PK\u0003\u0004 this is not read: .docx is not a supported format\n', 'latin1'))

// A decompression bomb: a title line then 1 GiB of spaces in one content stream, deflated twice
// (`[/FlateDecode /FlateDecode]`, ~1000:1 a pass) into about 2 KB. Read whole, pdf.js held
// gigabytes; maxStreamBytes refuses it.
put('flate-bomb.pdf', makePdf([{content: await deflateTwice(textOperators(['THONG BAO']) + '\n', 2 ** 30), filter: '[/FlateDecode /FlateDecode]'}]))

// One line of text drawn 290,000 times at the same place (17 MB of operators, deflated twice into
// a few KB): layout's work grows with the square of the items on a line, so this ran for minutes.
const repeated = Buffer.from('BT /F1 12 Tf 72 400 Td (THONG BAO KET LUAN CUOC HOP) Tj ET\n'.repeat(290_000), 'latin1')
put('repeated-line.pdf', makePdf([{content: zlib.deflateSync(zlib.deflateSync(repeated, {level: 9}), {level: 9}), filter: '[/FlateDecode /FlateDecode]'}]))

// Latin-1 bytes (Vietnamese typed on an old 8-bit code page): invalid as UTF-8.
put('legacy-latin1.txt', Buffer.from('THÔNG BÁO\r\n1. Bô Tài chính chú trì, hoàn thành trong quý I/2026.\r\n', 'latin1'))

fs.rmSync(tmp, {recursive: true, force: true})
for (const name of fs.readdirSync(out).sort()) console.log(`${String(fs.statSync(path.join(out, name)).size).padStart(7)}  fixtures/bad/${name}`)

/** `prefix` then `spaces` spaces, deflated, and the result deflated again, never holding the spaces whole. */
async function deflateTwice(prefix: string, spaces: number): Promise<Buffer> {
  const deflate = zlib.createDeflate({level: 9})
  const once: Buffer[] = []
  deflate.on('data', (data: Buffer) => once.push(data))
  const ended = new Promise((resolve) => deflate.on('end', resolve))
  const chunk = Buffer.alloc(16 * 2 ** 20, 0x20)
  deflate.write(Buffer.from(prefix, 'latin1'))
  for (let n = 0; n < spaces; n += chunk.length) deflate.write(chunk.subarray(0, Math.min(chunk.length, spaces - n)))
  deflate.end()
  await ended
  return zlib.deflateSync(Buffer.concat(once), {level: 9})
}
