// The Node entry: the shipped repair model is read from disk. `browser.ts` is the same API
// with the model bundled. The public API itself is listed in exports.ts.
import './shipped-model-node.ts'

export * from './exports.ts'
