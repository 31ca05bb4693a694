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
  'Đảng ủy Khối các cơ quan Trung ương', 'Đảng ủy Khối Doanh nghiệp Trung ương',
  // A province's Party committees under the Tỉnh ủy until the 2025 reorganisation, which put
  // Đảng ủy Ủy ban nhân dân tỉnh in its place; conclusions still assign them work.
  'Ban cán sự đảng Ủy ban nhân dân tỉnh', 'Đảng đoàn Hội đồng nhân dân tỉnh'
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
  'Chủ tịch Hội đồng nhân dân', 'Chủ tịch Ủy ban nhân dân tỉnh', 'Chủ tịch Ủy ban nhân dân các tỉnh, thành phố',
  'Chủ tịch Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương', 'Chủ tịch Ủy ban nhân dân các xã, phường',
  'Chủ tịch Ủy ban nhân dân các xã, phường, đặc khu', 'Bí thư Tỉnh ủy', 'Bí thư Thành ủy', 'Giám đốc Sở', 'Chánh Văn phòng', 'Tổng Kiểm toán nhà nước',
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
  'Đảng ủy Ủy ban nhân dân tỉnh', 'Đảng ủy Hội đồng nhân dân tỉnh', 'Đảng ủy Công an tỉnh', 'Đảng ủy Quân sự tỉnh',
  'Đảng ủy các cơ quan Đảng tỉnh', 'Đảng ủy Mặt trận Tổ quốc, các đoàn thể tỉnh', 'Đảng ủy xã', 'Đảng ủy phường',
  'Đảng ủy các xã, phường', 'Đảng ủy các xã, phường, đặc khu', 'Bảo hiểm xã hội tỉnh', 'Thuế tỉnh',
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
 * dozen of them at a time; the other ministries' follow (`OTHER_MINISTRY_UNITS`).
 */
