'use strict'
/*
 * Entry point of every tesseract.js worker thread vanban starts. tesseract.js's
 * own Node worker script captures `global.fetch` when it loads and uses it to
 * download language data from a CDN whenever `langPath` is missing or a URL.
 * vanban must never touch the network, so fetch is replaced here, before that
 * script loads, by one that fails loudly: a misconfiguration becomes an error,
 * not a silent download.
 */
globalThis.fetch = async (url) => {
  throw new Error(`vanban OCR runs offline: refused to fetch ${String(url)}`)
}
require(require.resolve('tesseract.js/src/worker-script/node/index.js', {paths: [__dirname]}))
