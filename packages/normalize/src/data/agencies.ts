/**
 * Names of Vietnamese public bodies, as documents print them: the gazetteer the OCR repair
 * matches damaged spans against (`Van phông Trung uong Dãng` → Văn phòng Trung ương Đảng).
 *
 * Sources (public legal texts, facts not creative expression):
 * - Ministries and ministry-level bodies: Nghị quyết 176/2025/QH15 (structure of the Government
 *   from 1/3/2025: 14 ministries, 3 ministry-level bodies); Government agencies: Nghị định
 *   on each agency's functions (2025).
 * - Provinces: Nghị quyết 202/2025/QH15 (34 provinces and centrally-run cities from 12/6/2025);
 *   the 29 provinces merged away are kept as `former`, older notices still name them.
 * - Provincial departments: Nghị định 45/2025/NĐ-CP (specialised bodies of a provincial
 *   People's Committee).
 * - Party bodies: Kết luận 121-KL/TW and the Politburo decisions of 2025 on the organisation of
 *   central Party bodies (Ban Tuyên giáo và Dân vận Trung ương, Ban Chính sách, chiến lược
 *   Trung ương, Đảng ủy Chính phủ, Đảng ủy Quốc hội …).
 * - National Assembly committees: Nghị quyết 178/2025/QH15.
 * - Other provincial and commune bodies: the Fatherland Front and the mass organisations
 *   under it at each level (Luật Mặt trận Tổ quốc Việt Nam, as amended in 2025); the military
 *   and border-guard commands (Luật Quốc phòng, Luật Biên phòng Việt Nam); a commune's offices
 *   (Nghị định 150/2025/NĐ-CP: Văn phòng Hội đồng nhân dân và Ủy ban nhân dân, Phòng Kinh tế
 *   or, in a ward, Phòng Kinh tế, Hạ tầng và Đô thị, Phòng Văn hóa - Xã hội).
 * Spelling follows the texts: capitals on each proper-name word, old tone style (ủy, hóa), which
 * the repair converts to the document's own style.
 */

export type AgencyKind = 'party' | 'state' | 'ministry' | 'ministry-unit' | 'government-agency' | 'organisation' | 'province' | 'provincial' | 'department' | 'title'

export interface AgencyEntry {
  readonly name: string
  readonly kind: AgencyKind
  /** Abolished or merged in the 2025 reorganisation; older notices still name it. */
  readonly former?: boolean
}

const PARTY = [
  'Ban Chấp hành Trung ương', 'Ban Chấp hành Trung ương Đảng', 'Bộ Chính trị', 'Ban Bí thư',
  'Văn phòng Trung ương Đảng', 'Ban Tổ chức Trung ương', 'Ban Tuyên giáo và Dân vận Trung ương',
  'Ban Chính sách, chiến lược Trung ương', 'Ban Đối ngoại Trung ương', 'Ban Nội chính Trung ương',
  'Ủy ban Kiểm tra Trung ương', 'Đảng ủy Chính phủ', 'Đảng ủy Quốc hội', 'Đảng ủy các cơ quan Đảng Trung ương',
  'Đảng ủy Mặt trận Tổ quốc, các đoàn thể Trung ương', 'Đảng ủy Công an Trung ương', 'Quân ủy Trung ương',
  'Hội đồng Lý luận Trung ương', 'Học viện Chính trị quốc gia Hồ Chí Minh', 'Báo Nhân Dân', 'Tạp chí Cộng sản',
  'Cơ quan Thường trực Ban Chỉ đạo', 'Thường trực Ban Bí thư'
]
const FORMER_PARTY = [
  'Ban Tuyên giáo Trung ương', 'Ban Dân vận Trung ương', 'Ban Kinh tế Trung ương',
  'Đảng ủy Khối các cơ quan Trung ương', 'Đảng ủy Khối Doanh nghiệp Trung ương'
]