const COMMON_HEALTH_AND_TRADE_UNITS = [
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

/**
 * The departments (Cục, Vụ, Ủy ban, Kho bạc …) of the other ministries and ministry-level bodies as
 * reorganised in 2025, each from the Government's decree on that body's functions, tasks, powers and
 * organisation. Only names whose 2025 spelling is certain: a wrong name here would make the repair
 * rewrite a right one. Units whose 2025 name or capitals were not certain are left out (the Ministry
 * of Ethnic and Religious Affairs' units, several Vụ of Finance, Justice, Home Affairs).
 */
const OTHER_MINISTRY_UNITS = [
  // Bộ Tài chính: Nghị định 29/2025/NĐ-CP, amended by Nghị định 166/2025/NĐ-CP.
  'Vụ Ngân sách nhà nước', 'Vụ Kinh tế địa phương và lãnh thổ', 'Vụ Các định chế tài chính',
  'Cục Quản lý nợ và Kinh tế đối ngoại', 'Cục Quản lý công sản', 'Cục Quản lý đấu thầu', 'Cục Quản lý giá',
  'Cục Quản lý, giám sát bảo hiểm', 'Cục Quản lý, giám sát kế toán, kiểm toán', 'Cục Phát triển doanh nghiệp nhà nước',
  'Cục Phát triển doanh nghiệp tư nhân và kinh tế tập thể', 'Cục Đầu tư nước ngoài', 'Cục Kế hoạch - Tài chính',
  'Cục Thuế', 'Cục Hải quan', 'Cục Dự trữ Nhà nước', 'Cục Thống kê', 'Kho bạc Nhà nước', 'Ủy ban Chứng khoán Nhà nước',
  // Bộ Nông nghiệp và Môi trường: Nghị định 35/2025/NĐ-CP.
  'Cục Trồng trọt và Bảo vệ thực vật', 'Cục Chăn nuôi và Thú y', 'Cục Thủy sản và Kiểm ngư', 'Cục Lâm nghiệp và Kiểm lâm',
  'Cục Quản lý đê điều và Phòng, chống thiên tai', 'Cục Quản lý và Xây dựng công trình thủy lợi',
  'Cục Kinh tế hợp tác và Phát triển nông thôn', 'Cục Chất lượng, Chế biến và Phát triển thị trường', 'Cục Quản lý đất đai',
  'Cục Quản lý tài nguyên nước', 'Cục Địa chất và Khoáng sản Việt Nam', 'Cục Biển và Hải đảo Việt Nam', 'Cục Khí tượng Thủy văn',
  'Cục Môi trường', 'Cục Biến đổi khí hậu', 'Cục Bảo tồn thiên nhiên và Đa dạng sinh học',
  'Cục Đo đạc, Bản đồ và Thông tin địa lý Việt Nam',
  // Bộ Khoa học và Công nghệ: Nghị định 55/2025/NĐ-CP.
  'Vụ Bưu chính', 'Vụ Kinh tế và Xã hội số', 'Vụ Đánh giá và Thẩm định công nghệ', 'Vụ Khoa học Xã hội, Nhân văn và Tự nhiên',
  'Cục Viễn thông', 'Cục Tần số vô tuyến điện', 'Cục Sở hữu trí tuệ', 'Cục An toàn bức xạ và hạt nhân', 'Cục Đổi mới sáng tạo',
  'Cục Khởi nghiệp và Doanh nghiệp công nghệ', 'Cục Chuyển đổi số quốc gia', 'Cục Thông tin, Thống kê', 'Cục Bưu điện Trung ương',
  'Ủy ban Tiêu chuẩn Đo lường Chất lượng Quốc gia',
  // Bộ Xây dựng: Nghị định 33/2025/NĐ-CP.
  'Cục Đường bộ Việt Nam', 'Cục Đường sắt Việt Nam', 'Cục Hàng không Việt Nam', 'Cục Hàng hải và Đường thủy Việt Nam',
  'Cục Đăng kiểm Việt Nam', 'Cục Phát triển đô thị', 'Cục Quản lý nhà và thị trường bất động sản',
  'Cục Kinh tế - Quản lý đầu tư xây dựng', 'Cục Giám định nhà nước về chất lượng công trình xây dựng',
  // Bộ Nội vụ: Nghị định 25/2025/NĐ-CP.
  'Vụ Tổ chức - Biên chế', 'Vụ Chính quyền địa phương', 'Vụ Công chức - Viên chức', 'Vụ Tổ chức phi chính phủ',
  'Cục Việc làm', 'Cục Quản lý lao động ngoài nước', 'Cục Người có công', 'Cục Văn thư và Lưu trữ nhà nước',
  'Ban Thi đua - Khen thưởng Trung ương',
  // Bộ Giáo dục và Đào tạo: Nghị định 37/2025/NĐ-CP.
  'Vụ Giáo dục Mầm non', 'Vụ Giáo dục Phổ thông', 'Vụ Giáo dục Đại học', 'Vụ Giáo dục Quốc phòng và An ninh',
  'Vụ Học sinh, sinh viên', 'Cục Quản lý chất lượng', 'Cục Hợp tác quốc tế', 'Cục Nhà giáo và Cán bộ quản lý giáo dục',
  'Cục Khoa học, Công nghệ và Thông tin', 'Cục Giáo dục nghề nghiệp và Giáo dục thường xuyên',
  // Bộ Văn hóa, Thể thao và Du lịch: Nghị định 43/2025/NĐ-CP.
  'Cục Di sản văn hóa', 'Cục Nghệ thuật biểu diễn', 'Cục Điện ảnh', 'Cục Bản quyền tác giả',
  'Cục Văn hóa cơ sở, Gia đình và Thư viện', 'Cục Mỹ thuật, Nhiếp ảnh và Triển lãm', 'Cục Du lịch Quốc gia Việt Nam',
  'Cục Thể dục thể thao Việt Nam', 'Cục Báo chí', 'Cục Xuất bản, In và Phát hành', 'Cục Phát thanh, Truyền hình và Thông tin điện tử',
  // Bộ Tư pháp: Nghị định 39/2025/NĐ-CP.
  'Vụ Các vấn đề chung về xây dựng pháp luật', 'Vụ Pháp luật quốc tế', 'Cục Quản lý thi hành án dân sự', 'Cục Bổ trợ tư pháp',
  'Cục Hộ tịch, quốc tịch, chứng thực', 'Cục Kiểm tra văn bản và Quản lý xử lý vi phạm hành chính',
  'Cục Phổ biến, giáo dục pháp luật và Trợ giúp pháp lý',
  // Bộ Ngoại giao: Nghị định 28/2025/NĐ-CP.
  'Cục Lãnh sự', 'Cục Lễ tân Nhà nước', 'Ủy ban Nhà nước về người Việt Nam ở nước ngoài',
  // Bộ Công an (its decree on organisation is not public; the units as civil directives name them).
  'Cục Cảnh sát giao thông', 'Cục Cảnh sát quản lý hành chính về trật tự xã hội',
  'Cục Cảnh sát phòng cháy, chữa cháy và cứu nạn, cứu hộ', 'Cục An ninh mạng và phòng, chống tội phạm sử dụng công nghệ cao',
  'Cục Quản lý xuất nhập cảnh',
  // Bộ Quốc phòng: the commands civil directives name beside the ministry.
  'Bộ Tổng Tham mưu Quân đội nhân dân Việt Nam', 'Bộ Tư lệnh Bộ đội Biên phòng', 'Bộ Tư lệnh Cảnh sát biển Việt Nam',
  // Ngân hàng Nhà nước Việt Nam: Nghị định 26/2025/NĐ-CP.
  'Vụ Chính sách tiền tệ', 'Vụ Thanh toán', 'Vụ Tín dụng các ngành kinh tế', 'Vụ Quản lý ngoại hối', 'Cục Phòng, chống rửa tiền',
  'Cục Quản lý, giám sát tổ chức tín dụng', 'Cục Phát hành và Kho quỹ',
  // Thanh tra Chính phủ and Văn phòng Chính phủ (their 2025 decrees on organisation).
  'Ban Tiếp công dân Trung ương', 'Cục Kiểm soát thủ tục hành chính', 'Cổng Thông tin điện tử Chính phủ'
]

const MINISTRY_UNITS = [...COMMON_HEALTH_AND_TRADE_UNITS, ...OTHER_MINISTRY_UNITS]

/** State economic groups that directives give work to beside the ministries (names as the Government's decisions print them). */
const STATE_GROUPS = [
  'Tập đoàn Điện lực Việt Nam', 'Tập đoàn Công nghiệp - Năng lượng Quốc gia Việt Nam', 'Tập đoàn Dầu khí Việt Nam',
  'Tập đoàn Công nghiệp - Viễn thông Quân đội', 'Tập đoàn Bưu chính Viễn thông Việt Nam', 'Tập đoàn Công nghiệp Than - Khoáng sản Việt Nam',
  'Tập đoàn Hóa chất Việt Nam', 'Tập đoàn Công nghiệp Cao su Việt Nam', 'Tổng công ty Đường sắt Việt Nam', 'Tổng công ty Hàng không Việt Nam'
]

const entries = (names: readonly string[], kind: AgencyKind, former = false): AgencyEntry[] => names.map((name) => ({name, kind, ...(former && {former})}))

/**
 * The abbreviations documents write inside names (`UBND tỉnh`, `Đảng ủy UBND tỉnh`, `Chủ tịch HĐND`):
 * each name holding the words is entered again as printed with them, so a damaged `Dang Uy UBND tinh`
 * is read as its name too.
 */
const ABBREVIATED: ReadonlyArray<readonly [RegExp, string]> = [
  [/Ủy ban nhân dân/gu, 'UBND'],
  [/Hội đồng nhân dân/gu, 'HĐND'],
  [/Mặt trận Tổ quốc Việt Nam/gu, 'MTTQ Việt Nam']
]
function withAbbreviations(list: readonly AgencyEntry[]): AgencyEntry[] {
  const out = [...list]
  for (const entry of list) {
    let name = entry.name
    for (const [words, abbreviation] of ABBREVIATED) name = name.replace(words, abbreviation)
    if (name !== entry.name) out.push({...entry, name})
  }
  return out
}

/** Every name of the gazetteer (≈ 800 with the abbreviated spellings). */
export const AGENCIES: readonly AgencyEntry[] = withAbbreviations([
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
])
