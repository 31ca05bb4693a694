import type {TextItem} from '@vanban/layout'

/**
 * STUB (OCR issue): is this page's text layer usable, or empty / garbage
 * (fonts without a Unicode map) so that the page must be OCR'd?
 */
export function isUsableTextLayer(items: readonly TextItem[]): boolean {
  return items.some((item) => item.text.trim() !== '')
}
