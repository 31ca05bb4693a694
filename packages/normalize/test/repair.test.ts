// The shipped model as Node reads it (the package entry installs this; these tests import modules directly).
import '../src/shipped-model-node.ts'
import {readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {brokenness, isSyllable, repairText, skeleton, trainLanguageModel} from '../src/repair/index.ts'
import {syllableAccuracy, syllables} from '../../../test/support/metrics.ts'

const root = new URL('../../../', import.meta.url).pathname

describe('syllable inventory', () => {
  it.each([
    ['người', true], ['quốc', true], ['giết', true], ['nghiêng', true], ['khuỷu', true], ['hòa', true], ['hoà', true],
    ['phap', false], ['ưung', false], ['ngi', false], ['kan', false], ['cem', false], ['tap', false]
  ])('%s → %s', (w, ok) => expect(isSyllable(w)).toBe(ok))

  it('indexes by skeleton', () => expect(skeleton('Đổi Mới')).toBe('doi moi'))
})

describe('repairText: broken syllables in context', () => {
  // Each broken phrase is long enough to be repaired as a paragraph (auto mode judges it broken).
  it.each([
    ['nhim vii trong tam', 'nhiệm vụ trọng tâm'],
    ['cac cci quan nha nuoc', 'các cơ quan nhà nước'],
    ['phat trien khoa hoc, cong nghe', 'phát triển khoa học, công nghệ'],
    ['déi méi sang tao va chuyén déi s6', 'đổi mới sáng tạo và chuyển đổi số'],
    ['Thu@ng tric Ban Chi dao', 'Thường trực Ban Chỉ đạo'],
    ['to chttc Phién hop', 'tổ chức Phiên họp'],
    ['BAN CHI DAO TRUNG UONG', 'BAN CHỈ ĐẠO TRUNG ƯƠNG'],
    ['hoan thanh trong nam 2026', 'hoàn thành trong năm 2026'],
    // dropped onset letters, digits for letters, a stray inserted letter
    ['ngun 1irc tai chinh', 'nguồn lực tài chính'],
    ['nang cao chat luong ngun nhan 1irc', 'nâng cao chất lượng nguồn nhân lực'],
    ['B6 Ngoai giao, B6 Tai chinh', 'Bộ Ngoại giao, Bộ Tài chính'],
    ['ty 10 nguoi dan', 'tỷ lệ người dân'],
    // A name the print writes in small letters keeps them (the gazetteer's marks, the print's case);
    // a capital the engine lost (`ty` for Ủy) is the gazetteer's.
    ['Giao Ban Chi huy quan su xa to chuc huan luyen', 'Giao Ban Chỉ huy quân sự xã tổ chức huấn luyện'],
    ['Giao Ban Chi huy Quan su xa to chuc huan luyen', 'Giao Ban Chỉ huy Quân sự xã tổ chức huấn luyện']
  ])('%s → %s', (broken, clean) => expect(repairText(broken).text).toBe(clean))
})

it('repairs words an OCR glued with punctuation part by part', () => {
  expect(repairText('viec phan.bo nguon luc cho cac Bo_Nganh').text).toMatch(/^việc phân\.b\S+ nguồn lực cho các Bộ_Ngành$/)
})

// Known gaps (see README): a valid syllable read for another (`trong` for `ương`), a dropped
// onset+vowel (`ngun`), and `sé` → số/sở with thin context.
it.todo('Ban Chi dao Trung trong → Ban Chỉ đạo Trung ương')
it.todo('tai Tru sé Trung wong Dang → tại Trụ sở Trung ương Đảng')
// A stray letter inside a word whose other letters are also misread: the candidate walk's beam
// (24 states a position) fills with the channel's many Latin-model readings before it.
it.todo('to chtfc thuc hien → tổ chức thực hiện')

describe('repairText: what must be kept', () => {
  it.each([
    ['Nghi quyét s6 57-NQ/TW cua Bo Chinh tri', '57-NQ/TW'],
    ['Ké hoach s6 02-KH/BCĐTW ngay 1/4/2025', '02-KH/BCĐTW'],
    ['gui y kien qua pakn.nq57.vn truoc ngay 30', 'pakn.nq57.vn'],
    ['phat trien KHCN, DMST va CDS', 'KHCN, ĐMST và CĐS'],
    ['cat giam TTHC, chi phi tuan thu', 'TTHC'],
    ['trong 6 thang dau nam', 'trong 6 tháng'],
    ['nam 2026 co 10 nhiem vu', '10 nhiệm vụ'],
    ['thuc hien Ke hoach 02-KH/BCDTW va Quy dinh 05-QD/BCDTW', '02-KH/BCĐTW'],
    ['thuc hien Ke hoach 02-KH/BCDTW va Quy dinh 05-QD/BCDTW', '05-QĐ/BCĐTW'],
    ['xem tai chinhphu.vn va v.v. cac trang khac', 'chinhphu.vn'],
    ['xem tai chinhphu.vn va v.v. cac trang khac', 'v.v.']
  ])('%s keeps %s', (broken, kept) => expect(repairText(broken).text).toContain(kept))

  it('leaves clean text unchanged', () => {
    const clean = readFileSync(`${root}fixtures/tb20-2026-notice.md`, 'utf8').slice(0, 6000)
    const r = repairText(clean)
    expect(syllableAccuracy(r.text, clean)).toBeGreaterThanOrEqual(0.999)
  })

  it('mode never is the identity', () => expect(repairText('nhim vii', {mode: 'never'}).text).toBe('nhim vii'))

  it('does not make tesseract vie output of four scanned pages worse', () => {
    const vie = readFileSync(`${root}fixtures/ocr-pairs/tb20-p1-4.scan.vie.txt`, 'utf8')
    const truth = readFileSync(`${root}fixtures/tb20-2026-notice.md`, 'utf8')
    const span = syllables(truth).slice(0, syllables(vie).length + 40).join(' ')
    expect(syllableAccuracy(repairText(vie).text, span)).toBeGreaterThanOrEqual(syllableAccuracy(vie, span))
  })

  it('does not make tesseract vie output worse', () => {
    const vie = 'NHIẸM VỤ, GIAI PHAP TRỌNG TAM. Tập ưung phát triển hạ tầng số và nguồn nhân lực chất lượng cao.'
    const truth = 'NHIỆM VỤ, GIẢI PHÁP TRỌNG TÂM. Tập trung phát triển hạ tầng số và nguồn nhân lực chất lượng cao.'
    expect(syllableAccuracy(repairText(vie).text, truth)).toBeGreaterThanOrEqual(syllableAccuracy(vie, truth))
  })
})

describe('brokenness', () => {
  it('tells broken from clean', () => {
    expect(brokenness('phat trien khoa hoc cong nghe').broken).toBe(true)
    expect(brokenness('phát triển khoa học công nghệ').broken).toBe(false)
  })

  it('tells marks stripped (letters intact) from OCR damage, and never on a short text', () => {
    expect(brokenness('phat trien khoa hoc, cong nghe, doi moi sang tao va chuyen doi so trong cac co quan nha nuoc de nang cao hieu qua quan ly').stripped).toBe(true)
    expect(brokenness('nhim vii trong tam, 1irc luong, cci quan nha nuoc Thu@ng tric Ban Chi dao de nang cao hieu qua quan ly nha nuoc').stripped).toBe(false)
    expect(brokenness('PHI LOC').stripped).toBe(false)
  })

  it('tells a long text read by another Latin model (its own marks, mostly valid syllables) from clean text', () => {
    const por = readFileSync(new URL('../../../fixtures/broken/c-directive-admin-procedures.ocr-por.txt', import.meta.url), 'utf8')
    const judged = brokenness(por)
    expect(judged).toMatchObject({broken: true})
    expect(judged.invalid).toBeLessThan(0.3)
    expect(judged.markedValid).toBeGreaterThan(0.5)
    // A few lines of it alone are too short to judge by invalid words only.
    expect(brokenness(por.split('\n').slice(12, 16).join(' ')).broken).toBe(false)
    const tb20 = readFileSync(new URL('../../../fixtures/tb20-2026-notice.md', import.meta.url), 'utf8')
    expect(brokenness(tb20).broken).toBe(false)
  })
})

describe('repairText in a broken document: a capital Đ read as P', () => {
  it.each([
    ['2. Pâng úy Úy ban nhân dân tinh', '2. Đảng ủy Ủy ban nhân dân tỉnh'],
    ['c) Ping chi Thu tuong Chinh phu, Pho Truong Ban Chi dao', 'c) Đồng chí Thủ tướng Chính phủ, Phó Trưởng Ban Chỉ đạo'],
    ['PDáng úy các xá, phuong, dác khu lánh dao; PDién luc Viét Nam', 'Đảng ủy các xã, phường, đặc khu lãnh đạo; Điện lực Việt Nam']
  ])('%s → %s', (broken, fixed) => expect(repairText(broken, {mode: 'auto', documentBroken: true}).text).toBe(fixed))

  it('a speck read as ! inside a name goes', () => {
    expect(repairText('Van phong Trung uong Dang - Co quan Thuong truc Ban Chi! dao tham muu cap co tham quyen', {mode: 'auto', documentBroken: true}).text).toBe(
      'Văn phòng Trung ương Đảng - Cơ quan Thường trực Ban Chỉ đạo tham mưu cấp có thẩm quyền'
    )
    expect(repairText('Kiên quyết! Không để xảy ra', {mode: 'auto', documentBroken: true}).text).toBe('Kiên quyết! Không để xảy ra')
  })

  it('not where the document is clean, nor before a consonant', () => {
    expect(repairText('Khu di tích Pác Bó', {mode: 'auto'}).text).toBe('Khu di tích Pác Bó')
    expect(repairText('tại Pleiku, Gia Lai', {mode: 'auto', documentBroken: true}).text).toBe('tại Pleiku, Gia Lai')
  })
})

describe('stripped documents', () => {
  it('read each word as a form of its own skeleton, foreign words left alone', () => {
    const text = 'Cac doanh nghiep cong nghe so nhu Viettel va Qualcomm phat trien nen tang so, ho tro chuyen doi so cho cac co quan nha nuoc va nguoi dan trong ca nuoc.'
    expect(repairText(text, {documentStripped: true}).text).toBe('Các doanh nghiệp công nghệ số như Viettel và Qualcomm phát triển nền tảng số, hỗ trợ chuyển đổi số cho các cơ quan nhà nước và người dân trong cả nước.')
  })

  it('a short OCR heading of a damaged document still gets the full search', () => {
    expect(repairText('PHI LUC\n\nNHIEM VU, GIAI PHAP TRONG TAM', {documentBroken: true, documentStripped: false}).text).toBe('PHỤ LỤC\n\nNHIỆM VỤ, GIẢI PHÁP TRỌNG TÂM')
  })
})

describe('paragraph of tb20 English-model OCR', () => {
  it('repairs a slice to ≥ 0.9 syllable accuracy', () => {
    const eng = readFileSync(`${root}fixtures/broken/tb20-2026-notice.scan.eng.txt`, 'utf8')
    const truth = readFileSync(`${root}fixtures/tb20-2026-notice.md`, 'utf8')
    const start = eng.indexOf('Ngay 12/3/2026')
    const slice = eng.slice(start, eng.indexOf('\n\n', start))
    const tStart = truth.indexOf('Ngày 12/3/2026')
    const truthSlice = truth.slice(tStart, truth.indexOf('\n', tStart))
    expect(syllableAccuracy(slice, truthSlice)).toBeLessThan(0.5)
    expect(syllableAccuracy(repairText(slice).text, truthSlice)).toBeGreaterThanOrEqual(0.9)
  })
})

describe('trainLanguageModel', () => {
  it('counts syllable n-grams', () => {
    const m = trainLanguageModel(['Nhiệm vụ trọng tâm. Nhiệm vụ cụ thể.'])
    expect(m.vocab).toContain('nhiệm')
    expect(m.unigrams[m.vocab.indexOf('vụ')]).toBe(2)
  })
})

describe('tone style (hòa / hoà)', () => {
  it('follows the option, old style by default', () => {
    expect(repairText('cong nghiep hoa, hien dai hoa dat nuoc').text).toBe('công nghiệp hóa, hiện đại hóa đất nước')
    expect(repairText('cong nghiep hoa, hien dai hoa dat nuoc', {toneStyle: 'new'}).text).toBe('công nghiệp hoá, hiện đại hoá đất nước')
  })

  it("follows the document's own valid words", () => {
    const doc = 'Văn hoá, thuỷ lợi và hoà bình.\n\ncong nghiep hoa, hien dai hoa dat nuoc'
    expect(repairText(doc).text).toContain('công nghiệp hoá, hiện đại hoá')
  })

  it('never restyles a word it keeps', () => {
    expect(repairText('thuỷ lợi và thủy sản, hoá chất và hóa dầu', {toneStyle: 'old'}).text).toBe('thuỷ lợi và thủy sản, hoá chất và hóa dầu')
  })
})

describe('repairText auto: a paragraph of a broken document', () => {
  // French-model OCR gives Vietnamese words marks of its own, many of them valid syllables
  // (`bên sô`, `thâm dinh`): alone the paragraph does not look broken (12 % invalid, 64 % marked).
  const french = 'Sở Xày dung thâm dinh thiết kế cơ sở hang mục bên sô 1 và bên sô 2 theo quy dinh, bâo câo kết quả truéc ngày 20/12/2026.'
  it('is repaired whole when it has more invalid words than clean prose has', () => {
    const broken = 'Uy ban nhan dan thanh pho chi dao cac so, nganh trien khai thuc hien ngay cac nhiem vu sau day.'
    const result = repairText(`${broken}\n\n${french}`, {mode: 'auto'})
    expect(result.repairedParagraphs).toEqual([0, 1])
    expect(result.text.split('\n\n')[1]).toBe('Sở Xây dựng thẩm định thiết kế cơ sở hạng mục bên số 1 và bên số 2 theo quy định, báo cáo kết quả trước ngày 20/12/2026.')
  })
  it('in a clean document only its invalid words change', () => {
    const text = repairText(`Ủy ban nhân dân thành phố chỉ đạo các sở, ngành triển khai thực hiện ngay các nhiệm vụ sau đây.\n\n${french}`, {mode: 'auto'}).text
    expect(text.split('\n\n')[1]).toContain('thâm dinh')
  })
})
