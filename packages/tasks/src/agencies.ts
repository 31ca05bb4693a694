import {agencyHeads, collectiveNouns, ministryNames, namedAgencyHeads, notAgencyNouns, setPhrases} from './data/agencies.ts'
import {imperativeStarts} from './data/predicates.ts'
import {localAgencyKeys} from './local-agencies.ts'
import {isVietnameseSyllable} from '@vanban/normalize'
import {toneKey} from './tone-key.ts'

export {toneKey}

const imperativeKeys = imperativeStarts.map(toneKey)
const notAgencyKeys = notAgencyNouns.map(toneKey)
const namedHeadKeys = namedAgencyHeads.map(toneKey)
const headKeys = agencyHeads.map(toneKey).sort((a, b) => b.length - a.length)
const collectiveKeys = collectiveNouns.map(toneKey).sort((a, b) => b.length - a.length)
/** `các bộ`, `những đồng chí`, `mỗi đảng ủy`: a plural (or `mỗi`, `từng`) names agencies or people only before one of `collectiveNouns`. */
function pluralNamesAgencies(key: string, plural: string): boolean {
  const rest = key.slice(plural.length).trimStart()
  return collectiveKeys.some((n) => rest.startsWith(n) && !/\p{L}/u.test(rest.charAt(n.length)))
}
// Known ministry names are protected like set phrases: `Bộ Lao động - Thương binh và Xã hội`.
const setPhraseKeys = [...setPhrases, ...ministryNames.map((n) => `bộ ${n}`)].map(toneKey).sort((a, b) => b.length - a.length)
const ministryKeys = ministryNames.map(toneKey).sort((a, b) => b.length - a.length)

/** True when `text` starts with a word agency names start with (`Bộ`, `các`, `3 địa phương`). */
export function startsWithAgencyHead(text: string): boolean {
  // Only the first words matter; keying a whole paragraph on every call was the parser's hot spot.
  const head = text.trimStart().slice(0, 48)
  const key = toneKey(head)
  // A province's own names (the `agencies` option), as given.
  const local = localAgencyKeys()
  if (local.length > 0) {
    const whole = toneKey(text.trimStart().slice(0, 200))
    if (local.some((k) => whole.startsWith(k) && !/\p{L}/u.test(whole.charAt(k.length)))) return true
  }
  // `Phòng Kế hoạch`, `Chi cục Thuế`: these heads name a unit only before a capitalised name (`Phòng, chống …` is a topic).
  // `Thuế tỉnh Quảng Trị`, `Trạm Y tế xã`: a level of government before the name counts as the name;
  // `Báo và Phát thanh, Truyền hình Hà Tĩnh` (a province's merged press agency): so does `và`.
  // `Thuế cơ sở 2 tỉnh Đắk Lắk`: numbered levels, one after another.
  // `Thanh tra tỉnh`, `Thuế thành phố`: the level alone ends the name.
  const named = namedHeadKeys.find((h) => key.startsWith(h) && /^\s+(?:(?:(?:tỉnh|thành\s+phố|huyện|quận|xã|phường|khu\s+vực|cơ\s+sở|và)(?:\s+\d+)?\s+)*\p{Lu}|(?:tỉnh|thành\s+phố|huyện|quận|xã|phường|đặc\s+khu)(?![\p{L}]))/u.test(head.slice(h.length)))
  if (named) return true
  if (/^\d+\s+(?:bộ|địa phương|tỉnh|thành phố|cơ quan|đơn vị|doanh nghiệp)/u.test(key)) return true
  // `Lãnh đạo, điều hành chung …`: the verb pair, not the leadership.
  if (/^lãnh\s+đạo\s*,/u.test(key)) return false
  // `Trường hợp vượt thẩm quyền, …`, `Hội nghị …`: a head word that starts another noun.
  if (notAgencyKeys.some((n) => key.startsWith(n) && !/\p{L}/u.test(key.charAt(n.length)))) return false
  // `Ban hành …`, `Tổ chức thực hiện …` open a sentence with a verb, not an agency.
  if (imperativeKeys.some((v) => key.startsWith(v) && !/\p{L}/u.test(key.charAt(v.length)))) return false
  const found = headKeys.find((h) => key.startsWith(h) && !/\p{L}/u.test(key.charAt(h.length)))
  if (found === undefined) return false
  // `Tổ chtfc thực hiện …`: after a one-word head, a lower-case word that is no syllable is OCR
  // damage of the phrase the head opens (`Tổ chức`, to organise), not a unit's name.
  if (!found.includes(' ') && isOcrDamage(/^\s*\S+\s+(\p{Ll}+)(?![\p{L}\d])/u.exec(head)?.[1])) return false
  // (`mỗi xã xây dựng ít nhất 01 mô hình`: each place's share of a target, not a body that acts.)
  if ((found === 'mỗi' || found === 'từng') && /^\s*(?:xã|phường|đặc\s+khu|thôn|bản|ấp|tổ|khu|tỉnh|thành\s+phố|huyện|địa\s+phương|hộ)(?![\p{L}])/u.test(key.slice(found.length))) return false
  return found === 'các' || found === 'những' || found === 'mỗi' || found === 'từng' ? pluralNamesAgencies(key, found) : true
}