const STATE = [
  'Quốc hội', 'Ủy ban Thường vụ Quốc hội', 'Văn phòng Quốc hội', 'Hội đồng Dân tộc', 'Ủy ban Pháp luật và Tư pháp',
  'Ủy ban Kinh tế và Tài chính', 'Ủy ban Quốc phòng, An ninh và Đối ngoại', 'Ủy ban Văn hóa và Xã hội',
  'Ủy ban Khoa học, Công nghệ và Môi trường', 'Văn phòng Chủ tịch nước', 'Chính phủ', 'Thủ tướng Chính phủ',
  'Tòa án nhân dân tối cao', 'Viện kiểm sát nhân dân tối cao', 'Kiểm toán nhà nước',
  'Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam'
]

const MINISTRIES = [
  'Bộ Quốc phòng', 'Bộ Công an', 'Bộ Ngoại giao', 'Bộ Nội vụ', 'Bộ Tư pháp', 'Bộ Tài chính', 'Bộ Công Thương',
  'Bộ Nông nghiệp và Môi trường', 'Bộ Xây dựng', 'Bộ Văn hóa, Thể thao và Du lịch', 'Bộ Khoa học và Công nghệ',
  'Bộ Giáo dục và Đào tạo', 'Bộ Y tế', 'Bộ Dân tộc và Tôn giáo',
  'Ngân hàng Nhà nước Việt Nam', 'Thanh tra Chính phủ', 'Văn phòng Chính phủ'
]
const FORMER_MINISTRIES = [
  'Bộ Kế hoạch và Đầu tư', 'Bộ Thông tin và Truyền thông', 'Bộ Tài nguyên và Môi trường',
  'Bộ Nông nghiệp và Phát triển nông thôn', 'Bộ Lao động - Thương binh và Xã hội', 'Bộ Giao thông vận tải',
  'Ủy ban Dân tộc', 'Ủy ban Quản lý vốn nhà nước tại doanh nghiệp'
]

const GOVERNMENT_AGENCIES = [
  'Đài Truyền hình Việt Nam', 'Đài Tiếng nói Việt Nam', 'Thông tấn xã Việt Nam',
  'Viện Hàn lâm Khoa học và Công nghệ Việt Nam', 'Viện Hàn lâm Khoa học xã hội Việt Nam',
  'Ban Quản lý Lăng Chủ tịch Hồ Chí Minh', 'Đại học Quốc gia Hà Nội', 'Đại học Quốc gia Thành phố Hồ Chí Minh',
  'Bảo hiểm xã hội Việt Nam'
]

const ORGANISATIONS = [
  'Mặt trận Tổ quốc Việt Nam', 'Tổng Liên đoàn Lao động Việt Nam', 'Trung ương Đoàn Thanh niên Cộng sản Hồ Chí Minh',
  'Hội Liên hiệp Phụ nữ Việt Nam', 'Hội Nông dân Việt Nam', 'Hội Cựu chiến binh Việt Nam',
  'Phòng Thương mại và Công nghiệp Việt Nam', 'Liên hiệp các Hội Khoa học và Kỹ thuật Việt Nam',
  'Liên đoàn Thương mại và Công nghiệp Việt Nam'
]

/** Office holders named as the owner of a task (`Đồng chí Thủ tướng Chính phủ, Phó Trưởng Ban Chỉ đạo`). */
const TITLES = [
  'Tổng Bí thư', 'Chủ tịch nước', 'Chủ tịch Quốc hội', 'Phó Chủ tịch Quốc hội', 'Phó Thủ tướng Chính phủ', 'Phó Thủ tướng',
  'Trưởng Ban Chỉ đạo', 'Phó Trưởng Ban Chỉ đạo', 'Bộ trưởng', 'Thứ trưởng', 'Chủ tịch Ủy ban nhân dân', 'Phó Chủ tịch Ủy ban nhân dân',
  'Chủ tịch Hội đồng nhân dân', 'Bí thư Tỉnh ủy', 'Bí thư Thành ủy', 'Giám đốc Sở', 'Chánh Văn phòng', 'Tổng Kiểm toán nhà nước',
  'Chánh án Tòa án nhân dân tối cao', 'Viện trưởng Viện kiểm sát nhân dân tối cao', 'Thống đốc Ngân hàng Nhà nước Việt Nam',
  'Tổng Thanh tra Chính phủ', 'Chủ nhiệm Văn phòng Chính phủ'
]

