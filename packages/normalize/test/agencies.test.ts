import {describe, expect, it} from 'vitest'
import {matchAgency, repairText} from '../src/index.ts'
import {AGENCIES, CITIES, PROVINCES} from '../src/data/agencies.ts'

describe('gazetteer', () => {
  it('holds the 34 provinces and cities of 2025 and no name twice', () => {
    expect(CITIES.length + PROVINCES.length).toBe(34)
    const names = AGENCIES.map((a) => a.name)
    expect(new Set(names).size).toBe(names.length)
  })
})

describe('matchAgency: OCR-damaged spans → gazetteer names', () => {
  it.each([
    ['Van phông Trung uong Dãng', 'Văn phòng Trung ương Đảng'],
    ['Bô Cong an', 'Bộ Công an'],
    ['B6 Khoa hoc va Cong nghé', 'Bộ Khoa học và Công nghệ'],
    ['BO Tai chinh', 'Bộ Tài chính'],
    ['Ban Tuyén giao va Dan van Trung wong', 'Ban Tuyên giáo và Dân vận Trung ương'],
    ['Uy ban Kiem tra Trung uong', 'Ủy ban Kiểm tra Trung ương'],
    ['Dang uy Chinh phu', 'Đảng ủy Chính phủ'],
    ['So Nong nghiep va Moi truong', 'Sở Nông nghiệp và Môi trường'],
    ['Uy ban nhan dan tinh Lang Son', 'Ủy ban nhân dân tỉnh Lạng Sơn'],
    ['Toa an nhan dan tdi cao', 'Tòa án nhân dân tối cao'],
    ['Bộ Công an', 'Bộ Công an'],
    // A marked letter stands for what its base letter may: `ị`, `Ù` are i-, u-shapes read for ộ.
    ['Bị Tài chính', 'Bộ Tài chính'],
    ['BÙ Xây dựng', 'Bộ Xây dựng'],
    // Provincial and commune bodies other than departments.
    ['Uy ban Mat tran T6 quoc tinh', 'Ủy ban Mặt trận Tổ quốc tỉnh'],
    ['Bo Chi huy Bo doi Bien phong tinh', 'Bộ Chỉ huy Bộ đội Biên phòng tỉnh'],
    ['Phong Kinh té, Ha tang va Do thi', 'Phòng Kinh tế, Hạ tầng và Đô thị'],
    ['Ban Chi huy Quan su xa', 'Ban Chỉ huy Quân sự xã'],
    ['Van phong Hoi dong nhan dan va Uy ban nhan dan xa', 'Văn phòng Hội đồng nhân dân và Ủy ban nhân dân xã'],
    ['Cang vu Dudng thuy ndi dia khu vuc', 'Cảng vụ Đường thủy nội địa khu vực'],
    // Ministries' departments of 2025: marks lost, `Iy`/`1y` for lý, `ii` for u/ư, `1` for l.
    ['Cuc Quän Iy dat dai', 'Cục Quản lý đất đai'],
    ['Kho bac Nha nuoc', 'Kho bạc Nhà nước'],
    ['Uy ban Chiing khoan Nha nuoc', 'Ủy ban Chứng khoán Nhà nước'],
    ['Cuc Thiiy san va Kiem ngu', 'Cục Thủy sản và Kiểm ngư'],
    ['Cuc Phong, chong riia tien', 'Cục Phòng, chống rửa tiền'],
    ['Cuc Quan 1y thi hanh an dan su', 'Cục Quản lý thi hành án dân sự'],
    ['Cuc Du 1ich Quoc gia Viet Nam', 'Cục Du lịch Quốc gia Việt Nam'],
    ['Bo Tu 1enh Canh sat bien Viet Nam', 'Bộ Tư lệnh Cảnh sát biển Việt Nam'],
    ['Uy ban Tieu chuan Do luong Chat luong Quoc gia', 'Ủy ban Tiêu chuẩn Đo lường Chất lượng Quốc gia'],
    ['Cục Khởi nghiệp và Doanh nghiệp công nghệ', 'Cục Khởi nghiệp và Doanh nghiệp công nghệ'],
    // Names as documents abbreviate them, and a province's Party committees.
    ['Dang Uy UBND tinh', 'Đảng ủy UBND tỉnh'],
    ['Van phong HDND va UBND xa', 'Văn phòng HĐND và UBND xã'],
    ['Dang uy Cong an tinh', 'Đảng ủy Công an tỉnh'],
    ['Ban can su dang UBND tinh', 'Ban cán sự đảng UBND tỉnh'],
    ['Chu tich Uy ban nhan dan cóc tinh, thanh phó', 'Chủ tịch Ủy ban nhân dân các tỉnh, thành phố']
  ])('%s → %s', (span, name) => expect(matchAgency(span)?.name).toBe(name))

  it.each([['Ban Chi dao Trung uong'], ['phat trien khoa hoc'], ['các bộ, ngành'], ['Bị cáo Tài'], ['Cù Huy Cận']])('%s → no name', (span) => expect(matchAgency(span)).toBeNull())

  it('a clean name is certain, a far reading is not', () => {
    expect(matchAgency('Bộ Công an')).toMatchObject({certain: true, distance: 0})
    expect(matchAgency('Thi twéng Chinh phi')).toMatchObject({name: 'Thủ tướng Chính phủ', certain: false})
  })

  it('margin: how far the nearest rival of as many words is', () => {
    expect(matchAgency('Bộ Công an')?.margin).toBe(Infinity)
    const far = matchAgency('CÙ quan Thường trực Ban Chỉ đạo')
    expect(far).toMatchObject({name: 'Cơ quan Thường trực Ban Chỉ đạo', certain: false})
    expect(far!.margin).toBeGreaterThanOrEqual(3)
  })

  it('with prefix, the name at the start and where it ends', () => {
    expect(matchAgency('Bô Cong an chü tri', {prefix: true})).toMatchObject({name: 'Bộ Công an', end: 10})
    expect(matchAgency('Bô Cong an chü tri')).toBeNull()
  })

  it('names merged away in 2025 are kept, marked former', () => {
    expect(matchAgency('Bo Ke hoach va Dau tu')).toMatchObject({name: 'Bộ Kế hoạch và Đầu tư', former: true})
  })
})

