import type {RepairModelData} from './repair/index.ts'

/** A bounded store of results by context and text (see `textMemo`). */
export interface TextMemo<T> {
  /** The result for `text` in `context`, computed by `compute` the first time. */
  get(context: string, text: string, compute: () => T): T
  has(context: string, text: string): boolean
}

/**
 * What `normalizeDocument` computed for one text under one set of options,
 * kept for the next time the same text comes with the same options: the
 * stages are pure functions of both. Texts come again in two ways: the
 * CLI warms its stages up on the first pages of a long PDF while the rest is
 * read (`vanban` then normalizes those pages again as part of the whole
 * document), and a batch's notices share their boilerplate (the national
 * motto, signature blocks, recipient lists, a table's header row). The same
 * store keeps what `splitGluedSyllables` decides per word.
 *
 * Bounded: emptied when it holds `limit` texts or their characters would pass
 * `maxChars` (with the results, about twice that in UTF-16 code units: ~16 MB
 * at most by default).
 */
export function textMemo<T>(limit = 20_000, maxChars = 4_000_000): TextMemo<T> {
  const byContext = new Map<string, Map<string, T>>()
  let size = 0
  let chars = 0
  return {
    get(context, text, compute) {
      let entries = byContext.get(context)
      let value = entries?.get(text)
      if (value !== undefined) return value
      value = compute()
      if (size >= limit || chars + text.length > maxChars) {
        byContext.clear()
        entries = undefined
        size = 0
        chars = 0
      }
      if (!entries) byContext.set(context, (entries = new Map()))
      entries.set(text, value)
      size++
      chars += text.length
      return value
    },
    has: (context, text) => byContext.get(context)?.has(text) === true
  }
}

const modelIds = new WeakMap<RepairModelData, number>()
let lastId = 0

/** A repair model's name in a memo's context: `shipped` when none is given, else a number per model object. */
export function modelKey(model: RepairModelData | undefined): string {
  if (model === undefined) return 'shipped'
  let id = modelIds.get(model)
  if (id === undefined) modelIds.set(model, (id = ++lastId))
  return String(id)
}
