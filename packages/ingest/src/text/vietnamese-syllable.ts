/**
 * Is a letter run a Vietnamese syllable? Enough to tell a right code page from
 * a wrong one (`Việt` against `Vieảt` or `ViÖt`), not a spelling checker:
 * onset + vowel nucleus + coda from the language's inventories, at most one
 * tone mark. Inventories from standard descriptions of Vietnamese
 * orthography (e.g. Wikipedia, "Vietnamese alphabet", syllable structure).
 */

const onsets = ['', 'b', 'c', 'ch', 'd', 'đ', 'g', 'gh', 'gi', 'h', 'k', 'kh', 'l', 'm', 'n', 'ng', 'ngh', 'nh', 'p', 'ph', 'q', 'qu', 'r', 's', 't', 'th', 'tr', 'v', 'x']
const nuclei = [
  'a', 'ă', 'â', 'e', 'ê', 'i', 'y', 'o', 'ô', 'ơ', 'u', 'ư',
  'ai', 'ao', 'au', 'ay', 'âu', 'ây', 'eo', 'êu', 'ia', 'iê', 'iu', 'oa', 'oă', 'oe', 'oi', 'ôi', 'ơi', 'oo', 'ua', 'uâ', 'uê',
  'ui', 'uô', 'uơ', 'uy', 'ưa', 'ưi', 'ưu', 'ươ', 'yê', 'iêu', 'yêu', 'oai', 'oay', 'oao', 'oeo', 'uây', 'uôi', 'ươi', 'ươu', 'uya', 'uyê', 'uyu'
]
const codas = ['', 'c', 'ch', 'm', 'n', 'ng', 'nh', 'p', 't']

const syllable = new RegExp(`^(?:${onsets.filter(Boolean).join('|')})?(?:${[...nuclei].sort((a, b) => b.length - a.length).join('|')})(?:${codas.filter(Boolean).join('|')})?$`, 'u')

/** Combining tone marks: grave, acute, hook above, tilde, dot below. */
const tones = /[\u0300\u0301\u0309\u0303\u0323]/gu

export function isVietnameseSyllable(word: string): boolean {
  const decomposed = word.toLowerCase().normalize('NFD')
  const toneCount = decomposed.match(tones)?.length ?? 0
  if (toneCount > 1) return false
  const base = decomposed.replace(tones, '').normalize('NFC')
  return syllable.test(base)
}
