// Node: the shipped model is read from the package's data folder on first use (a 0.6 MB
// JSON file; `src/` and `dist/` both sit one level under the package root).
import {readFileSync} from 'node:fs'
import type {RepairModelData} from './repair/model.ts'
import {setShippedModelSource} from './repair/shipped-model.ts'

setShippedModelSource(() => JSON.parse(readFileSync(new URL('../data/repair-model.json', import.meta.url), 'utf8')) as RepairModelData)
