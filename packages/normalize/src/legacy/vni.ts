import {vniBreve, vniCircumflex, vniSingle, vniTones} from '../data/vni.ts'

/**
 * A VNI syllable nucleus: a base vowel and its mark byte, or a single-byte
 * letter (ơ ư đ, toned i, ỵ) optionally followed by a tone byte.
 */
const sequence = /([aeouyAEOUY])([ùøûõïÙØÛÕÏâáàåãäÂÁÀÅÃÄêéèúüëÊÉÈÚÜË])|([ôöÔÖ])([ùøûõïÙØÛÕÏ])?|[ñÑíìæóòîÍÌÆÓÒÎ]/g

/**
 * VNI-Windows text, decoded as latin-1/windows-1252 characters → Unicode NFC.
 * @example decodeVni('Vieät Nam') //=> 'Việt Nam'
 */
export function decodeVni(text: string): string {
  return text
    .replace(sequence, (match, base?: string, mark?: string, horned?: string, tone?: string) => {
      if (base && mark) {
        const lower = base.toLowerCase()
        const marks =
          vniTones[mark] ??
          (lower === 'a' ? (vniCircumflex[mark] ?? vniBreve[mark]) : lower === 'e' || lower === 'o' ? vniCircumflex[mark] : undefined)
        return marks === undefined ? match : base + marks
      }
      if (horned) return (vniSingle[horned] ?? horned) + (tone ? (vniTones[tone] ?? '') : '')
      return vniSingle[match] ?? match
    })
    .normalize('NFC')
}

// Unicode letter → VNI, built from the tables so both directions share one source.
const encodeTable = new Map<string, string>()
for (const [code, letter] of Object.entries(vniSingle)) encodeTable.set(letter, code)
for (const base of 'aeouyAEOUY') {
  const upper = base === base.toUpperCase()
  const pick = (table: Readonly<Record<string, string>>) =>
    Object.entries(table).filter(([code]) => (code === code.toUpperCase()) === upper)
  const groups = [pick(vniTones)]
  if ('aeoAEO'.includes(base)) groups.push(pick(vniCircumflex))
  if ('aA'.includes(base)) groups.push(pick(vniBreve))
  for (const group of groups) {
    for (const [code, marks] of group) {
      const letter = (base + marks).normalize('NFC')
      if (!encodeTable.has(letter)) encodeTable.set(letter, base + code)
    }
  }
}
for (const horned of 'ôöÔÖ') {
  const upper = horned === horned.toUpperCase()
  for (const [code, mark] of Object.entries(vniTones)) {
    if ((code === code.toUpperCase()) !== upper) continue
    encodeTable.set((vniSingle[horned] + mark).normalize('NFC'), horned + code)
  }
}

/** Unicode → VNI-Windows (as latin-1 characters). Characters VNI lacks are kept. */
export function encodeVni(text: string): string {
  let out = ''
  for (const ch of text.normalize('NFC')) out += encodeTable.get(ch) ?? ch
  return out
}