/** A word of letters that is no Vietnamese syllable and no loan word's shape (it holds a letter OCR invents: f, j, w, z). */
function isOcrDamage(word: string | undefined): boolean {
  return word !== undefined && /[fjwz]/u.test(word) && !isVietnameseSyllable(word)
}

interface Segment {
  text: string
  /** The separator written before this segment (`, `, `; `, ` và `), '' for the first. */
  separator: string
}

/** Splits on `,` `;` and ` và ` outside parentheses and outside protected spans. */
function segments(text: string, protectedSpans: ReadonlyArray<readonly [number, number]>): Segment[] {
  const out: Segment[] = []
  let depth = 0
  let start = 0
  let separator = ''
  // A mask, not a search of the spans per character: a list of thousands of names stays linear.
  const mask = new Uint8Array(text.length)
  for (const [a, b] of protectedSpans) mask.fill(1, a, b)
  const inProtected = (i: number): boolean => mask[i] === 1
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!
    if (c === '(' || c === '[') depth++
    else if ((c === ')' || c === ']') && depth > 0) depth--
    if (depth > 0 || inProtected(i)) continue
    let sepLength = 0
    if (c === ',' || c === ';') sepLength = 1
    else if (/^\s+và\s+/iu.test(text.slice(i, i + 8)) && (i === 0 || /\s/u.test(c))) sepLength = /^\s+và\s+/iu.exec(text.slice(i))![0].length
    if (sepLength === 0) continue
    out.push({text: text.slice(start, i), separator})
    separator = text.slice(i, i + sepLength)
    start = i + sepLength
    i += sepLength - 1
  }
  out.push({text: text.slice(start), separator})
  return out
}

/** Spans of `text` that hold a set phrase or a known ministry name, kept whole. */
export function setPhraseSpans(text: string): Array<[number, number]> {
  const key = toneKey(text)
  const spans: Array<[number, number]> = []
  const taken = new Uint8Array(key.length)
  for (const phrase of [...localAgencyKeys(), ...setPhraseKeys]) {
    for (let at = key.indexOf(phrase); at >= 0; at = key.indexOf(phrase, at + 1)) {
      const end = at + phrase.length
      if (/\p{L}/u.test(key.charAt(end)) || (at > 0 && /\p{L}/u.test(key.charAt(at - 1)))) continue
      // Longer phrases come first; a shorter one inside a longer one's span is not a span of its own.
      if (taken[at] === 1 || taken[end - 1] === 1) continue
      taken.fill(1, at, end)
      spans.push([at, end])
    }
  }
  return spans
}

/** Levels of local government, as a name's level word (`Ủy ban nhân dân | xã | Ia Grai`). */
const levelWords = 'xã|phường|đặc\\s+khu|thị\\s+trấn|thị\\s+xã|huyện|quận|tỉnh|thành\\s+phố'
/** `Ủy ban nhân dân các xã: Ia Grai, Chư Păh, Đak Đoa`: one level, its units named after the colon. */
const localDistributive = new RegExp(`^((?:Chủ\\s+tịch\\s+)?(?:Ủy|Uỷ)\\s+ban\\s+nhân\\s+dân)\\s+các\\s+(${levelWords})\\s*:\\s*(\\p{Lu}.+)$`, 'u')
/** `Ủy ban nhân dân phường Rạch Giá`: a local body's head, up to its level word, before the unit's name. */
const localBody = new RegExp(`^((?:Chủ\\s+tịch\\s+)?(?:Ủy|Uỷ)\\s+ban\\s+nhân\\s+dân)\\s+(?:${levelWords})\\s+\\p{Lu}`, 'u')
/** `đặc khu Phú Quốc` after `Ủy ban nhân dân phường Rạch Giá, `: one more unit under the same head. */
const siblingUnit = new RegExp(`^(?:${levelWords})\\s+\\p{Lu}`, 'u')

/**
 * `các Bộ: Nội vụ, Giáo dục và Đào tạo` → `Bộ Nội vụ`, `Bộ Giáo dục và Đào tạo`; with the heads' title,
 * `Bộ trưởng các Bộ: Xây dựng, Công Thương` → `Bộ trưởng Bộ Xây dựng`, `Bộ trưởng Bộ Công Thương`.
 */
