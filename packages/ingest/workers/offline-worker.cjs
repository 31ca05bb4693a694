'use strict'
/*
 * Entry point of every tesseract.js worker thread vanban starts.
 *
 * 1. tesseract.js's own Node worker script captures `global.fetch` when it loads
 *    and uses it to download language data from a CDN whenever `langPath` is
 *    missing or a URL. vanban must never touch the network, so fetch is replaced
 *    here, before that script loads, by one that fails loudly: a
 *    misconfiguration becomes an error, not a silent download.
 * 2. tesseract.js 7 calls its Node `getCore(oem, …)` with the worker's `lstmOnly`
 *    flag (a boolean) instead of an engine mode, so it never picks the LSTM-only
 *    build of the engine, although vanban only runs the LSTM engine. The flag is
 *    mapped to the mode it stands for before that script loads getCore: the
 *    LSTM-only build is smaller and about 3 % faster, with the same results.
 *    Loading the model, that build says `Warning: Parameter not found:` for
 *    each legacy-engine setting in the model's own config; those lines are
 *    dropped (the engine prints them before any setting of ours can redirect
 *    its messages), everything else it prints still reaches stderr.
 */
globalThis.fetch = async (url) => {
  throw new Error(`vanban OCR runs offline: refused to fetch ${String(url)}`)
}
const printError = console.error.bind(console)
console.error = (...args) => {
  if (args.length === 1 && typeof args[0] === 'string' && args[0].startsWith('Warning: Parameter not found: ')) return
  printError(...args)
}
const from = {paths: [__dirname]}
const getCorePath = require.resolve('tesseract.js/src/worker-script/node/getCore.js', from)
const getCore = require(getCorePath)
const OEM = require(require.resolve('tesseract.js/src/constants/OEM.js', from))
require.cache[getCorePath].exports = (oem, corePath, res) => getCore(typeof oem === 'boolean' ? (oem ? OEM.LSTM_ONLY : OEM.TESSERACT_ONLY) : oem, corePath, res)
require(require.resolve('tesseract.js/src/worker-script/node/index.js', from))
