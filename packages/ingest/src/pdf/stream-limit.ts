/**
 * A cap on the bytes pdf.js decodes from one PDF stream. pdf.js has no such
 * option: a content stream of a few KB can inflate to gigabytes (deflate
 * reaches ~1000:1, twice over with `[/FlateDecode /FlateDecode]`), and pdf.js
 * holds the whole result in memory. Every decoder grows its output through
 * `DecodeStream.ensureBuffer` (Flate, LZW, RunLength, ASCII85/Hex, CCITT,
 * predictors, whatever the chain and also in encrypted files), and content,
 * fonts and images may instead be inflated natively through
 * `asyncGetBytesFromDecompressionStream`; both are patched (`patchWorkerSource`)
 * to ask this thread's limit before growing. pdf.js swallows errors inside a
 * page (`ignoreErrors`), so the overflow is also recorded here, for the
 * reader to turn into an error after each call.
 */

/** The per-thread limit the patched pdf.js consults. One document is parsed at a time per thread. */
export interface StreamLimit {
  /** Largest decoded stream allowed, bytes. */
  max: number
  /** Largest size a stream asked for past `max` since the last `reset`, or 0. */
  exceeded: number
  /** Once over, every later growth fails too (a thread reading one document, which is then refused). */
  sticky: boolean
  check(bytes: number): void
  reset(max: number, sticky: boolean): void
}

const key = Symbol.for('vanban.pdfjs.streamLimit')

/** This thread's stream limit (created on first use, unlimited until `reset`). */
export function streamLimit(): StreamLimit {
  const holder = globalThis as unknown as Record<symbol, StreamLimit | undefined>
  holder[key] ??= {
    max: Number.POSITIVE_INFINITY,
    exceeded: 0,
    sticky: false,
    check(bytes: number) {
      // Sticky: pdf.js retries a failed native inflate in JavaScript, which would decode up to
      // the limit a second time, for a document that is refused anyway.
      if (bytes <= this.max && !(this.sticky && this.exceeded > 0)) return
      this.exceeded = Math.max(this.exceeded, bytes)
      throw new Error(`decoded stream larger than ${this.max} bytes`)
    },
    reset(max: number, sticky: boolean) {
      this.max = max
      this.exceeded = 0
      this.sticky = sticky
    }
  }
  return holder[key]
}

/** The call the patch inserts: a no-op when the limit was never set up in this thread. */
const call = (bytes: string) => `globalThis[Symbol.for("vanban.pdfjs.streamLimit")]?.check(${bytes});`

/**
 * pdf.js's worker source (the minified legacy build of pdfjs-dist 5.6) with
 * the two growth points calling the limit. Throws when the code is not found:
 * a pdfjs-dist upgrade must not silently drop the cap.
 */
export function patchWorkerSource(source: string): string {
  // DecodeStream.ensureBuffer(requested): returns early when the buffer is big enough.
  const grow = /ensureBuffer\((\w+)\)\{const (\w+)=this\.buffer;if\(\1<=\2\.byteLength\)return \2;/g
  // asyncGetBytesFromDecompressionStream: `for await (const chunk of readable) { chunks.push(chunk); total += chunk.byteLength }`.
  const inflate = /for await\(const (\w+) of (\w+)\)\{(\w+)\.push\(\1\);(\w+)\+=\1\.byteLength\}/g
  if ((source.match(grow)?.length ?? 0) !== 1 || (source.match(inflate)?.length ?? 0) !== 1) {
    throw new Error('pdfjs-dist changed: the decoded-stream cap (src/pdf/stream-limit.ts) no longer fits its code')
  }
  return source
    .replace(grow, (match, requested: string) => match + call(requested))
    .replace(inflate, (_match, chunk: string, readable: string, chunks: string, total: string) => `for await(const ${chunk} of ${readable}){${chunks}.push(${chunk});${total}+=${chunk}.byteLength;${call(total)}}`)
}
