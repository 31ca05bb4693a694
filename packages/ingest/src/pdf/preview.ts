/**
 * After which pages the parse thread sends the pages read so far (`ParseRequest.preview`), for
 * a document of `pages` pages. The caller runs its own stages on them and drops the result, so
 * that the document's run finds its code compiled and optimized (`vanban` on the 83-page nq71:
 * normalize and tasks took ~0.45 s cold after the last page, ~0.1 s warm). That work must be
 * over before the last page is read, or it delays the document instead: a page takes ~7 ms to
 * read, a first run on 10 pages ~0.25 s, a second on 25 ~0.15 s; so the first for 40 pages or
 * more, the second for 75 or more.
 */
export function previewAfter(pages: number): number[] {
  return previewPoints.filter(({from}) => pages >= from).map(({after}) => after)
}

const previewPoints = [
  {after: 10, from: 40},
  {after: 25, from: 75}
] as const
