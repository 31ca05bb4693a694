/**
 * Vietnamese numerals in words, as a commune's notice or a formal letter writes a date
 * (`ngày mười lăm tháng Chín năm 2027`, `ngày ba mươi mốt tháng Mười Hai`). Units take their
 * other forms after a ten: `mốt` for 1, `tư` for 4, `lăm` (or `nhăm`) for 5.
 */
export const unitWords: Readonly<Record<string, number>> = {
  một: 1, mốt: 1, hai: 2, ba: 3, bốn: 4, tư: 4, năm: 5, lăm: 5, nhăm: 5, sáu: 6, bảy: 7, tám: 8, chín: 9
}

/** Month names that are no numeral: the first and the last month (`tháng Giêng`, `tháng Chạp`). */
export const monthNames: Readonly<Record<string, number>> = {giêng: 1, chạp: 12}

/** The words a numeral of 1–31 may be made of, for a regular expression. */
export const numeralWords = ['mười', 'mươi', ...Object.keys(unitWords)] as const
