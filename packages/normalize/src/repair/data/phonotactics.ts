/**
 * Vietnamese onsets and rhymes (untoned), from standard descriptions of Quốc ngữ orthography
 * (e.g. Đoàn Thiện Thuật, "Ngữ âm tiếng Việt", rhyme table; Wikipedia "Vietnamese phonology").
 * Spelling variants are listed as written (k/c, gh/g, ngh/ng); the combination rules live in
 * ../syllables.ts. A few loan rhymes (oong, ooc, uyp) are included because notices print them.
 */
export const ONSETS: readonly string[] = [
  '', 'b', 'c', 'ch', 'd', 'đ', 'g', 'gh', 'gi', 'h', 'k', 'kh', 'l', 'm', 'n', 'ng', 'ngh', 'nh',
  'p', 'ph', 'qu', 'r', 's', 't', 'th', 'tr', 'v', 'x'
]

export const RHYMES: readonly string[] = `
a ai ao au ay am an ang anh ac ach ap at
ăm ăn ăng ăc ăp ăt
âu ây âm ân âng âc âp ât
e eo em en eng ec ep et
ê êu êm ên ênh êch êp êt
i ia iu im in inh ich ip it y
iêu iêm iên iêng iêc iêp iêt
o oi om on ong oc op ot oong ooc
ô ôi ôm ôn ông ôc ôp ôt
ơ ơi ơm ơn ơp ơt
u ua ui um un ung uc up ut
uôi uôm uôn uông uôc uôt
ư ưa ưi ưu ưm ưn ưng ưc ưt
ươi ươu ươm ươn ương ươc ươp ươt
oa oai oao oay oam oan oang oanh oac oach oap oat
oăm oăn oăng oăc oăt
oe oeo oem oen oet
uê uêch uênh uơ
uân uâng uât uây
uy uya uyu uych uyên uyêt uyn uynh uyt uyp
yêu yêm yên yêng yêt
`
  .trim()
  .split(/\s+/)