describe('repairText: names in broken paragraphs', () => {
  it('restores a damaged name and reports it', () => {
    const r = repairText('Giao Van phông Trung uong Dãng chü tri, phoi hop voi Bô Cong an trien khai thuc hien ke hoach nay.')
    expect(r.text).toContain('Văn phòng Trung ương Đảng chủ trì')
    expect(r.text).toContain('Bộ Công an')
    expect(r.repairs.filter((x) => x.kind === 'owner').map((x) => x.source)).toEqual(['Văn phòng Trung ương Đảng', 'Bộ Công an'])
    for (const x of r.repairs) expect(r.text.slice(x.start, x.end)).toBe(x.to)
  })

  it('reads a ministry department with `rn` for m, leaves a clean one as it is', () => {
    // `rn` → m costs more than a word may differ in matchAgency alone; the decoder reads `Narn` as Nam first.
    expect(repairText('Giao Cuc Hang hai va Duong thuy Viet Narn chu tri thuc hien ke hoach nay.').text).toContain('Cục Hàng hải và Đường thủy Việt Nam chủ trì')
    expect(repairText('Giao Cuc Kiem soat thu tuc hanh chinh chu tri, phoi hop voi Cuc Quan 1y dat dai trien khai thuc hien.').text).toContain('Cục Quản lý đất đai triển khai')
    const clean = 'Giao Cục Trồng trọt và Bảo vệ thực vật chủ trì, phối hợp với Kho bạc Nhà nước thực hiện.'
    expect(repairText(clean).text).toBe(clean)
  })

  it('an uncertain name carries an owner-repaired warning', () => {
    const r = repairText('Giao Dang tty Mat tran T6 quoc, cdc doan thé Trung wong chu tri thuc hien cac nhiem vu nay trong nam.')
    expect(r.repairs.some((x) => x.kind === 'owner' && !x.certain)).toBe(true)
    expect(r.warnings.some((w) => w.startsWith('owner-repaired: '))).toBe(true)
  })

  it('keeps a heading in capitals', () => {
    expect(repairText('CO QUAN THUONG TRUC BAN CHi DAO').text).toBe('CƠ QUAN THƯỜNG TRỰC BAN CHỈ ĐẠO')
  })

  it('judges the case of a name by its words, not its abbreviations, and keeps a small letter of its own', () => {
    expect(repairText('7.Vän phong HDND va UBND xä theo döi, dön döc cäc co quan, don vi thuc hien.').text).toContain('Văn phòng HĐND và UBND xã theo dõi')
    expect(repairText('Ban thuong vu dang uy cac xa, phuong chi dao xay dung ke hoach khac phuc.').text).toContain('Ban thường vụ đảng ủy các xã, phường chỉ đạo')
  })

  it('reads an office before a capital (its body, its holder) and a head of bodies before lower case', () => {
    expect(repairText('Thu truong Bo Tai chinh Nguyen Van Thanh chu tri cuoc hop.').text).toMatch(/^Thứ trưởng Bộ Tài chính /u)
    expect(repairText('Thu truong cac so, ban, nganh trien khai thuc hien.').text).toMatch(/^Thủ trưởng các sở, ban, ngành /u)
    expect(repairText('Bo truong, Thu truong co quan ngang bo chiu trach nhiem.').text).toMatch(/^Bộ trưởng, Thủ trưởng cơ quan ngang bộ /u)
  })

  it('does not take generic mentions for names', () => {
    expect(repairText('cac bo, nganh va dia phuong phai hoan thanh cong viec').text).toBe('các bộ, ngành và địa phương phải hoàn thành công việc')
  })
})
