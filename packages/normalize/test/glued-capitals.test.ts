import {describe, expect, test} from 'vitest'
import {splitGluedCapitals} from '../src/glued-capitals.ts'

describe('splitGluedCapitals', () => {
  test.each([
    ['BộNội vụ', 'Bộ Nội vụ'],
    ['Bộ Tài chính, BộNội vụ', 'Bộ Tài chính, Bộ Nội vụ'],
    ['ỦyBan nhân dân', 'Ủy Ban nhân dân'],
    ['SởKhoa học', 'Sở Khoa học'],
    // Names, brands and words without a Vietnamese mark stay whole.
    ['VNeID', 'VNeID'],
    ['TikTok và YouTube', 'TikTok và YouTube'],
    ['HaNoi', 'HaNoi'],
    ['eKYC', 'eKYC'],
    ['PetroVietnam', 'PetroVietnam'],
    ['iPhone', 'iPhone'],
    ['Bộ Nội vụ', 'Bộ Nội vụ']
  ])('%s → %s', (input, expected) => expect(splitGluedCapitals(input)).toBe(expected))
})
