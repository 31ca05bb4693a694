/**
 * The first day of the lunar year (mồng 1 Tết Nguyên đán) in Vietnam, by the Gregorian year it falls
 * in. Vietnam's calendar is reckoned at UTC+7 (China's at UTC+8), which puts some new moons on another
 * day; none of the years below differs. Source: the lunar calendar published yearly by the Vietnam
 * Academy of Science and Technology's Institute of Mathematics (Lịch Việt Nam), as reproduced by the
 * Government's holiday announcements (e.g. Tết Bính Ngọ: 17/02/2026; Tết Đinh Mùi: 06/02/2027).
 */
export const lunarNewYear: Readonly<Record<number, string>> = {
  2020: '01-25',
  2021: '02-12',
  2022: '02-01',
  2023: '01-22',
  2024: '02-10',
  2025: '01-29',
  2026: '02-17',
  2027: '02-06',
  2028: '01-26',
  2029: '02-13',
  2030: '02-03',
  2031: '01-23',
  2032: '02-11',
  2033: '01-31',
  2034: '02-19',
  2035: '02-08'
}

/** The ten heavenly stems and twelve earthly branches that name a lunar year (`Đinh Mùi` = 2027). */
export const heavenlyStems = ['Giáp', 'Ất', 'Bính', 'Đinh', 'Mậu', 'Kỷ', 'Canh', 'Tân', 'Nhâm', 'Quý'] as const
export const earthlyBranches = ['Tý', 'Sửu', 'Dần', 'Mão', 'Thìn', 'Tỵ', 'Ngọ', 'Mùi', 'Thân', 'Dậu', 'Tuất', 'Hợi'] as const
