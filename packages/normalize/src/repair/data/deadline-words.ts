/**
 * The fixed words of deadline phrases (`hoàn thành trong quý I/2026`, `trước ngày 01/5/2026`,
 * `trong tháng 3/2026`), as the deadline grammar restores them. Each is found by its skeleton
 * and its first letter, which OCR engines keep (`qu1`, `quj`, `thäng`, `truoc`, `ngay`): the
 * grammar only fires next to the number that makes the phrase a deadline.
 */
export interface DeadlineWord {
  /** The word as printed. */
  readonly word: string
  /** Its skeleton, the target of the distance. */
  readonly skeleton: string
  /** Most the OCR token may differ (nats above a perfect reading). */
  readonly limit: number
}

const word = (w: string, skeleton: string, limit: number): DeadlineWord => ({word: w, skeleton, limit})

// `quý` is followed by a quarter numeral and a year: context enough for a wider reading (`qu?`).
export const QUARTER = word('quý', 'quy', 6.5)
export const MONTH = word('tháng', 'thang', 4)
export const DAY = word('ngày', 'ngay', 3.5)
export const YEAR = word('năm', 'nam', 3)
export const BEFORE = word('trước', 'truoc', 4.5)
export const COMPLETE = [word('hoàn', 'hoan', 3.5), word('thành', 'thanh', 3.5)] as const

/** Words that may follow `hoàn thành` in a deadline (trong tháng, trước ngày, chậm nhất, năm, quý). */
export const AFTER_COMPLETE = ['trong', 'truoc', 'cham', 'quy', 'thang', 'nam', 'ngay'] as const

/** Quarter numerals as printed: Roman by the usage of administrative documents. */
export const ROMAN_QUARTERS = ['I', 'II', 'III', 'IV'] as const

/**
 * Months written in words after `tháng` (`tháng Tư năm 2026`, `tháng Mười hai năm 2026`), as the
 * deadline grammar restores them between `tháng` and `năm` + a year; `Mười một`, `Mười hai` are two
 * words, the second after `Mười`.
 */
export const MONTH_NAMES = ['Giêng', 'Một', 'Hai', 'Ba', 'Tư', 'Năm', 'Sáu', 'Bảy', 'Tám', 'Chín', 'Mười', 'Chạp'] as const
/** The second word of a month after `Mười`. */
export const MONTH_SECOND = ['một', 'hai'] as const

/**
 * First letters an engine reads as others of the same shape, by the word's first letter: the
 * Czech model's `guý III` and `Oảy III` for quý III (the tail of q read as g's, or lost).
 */
export const FIRST_LOOKALIKES: Readonly<Record<string, string>> = {q: 'go'}
