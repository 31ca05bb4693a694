// The browser entry (the `browser` export condition): the same API as index.ts, with the
// shipped repair model bundled as data instead of read with node:fs.
import './shipped-model-browser.ts'

export * from './exports.ts'