/** The six centrally-run cities (thành phố trực thuộc Trung ương) of Nghị quyết 202/2025/QH15. */
export const CITIES = ['Hà Nội', 'Huế', 'Hải Phòng', 'Đà Nẵng', 'Thành phố Hồ Chí Minh', 'Cần Thơ']

/** The 28 provinces of Nghị quyết 202/2025/QH15. */
export const PROVINCES = [
  'Lai Châu', 'Điện Biên', 'Sơn La', 'Lạng Sơn', 'Quảng Ninh', 'Thanh Hóa', 'Nghệ An', 'Hà Tĩnh', 'Cao Bằng',
  'Tuyên Quang', 'Lào Cai', 'Thái Nguyên', 'Phú Thọ', 'Bắc Ninh', 'Hưng Yên', 'Ninh Bình', 'Quảng Trị',
  'Quảng Ngãi', 'Gia Lai', 'Khánh Hòa', 'Lâm Đồng', 'Đắk Lắk', 'Đồng Nai', 'Tây Ninh', 'Vĩnh Long',
  'Đồng Tháp', 'Cà Mau', 'An Giang'
]

/** Provinces merged into others by Nghị quyết 202/2025/QH15. */
export const FORMER_PROVINCES = [
  'Hà Giang', 'Yên Bái', 'Bắc Kạn', 'Vĩnh Phúc', 'Hòa Bình', 'Bắc Giang', 'Thái Bình', 'Hải Dương', 'Hà Nam',
  'Nam Định', 'Quảng Bình', 'Quảng Nam', 'Kon Tum', 'Bình Định', 'Ninh Thuận', 'Đắk Nông', 'Bình Thuận',
  'Phú Yên', 'Bình Dương', 'Bà Rịa - Vũng Tàu', 'Bình Phước', 'Long An', 'Sóc Trăng', 'Hậu Giang', 'Bến Tre',
  'Trà Vinh', 'Tiền Giang', 'Bạc Liêu', 'Kiên Giang'
]

/** Specialised departments of a provincial People's Committee (Nghị định 45/2025/NĐ-CP). */
const DEPARTMENTS = [
  'Sở Nội vụ', 'Sở Tư pháp', 'Sở Tài chính', 'Sở Công Thương', 'Sở Nông nghiệp và Môi trường', 'Sở Xây dựng',
  'Sở Khoa học và Công nghệ', 'Sở Giáo dục và Đào tạo', 'Sở Y tế', 'Sở Văn hóa, Thể thao và Du lịch', 'Sở Ngoại vụ',
  'Sở Dân tộc và Tôn giáo', 'Sở Du lịch', 'Sở Văn hóa và Thể thao', 'Sở Quy hoạch - Kiến trúc',
  'Thanh tra tỉnh', 'Công an tỉnh', 'Văn phòng Ủy ban nhân dân tỉnh',
  'Văn phòng Đoàn đại biểu Quốc hội và Hội đồng nhân dân tỉnh'
]
/**
 * Provincial bodies that are not departments, and the bodies of a commune (`xã`, `phường`,
 * `đặc khu`), named by their level the way a province's own documents name them.
 */
