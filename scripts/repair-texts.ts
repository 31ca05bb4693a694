/**
 * The texts repair speed is measured on (`pnpm bench --only repair`, scripts/eval-repair.ts):
 * long clean texts with their marks stripped and the broken fixtures, each read once, so the
 * figure is that of text the repair has not seen — caches filled by one text help the next
 * only as much as real documents share words.
 *
 * And the texts a measuring process repairs first, before the clock (`warmUpTexts`): other
 * documents of both kinds, so the JIT has compiled the stripped and the broken paths and the
 * figure is that of a process already at work, not of its start-up.
 */
import {existsSync, readdirSync, readFileSync} from 'node:fs'
import {join} from 'node:path'

const root = new URL('..', import.meta.url).pathname
const read = (path: string): string => readFileSync(join(root, path), 'utf8')

/** Marks removed, đ → d: what a converter that drops diacritics leaves. */
export function stripMarks(text: string): string {
  return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/g, 'd').replace(/Đ/g, 'D').normalize('NFC')
}

export function nonRepeatingTexts(): Array<{name: string; text: string}> {
  return [
    {name: 'nq71 stripped', text: stripMarks(read('fixtures/nq71-2025-action-program.txt'))},
    {name: 'report stripped', text: stripMarks(read('fixtures/ocr-pairs/corpus/report-2025-part1.txt'))},
    {name: 'tb20 stripped', text: stripMarks(read('fixtures/tb20-2026-notice.md'))},
    {name: 'tb17 broken', text: read('fixtures/broken/tb17-2025-conclusion.broken.txt')},
    {name: 'tb20 eng OCR', text: read('fixtures/broken/tb20-2026-notice.scan.eng.txt')}
  ]
}

/** Words a warm-up text of each kind holds at least: enough for the JIT to settle. */
const WARM_UP_WORDS = 4000

/**
 * Two texts outside the measured set, one per path the repair takes:
 * - broken: the French-model OCR of the training pages in fixtures/ocr-pairs/noise-pages.jsonl
 *   (renders of nq71, the report and the test notices read by an engine that does not know
 *   Vietnamese; neither tb17 nor tb20, the measured broken texts);
 * - stripped: the clean test notices of packages/tasks (other documents than the measured
 *   ones), in file order until WARM_UP_WORDS, with their marks stripped.
 */
export function warmUpTexts(): Array<{name: string; text: string}> {
  const pages = read('fixtures/ocr-pairs/noise-pages.jsonl')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as {split: string; kind: string; ocr: string})
    .filter((page) => page.split === 'train' && page.kind === 'fra')
  const notices: string[] = []
  let words = 0
  const dir = 'packages/tasks/test/notices'
  for (const file of existsSync(join(root, dir)) ? readdirSync(join(root, dir)).sort() : []) {
    if (words >= WARM_UP_WORDS || !/\.(md|txt)$/.test(file) || /-ocr\./.test(file)) continue
    const text = read(join(dir, file))
    notices.push(text)
    words += text.split(/\s+/).length
  }
  return [
    {name: `French-model OCR pages (${pages.length})`, text: pages.map((page) => page.ocr).join('\n\n')},
    {name: `test notices stripped (${notices.length})`, text: stripMarks(notices.join('\n\n'))}
  ]
}
