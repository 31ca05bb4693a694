import {expect, it} from 'vitest'

it('locks the public exports', async () => {
  expect(Object.keys(await import('../src/index.ts')).sort()).toEqual([
    'brokenness',
    'cleanText',
    'decodeLegacy',
    'decodeTcvn3',
    'decodeViqr',
    'decodeVni',
    'detectEncoding',
    'encodeTcvn3',
    'encodeViqr',
    'encodeVni',
    'fixUnicodeForms',
    'isPageFurniture',
    'isRepairModelData',
    'isVietnameseSyllable',
    'loadRepairModel',
    'matchAgency',
    'normalizeDocument',
    'normalizeText',
    'normalizeTextDetailed',
    'parseSyllable',
    'placeTone',
    'prepareNormalize',
    'repairModelFromLanguageModel',
    'repairText',
    'replaceLookAlikes',
    'trainLanguageModel',
    'wordAffinity'
  ])
})
