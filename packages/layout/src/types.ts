/**
 * A positioned run of text on a page, in page units (PDF points for text
 * layers, pixels scaled to points for OCR). `y` is the top of the run and grows
 * downwards, so both sources read top to bottom the same way.
 */
export interface TextItem {
  text: string
  x: number
  y: number
  width: number
  height: number
  /**
   * Baseline (y of the text's base, downwards). Text layers know it exactly;
   * when absent it is estimated as `y + 0.8 * height`, which suits OCR boxes.
   */
  baseline?: number
  /** Font size in page units; defaults to `height`. */
  fontSize?: number
  /** Font name as the source reports it; used for bold detection and furniture. */
  fontName?: string
  bold?: boolean
  /** OCR word confidence, 0–100. Absent for text layers. */
  confidence?: number
}

/** A ruling line (table border) in the same coordinates as the items. */
export interface Rule {
  x1: number
  y1: number
  x2: number
  y2: number
}

/** One page of positioned text, from a PDF text layer or from OCR. */
export interface PageInput {
  number: number
  width: number
  height: number
  items: TextItem[]
  rules?: Rule[]
  source: 'text-layer' | 'ocr'
  warnings?: string[]
}
