export type {PageInput, Rule, TextItem} from './types.ts'
export {layoutPages} from './layout-pages.ts'
export type {LayoutOptions, LayoutResult} from './layout-pages.ts'
