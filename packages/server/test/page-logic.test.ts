// The page's pure helpers (packages/server/web/src), tested here without a browser.
import {describe, expect, it} from 'vitest'
import {readDate, showDate} from '../web/src/dates.ts'
import {findSpan, matchKey} from '../web/src/text-match.ts'

describe('readDate: what a clerk types for a due date', () => {
  it.each([
    ['31/03/2026', '2026-03-31'],
    ['1/4/2026', '2026-04-01'],
    ['31-03-2026', '2026-03-31'],
    ['31.03.2026', '2026-03-31'],
    [' 2026-03-31 ', '2026-03-31'],
    ['', null],
    ['   ', null],
    // Forms the page cannot read: said at once, nothing sent.
    ['31/03/26', undefined],
    ['quý I/2026', undefined],
    ['2026/03/31', undefined],
    ['31 tháng 3 năm 2026', undefined],
    // A date form naming no real day is sent: the server says why it is refused.
    ['30/02/2026', '2026-02-30']
  ])('%j → %j', (typed, iso) => {
    expect(readDate(typed)).toBe(iso)
  })
})

describe('showDate', () => {
  it.each([
    ['2026-03-31', '31/03/2026'],
    [null, '']
  ])('%j → %j', (iso, shown) => {
    expect(showDate(iso)).toBe(shown)
  })
})

describe('matchKey and findSpan: finding a task on its page', () => {
  it.each([
    ['Bộ Tài chính chủ trì,', 'bộtàichínhchủtrì'],
    ['Bo\u0302\u0323 Tài chính', 'bộtàichính'],
    ['5. Phát triển - "nguồn nhân lực"', '5pháttriểnnguồnnhânlực'],
    ['', '']
  ])('matchKey(%j) → %j', (text, key) => {
    expect(matchKey(text)).toBe(key)
  })

  const page = matchKey('4. Tập trung tạo lập hạ tầng. 5. Phát triển nguồn nhân lực, nhất là nhân lực chất lượng cao cho các lĩnh vực công nghệ chiến lược. Cần có chính sách')
  it.each([
    ['the whole text', '5. Phát triển nguồn nhân lực, nhất là nhân lực chất lượng cao', true],
    ['text joined across lines and spaced differently', 'Phát   triển nguồn\nnhân lực', true],
    ['a text whose end differs (repaired, cut)', 'Phát triển nguồn nhân lực, nhất là nhân lực chất lượng cao cho các lĩnh vực công nghệ chiến lược. Cần có chính sách mạnh mẽ hơn để đào tạo', true],
    ['another text', 'Bảo đảm an toàn, bảo mật thông tin', false],
    ['an empty text', '', false]
  ])('%s', (_, text, found) => {
    const span = findSpan(page, text)
    expect(span !== null).toBe(found)
    if (span) {
      expect(page.slice(span.start)).toMatch(/^(5)?pháttriển/)
      expect(span.end).toBeLessThanOrEqual(page.length)
    }
  })
})
