/**
 * Owner and coordinator names read from OCR'd text, checked against @vanban/normalize's gazetteer of
 * agency names. An OCR'd name that the diacritic repair left damaged (`Bô Cong an`, `BỘ TƯ PHÁP`) is
 * snapped to the name it stands for when the match is certain; a name that runs on past its end
 * because OCR broke the verb after it (`… Ban Chỉ đạo tham một cấp` for `tham mưu cấp`) is cut at
 * that verb; stray brackets and bars OCR glued to a name's letters (`Trung [ương`, `Chỉ! đạo`) go.
 * Clean text never comes here: the caller asks only for blocks read by OCR or repaired.
 */
import type {Task, TaskWarning} from '@vanban/core'
import {matchAgency} from '@vanban/normalize'
import {agencyHeads, nameContinuations} from './data/agencies.ts'
import {imperativeStarts, predicateWords} from './data/predicates.ts'
import {toneKey} from './tone-key.ts'

/**
 * First words of the verbs that end a subject: a name followed by one of them, its second word
 * broken, ends there. Not `có`, `được`: they open a relative clause of the name (`… có tên tại Phụ lục`).
 */
const predicateOpeners = new Set([...predicateWords, ...imperativeStarts].filter((p) => p.includes(' ')).map((p) => toneKey(p.split(' ')[0]!)).filter((w) => w !== 'có' && w !== 'được'))
const headKeys = agencyHeads.map(toneKey).sort((a, b) => b.length - a.length)
const imperativeKeys = new Set(imperativeStarts.filter((v) => v.includes(' ')).map((v) => toneKey(v)))

/**
 * The gazetteer name may replace what was read only if both open with the same kind of body: a
 * head word read right (`Thủ trưởng các sở`) is never turned into another (`Thứ trưởng`), however
 * close the letters. A head that is no word of the list (`Bô`) does not hold the name back.
 */
function sameHead(read: string, name: string): boolean {
  const key = toneKey(read)
  const head = headKeys.find((h) => key.startsWith(h) && !/\p{L}/u.test(key.charAt(h.length)))
  return head === undefined || (toneKey(name).startsWith(head) && !/\p{L}/u.test(toneKey(name).charAt(head.length)))
}
const continuationKeys = nameContinuations.map(toneKey)

/** Marks OCR makes of specks and rules, never part of a name. */
const debris = /[[\]{}|!¡]/gu

/**
 * True when `read` is a right spelling of `name` already: the same letters and marks, the tone
 * mark placed either way (`uỷ`/`ủy`) and each word in lower case or capitalised (`trực thuộc trung
 * ương` as the document writes it). A name in capitals or with capitals inside a word (`BỘ TƯ
 * PHÁP`, `Bộ TƯ pháp`) takes the gazetteer's spelling.
 */
function spelledRight(read: string, name: string): boolean {
  if (read === name) return true
  if (read.length !== name.length || toneKey(read) !== toneKey(name)) return false
  return read.split(/\s+/u).every((word) => /^\P{Lu}*$/u.test(word.slice(1)))
}

/** Whether `rest` (after a whole name) is the name's own qualifier (`tỉnh Lào Cai`, `các tỉnh`) rather than a broken verb. */
function brokenVerbAfter(rest: string, name: string): boolean {
  const key = toneKey(rest.trim())
  if (key === '' || continuationKeys.some((c) => key.startsWith(c) && !/\p{L}/u.test(key.charAt(c.length)))) return false
  // `Thanh tra Bộ Kiểm tra việc …`: OCR lost the line break between a heading and its item's verb.
  const capitalised = /^\p{Lu}\p{Ll}*\s+\p{Ll}+/u.exec(rest.trim())
  if (capitalised !== null && imperativeKeys.has(toneKey(capitalised[0]).replace(/\s+/gu, ' '))) return true
  const first = /^\p{Ll}+/u.exec(rest.trim())
  if (first === null) return false
  const word = toneKey(first[0])
  if (predicateOpeners.has(word)) return true
  // A single body's whole name followed by a lower-case word that no name goes on with is a name the
  // sentence's verb follows, whatever the repair made of that verb (`phái làm` for `phải làm`). A plural
  // picks out its members with a clause (`Ủy ban nhân dân các tỉnh, thành phố bị thiệt hại …`).
  return !/(?:^|\s)(?:các|những)\s/iu.test(name) && !relativeOpeners.has(word)
}
/** Words that open a relative clause of the name (`… có tên tại Phụ lục`, `… được giao chủ trì`), no verb. */
const relativeOpeners = new Set(['có', 'được', 'bị', 'chưa', 'đã', 'đang'])

/** The name check, for the README's list of OCR rules. */
export const ocrNameRule = {
  id: 'ocr-owner-gazetteer',
  what: 'an owner or coordinator read by OCR: snapped to the gazetteer name when the match is certain, cut at a verb OCR broke (`tham một` for `tham mưu`), specks (`[`, `!`) dropped, a dash between words spaced (`Kế hoạch-Tài chính`); warning `owner-repaired`'
} as const

export interface CheckedName {
  name: string
  /** What changed, for the warning; null when the name stands as read. */
  change: string | null
}

/**
 * A name in an owner's place may be further from the gazetteer than `certain` allows when it is
 * long: `CÙ quan Thường trực Ban Chỉ đạo` is one glyph off in 26 letters. Accepted when the name
 * is the whole span (not a prefix of a longer name it would misread: `… thành phố Hạ Long` is no
 * `thành phố Huế`), its letters are within 1.6 nats plus PER_LETTER a letter, and no other name of
 * as many words comes within MARGIN nats. The change is reported as `owner-repaired`.
 */