function expandDistributive(text: string): string[] | null {
  const local = localDistributive.exec(text.trim())
  if (local) {
    const head = `${local[1]!.replace(/\s+/gu, ' ')} ${local[2]!.replace(/\s+/gu, ' ')}`
    return local[3]!.split(/\s*(?:,|;|\s+và(?![\p{L}]))\s*/u).map((n) => n.trim()).filter((n) => n !== '').map((n) => `${head} ${n}`)
  }
  const m = /^(?:(Bộ\s+trưởng|Thủ\s+trưởng|Giám\s+đốc|Lãnh\s+đạo)\s+(?=các\s))?(?:các\s+)?(Bộ|Sở|Ban|Cục|Tỉnh|Thành phố|Ủy ban|Uỷ ban|Viện)\s*:\s*(.+)$/iu.exec(text.trim())
  if (!m) return null
  const title = m[1] === undefined ? '' : `${m[1].replace(/\s+/gu, ' ')} `
  const head = title + m[2]!.charAt(0).toUpperCase() + m[2]!.slice(1)
  const names: string[] = []
  let rest = m[3]!.trim()
  while (rest.length > 0) {
    const key = toneKey(rest)
    // A province's departments are named after the ministries (`Sở Giáo dục và Đào tạo`).
    const known = /^(?:bộ|sở)$/iu.test(m[2]!) ? ministryKeys.find((k) => key.startsWith(k) && !/\p{L}/u.test(key.charAt(k.length))) : undefined
    let name: string
    if (known) name = rest.slice(0, known.length)
    else {
      const sep = /,|;|\s+và\s+/iu.exec(rest)
      name = sep ? rest.slice(0, sep.index) : rest
    }
    // (`\b` is no boundary after `à`: the separator `và` ends where a letter does not follow.)
    if (name.trim() !== '') names.push(`${head} ${name.trim()}`)
    const next = rest.slice(name.length).replace(/^\s*(?:,|;|và(?![\p{L}]))\s*/iu, '')
    if (next.length >= rest.length) break
    rest = next
  }
  return names
}

/** A list of names under one head word: `các Bộ: Y tế`, `Bộ trưởng các Sở: …`. */
const distributiveOpen = /(?:^|\s)các\s+(?:Bộ|Sở)\s*:/iu
const isMinistryName = (piece: string): boolean => ministryKeys.includes(toneKey(piece))

/**
 * `thành phố` after `UBND các huyện`, `ban, ngành` after `Thủ trưởng các sở`: a lower-case
 * noun without its own `các` extends the plural list before it (`tỉnh Bắc Ninh` after
 * `Bộ Công an` is a new agency).
 */
function continuesPlural(previous: string, piece: string): boolean {
  if (unitKinds.test(previous) && unitKind.test(piece)) return true
  if (!/^\p{Ll}/u.test(piece) || /^(?:các|những|\d)/u.test(piece)) return false
  // The plural sits near the end of the name so far (`UBND các huyện`): look at its last words only.
  const tail = /(?:^|\s)(?:các|những)\s+(\S+)(.*)$/iu.exec(previous.slice(-60))
  // A plural already completed by a name (`các Tổ đại biểu Hội đồng nhân dân tỉnh`) takes no more
  // nouns: `và đại biểu Hội đồng nhân dân tỉnh` is another group (`các Tổ đại biểu và đại biểu …` is one).
  return tail !== null && !/\p{Lu}/u.test(tail[2]!)
}

/**
 * `Các Vụ, Cục, Thanh tra Bộ, Văn phòng Bộ`: a ministry's units listed by their kinds after a capital
 * plural (`Các Vụ`), each a kind or the one unit of its kind (`Thanh tra Bộ`), not a body named: all of
 * them together, one owner (a list of names, `Cục Y tế dự phòng, Cục Quản lý Dược`, stays several).
 */
const unitKinds = /^(?:Các|Những)\s+\p{Lu}\p{Ll}*(?:,\s*\p{Lu}\p{Ll}*(?:\s+\p{Ll}+)?(?:\s+(?:Bộ|Sở))?)*$/u
const unitKind = /^\p{Lu}\p{Ll}*(?:(?:\s+\p{Ll}+)?\s+(?:Bộ|Sở))?$/u

/**
 * `Ban Quản lý Khu kinh tế Dung Quất và các Khu công nghiệp Quảng Ngãi`, `Ban Quản lý Khu công
 * nghệ cao và các khu công nghiệp Đà Nẵng`: the zones a management board runs are its name's
 * scope, not a second owner.
 */
