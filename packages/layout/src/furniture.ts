import type {Line} from './lines.ts'

/** A line alone that is a page number: `3`, `- 3 -`, `Trang 3`, `3/13`. */
const pageNumberPattern = /^(?:trang\s+)?[-–—]?\s*\d{1,4}\s*[-–—]?$|^\d{1,4}\s*\/\s*\d{1,4}$/iu

/** How deep (share of page height) the top and bottom furniture zones reach. */
const zone = 0.12
/** Lines looked at from each end of a page. */
const perEnd = 2

export interface FurnitureInput {
  height: number
  /** The page's flow lines (outside tables), top to bottom. */
  lines: readonly Line[]
}

/**
 * Page furniture: page numbers at the top or bottom of a page, and header or
 * footer lines repeated (same text modulo digits, similar height) on at least
 * three pages and half of the document. Returns, per page, the indices of the
 * furniture lines.
 */
export function findFurniture(pages: readonly FurnitureInput[]): Set<number>[] {
  const found = pages.map(() => new Set<number>())
  const repeats = new Map<string, {page: number; index: number; y: number}[]>()
  pages.forEach((page, p) => {
    const n = page.lines.length
    const candidates = new Set<number>()
    for (let k = 0; k < Math.min(perEnd, n); k++) candidates.add(k).add(n - 1 - k)
    for (const index of candidates) {
      const line = page.lines[index]!
      const top = line.top < page.height * zone
      const bottom = line.bottom > page.height * (1 - zone)
      if (!top && !bottom) continue
      if (line.text.length <= 14 && pageNumberPattern.test(line.text)) {
        found[p]!.add(index)
        continue
      }
      const key = `${top ? 't' : 'b'}:${line.text.toLowerCase().replace(/\d+/g, '#')}`
      let list = repeats.get(key)
      if (!list) repeats.set(key, (list = []))
      list.push({page: p, index, y: line.baseline})
    }
  })
  const needed = Math.max(3, Math.ceil(pages.length / 2))
  for (const list of repeats.values()) {
    if (list.length < needed) continue
    const ys = list.map((e) => e.y).sort((a, b) => a - b)
    const median = ys[ys.length >> 1]!
    const near = list.filter((e) => Math.abs(e.y - median) <= 12)
    if (new Set(near.map((e) => e.page)).size < needed) continue
    for (const e of near) found[e.page]!.add(e.index)
  }
  return found
}
