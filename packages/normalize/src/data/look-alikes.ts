/**
 * Letters from other scripts that print like Latin letters. OCR engines and
 * copy-paste from mixed-script PDFs put them inside Vietnamese words
 * (`Сhính`, `nhiệm vụ` with a Cyrillic `у`), where they break search and
 * tokenisation. Source: Unicode confusables.txt (UTS #39), the Cyrillic and
 * Greek entries whose prototype is a single Latin letter used in Vietnamese.
 */
export const lookAlikes: Readonly<Record<string, string>> = {
  // Cyrillic lower case
  'а': 'a', 'е': 'e', 'о': 'o', 'р': 'p', 'с': 'c', 'х': 'x', 'у': 'y', 'і': 'i', 'ј': 'j', 'ѕ': 's',
  'ԁ': 'd', 'һ': 'h', 'ԛ': 'q', 'ԝ': 'w', 'ѵ': 'v',
  // Cyrillic upper case
  'А': 'A', 'В': 'B', 'Е': 'E', 'К': 'K', 'М': 'M', 'Н': 'H', 'О': 'O', 'Р': 'P', 'С': 'C', 'Т': 'T',
  'Х': 'X', 'У': 'Y', 'І': 'I', 'Ј': 'J', 'Ѕ': 'S', 'Ԁ': 'D', 'Ԛ': 'Q', 'Ԝ': 'W',
  // Greek lower case
  'ο': 'o', 'α': 'a', 'ν': 'v', 'ι': 'i', 'κ': 'k', 'ρ': 'p', 'υ': 'u', 'τ': 't',
  // Greek upper case
  'Α': 'A', 'Β': 'B', 'Ε': 'E', 'Ζ': 'Z', 'Η': 'H', 'Ι': 'I', 'Κ': 'K', 'Μ': 'M', 'Ν': 'N', 'Ο': 'O',
  'Ρ': 'P', 'Τ': 'T', 'Υ': 'Y', 'Χ': 'X'
}

/**
 * Spacing (non-combining) accents → the combining mark they stand for. Old
 * PDFs and OCR print a tone as a separate glyph after its vowel (`ca´c`).
 * The ASCII ones (`` ` `` `^` `~` `'`) are folded only inside a word and only
 * when the result is a Vietnamese syllable, since they also occur in plain text.
 */
export const spacingAccents: Readonly<Record<string, string>> = {
  '\u00B4': '\u0301', // ´ acute accent
  '\u02CA': '\u0301', // ˊ modifier letter acute
  '\u02B9': '\u0301', // ʹ modifier letter prime
  '\u0384': '\u0301', // ΄ Greek tonos
  '\u02CB': '\u0300', // ˋ modifier letter grave
  '\u02DC': '\u0303', // ˜ small tilde
  '\u02C6': '\u0302', // ˆ modifier letter circumflex
  '\u02C0': '\u0309', // ˀ glottal stop, printed for the hook above by some fonts
  '\u02D8': '\u0306', // ˘ breve
  '`': '\u0300',
  '^': '\u0302',
  '~': '\u0303',
  "'": '\u0301',
  '\u2019': '\u0301' // ’ typographic apostrophe
}

/** The ASCII (and apostrophe-like) members of `spacingAccents`: folded only between a vowel and a letter. */
export const plainTextAccents = "`^~'\u2019"
