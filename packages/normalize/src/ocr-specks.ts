/**
 * Brackets an OCR engine makes of specks, stamps and ruled lines, glued to a word: `các đoàn
 * thể} Trung ương`, `Trung [ương`, `Chính phủ],`. They split names the task parser must read
 * whole (`Đảng ủy Mặt trận Tổ quốc, các đoàn thể Trung ương`), so text the repair found broken
 * loses them. A bracket that pairs with one in the same paragraph (`[1]`, `(Kèm theo …)`) is
 * writing and stays; so does every bracket of text that was not broken.
 */
const OPEN = '[{'
const CLOSE = ']}'

/** The paragraph without unpaired `[ ] { }` glued to a letter on their word side. */
export function dropOcrSpecks(text: string): string {
  if (!/[[\]{}]/u.test(text)) return text
  const drop = new Set<number>()
  const open: Array<{at: number; kind: number}> = []
  for (let i = 0; i < text.length; i++) {
    const ch = text.charAt(i)
    const o = OPEN.indexOf(ch)
    if (o >= 0) {
      open.push({at: i, kind: o})
      continue
    }
    const c = CLOSE.indexOf(ch)
    if (c < 0) continue
    const top = open.at(-1)
    if (top?.kind === c) open.pop()
    // An unpaired closer right after a letter: a speck on the word's end.
    else if (/\p{L}/u.test(text.charAt(i - 1))) drop.add(i)
  }
  // Unpaired openers right before a letter: a speck on the word's start.
  for (const {at} of open) if (/\p{L}/u.test(text.charAt(at + 1))) drop.add(at)
  if (drop.size === 0) return text
  let out = ''
  for (let i = 0; i < text.length; i++) if (!drop.has(i)) out += text.charAt(i)
  return out
}