const LOCAL_BODIES = [
  'Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh', 'Ủy ban Mặt trận Tổ quốc tỉnh', 'Ủy ban Mặt trận Tổ quốc Việt Nam thành phố',
  'Ủy ban Mặt trận Tổ quốc Việt Nam xã', 'Ủy ban Mặt trận Tổ quốc Việt Nam phường', 'Ủy ban Mặt trận Tổ quốc xã',
  'Tỉnh Đoàn', 'Thành Đoàn', 'Hội Liên hiệp Phụ nữ tỉnh', 'Hội Nông dân tỉnh', 'Hội Cựu chiến binh tỉnh',
  'Liên đoàn Lao động tỉnh', 'Bộ Chỉ huy Quân sự tỉnh', 'Bộ Chỉ huy Bộ đội Biên phòng tỉnh', 'Bộ Tư lệnh Thành phố',
  'Ban Quản lý Khu kinh tế tỉnh', 'Ban Quản lý các khu công nghiệp tỉnh', 'Trung tâm Phục vụ hành chính công tỉnh',
  'Đảng ủy Ủy ban nhân dân tỉnh', 'Đảng ủy Hội đồng nhân dân tỉnh', 'Bảo hiểm xã hội tỉnh', 'Thuế tỉnh',
  'Kho bạc Nhà nước khu vực', 'Cảng vụ Đường thủy nội địa khu vực', 'Cảng vụ Hàng hải', 'Đài Khí tượng thủy văn khu vực',
  'Ban An toàn giao thông tỉnh', 'Ủy ban nhân dân xã', 'Ủy ban nhân dân phường', 'Ủy ban nhân dân đặc khu',
  'Ủy ban nhân dân các xã, phường', 'Ủy ban nhân dân các xã, phường, đặc khu', 'Hội đồng nhân dân xã',
  'Văn phòng Hội đồng nhân dân và Ủy ban nhân dân xã', 'Văn phòng Hội đồng nhân dân và Ủy ban nhân dân phường',
  'Phòng Kinh tế', 'Phòng Kinh tế, Hạ tầng và Đô thị', 'Phòng Văn hóa - Xã hội', 'Trung tâm Phục vụ hành chính công xã',
  'Ban Chỉ huy Quân sự xã', 'Ban Chỉ huy Quân sự phường', 'Công an xã', 'Công an phường', 'Trạm Y tế xã', 'Trạm Y tế phường',
  'Đoàn Thanh niên xã', 'Đoàn Thanh niên phường', 'Hội Liên hiệp Phụ nữ xã', 'Hội Nông dân xã', 'Hội Cựu chiến binh xã'
]
const FORMER_DEPARTMENTS = [
  'Sở Kế hoạch và Đầu tư', 'Sở Thông tin và Truyền thông', 'Sở Tài nguyên và Môi trường',
  'Sở Nông nghiệp và Phát triển nông thôn', 'Sở Lao động - Thương binh và Xã hội', 'Sở Giao thông vận tải'
]

/** Bodies named after the province they serve (`Ủy ban nhân dân tỉnh Lạng Sơn`, `Thành ủy Hà Nội`). */
function provincialBodies(): AgencyEntry[] {
  const out: AgencyEntry[] = []
  const add = (place: string, city: boolean, former: boolean): void => {
    // `Thành phố Hồ Chí Minh` carries its own `Thành phố`.
    const unit = place.startsWith('Thành phố') ? place : `${city ? 'thành phố' : 'tỉnh'} ${place}`
    for (const name of [`Ủy ban nhân dân ${unit}`, `Hội đồng nhân dân ${unit}`, `${city ? 'Thành ủy' : 'Tỉnh ủy'} ${place.replace(/^Thành phố /, '')}`]) {
      out.push({name, kind: 'provincial', ...(former && {former})})
    }
  }
  for (const c of CITIES) add(c, true, false)
  for (const p of PROVINCES) add(p, false, false)
  for (const p of FORMER_PROVINCES) add(p, false, true)
  for (const name of [
    'Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương', 'Ủy ban nhân dân các tỉnh, thành phố',
    'Hội đồng nhân dân các tỉnh, thành phố', 'Ủy ban nhân dân tỉnh', 'Ủy ban nhân dân thành phố', 'Hội đồng nhân dân tỉnh',
    'Hội đồng nhân dân thành phố', 'Ủy ban nhân dân cấp tỉnh', 'Ủy ban nhân dân cấp xã', 'các tỉnh ủy, thành ủy',
    'Ban Tổ chức Tỉnh ủy', 'Ban Tuyên giáo và Dân vận Tỉnh ủy', 'Ủy ban Kiểm tra Tỉnh ủy', 'Văn phòng Tỉnh ủy',
    'Ban Tổ chức Thành ủy', 'Ban Tuyên giáo và Dân vận Thành ủy', 'Ủy ban Kiểm tra Thành ủy', 'Văn phòng Thành ủy'
  ]) out.push({name, kind: 'provincial'})
  return out
}

