/** `2026-03-31` → `31/03/2026`, as Vietnamese documents write dates. */
export const showDate = (iso: string | null): string => (iso ? iso.split('-').reverse().join('/') : '')

/**
 * What a clerk types for a due date → `YYYY-MM-DD`, or undefined when it is
 * no date form (the server then checks the day exists). Accepts `31/3/2026`,
 * `31-03-2026`, `31.03.2026` and `2026-03-31`; empty means no date (null).
 */
export function readDate(text: string): string | null | undefined {
  const value = text.trim()
  if (value === '') return null
  const dmy = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(value)
  if (dmy) return `${dmy[3]}-${dmy[2]!.padStart(2, '0')}-${dmy[1]!.padStart(2, '0')}`
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return value
  return undefined
}
