/**
 * VNI (VNI-Windows fonts, e.g. VNI-Times): a vowel is its ASCII base letter
 * followed by one latin-1 "mark" byte; ơ ư đ and the toned i are single bytes.
 * Text reaches vanban decoded as windows-1252/latin-1, so `Việt` arrives as
 * `Vieät`.
 *
 * Source: the VNI-Windows table published by VNI Software and reproduced in
 * xvnkb's `vni.h` (Dao Hai Lam) and vietunicode.sourceforge.net/charset; the
 * lower-case marks are the lower-case latin-1 letters of the same row.
 */

/** Tone marks after any vowel (a e o u y ơ ư): sắc, huyền, hỏi, ngã, nặng. */
export const vniTones: Readonly<Record<string, string>> = {
  'ù': '\u0301', 'ø': '\u0300', 'û': '\u0309', 'õ': '\u0303', 'ï': '\u0323',
  'Ù': '\u0301', 'Ø': '\u0300', 'Û': '\u0309', 'Õ': '\u0303', 'Ï': '\u0323'
}

/** Circumflex with an optional tone, after a, e or o: â ấ ầ ẩ ẫ ậ. */
export const vniCircumflex: Readonly<Record<string, string>> = {
  'â': '\u0302', 'á': '\u0302\u0301', 'à': '\u0302\u0300', 'å': '\u0302\u0309', 'ã': '\u0302\u0303', 'ä': '\u0302\u0323',
  'Â': '\u0302', 'Á': '\u0302\u0301', 'À': '\u0302\u0300', 'Å': '\u0302\u0309', 'Ã': '\u0302\u0303', 'Ä': '\u0302\u0323'
}

/** Breve with an optional tone, after a only: ă ắ ằ ẳ ẵ ặ. */
export const vniBreve: Readonly<Record<string, string>> = {
  'ê': '\u0306', 'é': '\u0306\u0301', 'è': '\u0306\u0300', 'ú': '\u0306\u0309', 'ü': '\u0306\u0303', 'ë': '\u0306\u0323',
  'Ê': '\u0306', 'É': '\u0306\u0301', 'È': '\u0306\u0300', 'Ú': '\u0306\u0309', 'Ü': '\u0306\u0303', 'Ë': '\u0306\u0323'
}

/** Letters VNI writes as one byte. */
export const vniSingle: Readonly<Record<string, string>> = {
  'ô': 'ơ', 'ö': 'ư', 'ñ': 'đ', 'í': 'í', 'ì': 'ì', 'æ': 'ỉ', 'ó': 'ĩ', 'ò': 'ị', 'î': 'ỵ',
  'Ô': 'Ơ', 'Ö': 'Ư', 'Ñ': 'Đ', 'Í': 'Í', 'Ì': 'Ì', 'Æ': 'Ỉ', 'Ó': 'Ĩ', 'Ò': 'Ị', 'Î': 'Ỵ'
}
