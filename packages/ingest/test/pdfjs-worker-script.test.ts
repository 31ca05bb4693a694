import {expect, test} from 'vitest'
import {workerScript} from '../src/pdf/pdfjs.ts'

test.each([
  // pdf.js's worker module, as it ends: its export is dropped, the body wrapped.
  ['const a=1;export{WorkerMessageHandler};\n', '(function () {"use strict";\nconst a=1;\n})()'],
  ['const a=1;export{WorkerMessageHandler}', '(function () {"use strict";\nconst a=1;\n})()'],
  // `import.meta.url` is read only to locate wasm files, inside a try.
  ['try{f(import.meta.url)}catch{}export{WorkerMessageHandler};', '(function () {"use strict";\ntry{f(undefined)}catch{}\n})()']
])('workerScript(%j)', (source, expected) => {
  expect(workerScript(source)).toBe(expected)
})

test.each([
  // What a script cannot run: another export, import.meta used otherwise.
  'export { a };export{WorkerMessageHandler};',
  'const a=1;export{a,WorkerMessageHandler};',
  'const u=import.meta.resolve("x");export{WorkerMessageHandler};'
])('workerScript(%j) throws', (source) => {
  expect(() => workerScript(source)).toThrow('pdfjs-dist changed')
})
