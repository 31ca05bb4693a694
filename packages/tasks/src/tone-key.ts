/**
 * Letters without their marks, `đ` as `d`, case kept (`TIỂU` → `TIEU`, `Đổi` → `Doi`): how OCR'd
 * titles, retyped headers and marks-stripped OCR are compared.
 */
export function bareLetters(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').replace(/Đ/gu, 'D').replace(/đ/gu, 'd')
}

/**
 * Key for comparing Vietnamese words written with either tone placement
 * (`hoá`/`hóa`, `uỷ`/`ủy`) and either case. Length-preserving, so an index in
 * the key is an index in the text.
 */
export function toneKey(text: string): string {
  return text
    .normalize('NFC')
    .toLowerCase()
    .replace(/o([áàảãạ])/gu, (_, v: string) => 'óòỏõọ'['áàảãạ'.indexOf(v)] + 'a')
    .replace(/o([éèẻẽẹ])/gu, (_, v: string) => 'óòỏõọ'['éèẻẽẹ'.indexOf(v)] + 'e')
    .replace(/u([ýỳỷỹỵ])/gu, (_, v: string) => 'úùủũụ'['ýỳỷỹỵ'.indexOf(v)] + 'y')
}

/** Comparison key of a phrase: bare letters (`bareLetters`), lower case, one space for any run of punctuation or space. */
export function bareKey(text: string): string {
  return bareLetters(text)
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
}
