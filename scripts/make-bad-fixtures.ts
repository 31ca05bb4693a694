/**
 * Writes fixtures/bad/: one small file per kind of bad input a batch must
 * survive (issue 7), plus one good notice to run beside them. Run it again
 * after changing it: `npx tsx scripts/make-bad-fixtures.ts`. The encrypted and
 * many-page PDFs need qpdf at generation time only (`apt-get install -y qpdf`);
 * vanban itself never does. The outputs are committed.
 */
import {execFileSync} from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {encodeGreyPng} from '../test/support/png.ts'

const root = path.resolve(import.meta.dirname, '..')
const out = path.join(root, 'fixtures/bad')
fs.rmSync(out, {recursive: true, force: true})
fs.mkdirSync(out, {recursive: true})
const put = (name: string, data: string | Uint8Array) => fs.writeFileSync(path.join(out, name), data)

/** A minimal PDF: one Helvetica text page per entry of `pages` (ASCII only), or blank pages. */
function makePdf(pages: readonly (readonly string[] | null)[], mediaBox = '0 0 595 842'): Buffer {
  const objects: string[] = []
  const add = (body: string) => objects.push(body) // object number = index + 1
  add('<< /Type /Catalog /Pages 2 0 R >>')
  add('') // Pages, filled in once the kids are known
  add('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>')
  const kids: number[] = []
  for (const lines of pages) {
    let resources = ''
    let contents = ''
    if (lines) {
      const ops = lines.map((line, i) => `BT /F1 12 Tf 72 ${770 - 18 * i} Td (${line.replace(/[\\()]/g, '\\$&')}) Tj ET`).join('\n')
      add(`<< /Length ${ops.length} >>\nstream\n${ops}\nendstream`)
      contents = ` /Contents ${objects.length} 0 R`
      resources = ' /Resources << /Font << /F1 3 0 R >> >>'
    }
    add(`<< /Type /Page /Parent 2 0 R${resources}${contents} >>`)
    kids.push(objects.length)
  }
  objects[1] = `<< /Type /Pages /MediaBox [${mediaBox}] /Count ${kids.length} /Kids [${kids.map((k) => `${k} 0 R`).join(' ')}] >>`
  let body = '%PDF-1.4\n'
  const offsets: number[] = []
  objects.forEach((object, i) => {
    offsets.push(Buffer.byteLength(body, 'latin1'))
    body += `${i + 1} 0 obj\n${object}\nendobj\n`
  })
  const xref = Buffer.byteLength(body, 'latin1')
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`
  body += offsets.map((offset) => `${String(offset).padStart(10, '0')} 00000 n \n`).join('')
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`
  return Buffer.from(body, 'latin1')
}

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

// Latin-1 bytes (Vietnamese typed on an old 8-bit code page): invalid as UTF-8.
put('legacy-latin1.txt', Buffer.from('THÔNG BÁO\r\n1. Bô Tài chính chú trì, hoàn thành trong quý I/2026.\r\n', 'latin1'))

fs.rmSync(tmp, {recursive: true, force: true})
for (const name of fs.readdirSync(out).sort()) console.log(`${String(fs.statSync(path.join(out, name)).size).padStart(7)}  fixtures/bad/${name}`)
