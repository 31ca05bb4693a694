import {readFileSync} from 'node:fs'
import {syllables} from '../../../test/support/metrics.ts'

export const fixture = (name: string): string => new URL(`../../../fixtures/${name}`, import.meta.url).pathname

/**
 * Syllable accuracy, the same measure as `syllableAccuracy` in
 * test/support/metrics.ts, computed with Ukkonen's banded edit distance: exact
 * whenever the distance is within the band, which doubles until it is. The
 * full dynamic programme takes minutes on the 25k-syllable nq71 text.
 */
export function fastSyllableAccuracy(hypothesis: string, reference: string): number {
  const a = syllables(hypothesis)
  const b = syllables(reference)
  if (b.length === 0) return a.length === 0 ? 1 : 0
  for (let band = Math.max(64, Math.abs(a.length - b.length) + 1); ; band *= 2) {
    const d = bandedDistance(a, b, band)
    if (d <= band || band > a.length + b.length) return Math.max(0, 1 - d / b.length)
  }
}

function bandedDistance(a: readonly string[], b: readonly string[], band: number): number {
  const big = a.length + b.length + 1
  let prev = new Int32Array(b.length + 1).fill(big)
  let curr = new Int32Array(b.length + 1).fill(big)
  for (let j = 0; j <= Math.min(b.length, band); j++) prev[j] = j
  for (let i = 1; i <= a.length; i++) {
    const from = Math.max(1, i - band)
    const to = Math.min(b.length, i + band)
    curr.fill(big, Math.max(0, from - 1), Math.min(b.length, to + 1) + 1)
    if (from === 1) curr[0] = i
    for (let j = from; j <= to; j++) {
      const sub = prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1)
      curr[j] = Math.min(sub, prev[j]! + 1, curr[j - 1]! + 1)
    }
    ;[prev, curr] = [curr, prev]
  }
  return prev[b.length]!
}

/** The tb20 reference: its Markdown twin without markup. */
export function tb20Reference(): string {
  return readFileSync(fixture('tb20-2026-notice.md'), 'utf8').replace(/\\\*/g, '').replace(/\*\*|[#*]|-----/g, '')
}

/**
 * The nq71 reference: HTML tags stripped, table header lines repeated after
 * their first occurrence dropped, and rows whose first cell is empty (a row
 * the page break cut) appended to the row before, column by column — the
 * same merge vanban performs, so both sides read a row once.
 */
export function nq71Reference(): string {
  const raw = readFileSync(fixture('nq71-2025-action-program.txt'), 'utf8').replace(/<[^>]+>/g, ' ')
  const seen = new Set<string>()
  const out: string[][] = []
  for (const line of raw.split('\n')) {
    if (!line.includes('\t')) {
      out.push([line])
      continue
    }
    if (seen.has(line.trim())) continue
    if (/^S?TT\t/.test(line)) seen.add(line.trim())
    const cells = line.split('\t')
    while (out.length > 0 && out[out.length - 1]!.join('').trim() === '') out.pop()
    const prev = out[out.length - 1]
    if (cells[0]!.trim() === '' && prev && prev.length === cells.length) {
      cells.forEach((cell, k) => {
        if (cell.trim() !== '') prev[k] = `${prev[k]} ${cell}`
      })
      continue
    }
    out.push(cells)
  }
  return out.map((cells) => cells.join('\t')).join('\n')
}
