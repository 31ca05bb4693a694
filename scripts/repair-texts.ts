/**
 * The texts repair speed is measured on (`pnpm bench --only repair`, scripts/eval-repair.ts):
 * long clean texts with their marks stripped and the broken fixtures, each read once, so the
 * figure is that of text the repair has not seen — caches filled by one text help the next
 * only as much as real documents share words.
 */
import {readFileSync} from 'node:fs'
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
