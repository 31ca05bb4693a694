import {decoders, documentMayBeLegacy, encodingEvidence} from './detect.ts'
import type {Encoding} from './detect.ts'

export interface DecodeLegacyOptions {
  /**
   * The source encoding. `auto` detects it paragraph by paragraph (a TCVN3
   * paragraph inside a Unicode document is converted alone), unless the
   * paragraphs together look like OCR garbage (`documentMayBeLegacy`); a
   * named encoding converts every paragraph.
   * @default 'auto'
   * @example decodeLegacy('Bé Y tÕ', {encoding: 'tcvn3'}).text //=> 'Bộ Y tế'
   */
  readonly encoding?: 'auto' | Encoding
}

export interface DecodeLegacyResult {
  text: string
  /** The encodings found, one per converted paragraph (empty when all was Unicode). */
  converted: Encoding[]
}

/** Paragraphs are separated by blank lines; a block's text is one paragraph. */
const paragraphBreak = /(\n[ \t]*\n)/

/** Legacy-encoded Vietnamese (TCVN3, VNI, VIQR) → Unicode, per paragraph. */
export function decodeLegacy(text: string, options: DecodeLegacyOptions = {}): DecodeLegacyResult {
  const encoding = options.encoding ?? 'auto'
  if (encoding === 'unicode') return {text, converted: []}
  if (encoding !== 'auto') return {text: decoders[encoding](text), converted: [encoding]}
  const converted: Encoding[] = []
  const parts = text.split(paragraphBreak)
  const evidence = parts.map((part, i) => (i % 2 === 0 ? encodingEvidence(part) : undefined))
  if (!documentMayBeLegacy(evidence.filter((e) => e !== undefined))) return {text, converted}
  for (let i = 0; i < parts.length; i += 2) {
    const found = evidence[i]!.encoding
    if (found === 'unicode') continue
    parts[i] = decoders[found](parts[i])
    converted.push(found)
  }
  return {text: converted.length ? parts.join('') : text, converted}
}

/**
 * The encoding option for a document's texts (its blocks and cells) taken
 * together: `auto` stays `auto` unless the texts, weighed as one document,
 * hold no legacy text (`documentMayBeLegacy`); then `unicode`, so that no
 * short OCR'd line is converted on its own.
 */
export function documentEncoding(texts: Iterable<string>, encoding: 'auto' | Encoding = 'auto'): 'auto' | Encoding {
  if (encoding !== 'auto') return encoding
  const evidence = []
  for (const text of texts) for (const part of text.split(paragraphBreak)) evidence.push(encodingEvidence(part))
  return documentMayBeLegacy(evidence) ? 'auto' : 'unicode'
}
