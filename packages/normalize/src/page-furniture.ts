/**
 * A block that is only a page number, as text documents keep them between
 * paragraphs: `4`, `- 4 -`, `Trang 4`, `Trang 4/13`, `Page 4 of 13`.
 */
const pageNumber = /^(?:[-–—]\s*)?\d{1,3}(?:\s*[-–—])?$|^(?:trang|page)\s+\d{1,4}(?:\s*(?:\/|of|trên)\s*\d{1,4})?$/i

/** True when a paragraph's whole text is page furniture (a page number). */
export function isPageFurniture(text: string): boolean {
  return text.length <= 24 && pageNumber.test(text.trim())
}
