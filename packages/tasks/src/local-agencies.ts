import {toneKey} from './tone-key.ts'

/**
 * A province's own names (`Cảng vụ Hàng hải Quảng Ninh`, `Ban Quản lý Khu kinh tế Đông Nam Nghệ An`),
 * given with `extractTasks(doc, {agencies})`: owners and coordinators like the built-in names.
 *
 * They are in force for the duration of one synchronous `extractTasks` call and read by the
 * name tests of `agencies.ts` (threading them through every owner and coordinator function would
 * widen a dozen signatures for one list). Nothing else sets them; the call restores what was there.
 */
let current: readonly string[] = []

/** Tone-insensitive keys of the local names in force, longest first. */
export function localAgencyKeys(): readonly string[] {
  return current
}

/** Runs `run` with `names` recognised as agencies. */
export function withLocalAgencies<T>(names: readonly string[] | undefined, run: () => T): T {
  if (names === undefined || names.length === 0) return run()
  const before = current
  current = [...new Set(names.map((n) => toneKey(n.normalize('NFC').replace(/\s+/gu, ' ').trim())).filter((k) => k !== ''))].sort((a, b) => b.length - a.length)
  try {
    return run()
  } finally {
    current = before
  }
}
