/**
 * Words of column titles beyond `titleWords` of `ocr-table.ts` that name no column of their own: a
 * Party committee's plan heads its lead column `Cơ quan chủ trì tham mưu` (the body that advises the
 * committee), so a header run goes on over them.
 */
export const titleFillers = ['tham mưu'] as const