const PER_LETTER = 0.2
const MARGIN = 3
function sure(match: {certain: boolean; distance: number; margin: number; name: string; end: number}, span: string): boolean {
  if (match.certain) return true
  return match.end === span.trimEnd().length && match.margin >= MARGIN && match.distance <= 1.6 + PER_LETTER * match.name.replace(/\P{L}/gu, '').length
}

/** One name (an owner or a coordinator) as the gazetteer spells it, where it is sure. */
/**
 * The units of two-tier local government in a list after a local body (`Ủy ban nhân dân các xã,
 * phương` → `phường`, `các phương Sơn Trà` → `các phường Sơn Trà`): the repair may take `phương`
 * (as in `phương án`) or `xa` for them, but no body is of `các phương`.
 */
const localUnits = /(?<=(?:(?:Ủy|Uỷ)\s+ban\s+nhân\s+dân|UBND|Hội\s+đồng\s+nhân\s+dân|HĐND|Công\s+an|Đảng\s+ủy)\s+(?:các\s+)?(?:(?:xã|phường|đặc\s+khu),\s+)*)(?:phương|phuong|xa|xả|xà)(?=[\s,;]|$)/gu
const unitSpelling: Readonly<Record<string, string>> = {phương: 'phường', phuong: 'phường', xa: 'xã', xả: 'xã', xà: 'xã'}

/**
 * `ở` read as the look-alike `6` by an engine without Vietnamese, inside a name before where the
 * bodies are (`Các Đảng ủy 6 Trung ương`, `các cơ quan 6 địa phương`); not after a word that numbers
 * (`khu vực 6`, `số 6`).
 */
const lookalikeO = /(?<=\p{Ll}\s)(?<!(?:vực|số|khoản|điều|khu|sở|mục|phần)\s)6(?=\s+(?:[Tt]rung\s+ương|địa\s+phương|cơ\s+sở|nước\s+ngoài)(?![\p{L}]))/gu

/**
 * `Phòng Kế hoạch-Tài chính`: the spaces around a dash between two words of a name, lost by OCR (names
 * print it spaced: `Phòng Kế hoạch - Tài chính`, `Văn hóa - Xã hội`).
 */
const unspacedDash = /(?<=\p{Ll})[-–](?=\p{Lu}\p{Ll})/gu

export function checkName(read: string): CheckedName {
  const name = read.replace(debris, '').replace(/\s+/gu, ' ').trim().replace(localUnits, (w) => unitSpelling[w] ?? w).replace(lookalikeO, 'ở').replace(unspacedDash, ' - ')
  // The whole name first: the gazetteer holds compound names too (`Bộ Lao động - Thương binh và Xã hội`).
  const whole = matchAgency(name, {prefix: true})
  if (whole !== null && sure(whole, name) && sameHead(name, whole.name) && (whole.end === name.length || brokenVerbAfter(name.slice(whole.end), whole.name))) {
    const head = name.slice(0, whole.end)
    const checked = spelledRight(head, whole.name) ? head : whole.name
    return {name: checked, change: checked === read ? null : `"${read}" → "${checked}"`}
  }
  // A compound name (`Văn phòng Trung ương Đảng - Cơ quan Thường trực Ban Chỉ đạo`) is checked part by part.
  const pieces = name.split(/(\s+-\s+)/u)
  const out: string[] = []
  for (const [k, piece] of pieces.entries()) {
    if (k % 2 === 1) {
      out.push(piece)
      continue
    }
    const match = matchAgency(piece, {prefix: true})
    if (!match || !sure(match, piece) || !sameHead(piece, match.name)) {
      out.push(piece)
      continue
    }
    const head = piece.slice(0, match.end)
    const rest = piece.slice(match.end)
    const fixed = spelledRight(head, match.name) ? head : match.name
    // Only the last piece runs on into the sentence.
    if (k === pieces.length - 1 && rest.trim() !== '' && brokenVerbAfter(rest, match.name)) out.push(fixed)
    else out.push(`${fixed}${rest}`)
  }
  const checked = out.join('')
  return {name: checked, change: checked === read ? null : `"${read}" → "${checked}"`}
}

/**
 * A task read from OCR'd text with its owner and coordinators checked (`checkName`); a change is
 * reported as `owner-repaired`. Coordinators a comma joined because OCR broke one of them
 * (`Bộ Y tế, Bộ Tài chính` as one) are split again when every piece is a known name.
 */
export function withCheckedNames(task: Task): Task {
  if (task.kind === 'group' || (task.owner === null && task.coordinators.length === 0)) return task
  const changes: string[] = []
  const check = (name: string): string => {
    const {name: checked, change} = checkName(name)
    if (change !== null) changes.push(change)
    return checked
  }
  const owner = task.owner === null ? null : task.owner.split('; ').map(check).join('; ')
  const coordinators = task.coordinators.flatMap((c) => {
    const pieces = c.split(/,\s+/u)
    if (pieces.length > 1 && pieces.every((p) => matchAgency(p, {prefix: false})?.certain === true)) return pieces.map(check)
    return [check(c)]
  })
  if (changes.length === 0 && coordinators.length === task.coordinators.length) return task
  const warnings: TaskWarning[] = changes.map((c) => ({code: 'owner-repaired', message: `owner-repaired: ${c} (agency gazetteer)`}))
  return {...task, owner, coordinators, warnings: [...task.warnings, ...warnings]}
}
