// Browsers: the shipped model travels inside the bundle as a JSON module.
import data from '../data/repair-model.json' with {type: 'json'}
import type {RepairModelData} from './repair/model.ts'
import {setShippedModelSource} from './repair/shipped-model.ts'

setShippedModelSource(() => data as unknown as RepairModelData)