/**
 * Units of a ministry that its directives assign work to: those every ministry has under the Government's
 * decree on the organisation of ministries (Văn phòng Bộ, Thanh tra Bộ, the Vụ of law, organisation,
 * planning and finance, international cooperation), and the Ministry of Health's own (Nghị định
 * 42/2025/NĐ-CP on its functions) and the Ministry of Industry and Trade's, whose action programmes name a
 * dozen of them at a time. Other ministries' units are still to come (see the package README).
 */
const MINISTRY_UNITS = [
  'Văn phòng Bộ', 'Thanh tra Bộ', 'Vụ Pháp chế', 'Vụ Tổ chức cán bộ', 'Vụ Kế hoạch - Tài chính', 'Vụ Hợp tác quốc tế',
  'Vụ Bảo hiểm y tế', 'Cục Phòng bệnh', 'Cục Bà mẹ và Trẻ em', 'Cục Quản lý Khám, chữa bệnh', 'Cục Quản lý Y, Dược cổ truyền',
  'Cục Quản lý Dược', 'Cục An toàn thực phẩm', 'Cục Hạ tầng và Thiết bị y tế', 'Cục Khoa học công nghệ và Đào tạo',
  'Cục Dân số', 'Cục Bảo trợ xã hội',
  // The Ministry of Industry and Trade's (its 2025 decree on functions and organisation).
  'Vụ Kế hoạch, Tài chính và Quản lý doanh nghiệp', 'Vụ Phát triển thị trường nước ngoài', 'Vụ Chính sách thương mại đa biên',
  'Cục Điện lực', 'Cục Công nghiệp', 'Cục Hóa chất', 'Cục Kỹ thuật an toàn và Môi trường công nghiệp',
  'Cục Đổi mới sáng tạo, Chuyển đổi xanh và Khuyến công', 'Cục Phòng vệ thương mại', 'Cục Quản lý và Phát triển thị trường trong nước',
  'Cục Thương mại điện tử và Kinh tế số', 'Cục Xúc tiến thương mại', 'Cục Xuất nhập khẩu', 'Ủy ban Cạnh tranh Quốc gia',
  'Báo Công Thương', 'Tạp chí Công Thương'
]

/** State economic groups that directives give work to beside the ministries (names as the Government's decisions print them). */
const STATE_GROUPS = [
  'Tập đoàn Điện lực Việt Nam', 'Tập đoàn Công nghiệp - Năng lượng Quốc gia Việt Nam', 'Tập đoàn Dầu khí Việt Nam',
  'Tập đoàn Công nghiệp - Viễn thông Quân đội', 'Tập đoàn Bưu chính Viễn thông Việt Nam', 'Tập đoàn Công nghiệp Than - Khoáng sản Việt Nam',
  'Tập đoàn Hóa chất Việt Nam', 'Tập đoàn Công nghiệp Cao su Việt Nam', 'Tổng công ty Đường sắt Việt Nam', 'Tổng công ty Hàng không Việt Nam'
]

const entries = (names: readonly string[], kind: AgencyKind, former = false): AgencyEntry[] => names.map((name) => ({name, kind, ...(former && {former})}))

/** Every name of the gazetteer (≈ 300). */
export const AGENCIES: readonly AgencyEntry[] = [
  ...entries(PARTY, 'party'),
  ...entries(FORMER_PARTY, 'party', true),
  ...entries(STATE, 'state'),
  ...entries(MINISTRIES, 'ministry'),
  ...entries(FORMER_MINISTRIES, 'ministry', true),
  ...entries(GOVERNMENT_AGENCIES, 'government-agency'),
  ...entries(MINISTRY_UNITS, 'ministry-unit'),
  ...entries(STATE_GROUPS, 'organisation'),
  ...entries(ORGANISATIONS, 'organisation'),
  ...entries(TITLES, 'title'),
  ...entries([...CITIES.filter((c) => c.includes(' ')), ...PROVINCES], 'province'),
  ...entries(FORMER_PROVINCES, 'province', true),
  ...entries(DEPARTMENTS, 'department'),
  ...entries(LOCAL_BODIES, 'provincial'),
  ...entries(FORMER_DEPARTMENTS, 'department', true),
  ...provincialBodies()
]
