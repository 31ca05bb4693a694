import type {VanbanDocument} from '@vanban/core'
import {noTaskKinds, noTaskSubjects} from './data/document-kinds.ts'

/** How far into the document the title may stand: after the header's agency, number, motto and date lines. */
const headerBlocks = 30

/**
 * The kind printed as the document's title when it is one that assigns no tasks (`GIẤY MỜI`),
 * else null. Read from a line of its own in capitals (bold or a Markdown heading allowed) among
 * the header's blocks, or from the start of a line a PDF reader joined to the subject (`GIẤY MỜI Dự …`):
 * a sentence that mentions a `giấy mời` in lower case is not a title.
 */
export function noTaskKindOf(doc: VanbanDocument): string | null {
  for (const block of doc.blocks.slice(0, headerBlocks)) {
    if (block.kind === 'table') continue
    for (const raw of block.text.normalize('NFC').split('\n')) {
      const line = raw.replace(/[*_#\\]/gu, '').trim()
      const kind = noTaskKinds.find((k) => line.startsWith(k) && (line.length === k.length || /^[\s:]/u.test(line.slice(k.length))))
      if (kind !== undefined) return kind
      // A schedule's subject line, in any case (`Lịch công tác tuần 50 năm 2026 của …`).
      const lower = line.toLowerCase()
      const subject = noTaskSubjects.find((k) => lower.startsWith(k) && !/\p{L}/u.test(lower.charAt(k.length)))
      if (subject !== undefined && line.length < 200) return subject.toUpperCase()
    }
  }
  return null
}

/**
 * A letter that answers a question or a request (`V/v trả lời kiến nghị của Công ty …`, `… trả lời để
 * Công ty được biết`): its numbered items inform the asker; only an explicit assignment in them is work.
 */
export function isReplyLetter(doc: VanbanDocument): boolean {
  return doc.blocks.some((block, k) => {
    if (block.kind === 'table') return block.rows.some((row) => row.cells.some((cell) => replySubject.test(cell)))
    return (k < headerBlocks && replySubject.test(block.text)) || replyClosing.test(block.text)
  })
}

const replySubject = /(?:^|\n|\s)V\/v:?\s+(?:trả\s+lời|phúc\s+đáp)(?![\p{L}])/iu
/** `Sở Tài chính trả lời để Công ty được biết.`: a reply's closing. */
export const replyClosing = /^[^.;]{0,80}\s(?:trả\s+lời|phúc\s+đáp)\s+(?:để|cho)\s[^.;]{0,80}(?:được\s+)?biết[.\/\s]*$/u
