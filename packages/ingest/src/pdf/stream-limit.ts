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
 *
 * Each place is found from the literal its code starts with (`indexOf`), its
 * pattern then tried there only: the patterns run over the whole 1.3 MB took
 * ~40 ms, in every thread that loads pdf.js, ahead of its first page.
 */
export function patchWorkerSource(source: string): string {
  const sites = [
    // DecodeStream.ensureBuffer(requested): returns early when the buffer is big enough.
    {
      start: 'ensureBuffer(',
      pattern: /ensureBuffer\((\w+)\)\{const (\w+)=this\.buffer;if\(\1<=\2\.byteLength\)return \2;/y,
      patched: ([match, requested]: string[]) => match + call(requested!)
    },
    // asyncGetBytesFromDecompressionStream: `for await (const chunk of readable) { chunks.push(chunk); total += chunk.byteLength }`.
    {
      start: 'for await(const ',
      pattern: /for await\(const (\w+) of (\w+)\)\{(\w+)\.push\(\1\);(\w+)\+=\1\.byteLength\}/y,
      patched: ([, chunk, readable, chunks, total]: string[]) => `for await(const ${chunk} of ${readable}){${chunks}.push(${chunk});${total}+=${chunk}.byteLength;${call(total!)}}`
    },
    // Its input: `const bytes = this.stream.isAsync ? await this.stream.asyncGetBytes() : this.stream.getBytes()`.
    // A failed native inflate returns null and falls back to JavaScript; a stream filtered twice
    // took that null as its input and waited forever for its own inflater. Use the fallback.
    {
      // (`const ` alone occurs thousands of times: found from what follows the name.)
      start: '=this.stream.isAsync?await this.stream.asyncGetBytes():',
      before: 'const ',
      pattern: /const (\w+)=this\.stream\.isAsync\?await this\.stream\.asyncGetBytes\(\):this\.stream\.getBytes\(\);/y,
      patched: ([, bytes]: string[]) => `const ${bytes}=this.stream.isAsync&&await this.stream.asyncGetBytes()||this.stream.getBytes();`
    }
  ]
  const found = sites.map((site) => ({site, match: onlyMatch(source, site.start, site.pattern, site.before)}))
  if (found.some(({match}) => match === null)) {
    throw new Error('pdfjs-dist changed: the decoded-stream cap (src/pdf/stream-limit.ts) no longer fits its code')
  }
  let patched = ''
  let from = 0
  for (const {site, match} of found.sort((a, b) => a.match!.index - b.match!.index)) {
    patched += source.slice(from, match!.index) + site.patched([...match!])
    from = match!.index + match![0].length
  }
  return patched + source.slice(from)
}

/**
 * The one match of sticky `pattern` at an occurrence of `start` in `source` (or, given `before`,
 * at the last `before` ahead of it); null when there is none or more than one.
 */
function onlyMatch(source: string, start: string, pattern: RegExp, before?: string): RegExpExecArray | null {
  let only: RegExpExecArray | null = null
  for (let at = source.indexOf(start); at >= 0; at = source.indexOf(start, at + 1)) {
    pattern.lastIndex = before === undefined ? at : source.lastIndexOf(before, at)
    const match = pattern.exec(source)
    if (!match) continue
    if (only) return null
    only = match
  }
  return only
}
