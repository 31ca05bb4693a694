/**
 * What the first column (STT, TT: số thứ tự) of a task table holds on a row's
 * first line: an item number (`1`, `12.`, `2.3`), a part in Roman numerals
 * (`II`, `IV.`), a part lettered A–Đ (`A.`, `B`) or a point (`a)`, `đ.`), an
 * enumeration (`(3)`) or a bullet. Capitals stop at H so a header's `STT`
 * broken letter by letter in a narrow column (`S` / `T` / `T`) is no label.
 */
export const rowLabelPattern = /^(?:\d{1,3}(?:\.\d{1,3})*\.?|[IVXLC]{1,7}\.?|[A-HĐ][.)]?|[a-zđ][.)]|\(\d{1,3}\)|\([a-zđ]\)|[-+•–*])$/u

/** A header's number column as notices title it, lower case without spaces (`STT`, `TT`, `Số TT`, `Số thứ tự`). */
export const numberColumnTitles = new Set(['stt', 'tt', 'sốtt', 'sốthứtự', 'thứtự'])

/** A point that opens a row of its own with an empty number cell (`a) …`, `b. …`, `1.1 …`): a sub-task row. */
export const subRowMarker = /^(?:[a-zđ][.)]|\d{1,2}\.\d{1,2}\.?)\s/u
