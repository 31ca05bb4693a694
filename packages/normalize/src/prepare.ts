import {defaultRepairModel} from './repair/index.ts'
import {isSyllable, isSyllableSkeleton} from './repair/syllables.ts'
import type {NormalizeOptions} from './normalize-document.ts'

/**
 * Builds now what `normalizeDocument` would build on its first document: the syllable
 * inventory (every document's glued-word check reads it) and, unless `repair` is `never` or a
 * `model` is given, the shipped repair model (read when a paragraph may need repair; a clean
 * notice with one loan word such as `chip` already needs it; its n-gram tables are not built
 * here but on the first decode, which such a notice never reaches). Both are built once per process.
 * For a caller that waits on something else first, such as a PDF read in another thread: the
 * ~0.1 s then leaves the document's own time.
 *
 * @example prepareNormalize({repair: 'auto'}) // then normalizeDocument(await read, {repair: 'auto'})
 */
export function prepareNormalize(options: Pick<NormalizeOptions, 'repair' | 'model'> = {}): void {
  isSyllable('a')
  isSyllableSkeleton('a')
  if ((options.repair ?? 'auto') !== 'never' && options.model === undefined) defaultRepairModel()
}
