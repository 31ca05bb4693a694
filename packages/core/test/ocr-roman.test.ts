import {expect, it} from 'vitest'
import * as ocrRoman from '../src/ocr-roman.ts'

const {readOcrRoman, romanValue, capitalsHeading} = ocrRoman

it('locks the public exports of the ocr-roman entry', () => {
  expect(Object.keys(ocrRoman).sort()).toEqual(['capitalsHeading', 'ocrRomanSource', 'readOcrRoman', 'romanValue'])
})

it.each([
  // [word, heading in capitals after it, reading]
  ['Il', true, 'II'],
  ['Il', false, 'II'],
  ['Ill', false, 'III'],
  ['Iv', false, 'IV'],
  ['Vl', false, 'VI'],
  ['Vll', false, 'VII'],
  ['Xl', false, 'XI'],
  // Every I read as a small l: only before a heading in capitals.
  ['ll', true, 'II'],
  ['lll', true, 'III'],
  ['lv', true, 'IV'],
  ['l', true, 'I'],
  ['ll', false, null],
  ['l', false, null],
  // Printed right, a word, or no numeral once read.
  ['II', true, null],
  ['IV', true, null],
  ['Ivan', true, null],
  ['Vv', true, null],
  ['Illl', true, null],
  ['lx', false, null],
  ['', true, null]
] as const)('readOcrRoman(%j, heading %j) → %j', (word, heading, reading) => {
  expect(readOcrRoman(word, heading)).toBe(reading)
})

it.each([
  ['I', 1],
  ['IV', 4],
  ['IX', 9],
  ['XIV', 14],
  ['XXXIX', 39],
  ['IIII', null],
  ['VX', null],
  ['IL', null],
  ['', null]
] as const)('romanValue(%j) → %j', (numeral, value) => {
  expect(romanValue(numeral)).toBe(value)
})

it.each([
  ['NHIỆM VỤ VÀ GIẢI PHÁP', true],
  [' ĐỔI MỚI', true],
  ['Tổ chức thực hiện', false],
  ['A', false],
  ['', false]
] as const)('capitalsHeading(%j) → %j', (text, heading) => {
  expect(capitalsHeading(text)).toBe(heading)
})
