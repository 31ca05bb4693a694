import type {Unit} from './structure.ts'
import {toneKey} from './tone-key.ts'

/** `- Như trên;`, `Lưu: VT` and the like: entries of a distribution list, not addressees. */
const notAnAddressee = /^(?:như\s+trên|lưu\b|các\s+đồng\s+chí\s+có\s+tên\s+trên)/iu

const tidy = (s: string): string => s.replace(/^[-–•+]\s*/u, '').replace(/[\s;,.:]+$/u, '').trim()

/**
 * The line that greets the addressees: a letter's `Kính gửi:`, or a telegram's sender in capitals
 * before `điện:` (`THỦ TƯỚNG CHÍNH PHỦ điện:`, `CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH điện:`), with what
 * follows on the same line.
 */
const greeting = /^(?:Kính\s+gửi\s*:?|\p{Lu}[\p{Lu}\s,.]{4,120}?\s+điện\s*:)\s*/u
export const isGreeting = (text: string): boolean => greeting.test(text) || /^Kính\s+gửi\b/iu.test(text)

/**
 * The addressees of a letter (`Kính gửi: Ủy ban nhân dân thành phố Hạ Long.`, or `Kính gửi:`
 * with one `- Bộ X;` line each) or of a telegram (`… điện:` over its list), as written. A directive
 * with no written subject (`Đề nghị Quý cơ quan …`, `Khẩn trương báo cáo …`) is theirs. Empty when
 * the document has none.
 */
export function addresseesOf(units: readonly Unit[]): string[] {
  const at = units.slice(0, 60).findIndex((u) => isGreeting(u.text))
  if (at < 0) return []
  const first = units[at]!.text.replace(greeting, '').replace(/^Kính\s+gửi\s*:?\s*/iu, '')
  const lines = first.split(/\s*(?:;|^|\s)\s*-\s+(?=\p{Lu})/u)
  for (const u of units.slice(at + 1)) {
    if (!/^[-–•+]\s/u.test(u.text)) break
    lines.push(...u.text.split(/\s*;\s*-\s+(?=\p{Lu})/u))
  }
  return lines.flatMap((l) => l.split(/\s*;\s*/u)).map(tidy).filter((l) => l !== '' && !notAnAddressee.test(l))
}

/** A level of local government that a body's name ends with before its place (`Ủy ban nhân dân phường | Buôn Ma Thuột`). */
const levelAtEnd = /(?:^|\s)(?:xã|phường|thị\s+trấn|đặc\s+khu|huyện|quận|thị\s+xã|thành\s+phố|tỉnh)$/iu

/**
 * `Ủy ban nhân dân phường` in a letter to `Ủy ban nhân dân phường Buôn Ma Thuột`: the body named
 * by its level alone is the one addressee of that level, written out in full (and so is its head,
 * `Chủ tịch Ủy ban nhân dân phường Buôn Ma Thuột`). Owners joined with
 * `; ` are completed one by one; a plural (`các xã`), or a name that fits no addressee or several, stays as written.
 */
export function inFullFromAddressees(owner: string, addressees: readonly string[]): string {
  if (addressees.length === 0) return owner
  return owner
    .split('; ')
    .map((name) => {
      // `Ủy ban nhân dân các xã` names them all, as printed.
      if (!levelAtEnd.test(name) || /(?:^|\s)(?:các|những)\s/iu.test(name)) return name
      // `Chủ tịch Ủy ban nhân dân xã` (a title before it) takes the place the same way.
      const key = toneKey(name)
      const places = addressees.flatMap((a) => {
        const generic = /^(.*?(?:^|\s)(?:xã|phường|thị\s+trấn|đặc\s+khu|huyện|quận|thị\s+xã|thành\s+phố|tỉnh))(\s+\p{Lu}.*)$/u.exec(a)
        if (!generic) return []
        const body = toneKey(generic[1]!)
        // The body itself is the addressee as written; a head before it keeps its own words.
        return key === body ? [a] : key.endsWith(` ${body}`) ? [name + generic[2]!] : []
      })
      return places.length === 1 ? places[0]! : name
    })
    .join('; ')
}
