import type {RepairModelData} from './model.ts'

/**
 * Where the shipped repair model comes from differs by platform: Node reads
 * `data/repair-model.json` from disk when a paragraph first needs repair
 * (`shipped-model-node.ts`); a browser bundle carries it as a JSON module
 * (`shipped-model-browser.ts`). Each entry point installs its source, so the
 * repair code itself imports no `node:` module.
 */
let source: (() => RepairModelData) | undefined

export function setShippedModelSource(load: () => RepairModelData): void {
  source = load
}

export function readShippedModel(): RepairModelData {
  if (!source) throw new Error('no shipped repair model in this build: pass one as `model`')
  return source()
}
