/**
 * The Vietnamese alphabet as data: tone marks, vowel letters and the syllable
 * inventory used to tell a real Vietnamese syllable from noise.
 *
 * Source: the standard description of Vietnamese orthography (Quy tắc chính tả
 * tiếng Việt; Đoàn Thiện Thuật, "Ngữ âm tiếng Việt") — onsets, rhymes and the
 * rule that rhymes closed by p, t, c, ch take only the sắc or nặng tone.
 */

/** The five tone marks as combining characters, in the usual order sắc, huyền, hỏi, ngã, nặng. */
export const toneMarks = {
  acute: '\u0301',
  grave: '\u0300',
  hook: '\u0309',
  tilde: '\u0303',
  dot: '\u0323'
} as const
export type Tone = keyof typeof toneMarks

/** Combining tone mark → tone name (U+0340/U+0341 are canonical equivalents NFC folds first). */
export const toneOfMark: ReadonlyMap<string, Tone> = new Map(
  Object.entries(toneMarks).map(([tone, mark]) => [mark, tone as Tone])
)

/** Marks that change the vowel itself (not the tone): circumflex, breve, horn. */
export const modifierMarks = {circumflex: '\u0302', breve: '\u0306', horn: '\u031B'} as const

/** Which base letter each modifier may sit on in Vietnamese (â ê ô, ă, ơ ư). */
export const modifierBases: Readonly<Record<string, string>> = {
  '\u0302': 'aeo',
  '\u0306': 'a',
  '\u031B': 'ou'
}

/** The twelve vowel letters without tone (NFC), lower case. */
export const vowelLetters = ['a', 'ă', 'â', 'e', 'ê', 'i', 'o', 'ô', 'ơ', 'u', 'ư', 'y'] as const

/** Vowels carrying a modifier: the tone goes on them when the rhyme has one. */
export const modifiedVowels = 'ăâêôơư'

/** Tones in table order: none first, then the five marks. */
export const toneOrder = ['', 'acute', 'grave', 'hook', 'tilde', 'dot'] as const

/**
 * Every Vietnamese letter that differs from ASCII, lower and upper case (NFC):
 * the 12 vowels × 6 tones minus the 6 plain ASCII vowels, plus đ — 67 × 2 = 134.
 */
export const vietnameseLetters: readonly string[] = (() => {
  const out: string[] = []
  for (const vowel of vowelLetters) {
    for (const tone of toneOrder) {
      const letter = (vowel + (tone ? toneMarks[tone] : '')).normalize('NFC')
      if (letter === vowel && vowel.charCodeAt(0) < 0x80) continue
      out.push(letter, letter.toUpperCase())
    }
  }
  out.push('đ', 'Đ')
  return out
})()

/**
 * Onsets (phụ âm đầu), longest first so a greedy match takes `ngh` before `ng`.
 * `qu` and `gi` are onsets: their u/i belong to the consonant, which matters for
 * tone placement (`quý`, `già`).
 */
export const onsets = [
  'ngh', 'ng', 'nh', 'ch', 'gh', 'gi', 'kh', 'ph', 'qu', 'th', 'tr',
  'b', 'c', 'd', 'đ', 'g', 'h', 'k', 'l', 'm', 'n', 'p', 'r', 's', 't', 'v', 'x'
] as const

/**
 * Rhymes (vần) without tone, including the medial u/o (`oa`, `uyên`). Open
 * and closed rhymes of modern Vietnamese, plus the rare ones met in names and
 * loans (`oong`, `ooc`, `uơ`).
 */
export const rhymes = `
a ai ao au ay am an ang anh ap at ac ach
ăm ăn ăng ăp ăt ăc
âu ây âm ân âng âp ât âc
e eo em en eng ep et ec
ê êu êm ên ênh êp êt êch
i ia iu im in inh ip it ich
iêu iêm iên iêng iêp iêt iêc
yêu yêm yên yêng yêt
o oi om on ong op ot oc oong ooc
oa oai oao oay oam oan oang oanh oap oat oac oach
oăm oăn oăng oăp oăt oăc
oe oeo oem oen oeng oet
ô ôi ôm ôn ông ôp ôt ôc
ơ ơi ơm ơn ơp ơt
u ua ui um un ung up ut uc
uân uâng uât uây
uê uêch uênh
uôi uôm uôn uông uôt uôc
uơ
uy uya uyu uych uynh uyt uyn uyên uyêt
ư ưa ưi ưu ưm ưn ưng ưt ưc
ươi ươu ươm ươn ương ươp ươt ươc
y
`.trim().split(/\s+/)
