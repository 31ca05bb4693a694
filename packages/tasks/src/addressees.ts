import type {Unit} from './structure.ts'

/** `- Như trên;`, `Lưu: VT` and the like: entries of a distribution list, not addressees. */
const notAnAddressee = /^(?:như\s+trên|lưu\b|các\s+đồng\s+chí\s+có\s+tên\s+trên)/iu

const tidy = (s: string): string => s.replace(/^[-–•+]\s*/u, '').replace(/[\s;,.:]+$/u, '').trim()

/**
 * The addressees of a letter (`Kính gửi: Ủy ban nhân dân thành phố Hạ Long.`, or `Kính gửi:`
 * with one `- Bộ X;` line each), as written. A directive with no written subject (`Đề nghị
 * Quý cơ quan …`, `Khẩn trương báo cáo …`) is theirs. Empty when the document has none.
 */
export function addresseesOf(units: readonly Unit[]): string[] {
  const at = units.slice(0, 60).findIndex((u) => /^Kính\s+gửi\s*:?/iu.test(u.text))
  if (at < 0) return []
  const first = units[at]!.text.replace(/^Kính\s+gửi\s*:?\s*/iu, '')
  const lines = first.split(/\s*(?:;|^|\s)\s*-\s+(?=\p{Lu})/u)
  for (const u of units.slice(at + 1)) {
    if (!/^[-–•+]\s/u.test(u.text)) break
    lines.push(...u.text.split(/\s*;\s*-\s+(?=\p{Lu})/u))
  }
  return lines.flatMap((l) => l.split(/\s*;\s*/u)).map(tidy).filter((l) => l !== '' && !notAnAddressee.test(l))
}
