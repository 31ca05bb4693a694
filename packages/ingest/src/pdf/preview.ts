import type {PageInput} from '@vanban/layout'

/**
 * After which pages the parse thread sends the pages read since the last preview
 * (`ParseRequest.preview`), for a document of `pages` pages of 40 or more: after page 5, then
 * every ten pages, but not within the last five. The caller runs its own stages on each such
 * part and keeps what it can: compiled and optimized code (`vanban` on the 83-page nq71:
 * normalize and tasks took ~0.45 s cold after the last page, ~0.1 s warm) and normalize's
 * results per text (@vanban/normalize's memo), which the whole document's run finds again.
 * That work must be over before the last page is read, or it delays the document instead: a
 * page takes ~7–10 ms to read (the first ones ~20 ms); the first part's run takes ~0.2–0.3 s
 * cold, whatever its size, later ones a few ms a page. So the first part is small, to start
 * that cold run early. A shorter document is read before the caller's modules have loaded.
 */
export function previewAfter(pages: number): number[] {
  if (pages < previewFrom) return []
  const after: number[] = []
  for (let page = previewFirst; page <= pages - previewNotInLast; page += previewEvery) after.push(page)
  return after
}

const previewFrom = 40
const previewFirst = 5
const previewEvery = 10
const previewNotInLast = 5

/**
 * Most text items a preview may hold: its pages are laid out in the caller's own thread,
 * where no parse clock stops a hostile page (layout's work grows with the square of the
 * items on a line). Ten pages of nq71 hold ~900; a part past this is not sent.
 */
export const maxPreviewItems = 10_000
/** Most text items of one page laid out in the caller's thread (nq71's fullest page: ~250). */
export const maxPageItemsHere = 5_000
/** Most text items of a whole document laid out in the caller's thread (nq71: 7,462). */
export const maxDocumentItemsHere = 100_000

/** The pages of a part worth a preview: read from their text layers (a scan's go to OCR), with at most `maxPreviewItems` items. */
export function previewPages(part: readonly (PageInput | null)[]): PageInput[] {
  const pages = part.filter((page) => page !== null)
  return fitsHere(pages, maxPreviewItems) ? pages : []
}

/** May the calling thread lay these pages out (no page past `maxPageItemsHere` items, all together at most `max`)? */
export function fitsHere(pages: readonly PageInput[], max = maxDocumentItemsHere): boolean {
  let items = 0
  for (const page of pages) {
    if (page.items.length > maxPageItemsHere) return false
    items += page.items.length
  }
  return items <= max
}
