import {describe, expect, it} from 'vitest'
import {isRealDate, parseEdit} from '../src/index.ts'

describe('isRealDate', () => {
  it.each([
    ['2026-03-31', true],
    ['2028-02-29', true],
    ['2026-02-29', false],
    ['2026-02-30', false],
    ['2026-13-01', false],
    ['2026-00-10', false],
    ['2026-04-31', false],
    ['2026-4-3', false],
    ['31/03/2026', false],
    ['', false]
  ])('%s → %s', (value, expected) => {
    expect(isRealDate(value)).toBe(expected)
  })
})

describe('parseEdit', () => {
  it.each([
    [{owner: ' Bộ Tài chính '}, {owner: 'Bộ Tài chính'}],
    [{owner: ''}, {owner: null}],
    [{owner: null}, {owner: null}],
    [{coordinators: 'Bộ Tư pháp; Bộ Công an;'}, {coordinators: ['Bộ Tư pháp', 'Bộ Công an']}],
    [{coordinators: ['Bộ Tư pháp', ' ']}, {coordinators: ['Bộ Tư pháp']}],
    [{due: '2026-06-30'}, {due: '2026-06-30'}],
    [{due: ''}, {due: null}],
    [{recurrence: 'hằng quý'}, {recurrence: 'hằng quý'}],
    [{text: 'Tổ chức hội nghị', due: null}, {text: 'Tổ chức hội nghị', due: null}],
    // Composed forms become NFC, as the rest of vanban's text.
    [{owner: 'Bo\u0302\u0323 Tài chính'}, {owner: 'Bộ Tài chính'}]
  ])('%j → %j', (body, edit) => {
    expect(parseEdit(body)).toEqual({ok: true, edit})
  })

  it.each([
    [{due: '2026-02-30'}, 'due: "2026-02-30" is not a real date (YYYY-MM-DD)'],
    [{due: '30/06/2026'}, 'due: "30/06/2026" is not a real date (YYYY-MM-DD)'],
    [{due: 20260630}, 'due: 20260630 is not a real date (YYYY-MM-DD)'],
    [{text: '  '}, 'text: must be a non-empty string'],
    [{owner: 3}, 'owner: must be a string or null'],
    [{coordinators: [1]}, 'coordinators: must be a list of names (or one string separated by ";")'],
    [{page: 3}, 'page: not an editable field (use text, owner, coordinators, due, recurrence)'],
    [{}, 'nothing to change: send any of text, owner, coordinators, due, recurrence'],
    [[], 'send a JSON object of fields to change'],
    [null, 'send a JSON object of fields to change']
  ])('%j → 400 %s', (body, message) => {
    expect(parseEdit(body)).toEqual({ok: false, message})
  })
})