const boardOfZones = /(?:^|\s)Ban\s+quản\s+lý\s+(?:các\s+)?khu\s+[^,;]*$/iu
const moreZones = /^các\s+khu\s+(?:công\s+nghiệp|chế\s+xuất|kinh\s+tế|công\s+nghệ\s+cao)(?:\s|$)/iu
const zonesOfBoard = (previous: string, separator: string, piece: string): boolean =>
  separator.trim() === 'và' && boardOfZones.test(previous) && moreZones.test(piece)

const clean = (s: string): string =>
  s
    .replace(/\s+/gu, ' ')
    .trim()
    .replace(/^(?:với|cùng|và|của)\s+/iu, '')
    .replace(/[\s,;:.]+$/u, '')

/**
 * Splits a list of agencies on commas, semicolons and `và` into agencies as
 * written. A part that does not start with an agency head word continues the
 * previous name, so `Bộ Văn hóa, Thể thao và Du lịch` and `Bộ Khoa học và
 * Công nghệ` stay whole without being listed; set phrases (`các bộ, ngành,
 * địa phương`) are kept whole; `các Bộ: Nội vụ, Tài chính` is distributed.
 *
 * @example splitAgencies('Bộ Tư pháp, Bộ Công an và các cơ quan liên quan') //=> ['Bộ Tư pháp', 'Bộ Công an', 'các cơ quan liên quan']
 */
/** A list of units named after their noun (`Ủy ban nhân dân các phường Sơn Trà, An Hải`): the next capitalised name is one more. */
const namedUnits = /(?:^|\s)các\s+(?:phường|xã|đặc\s+khu|tỉnh|thành\s+phố)(?:,\s*(?:phường|xã|đặc\s+khu))*\s+\p{Lu}/u
/** `Hội An Tây`: a place that opens with `Hội`, not an association (`Hội Nông dân`, `Hội Liên hiệp Phụ nữ` …). */
const placeNamedHoi = /^Hội\s+(?!Nông|Liên|Cựu|Chữ|Người|Doanh|Luật|Nhà|Khuyến|Văn|Làm|Sinh|Phụ|Đông|Truyền|Kiến|Y|Dược|Điều|Kế|Khoa|Cầu|Bảo|Nạn|Hữu|Thẩm|Mỹ|Âm|Sân|Điện|Tin|Thể)\p{Lu}\p{Ll}*(?:\s\p{Lu}\p{Ll}*)*(?:\s+và\s|$)/u

/** `UBND các tỉnh An Giang, Đồng Tháp, Vĩnh Long và | thành phố Cần Thơ`: one more unit under the same head, by name. */
const namedPlace = /^(?:tỉnh|thành\s+phố|xã|phường|đặc\s+khu)\s+\p{Lu}\p{Ll}*(?:\s+\p{Lu}\p{Ll}*){0,3}$/u

export function splitAgencies(text: string): string[] {
  const source = text.normalize('NFC').replace(/\*+/g, '')
  const out: string[] = []
  for (const part of segments(source, setPhraseSpans(source))) {
    const piece = part.text
    if (clean(piece) === '') continue
    // `;` always ends an agency; `,` and `và` only when the next part names a new one,
    // or a bare lower-case noun continues a plural list (`UBND các huyện, thành phố`, `Thủ trưởng các sở, ban, ngành`).
    // `các Bộ: Y tế, Công an`: a ministry's name after the colon is one more of the list, not `Công an` the police.
    const joins =
      out.length > 0 &&
      part.separator.trim() !== ';' &&
      (!startsWithAgencyHead(clean(piece)) ||
        continuesPlural(out.at(-1)!, clean(piece)) ||
        zonesOfBoard(out.at(-1)!, part.separator, clean(piece)) ||
        (distributiveOpen.test(out.at(-1)!) && isMinistryName(clean(piece))) ||
        (namedUnits.test(clean(out.at(-1)!)) && (placeNamedHoi.test(clean(piece)) || namedPlace.test(clean(piece)))))
    // `Ủy ban nhân dân phường Rạch Giá, đặc khu Phú Quốc và đặc khu Kiên Hải`: each unit under the same head.
    const head = out.length > 0 && part.separator.trim() !== ';' ? localBody.exec(clean(out.at(-1)!)) : null
    if (head && siblingUnit.test(clean(piece))) out.push(`${head[1]} ${clean(piece)}`)
    else if (joins) out[out.length - 1] = out.at(-1)! + part.separator + piece
    else out.push(piece)
  }
  return out.flatMap((a) => expandDistributive(clean(a)) ?? [clean(a)]).filter((a) => a !== '')
}
