/**
 * A cap on the bytes pdf.js decodes from one PDF stream. pdf.js has no such
 * option: a content stream of a few KB can inflate to gigabytes (deflate
 * reaches ~1000:1, twice over with `[/FlateDecode /FlateDecode]`), and pdf.js
 * holds the whole result in memory. Every decoder grows its output through
 * `DecodeStream.ensureBuffer` (Flate, LZW, RunLength, ASCII85/Hex, CCITT,
 * predictors, whatever the chain and also in encrypted files), and content,
 * fonts and images may instead be inflated natively through
 * `asyncGetBytesFromDecompressionStream`; both are patched (`patchWorkerSource`)
 * to ask this thread's limit before growing, and the nested use of the
 * second falls back as pdf.js means it to when it fails. pdf.js swallows errors inside a
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
  /** Is `bytes` past the limit (or the limit already exceeded, when sticky)? Records the excess. */
  over(bytes: number): boolean
  /** Throws when `over(bytes)`. */
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
    over(bytes: number) {
      // Sticky: pdf.js retries a failed native inflate in JavaScript, which would decode up to
      // the limit a second time, for a document that is refused anyway.
      if (bytes <= this.max && !(this.sticky && this.exceeded > 0)) return false
      this.exceeded = Math.max(this.exceeded, bytes)
      return true
    },
    check(bytes: number) {
      if (this.over(bytes)) throw new Error(`decoded stream larger than ${this.max} bytes`)
    },
    reset(max: number, sticky: boolean) {
      this.max = max
      this.exceeded = 0
      this.sticky = sticky
    }
  }
  return holder[key]
}

/** The calls the patch inserts: no-ops when the limit was never set up in this thread. */
const limitOf = 'globalThis[Symbol.for("vanban.pdfjs.streamLimit")]'
const call = (bytes: string) => `${limitOf}?.check(${bytes});`

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
  // Its input: `const bytes = this.stream.isAsync ? await this.stream.asyncGetBytes() : this.stream.getBytes()`.
  const nested = /const (\w+)=this\.stream\.isAsync\?await this\.stream\.asyncGetBytes\(\):this\.stream\.getBytes\(\);/g
  if ([grow, inflate, nested].some((pattern) => (source.match(pattern)?.length ?? 0) !== 1)) {
    throw new Error('pdfjs-dist changed: the decoded-stream cap (src/pdf/stream-limit.ts) no longer fits its code')
  }
  return source
    .replace(grow, (match, requested: string) => match + call(requested))
    .replace(inflate, (_match, chunk: string, readable: string, chunks: string, total: string) => `for await(const ${chunk} of ${readable}){${chunks}.push(${chunk});${total}+=${chunk}.byteLength;${call(total)}}`)
    // A failed native inflate returns null and falls back to JavaScript; a stream filtered twice
    // took that null as its input and waited forever for its own inflater. Use the fallback.
    .replace(nested, (_match, bytes: string) => `const ${bytes}=this.stream.isAsync&&await this.stream.asyncGetBytes()||this.stream.getBytes();`)
}
